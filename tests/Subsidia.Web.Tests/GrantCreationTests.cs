using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Domain.Common;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>
/// The grant creation form (budget tree, action programme), the generation of the convention, and the envelope
/// consumption chart. Demo rows are found through the pages (the options of the form), never by their ids.
/// </summary>
public partial class GrantCreationTests
{
    private const string Form = "/subventions/nouvelle";
    private const string BeneficiaryName = "Association des Amis du lavoir";

    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Create_WithABudgetTree_StoresTheTree_ChargesTheEnvelope_AndRecordsTheHistory(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var officer = await OfficerAsync(app);
        var fields = await ValidGrantAsync(officer);
        var envelopeId = Guid.Parse(fields["Draft.EnvelopeId"]);
        var committedBefore = await CommittedAsync(app, envelopeId);

        var response = await SubsidiaApp.PostFormAsync(officer, Form, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var id = Guid.Parse(GrantPath().Match(location).Groups[1].Value);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == id);
        var budget = grant.Budget!;
        var section = Assert.Single(budget.Sections);
        Assert.Equal(40_000m, section.ExpenseTotal);
        var structure = section.Expenses.Single(l => l.Label == "Frais de structure");
        Assert.Null(structure.StatedAmount);
        Assert.Equal(15_000m, structure.Amount);
        // Lines keep no order in the database (docs/decisions/0007): compare the sub-lines as a set.
        Assert.Equal(["Charges", "Loyer"], structure.Children.Select(c => c.Label).Order(StringComparer.Ordinal));
        Assert.Equal(0.75m, budget.PublicShare);
        Assert.Equal(30_000m, budget.GrantingAuthorityRevenue);
        Assert.Equal(30_000m, grant.AmountGranted);
        Assert.Equal("Animation du lavoir et accueil des visiteurs", grant.Request.Subject);
        Assert.True(grant.Request.RepublicanCommitmentAccepted);
        Assert.Equal(2, grant.Programme!.Actions.Count());
        Assert.Equal(12m, Assert.Single(grant.Programme.Indicators).Target);
        Assert.Equal(committedBefore + 30_000m, await CommittedAsync(app, envelopeId));
        var beneficiary = await db.Beneficiaries.Include(b => b.History).SingleAsync(b => b.Id == grant.BeneficiaryId);
        Assert.Equal(30_000m, Assert.Single(beneficiary.History).Amount);

        var page = Text(await officer.GetStringAsync(new Uri(location, UriKind.Relative)));
        Assert.Contains("Subvention enregistrée.", page, StringComparison.Ordinal);
        Assert.Contains("Générer la convention", page, StringComparison.Ordinal);
        Assert.Contains("Objectif 1 : Faire connaître le lavoir", page, StringComparison.Ordinal);
        Assert.Contains("Indicateur : Visites organisées : cible 12", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Create_RefusesWithTheFieldNamed_KeepsEverythingTyped_AndStoresNothing(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var officer = await OfficerAsync(app);
        var fields = await ValidGrantAsync(officer);
        fields["Draft.Subject"] = "";
        fields["Draft.AmountRequested"] = "30 000 euros";
        fields["Draft.Sections[0].Revenues[1].Amount"] = "9 000";
        fields["Draft.Sections[0].Expenses[3].Label"] = "";
        fields["Draft.Actions[0].Budget"] = "5.000";
        var before = await GrantCountAsync(app);

        var response = await SubsidiaApp.PostFormAsync(officer, Form, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = Text(html);
        Assert.Contains("Objet : l'objet de la subvention est obligatoire.", text, StringComparison.Ordinal);
        Assert.Contains("Montant demandé : « 30 000 euros » n'est pas un montant en euros", text, StringComparison.Ordinal);
        Assert.Contains("section « Fonctionnement », dépense ligne 4 : le libellé est obligatoire.", text, StringComparison.Ordinal);
        Assert.Contains("Programme d'actions, action 1, budget : « 5.000 » n'est pas un montant en euros (exemple : 15 000,00).", text, StringComparison.Ordinal);
        Assert.Contains("Section « Fonctionnement » : les dépenses (40 000,00 €) et les recettes (39 000,00 €) ne sont pas équilibrées.",
            Spaces(text), StringComparison.Ordinal);
        // Nothing typed is lost: the wrong amount, the tree and the choices come back as they were sent.
        Assert.Contains("value=\"30 000 euros\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"9 000\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Draft.Sections[0].Expenses[1].Level\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{fields["Draft.BeneficiaryId"]}\" selected=\"selected\"", html);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await GrantCountAsync(app));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Create_AGrantedAmountWithoutAnAct_AnUnreadableDate_OrASubsidyAboveTheNeed_AreRefused(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var officer = await OfficerAsync(app);
        var withoutAct = await ValidGrantAsync(officer);
        withoutAct["Draft.ActItemId"] = "";
        var wrongDate = await ValidGrantAsync(officer);
        wrongDate["Draft.PeriodStart"] = "2025-13-45";
        var aboveNeed = await ValidGrantAsync(officer);
        aboveNeed["Draft.Sections[0].Revenues[1].Amount"] = "20 000";

        var refusedAct = Text(await (await SubsidiaApp.PostFormAsync(officer, Form, withoutAct)).Content.ReadAsStringAsync());
        var refusedDate = await SubsidiaApp.PostFormAsync(officer, Form, wrongDate);
        var refusedNeed = Spaces(Text(await (await SubsidiaApp.PostFormAsync(officer, Form, aboveNeed)).Content.ReadAsStringAsync()));

        Assert.Contains("Montant accordé : une subvention n'est accordée que par un acte distinct du vote du budget (R-21)", refusedAct, StringComparison.Ordinal);
        Assert.Contains("la subvention de 30 000,00 € dépasse le besoin de financement (20 000,00 € : dépenses moins autres ressources)", refusedNeed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedDate.StatusCode);
        Assert.Contains("Début de la période (date) : la valeur saisie n'est pas lisible.", Text(await refusedDate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await GrantCountAsync(app, BeneficiaryName));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ThreeLevels_AreReadAsATree_AParentThatDisagreesWithItsSubLinesIsRefused_AndTheTreeIsShown(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var officer = await OfficerAsync(app);
        var fields = await ValidGrantAsync(officer);
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Draft.Sections[0].Expenses", StringComparison.Ordinal)).ToList())
        {
            fields.Remove(key);
        }

        var lines = new[] { (0, "Frais de structure", "20 000"), (1, "Locaux", ""), (2, "Loyer", "10 000"), (2, "Charges locatives", "5 000"), (0, "Personnel", "25 000") };
        for (var i = 0; i < lines.Length; i++)
        {
            fields[$"Draft.Sections[0].Expenses[{i}].Level"] = lines[i].Item1.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Draft.Sections[0].Expenses[{i}].Label"] = lines[i].Item2;
            fields[$"Draft.Sections[0].Expenses[{i}].Amount"] = lines[i].Item3;
        }

        var refused = await SubsidiaApp.PostFormAsync(officer, Form, fields);
        fields["Draft.Sections[0].Expenses[0].Amount"] = "";
        var created = await SubsidiaApp.PostFormAsync(officer, Form, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("la ligne « Frais de structure » annonce 20 000,00 € mais ses sous-lignes totalisent 15 000,00 €",
            Spaces(Text(await refused.Content.ReadAsStringAsync())), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await officer.GetStringAsync(new Uri(created.Headers.Location!.ToString(), UriKind.Relative));
        Assert.Contains("<td class=\"sub sub-2\">dont Loyer</td>", Text(page), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var id = Guid.Parse(GrantPath().Match(created.Headers.Location!.ToString()).Groups[1].Value);
        var grant = await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().GrantFilesWithEverything().SingleAsync(g => g.Id == id);
        var structure = grant.Budget!.Sections[0].Expenses.Single(l => l.Label == "Frais de structure");
        Assert.Equal(15_000m, structure.Amount);
        Assert.Equal(["Charges locatives", "Loyer"], Assert.Single(structure.Children).Children.Select(c => c.Label).Order(StringComparer.Ordinal));
        Assert.Equal(40_000m, grant.Budget.Total);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Rows_AreAddedAndRemovedBySubmitting_WithoutScript_AndTheServerShowsTheTotals(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var officer = await OfficerAsync(app);
        var fields = await ValidGrantAsync(officer);

        fields["op"] = "sub:0:expense:3";
        var added = await SubsidiaApp.PostFormAsync(officer, Form, fields);
        var addedHtml = await added.Content.ReadAsStringAsync();
        fields["op"] = "del:0:expense:0";
        var removed = await (await SubsidiaApp.PostFormAsync(officer, Form, fields)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Draft.Sections[0].Expenses[4].Level\" value=\"1\"", addedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Personnel\"", addedHtml, StringComparison.Ordinal);
        Assert.Matches("<input id=\"Draft_Sections_0__Expenses_4__Label\"[^>]*autofocus=\"autofocus\"", addedHtml);
        Assert.Single(Regex.Matches(addedHtml, "autofocus="));
        Assert.Contains("<output data-grand=\"expense\">40 000,00 €</output>", Spaces(Text(addedHtml)), StringComparison.Ordinal);
        Assert.Contains("<output data-grand=\"share\">75,0 %</output>", Spaces(Text(addedHtml)), StringComparison.Ordinal);
        // Removing "Frais de structure" removes its two sub-lines with it: 25 000 € of expenses remain.
        Assert.DoesNotContain("value=\"Loyer\"", removed, StringComparison.Ordinal);
        Assert.Matches("<button type=\"submit\" id=\"ajouter-0-expense\"[^>]*autofocus=\"autofocus\"", removed);
        Assert.Contains("<output data-grand=\"expense\">25 000,00 €</output>", Spaces(Text(removed)), StringComparison.Ordinal);
        Assert.Equal(0, await GrantCountAsync(app, BeneficiaryName));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RolesWithoutTheRight_Get403_OnTheFormAndOnTheConvention(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("elu", Roles.ElectedMember);
        await app.CreateAccountAsync("finances", Roles.FinanceOfficer);
        using var officer = await OfficerAsync(app);
        var fields = await ValidGrantAsync(officer);
        var grant = (await SubsidiaApp.PostFormAsync(officer, Form, fields)).Headers.Location!.ToString().Split('?')[0];
        using var elected = await app.SignedInClientAsync("elu");
        using var finance = await app.SignedInClientAsync("finances");
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var count = await GrantCountAsync(app);

        var electedGet = await elected.GetAsync(new Uri(Form, UriKind.Relative));
        // The token of any page the account can open (the sign-out form), as a forged request would carry it.
        var electedPost = await SubsidiaApp.PostFormAsync(elected, "/subventions", fields, Form);
        var financePost = await SubsidiaApp.PostFormAsync(finance, "/subventions", fields, Form);
        var electedConvention = await SubsidiaApp.PostFormAsync(elected, grant, Convention(), grant + "?handler=Convention");
        var anonymousGet = await anonymous.GetAsync(new Uri(Form, UriKind.Relative));
        var electedPage = await elected.GetStringAsync(new Uri(grant, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, electedGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, electedPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, financePost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, electedConvention.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousGet.StatusCode);
        Assert.DoesNotContain("Générer la convention", electedPage, StringComparison.Ordinal);
        Assert.Equal(count, await GrantCountAsync(app));
        using var scope = app.Services.CreateScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().GrantFilesWithEverything()
            .SingleAsync(g => g.Request.Subject == fields["Draft.Subject"])).Convention);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Convention_IsGeneratedAndListed_ThenSigned_ThenTheFirstInstalmentIsOrdered_AndTheEnvelopeShowsIt(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("finances", Roles.FinanceOfficer);
        using var officer = await OfficerAsync(app);
        using var finance = await app.SignedInClientAsync("finances");
        var fields = await ValidGrantAsync(officer);
        var envelopeId = Guid.Parse(fields["Draft.EnvelopeId"]);
        var grant = (await SubsidiaApp.PostFormAsync(officer, Form, fields)).Headers.Location!.ToString().Split('?')[0];
        var id = Guid.Parse(GrantPath().Match(grant).Groups[1].Value);

        int conventionsBefore, schedulesBefore;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
            conventionsBefore = await db.Set<Subsidia.Domain.Subsidies.Conventions.Convention>().CountAsync();
            schedulesBefore = await db.Set<Subsidia.Domain.Subsidies.Payments.PaymentSchedule>().CountAsync();
        }

        var missingName = Convention();
        missingName["convention.BeneficiaryRepresentativeName"] = "";
        var refused = Text(await (await SubsidiaApp.PostFormAsync(officer, grant, missingName, grant + "?handler=Convention")).Content.ReadAsStringAsync());
        var allAtSignature = Convention();
        allAtSignature["convention.Schedule"] = "AllAtSignature";
        var first = Text(await (await SubsidiaApp.PostFormAsync(officer, grant, allAtSignature, grant + "?handler=Convention")).Content.ReadAsStringAsync());
        var generated = Text(await (await SubsidiaApp.PostFormAsync(officer, grant, Convention(), grant + "?handler=Convention")).Content.ReadAsStringAsync());
        var signed = Text(await (await SubsidiaApp.PostFormAsync(officer, grant, new Dictionary<string, string> { ["on"] = "2025-01-10" }, grant + "?handler=Sign"))
            .Content.ReadAsStringAsync());
        string instalment;
        using (var scope = app.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().GrantFilesWithEverything().SingleAsync(g => g.Id == id);
            Assert.Equal("Marie DURAND", stored.Convention!.BeneficiaryRepresentative!.Name);
            Assert.Equal(30_000m, stored.Convention.Amount);
            Assert.Equal([15_000m, 15_000m], stored.Schedule!.Instalments.OrderBy(i => i.Rank).Select(i => stored.Schedule.PlannedAmount(i)));
            Assert.Equal(new DateOnly(2025, 11, 15), Assert.Single(stored.Convention.Duties).DueOn);
            var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
            Assert.Equal(conventionsBefore + 1, await db.Set<Subsidia.Domain.Subsidies.Conventions.Convention>().CountAsync());
            Assert.Equal(schedulesBefore + 1, await db.Set<Subsidia.Domain.Subsidies.Payments.PaymentSchedule>().CountAsync());
            instalment = stored.Schedule.Instalments.Single(i => i.Rank == 1).Id.ToString();
        }

        var resign = Text(await (await SubsidiaApp.PostFormAsync(officer, grant, Convention(), grant + "?handler=Convention")).Content.ReadAsStringAsync());
        var ordered = Text(await (await SubsidiaApp.PostFormAsync(finance, grant,
            new Dictionary<string, string> { ["instalmentId"] = instalment, ["amount"] = "15 000,00", ["on"] = "2025-01-15" }, grant + "?handler=Order"))
            .Content.ReadAsStringAsync());
        var docx = await officer.GetAsync(new Uri($"/api/grants/{id}/convention.docx", UriKind.Relative));
        var programmes = Plain(await officer.GetStringAsync(new Uri("/programmes", UriKind.Relative)));

        Assert.Contains("Convention refusée : Signataire pour le bénéficiaire : le nom et la qualité du signataire sont obligatoires.", refused, StringComparison.Ordinal);
        Assert.Contains("Convention générée : 30 000,00 €, 1 tranche(s)", Spaces(first), StringComparison.Ordinal);
        // Regenerated before signature: the convention and its schedule are replaced, both generations are listed.
        Assert.Contains("Convention régénérée : 30 000,00 €, 2 tranche(s)", Spaces(generated), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(generated, @"Générée le \d\d/\d\d/\d{4} à \d\d:\d\d par instructeur \(empreinte SHA-256 [0-9a-f]{16}…\)"));
        Assert.Contains("Signature de la convention enregistrée au 10/01/2025", signed, StringComparison.Ordinal);
        Assert.Contains("Convention refusée : la convention est signée depuis le 10/01/2025", resign, StringComparison.Ordinal);
        Assert.Contains("Mandat de 15 000,00 € accepté", Spaces(ordered), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var envelope = await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().Envelopes.Include(e => e.Charges).SingleAsync(e => e.Id == envelopeId);
            Assert.Equal(15_000m, envelope.Charges.Single(c => c.GrantFileId == id).Paid);
            Assert.Contains($"Payés (mandats) {Spaces(French.Money(envelope.Paid))}", programmes, StringComparison.Ordinal);
            Assert.Contains($"engagés {Spaces(French.Money(envelope.Committed))}", programmes, StringComparison.Ordinal);
            Assert.True(envelope.Paid >= 15_000m);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task EnvelopeChart_IsAnAccessibleServerSvg_WithATableAlternative_LinkedFromTheGrants(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        var grants = await client.GetStringAsync(new Uri("/subventions", UriKind.Relative));
        var html = await client.GetStringAsync(new Uri("/programmes", UriKind.Relative));
        var programme = ProgrammeLink().Match(html).Groups[1].Value;
        var details = await client.GetStringAsync(new Uri(programme, UriKind.Relative));

        Assert.Contains("href=\"/programmes\"", grants, StringComparison.Ordinal);
        foreach (var page in new[] { html, details })
        {
            var match = Svg().Match(page);
            Assert.True(match.Success, "pas de graphique SVG");
            var svg = Text(match.Value);
            Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
            var labelledBy = Regex.Match(svg, "aria-labelledby=\"([^ \"]+) ([^\"]+)\"");
            Assert.Contains($"<title id=\"{labelledBy.Groups[1].Value}\">Consommation de l'enveloppe BP ", svg, StringComparison.Ordinal);
            Assert.Contains($"<desc id=\"{labelledBy.Groups[2].Value}\">Crédits votés", svg, StringComparison.Ordinal);
            Assert.Contains("<rect class=\"bar-voted\"", svg, StringComparison.Ordinal);
            Assert.Contains("les chiffres du graphique</caption>", Text(page), StringComparison.Ordinal);
        }

        Assert.Contains("<th scope=\"row\">Crédits votés</th>", Text(details), StringComparison.Ordinal);
        Assert.Contains("Subventions imputées sur l'enveloppe", Text(details), StringComparison.Ordinal);
    }

    private static async Task<HttpClient> OfficerAsync(SubsidiaApp app)
    {
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        return await app.SignedInClientAsync("instructeur");
    }

    /// <summary>
    /// Enters the beneficiary, then fills the form with what its options offer: the 2024 envelope and an act of 2024 of the
    /// same authority. Expenses 40 000 € as a tree (a parent of 15 000 € read from its sub-lines, and 25 000 €), revenues
    /// 30 000 € from the authority and 10 000 € own resources, two actions.
    /// </summary>
    private static async Task<Dictionary<string, string>> ValidGrantAsync(HttpClient officer)
    {
        var page = await officer.GetStringAsync(new Uri(Form, UriKind.Relative));
        if (!Text(page).Contains(BeneficiaryName, StringComparison.Ordinal))
        {
            var created = await SubsidiaApp.PostFormAsync(officer, "/beneficiaires/nouveau",
                new Dictionary<string, string> { ["name"] = BeneficiaryName, ["form"] = "Association", ["siret"] = "441 370 806 00016" });
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            page = await officer.GetStringAsync(new Uri(Form, UriKind.Relative));
        }

        return new Dictionary<string, string>
        {
            ["Draft.BeneficiaryId"] = Option(page, "Draft_BeneficiaryId", BeneficiaryName),
            ["Draft.EnvelopeId"] = Option(page, "Draft_EnvelopeId", "BP 2024"),
            ["Draft.ActItemId"] = Option(page, "Draft_ActItemId", "/2024"),
            ["Draft.Subject"] = "Animation du lavoir et accueil des visiteurs",
            ["Draft.AmountRequested"] = "30 000",
            ["Draft.AmountGranted"] = "30 000,00",
            ["Draft.PeriodStart"] = "2025-01-01",
            ["Draft.PeriodEnd"] = "2025-12-31",
            ["Draft.Purpose"] = "Project",
            ["Draft.RepublicanCommitment"] = "true",
            ["Draft.BudgetTitle"] = "Budget prévisionnel 2025",
            ["Draft.Sections[0].Name"] = "Fonctionnement",
            ["Draft.Sections[0].Expenses[0].Level"] = "0",
            ["Draft.Sections[0].Expenses[0].Label"] = "Frais de structure",
            ["Draft.Sections[0].Expenses[0].Amount"] = "",
            ["Draft.Sections[0].Expenses[1].Level"] = "1",
            ["Draft.Sections[0].Expenses[1].Label"] = "Loyer",
            ["Draft.Sections[0].Expenses[1].Amount"] = "10 000",
            ["Draft.Sections[0].Expenses[2].Level"] = "1",
            ["Draft.Sections[0].Expenses[2].Label"] = "Charges",
            ["Draft.Sections[0].Expenses[2].Amount"] = "5 000,00",
            ["Draft.Sections[0].Expenses[3].Level"] = "0",
            ["Draft.Sections[0].Expenses[3].Label"] = "Personnel",
            ["Draft.Sections[0].Expenses[3].Amount"] = "25 000",
            ["Draft.Sections[0].Revenues[0].Level"] = "0",
            ["Draft.Sections[0].Revenues[0].Label"] = "Subvention de la collectivité",
            ["Draft.Sections[0].Revenues[0].Funder"] = "Public",
            ["Draft.Sections[0].Revenues[0].GrantingAuthority"] = "true",
            ["Draft.Sections[0].Revenues[0].Amount"] = "30 000",
            ["Draft.Sections[0].Revenues[1].Level"] = "0",
            ["Draft.Sections[0].Revenues[1].Label"] = "Cotisations des membres",
            ["Draft.Sections[0].Revenues[1].Funder"] = "Own",
            ["Draft.Sections[0].Revenues[1].Amount"] = "10 000",
            ["Draft.ProgrammeTitle"] = "Programme 2025",
            ["Draft.Actions[0].Objective"] = "Faire connaître le lavoir",
            ["Draft.Actions[0].Title"] = "Visites commentées",
            ["Draft.Actions[0].Budget"] = "5 000",
            ["Draft.Actions[0].Indicator"] = "Visites organisées",
            ["Draft.Actions[0].Target"] = "12",
            ["Draft.Actions[1].Objective"] = "Faire connaître le lavoir",
            ["Draft.Actions[1].Title"] = "Journée du patrimoine",
            ["op"] = "save",
        };
    }

    private static Dictionary<string, string> Convention() => new()
    {
        ["convention.Title"] = "Convention de soutien à l'Association des Amis du lavoir",
        ["convention.AuthorityRepresentativeCivility"] = "Madame",
        ["convention.AuthorityRepresentativeName"] = "Anne VIGNOT",
        ["convention.AuthorityRepresentativeTitle"] = "Présidente",
        ["convention.BeneficiaryRepresentativeCivility"] = "Madame",
        ["convention.BeneficiaryRepresentativeName"] = "Marie DURAND",
        ["convention.BeneficiaryRepresentativeTitle"] = "Présidente",
        ["convention.Schedule"] = "HalfThenBalance",
        ["convention.RequestDeadlineMonths"] = "2",
        ["convention.EndsOn"] = "2025-12-31",
        ["convention.FinalReportsDueOn"] = "2025-11-15",
    };

    /// <summary>The value of the first option of the select whose text contains <paramref name="containing"/>.</summary>
    private static string Option(string html, string selectId, string containing)
    {
        var select = Regex.Match(html, $"<select id=\"{selectId}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        var option = OptionPattern().Matches(select).FirstOrDefault(m => Text(m.Groups[2].Value).Contains(containing, StringComparison.Ordinal));
        Assert.True(option is not null, $"aucune option « {containing} » dans {selectId}");
        return option.Groups[1].Value;
    }

    private static async Task<decimal> CommittedAsync(SubsidiaApp app, Guid envelopeId)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().Envelopes.Include(e => e.Charges).SingleAsync(e => e.Id == envelopeId)).Committed;
    }

    private static async Task<int> GrantCountAsync(SubsidiaApp app, string? beneficiary = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        return beneficiary is null
            ? await db.GrantFiles.CountAsync()
            : await db.GrantFiles.CountAsync(g => db.Beneficiaries.Any(b => b.Id == g.BeneficiaryId && b.Name == beneficiary));
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The text of a page: tags removed, entities decoded, spaces collapsed.</summary>
    private static string Plain(string html) =>
        Regex.Replace(Spaces(Text(Regex.Replace(html, "<[^>]+>", " "))), @"\s+", " ");

    /// <summary>Narrow and ordinary no-break spaces as plain spaces, to compare French amounts.</summary>
    private static string Spaces(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    [GeneratedRegex("/subventions/([0-9a-f-]{36})")]
    private static partial Regex GrantPath();

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\"[^>]*>([^<]*)</option>")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("href=\"(/programmes/[0-9a-f-]{36})\"")]
    private static partial Regex ProgrammeLink();

    [GeneratedRegex("<svg[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
