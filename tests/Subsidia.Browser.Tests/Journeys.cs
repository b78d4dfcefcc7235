using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Subsidia.Browser.Tests;

/// <summary>
/// The journeys of issue 7 in Debian's Chromium, each page checked by axe-core and kept as a screenshot.
/// </summary>
[Collection(BrowserJourneys.Name)]
public partial class Journeys(BrowserFixture fixture)
{
    [Fact]
    public Task Journey1_Newcomer_OpensTheDemo_Report36Has124VotersAndTheQuorum() => fixture.RunAsync("Journey1", async page =>
    {
        await page.GotoAsync("/");
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "1-1-accueil");

        await page.GetByRole(AriaRole.Link, new() { Name = "09/05/2012" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/seances/[0-9a-f-]+$"));
        var row = page.Locator("#rapport-3-6");

        Assert.Equal("124", (await row.Locator("td.voters").InnerTextAsync()).Trim());
        Assert.Contains("atteint (71)", await row.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "1-2-seance-2012-05-09");
    });

    [Fact]
    public Task Journey2_Secretary_RecordsASitting_WithTheKeyboard_FixesAVoteMismatch_AndSigns() => fixture.RunAsync("Journey2", async page =>
    {
        await BrowserFixture.SignInAsync(page, "secretaire");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle séance" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("ou nouvelle collectivité").FillAsync("Commune de Montaigu-les-Bois");
        await page.GetByLabel("Assemblée").FillAsync("Conseil municipal");
        await page.GetByLabel("Date de la séance").FillAsync("2026-11-20");
        await page.GetByLabel("Lieu").FillAsync("Salle du conseil");
        await page.GetByLabel("Membres, un par ligne").FillAsync("Alice ALPHA\nBruno BRAVO\nChloé CHARLIE\nDavid DELTA\nEmma ECHO");
        await page.GetByLabel("Rapports dans l'ordre de passage").FillAsync(
            "1 ; Approbation du procès-verbal\n2 ; Subvention à l'association des Amis du lavoir ; 2026/000041\n3 ; Questions diverses");
        await BrowserFixture.ScreenshotAsync(page, "2-1-nouvelle-seance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la séance" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/presences$"));
        await BrowserFixture.AssertAccessibleAsync(page);

        // The grid with the keyboard only: letters choose, arrows move between members and columns.
        await page.Locator("select[name='Rows[0].Status']").FocusAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("p");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("p");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("p");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("p");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Rows[4].HolderId", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.TypeAsync("al");
        Assert.Equal(["Present", "Present", "Present", "Present", "Proxy"], await Task.WhenAll(
            Enumerable.Range(0, 5).Select(i => page.Locator($"select[name='Rows[{i}].Status']").InputValueAsync())));
        Assert.Equal("2", await page.Locator("select[name='Rows[2].From']").InputValueAsync());
        Assert.Equal("Alice ALPHA", (await page.Locator("select[name='Rows[4].HolderId'] option:checked").InnerTextAsync()).Trim());
        await BrowserFixture.ScreenshotAsync(page, "2-2-grille-au-clavier");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await page.GetByText("Présences enregistrées.").WaitForAsync();
        var voters = page.Locator("tfoot tr", new() { HasText = "Votants" }).Locator("td");
        Assert.Equal(["4", "5", "5"], (await voters.AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "2-3-presences-enregistrees");

        // A wrong tally is flagged, then corrected.
        await page.GetByRole(AriaRole.Link, new() { Name = "Votes et signature" }).ClickAsync();
        var item = page.Locator("section.item", new() { HasText = "Rapport n°2" });
        await item.GetByLabel("Pour", new() { Exact = true }).FillAsync("4");
        await item.GetByLabel("Contre", new() { Exact = true }).FillAsync("0");
        await item.GetByLabel("Abstention", new() { Exact = true }).FillAsync("0");
        await item.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le vote du rapport n°2" }).ClickAsync();
        await page.GetByText("Vote enregistré.").WaitForAsync();
        item = page.Locator("section.item", new() { HasText = "Rapport n°2" });
        Assert.Contains("VOTE_COUNT_MISMATCH", await item.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "2-4-ecart-de-vote");

        await item.GetByLabel("Pour", new() { Exact = true }).FillAsync("5");
        await item.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le vote du rapport n°2" }).ClickAsync();
        await page.GetByText("Vote enregistré.").WaitForAsync();
        item = page.Locator("section.item", new() { HasText = "Rapport n°2" });
        Assert.DoesNotContain("VOTE_COUNT_MISMATCH", await item.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Aucun constat", await item.InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Je confirme que la séance est close").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clôturer et signer la séance" }).ClickAsync();
        await page.GetByText("Séance close et signée").WaitForAsync();
        Assert.Equal(0, await page.Locator("form.vote").CountAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "2-5-seance-signee");
    });

    [Fact]
    public Task Journey4_AnonymousVisitor_ReachesThePublishedActs() => fixture.RunAsync("Journey4", async page =>
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Actes publiés" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "4-1-actes-publies");

        await page.GetByRole(AriaRole.Link, new() { Name = "2024/2024.00385" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Délibération n°2024/2024.00385" }).WaitForAsync();
        Assert.Equal("/api/deliberations/extract.pdf?number=2024%2F2024.00385",
            await page.GetByRole(AriaRole.Link, new() { Name = "Extrait du registre (PDF)" }).GetAttributeAsync("href"));
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "4-2-acte-publie");
    });

    [Fact]
    public Task Journey5_ElectedMember_CanChangeNothing_TheServerAnswers403() => fixture.RunAsync("Journey5", async page =>
    {
        await BrowserFixture.SignInAsync(page, "elu");
        await page.GotoAsync("/");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle séance" }).CountAsync());
        var link = await page.GetByRole(AriaRole.Link, new() { Name = "05/12/2024" }).GetAttributeAsync("href");

        var refused = await page.GotoAsync("/seances/nouvelle");
        Assert.Equal(403, refused!.Status);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "5-1-acces-refuse");

        await page.GotoAsync(link + "/votes");
        Assert.Equal(0, await page.Locator("form.vote").CountAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "5-2-votes-en-lecture");

        // The forms are hidden, and the server refuses a forged POST anyway, with the page's own antiforgery token.
        var statuses = await page.EvaluateAsync<int[]>(
            """
            async (base) => {
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const post = (url, fields) => fetch(url, { method: 'POST', body: new URLSearchParams({ ...fields, __RequestVerificationToken: token }) }).then(r => r.status);
              return [
                await post(base + '/votes?handler=Sign', { confirm: 'true' }),
                await post(base + '/presences', { 'Rows[0].MemberId': '00000000-0000-0000-0000-000000000000', 'Rows[0].Status': 'Absent' }),
                await post('/seances/nouvelle', { Body: 'Conseil', Members: 'A B', Items: '1 ; x' }),
                await post('/comptes', { UserName: 'intrus', Password: 'mot-de-passe-intrus', SelectedRoles: 'administrateur' }),
              ];
            }
            """, link);

        Assert.Equal([403, 403, 403, 403], statuses);
        await page.ReloadAsync();
        Assert.Equal(0, await page.GetByText("Séance signée").CountAsync());
    });

    [Fact]
    public Task Administrator_OpensAnAccount_AndReadsTheVerifiedAuditLog() => fixture.RunAsync("Administrator", async page =>
    {
        await BrowserFixture.SignInAsync(page, "admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Comptes" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Identifiant", new() { Exact = true }).FillAsync("instructeur.dupont");
        await page.GetByLabel("Mot de passe initial").FillAsync("mot-de-passe-instructeur");
        await page.GetByLabel("Instructeur des subventions").Last.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        await page.GetByText("Compte « instructeur.dupont » créé.").WaitForAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "6-1-comptes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Journal d'audit" }).ClickAsync();

        await page.GetByText("lignes du journal sont intègres").WaitForAsync();
        Assert.Contains("instructeur.dupont", await page.Locator("table.audit").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "6-2-journal-d-audit");
    });
}
