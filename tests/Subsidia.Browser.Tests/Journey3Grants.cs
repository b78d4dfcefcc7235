using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Subsidia.Browser.Tests;

/// <summary>
/// Journey 3 of issue 7 in Debian's Chromium: a grants officer enters a beneficiary (a wrong SIRET is refused with its
/// reason), creates a grant with a budget tree whose totals follow the typing, generates the convention and records its
/// signature; the finance officer orders the first instalment; the obligations that follow are listed. Every page is
/// checked by axe-core and kept as a screenshot. The accounts are opened by the administrator through the accounts page.
/// </summary>
[Collection(BrowserJourneys.Name)]
public partial class Journey3Grants(BrowserFixture fixture)
{
    private const string Officer = "instructeur.j3";
    private const string Finance = "finances.j3";
    private const string Beneficiary = "Association Les Amis du lavoir de Montaigu";

    [Fact]
    public async Task Journey3_GrantsOfficer_EntersABeneficiary_CreatesAGrantWithItsBudget_AndTheFirstInstalmentIsOrdered()
    {
        await OpenAccountsAsync();
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Officer);

        // A beneficiary: the wrong SIRET is refused with the reason, then corrected.
        await page.GotoAsync("/subventions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bénéficiaires" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau bénéficiaire" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Nom").FillAsync(Beneficiary);
        await page.GetByLabel("SIRET (14 chiffres)").FillAsync("823 147 106 00013");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        Assert.Contains("la clé de contrôle (Luhn) est fausse", await refusal.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(Beneficiary, await page.GetByLabel("Nom").InputValueAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "3-1-siret-refuse");
        await page.GetByLabel("SIRET (14 chiffres)").FillAsync("823 147 106 00012");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = Beneficiary }).WaitForAsync();
        Assert.EndsWith("/beneficiaires", page.Url, StringComparison.Ordinal);
        Assert.Contains("SIRET 82314710600012", await page.Locator("section.beneficiary", new() { HasText = Beneficiary }).InnerTextAsync(), StringComparison.Ordinal);

        // The grant, with a budget tree built row by row.
        await page.GotoAsync("/subventions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle subvention" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/subventions/nouvelle$"));
        await BrowserFixture.AssertAccessibleAsync(page);
        // The beneficiary is found by a search, not picked from a list of every beneficiary.
        await page.GetByLabel("Rechercher un bénéficiaire (nom, sigle ou SIRET)").FillAsync("lavoir de Montaigu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).First.ClickAsync();
        await page.GetByText("1 bénéficiaire trouvé.").WaitForAsync();
        await SelectContainingAsync(page, "#Draft_BeneficiaryId", Beneficiary);
        await SelectContainingAsync(page, "#Draft_EnvelopeId", "BP 2024");
        await SelectContainingAsync(page, "#Draft_ActItemId", "/2024");
        await page.GetByLabel("Objet", new() { Exact = true }).FillAsync("Restauration et animation du lavoir en 2025");
        await page.GetByLabel("Montant demandé (€)").FillAsync("25 000");
        await page.GetByLabel("Montant accordé (€)").FillAsync("25 000");
        await page.GetByLabel("Contrat d'engagement républicain souscrit par le demandeur").CheckAsync();
        await page.GetByLabel("Nom de la section 1").FillAsync("Fonctionnement");
        await page.GetByLabel("Libellé, dépense ligne 1 de la section 1").FillAsync("Frais de structure");

        // Adding a sub-line submits the form: what was typed comes back, with the new row below its parent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sous-ligne sous la dépense ligne 1 de la section 1" }).ClickAsync();
        var subLine = page.GetByLabel("Libellé, dépense ligne 2 de la section 1 (sous-ligne de niveau 1)");
        await subLine.WaitForAsync();
        Assert.Equal("Frais de structure", await page.GetByLabel("Libellé, dépense ligne 1 de la section 1").InputValueAsync());
        Assert.Equal("25 000", await page.GetByLabel("Montant accordé (€)").InputValueAsync());
        await subLine.FillAsync("Loyer du local");
        await page.GetByLabel("Montant en euros, dépense ligne 2 de la section 1").FillAsync("10 000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une dépense à la section 1" }).ClickAsync();
        var sectionExpenses = page.Locator("output[data-total='expense'][data-section='0']");

        // The keyboard goes on in the new row; the totals follow the typing (the server recomputes them anyway).
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'Draft_Sections_0__Expenses_2__Label'");
        await page.Keyboard.TypeAsync("Animations");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("15000");
        Assert.Equal("25 000,00 €", Spaces(await sectionExpenses.InnerTextAsync()));
        Assert.Equal("25 000,00 €", Spaces(await page.Locator("output[data-grand='expense']").InnerTextAsync()));
        await page.GetByLabel("Libellé, recette ligne 1 de la section 1").FillAsync("Subvention de la collectivité");
        await page.GetByLabel("collectivité, recette ligne 1 de la section 1").CheckAsync();
        await page.GetByLabel("Montant en euros, recette ligne 1 de la section 1").FillAsync("20 000");
        Assert.Equal("écart de 5 000,00 €", Spaces(await page.Locator("output[data-grand='balance']").InnerTextAsync()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une recette à la section 1" }).ClickAsync();
        await page.GetByLabel("Libellé, recette ligne 2 de la section 1").FillAsync("Cotisations des membres");
        await page.GetByLabel("Financeur, recette ligne 2 de la section 1").SelectOptionAsync("Own");
        await page.GetByLabel("Montant en euros, recette ligne 2 de la section 1").FillAsync("5 000");
        Assert.Equal("80,0 %", Spaces(await page.Locator("output[data-grand='share']").InnerTextAsync()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une action" }).ClickAsync();
        await page.GetByLabel("Objectif de l'action 1").FillAsync("Faire vivre le lavoir");
        await page.GetByLabel("Intitulé de l'action 1").FillAsync("Visites commentées");
        await page.GetByLabel("Indicateur de l'action 1", new() { Exact = true }).FillAsync("Visites organisées");
        await page.GetByLabel("Cible de l'indicateur de l'action 1").FillAsync("12");

        // The subsidy says 25 000 € but the authority's line says 20 000 €: the server refuses, keeping everything.
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la subvention" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        Assert.Contains("les lignes de la collectivité totalisent", Spaces(await errors.InnerTextAsync()), StringComparison.Ordinal);
        Assert.Equal("Loyer du local", await page.GetByLabel("Libellé, dépense ligne 2 de la section 1 (sous-ligne de niveau 1)").InputValueAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "3-2-budget-refuse");
        await page.GetByLabel("Montant en euros, recette ligne 1 de la section 1").FillAsync("25 000");
        await page.GetByLabel("Montant en euros, dépense ligne 3 de la section 1").FillAsync("20 000");
        Assert.Equal("équilibré", await page.Locator("output[data-grand='balance']").InnerTextAsync());
        Assert.Equal("83,3 %", Spaces(await page.Locator("output[data-grand='share']").InnerTextAsync()));
        await BrowserFixture.ScreenshotAsync(page, "3-3-arbre-budgetaire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la subvention" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/subventions/[0-9a-f-]{36}\\?creee=1$"));
        var grantUrl = page.Url.Split('?')[0];
        await page.GetByText("Subvention enregistrée.").WaitForAsync();
        Assert.Contains("Total 30 000,00 €", Spaces(await page.Locator("main").InnerTextAsync()), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);

        // The convention: generated, listed, signed.
        await page.Locator("#conv-auth-name").FillAsync("Anne VIGNOT");
        await page.Locator("#conv-auth-title").FillAsync("Présidente");
        await page.Locator("#conv-ben-name").FillAsync("Marie DURAND");
        await page.Locator("#conv-ben-title").FillAsync("Présidente");
        await page.GetByRole(AriaRole.Button, new() { Name = "Générer la convention" }).ClickAsync();
        await page.GetByText("Convention générée").WaitForAsync();
        Assert.Contains($"par {Officer}", await page.GetByRole(AriaRole.List, new() { Name = "Générations de la convention" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Convention (PDF)" }).CountAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "3-4-convention-generee");
        var today = DateOnly.FromDateTime(DateTime.Today);
        await page.GetByLabel("Signée le").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la signature" }).ClickAsync();
        await page.GetByText("Signature de la convention enregistrée").WaitForAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        // The finance officer orders the first instalment (the grants officer may not).
        var finance = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(finance, Finance);
        await finance.GotoAsync(grantUrl);
        await BrowserFixture.AssertAccessibleAsync(finance);
        await finance.GetByLabel("Montant (€)").FillAsync("25 000,00");
        await finance.GetByRole(AriaRole.Button, new() { Name = "Ordonner" }).ClickAsync();
        await finance.GetByText("Mandat de 25").WaitForAsync();
        Assert.Contains("accepté", await finance.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(finance);
        await BrowserFixture.ScreenshotAsync(finance, "3-5-premiere-tranche-mandatee");

        // What follows: the obligations of the grant, and the envelope's consumption.
        await page.GotoAsync("/subventions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Échéances et obligations" }).ClickAsync();
        var rows = page.Locator("tr", new() { HasText = Beneficiary });
        Assert.Contains(await rows.AllInnerTextsAsync(), r => r.Contains("Publication des données essentielles", StringComparison.Ordinal));
        Assert.Contains(await rows.AllInnerTextsAsync(), r => r.Contains("Compte rendu financier (CERFA 15059)", StringComparison.Ordinal));
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "3-6-obligations");
        await page.GotoAsync("/subventions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Enveloppes budgétaires et leur consommation" }).ClickAsync();
        await page.Locator("svg[role='img']").First.WaitForAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "3-7-consommation-des-enveloppes");
        await page.Locator("section.programme", new() { HasText = "Enveloppe BP 2024" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var charge = page.Locator("tr", new() { HasText = Beneficiary });
        await charge.WaitForAsync();
        Assert.Contains("25 000,00 €\t25 000,00 €", Spaces(await charge.InnerTextAsync()), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "3-8-enveloppe-2024");
    }

    /// <summary>The administrator opens the grants officer's and the finance officer's accounts.</summary>
    private async Task OpenAccountsAsync()
    {
        var admin = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin");
        foreach (var (name, role) in new[] { (Officer, "Instructeur des subventions"), (Finance, "Finances (ordres de paiement)") })
        {
            await admin.GotoAsync("/comptes");
            await admin.GetByLabel("Identifiant", new() { Exact = true }).FillAsync(name);
            await admin.GetByLabel("Mot de passe initial").FillAsync(BrowserFixture.Password);
            await admin.GetByLabel(role).Last.CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
            await admin.GetByText($"Compte « {name} » créé.").WaitForAsync();
        }
    }

    /// <summary>Chooses the first option whose text contains <paramref name="text"/>, as a user reading the list would.</summary>
    private static async Task SelectContainingAsync(IPage page, string select, string text)
    {
        var value = await page.Locator($"{select} option", new() { HasText = text }).First.GetAttributeAsync("value");
        await page.Locator(select).SelectOptionAsync(value!);
    }

    private static string Spaces(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
}
