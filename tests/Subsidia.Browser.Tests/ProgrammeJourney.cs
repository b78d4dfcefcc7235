using Microsoft.Playwright;

namespace Subsidia.Browser.Tests;

/// <summary>
/// A budget programme created from the web, its first envelope opened with the keyboard's usual fields, then its credits
/// amended with the keyboard alone: a decrease below zero refused next to the field, corrected, shown in the history.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class ProgrammeJourney(BrowserFixture fixture)
{
    [Fact]
    public Task Officer_CreatesAProgramme_OpensItsEnvelope_AndAmendsItsCredits() => fixture.RunAsync("Programme", async page =>
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

        // Amending the credits with the keyboard: the decision, a decrease too large, Enter.
        var envelope = page.GetByRole(AriaRole.Region, new() { Name = "Enveloppe BP 2025" });
        await envelope.GetByLabel("Décision").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Amending", await envelope.GetByLabel("Décision").InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("-150 000");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("DM n° 1");
        await page.Keyboard.PressAsync("Enter");

        // Refused: the reason is next to the amount, which has the focus again with what was typed.
        var amount = page.GetByRole(AriaRole.Region, new() { Name = "Enveloppe BP 2025" }).GetByLabel("Montant de la modification (€)");
        await page.GetByText("la diminution peut aller jusqu'à 120 000,00").WaitForAsync();
        await Assertions.Expect(amount).ToBeFocusedAsync();
        await Assertions.Expect(amount).ToHaveValueAsync("-150 000");
        await Assertions.Expect(amount).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "8-3-modification-refusee");

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("-5 000,00");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Crédits de l'enveloppe BP 2025 diminués" }).WaitForAsync();
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Crédits de l'enveloppe BP 2025 : vote et modifications" });
        var row = history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Décision modificative" });
        await Assertions.Expect(row).ToContainTextAsync("DM n° 1");
        await Assertions.Expect(row).ToContainTextAsync("115");
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "8-4-credits-modifies");
    });
}
