using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Subsidia.Browser.Tests;

/// <summary>
/// Issue 7, import: the secretary uploads a register extract, reads what was found (the vote that does not match the
/// roll), confirms, reaches the stored sitting; an empty file is refused with its reason. Every page axe-checked.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class ImportJourney(BrowserFixture fixture)
{
    private const string Extract = "saint-alban_cm_2025-03-14.txt";

    [Fact]
    public async Task Secretary_UploadsAnExtract_ReviewsTheFindings_Confirms_AndOpensTheStoredSitting()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "secretaire");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/import$"));
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-1-import");

        // An empty file first: refused with its reason, nothing kept.
        await page.GetByLabel("Fichiers à importer").SetInputFilesAsync(new FilePayload { Name = "vide.txt", MimeType = "text/plain", Buffer = [] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les fichiers" }).ClickAsync();
        await page.GetByText("vide.txt : le fichier est vide.").WaitForAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-2-fichier-vide-refuse");

        await page.GetByLabel("Fichiers à importer").SetInputFilesAsync(new FilePayload
        {
            Name = Extract, MimeType = "text/plain", Buffer = await File.ReadAllBytesAsync(Fixture(Extract)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les fichiers" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/import/[0-9a-f]{32}$"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Vérifier l'import" }).WaitForAsync();
        var findings = page.Locator("table.findings");
        Assert.Contains("VOTE_COUNT_MISMATCH", await findings.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("14/03/2025", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-3-verification");

        // Confirmed with the keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'import" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/resultat$"));
        Assert.Equal("importé", (await page.Locator("td.outcome").InnerTextAsync()).Trim());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-4-resultat");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Voir la séance de {Extract}" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/seances/[0-9a-f-]+$"));
        Assert.Contains("14/03/2025", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-5-seance-importee");
    }

    /// <summary>A fixture next to this source file (tests/Subsidia.Browser.Tests/Fixtures).</summary>
    private static string Fixture(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", name);
}
