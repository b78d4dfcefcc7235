using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>Grants officers create budget programmes and open their yearly envelopes from the web, each change audited.</summary>
public sealed partial class ProgrammePagesTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AnOfficer_CreatesAProgramme_OpensItsEnvelope_AndBothAreAudited(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        using var officer = await app.SignedInClientAsync("instructeur");
        var authority = Authority(await officer.GetStringAsync(new Uri("/programmes/nouveau", UriKind.Relative)));

        var created = await SubsidiaApp.PostFormAsync(officer, "/programmes/nouveau", new Dictionary<string, string>
        {
            ["AuthorityId"] = authority, ["Name"] = "Vie associative", ["Kind"] = "AeCp", ["FirstYear"] = "2025", ["LastYear"] = "2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();
        var opened = await SubsidiaApp.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["Year"] = "2025", ["Stage"] = "Primitive", ["Amount"] = "120 000,00",
        }, page + "?handler=Envelope");
        var html = WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("<h1>AE/CP 2025-2027 « Vie associative »</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Enveloppe BP 2025 ouverte : 120\u202F000,00\u00A0€.", html, StringComparison.Ordinal);
        Assert.Matches("<h2 id=\"enveloppe-[0-9a-f-]{36}\">Enveloppe BP 2025</h2>", html);
        using var scope = app.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var actions = await log.AuditEntries.Select(e => e.Action).ToListAsync();
        Assert.Contains("programme.creation", actions);
        Assert.Contains("enveloppe.ouverture", actions);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Refusals_SayWhy_AndStoreNothing(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        using var officer = await app.SignedInClientAsync("instructeur");
        var authority = Authority(await officer.GetStringAsync(new Uri("/programmes/nouveau", UriKind.Relative)));

        var backwards = await SubsidiaApp.PostFormAsync(officer, "/programmes/nouveau", new Dictionary<string, string>
        {
            ["AuthorityId"] = authority, ["Name"] = "À l'envers", ["Kind"] = "ApCp", ["FirstYear"] = "2027", ["LastYear"] = "2025",
        });
        var created = await SubsidiaApp.PostFormAsync(officer, "/programmes/nouveau", new Dictionary<string, string>
        {
            ["AuthorityId"] = authority, ["Name"] = "Sport", ["Kind"] = "ApCp", ["FirstYear"] = "2025", ["LastYear"] = "2026",
        });
        var page = created.Headers.Location!.ToString();
        var outside = await SubsidiaApp.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["Year"] = "2031", ["Stage"] = "Primitive", ["Amount"] = "10 000",
        }, page + "?handler=Envelope");
        var unreadable = await SubsidiaApp.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["Year"] = "2025", ["Stage"] = "Primitive", ["Amount"] = "10.000,5",
        }, page + "?handler=Envelope");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, backwards.StatusCode);
        Assert.Contains("Le programme se termine avant de commencer.", WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("value=\"À l'envers\"", WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("L'année 2031 est hors de la période 2025-2026 du programme.", WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        Assert.Contains("« 10.000,5 » n'est pas un montant en euros positif", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Subsidia.Data.SubsidiaDbContext>();
        Assert.Equal(0, await db.BudgetProgrammes.CountAsync(p => p.Name == "À l'envers"));
        Assert.Equal(0, await db.Envelopes.CountAsync(e => e.Year == 2031));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AnElectedMember_CanChangeNoProgramme_TheServerRefuses(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("elu", Roles.ElectedMember);
        using var member = await app.SignedInClientAsync("elu");
        var programmes = await member.GetStringAsync(new Uri("/programmes", UriKind.Relative));
        var page = ProgrammeLink().Match(programmes).Groups[1].Value;

        var form = await member.GetAsync(new Uri("/programmes/nouveau", UriKind.Relative));
        var envelope = await SubsidiaApp.PostFormAsync(member, page, new Dictionary<string, string>
        {
            ["Year"] = "2024", ["Stage"] = "Supplementary", ["Amount"] = "1 000",
        }, page + "?handler=Envelope");

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, envelope.StatusCode);
        Assert.DoesNotContain("Nouveau programme", programmes, StringComparison.Ordinal);
        Assert.DoesNotContain("Ouvrir l'enveloppe", await member.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
    }

    private static string Authority(string html) => Regex.Match(html, "<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;

    [GeneratedRegex("href=\"(/programmes/[0-9a-f-]{36})\"")]
    private static partial Regex ProgrammeLink();
}
