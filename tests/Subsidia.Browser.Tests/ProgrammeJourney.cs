using Microsoft.Playwright;

namespace Subsidia.Browser.Tests;

/// <summary>A budget programme created from the web, then its first envelope opened, with the keyboard's usual fields.</summary>
[Collection(BrowserJourneys.Name)]
public class ProgrammeJourney(BrowserFixture fixture)
{
    [Fact]
    public Task Officer_CreatesAProgramme_AndOpensItsEnvelope() => fixture.RunAsync("Programme", async page =>
    {
        await BrowserFixture.SignInAsync(page, "admin");
        await page.GotoAsync("/programmes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau programme" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Collectivité").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Nom du programme").FillAsync("Vie associative");
        await page.GetByLabel("Nature").SelectOptionAsync("AeCp");
        await page.GetByLabel("Première année").FillAsync("2025");
        await page.GetByLabel("Dernière année").FillAsync("2027");
        await BrowserFixture.ScreenshotAsync(page, "8-1-nouveau-programme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le programme" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "AE/CP 2025-2027 « Vie associative »" }).WaitForAsync();
        await page.GetByLabel("Année").FillAsync("2025");
        await page.GetByLabel("Crédits votés (€)").FillAsync("120 000");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Enveloppe BP 2025 ouverte").WaitForAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Enveloppe BP 2025" }).CountAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "8-2-enveloppe-ouverte");
    });
}
