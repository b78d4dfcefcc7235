using Microsoft.Playwright;

namespace Subsidia.Browser.Tests;

/// <summary>From the beneficiaries' list to one beneficiary's page, its history chart and the acts that granted it money.</summary>
[Collection(BrowserJourneys.Name)]
public class BeneficiaryJourney(BrowserFixture fixture)
{
    [Fact]
    public Task Visitor_OpensABeneficiary_ItsYears_AndTheActsThatGrantedIt() => fixture.RunAsync("Beneficiaire", async page =>
    {
        await page.GotoAsync("/beneficiaires?q=CMQ");
        await page.GetByRole(AriaRole.Link, new() { Name = "Association Campus des Métiers" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Subventions reçues par année" }).WaitForAsync();
        Assert.Equal(3, await page.Locator("table.history tbody tr").CountAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-1-beneficiaire");

        await page.GetByRole(AriaRole.Link, new() { Name = "Les délibérations qui ont attribué ces subventions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2024/2024.00385" }).WaitForAsync();
        Assert.Equal("CMQ MSI", await page.GetByLabel("Bénéficiaire d'une subvention").InputValueAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-2-actes-du-beneficiaire");
    });

    [Fact]
    public Task GrantForm_TypingASearch_NarrowsTheListWithoutSubmitting() => fixture.RunAsync("RechercheActe", async page =>
    {
        await BrowserFixture.SignInAsync(page, "admin");
        await page.GotoAsync("/subventions/nouvelle");
        var before = await page.Locator("#Draft_ActItemId option").CountAsync();

        await page.GetByLabel("Rechercher un acte (numéro ou objet)").PressSequentiallyAsync("2024.00385");

        await page.GetByText("1 acte trouvé.").WaitForAsync();
        Assert.Equal("/subventions/nouvelle", new Uri(page.Url).AbsolutePath);
        Assert.True(before > 2);
        Assert.Equal(2, await page.Locator("#Draft_ActItemId option").CountAsync());
        Assert.Contains("2024/2024.00385", await page.Locator("#Draft_ActItemId option").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "7-3-recherche-d-acte");
    });
}
