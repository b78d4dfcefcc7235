using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>
/// Grants officers amend an envelope's credits from the programme page (BS, DM): the history shows each amendment,
/// a decrease below what is committed is refused next to the field and stores nothing, other roles get 403.
/// </summary>
public sealed partial class EnvelopeAmendmentPagesTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    /// <summary>26 June 2026, noon in Paris.</summary>
    private static readonly SubsidiaApp.FixedClock June26 = new(new DateTimeOffset(2026, 6, 26, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AnOfficer_AmendsTheCredits_TheHistoryShowsEachAmendment_AndEachIsAudited(string engine)
    {
        using var app = new SubsidiaApp(engine) { Clock = June26 };
        using var officer = await OfficerAsync(app);
        var (page, envelope) = await Envelope2012Async(officer);

        var decreased = await AmendAsync(officer, page, envelope, "Amending", "-5 000,00", "DM n° 2, délibération 2012/002210");
        var decreasedHtml = WebUtility.HtmlDecode(await decreased.Content.ReadAsStringAsync());
        var increased = await AmendAsync(officer, page, envelope, "Supplementary", "12 500", "");
        var html = WebUtility.HtmlDecode(await increased.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, decreased.StatusCode);
        Assert.Contains("Crédits de l'enveloppe BP 2012 diminués de 5\u202F000,00\u00A0€ (décision modificative) : 355\u202F000,00\u00A0€.", decreasedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, increased.StatusCode);
        Assert.Contains("Crédits de l'enveloppe BP 2012 augmentés de 12\u202F500,00\u00A0€ (budget supplémentaire) : 367\u202F500,00\u00A0€.", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Crédits de l'enveloppe BP 2012 : vote et modifications</caption>", html, StringComparison.Ordinal);
        Assert.Equal(
            ["Budget primitif (crédits votés à l'ouverture)||||360\u202F000,00\u00A0€",
             "Décision modificative|26/06/2026|DM n° 2, délibération 2012/002210|-5\u202F000,00\u00A0€|355\u202F000,00\u00A0€",
             "Budget supplémentaire|26/06/2026||+12\u202F500,00\u00A0€|367\u202F500,00\u00A0€"],
            HistoryRows(html));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        Assert.Equal(367_500m, (await db.Envelopes.SingleAsync(e => e.Id == envelope)).Amount);
        var log = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Assert.Equal(2, await log.AuditEntries.CountAsync(e => e.Action == "enveloppe.modification" && e.EntityId == envelope.ToString()));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Refusals_AreSaidNextToTheField_KeepWhatWasTyped_AndStoreNothing(string engine)
    {
        using var app = new SubsidiaApp(engine) { Clock = June26 };
        using var officer = await OfficerAsync(app);
        var (page, envelope) = await Envelope2012Async(officer);

        var belowCommitted = await AmendAsync(officer, page, envelope, "Amending", "-350 000", "DM n° 3");
        var belowHtml = WebUtility.HtmlDecode(await belowCommitted.Content.ReadAsStringAsync());
        var unreadable = await AmendAsync(officer, page, envelope, "Amending", "moins mille", "");
        var blank = await AmendAsync(officer, page, envelope, "Amending", " ", "");
        var primitive = await AmendAsync(officer, page, envelope, "Primitive", "1 000", "");
        var primitiveHtml = WebUtility.HtmlDecode(await primitive.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, belowCommitted.StatusCode);
        Assert.Contains(
            $"<span class=\"error field-error\" id=\"modification-{envelope}-erreur\">Diminuer les crédits de 350\u202F000,00\u00A0€ les ramènerait à 10\u202F000,00\u00A0€, " +
            "sous les 15\u202F000,00\u00A0€ déjà engagés sur l'enveloppe BP 2012 : la diminution peut aller jusqu'à 345\u202F000,00\u00A0€.</span>",
            belowHtml, StringComparison.Ordinal);
        Assert.Matches($"<input id=\"modification-{envelope}\" name=\"AmendAmount\" value=\"-350 000\" autofocus=\"autofocus\"\\s+aria-describedby=\"modification-{envelope}-aide modification-{envelope}-erreur\" aria-invalid=\"true\" />", belowHtml);
        Assert.Contains("value=\"DM n° 3\"", belowHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        Assert.Contains("Montant de la modification : « moins mille » n'est pas un montant en euros", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("Indiquez le montant de la modification (exemples : 12 500 pour augmenter les crédits, -5 000,00 pour les diminuer).",
            WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, primitive.StatusCode);
        Assert.Contains($"id=\"decision-{envelope}-erreur\">Le budget primitif ouvre l'enveloppe : ses crédits se modifient par un budget supplémentaire ou une décision modificative.</span>",
            primitiveHtml, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        Assert.Equal(360_000m, (await db.Envelopes.SingleAsync(e => e.Id == envelope)).Amount);
        Assert.Equal(0, await db.Set<Domain.Subsidies.Envelopes.EnvelopeAmendment>().CountAsync());
        var log = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Assert.Equal(0, await log.AuditEntries.CountAsync(e => e.Action == "enveloppe.modification"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task OtherRoles_CannotAmend_TheServerRefuses(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var officer = await OfficerAsync(app);
        await app.CreateAccountAsync("finances", Roles.FinanceOfficer);
        var (page, envelope) = await Envelope2012Async(officer);
        using var finance = await app.SignedInClientAsync("finances");

        var refused = await AmendAsync(finance, page, envelope, "Amending", "1 000", "");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var seen = await finance.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.DoesNotContain("Modifier les crédits", seen, StringComparison.Ordinal);
        Assert.Contains("vote et modifications</caption>", seen, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        Assert.Equal(360_000m, (await db.Envelopes.SingleAsync(e => e.Id == envelope)).Amount);
    }

    /// <summary>A grants officer's signed-in client.</summary>
    private static async Task<HttpClient> OfficerAsync(SubsidiaApp app)
    {
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        return await app.SignedInClientAsync("instructeur");
    }

    /// <summary>The page of the demo's PPIF 2012-2016 « Soutien compétitivité » and its BP 2012 envelope (360 000 €, 15 000 € committed).</summary>
    private static async Task<(string Page, Guid Envelope)> Envelope2012Async(HttpClient officer)
    {
        var programmes = WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri("/programmes", UriKind.Relative)));
        var page = Regex.Match(programmes, "href=\"(/programmes/[0-9a-f-]{36})\">PPIF 2012-2016").Groups[1].Value;
        var html = await officer.GetStringAsync(new Uri(page, UriKind.Relative));
        return (page, Guid.Parse(EnvelopeField().Match(html).Groups[1].Value));
    }

    private static Task<HttpResponseMessage> AmendAsync(HttpClient client, string page, Guid envelope, string stage, string amount, string reference) =>
        SubsidiaApp.PostFormAsync(client, page, new Dictionary<string, string>
        {
            ["AmendEnvelopeId"] = envelope.ToString(), ["AmendStage"] = stage, ["AmendAmount"] = amount, ["AmendReference"] = reference,
        }, page + "?handler=Amend");

    /// <summary>The rows of the credits' history, cells joined by "|".</summary>
    private static List<string> HistoryRows(string html)
    {
        var table = html[html.IndexOf(": vote et modifications</caption>", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return Row().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..])
            .Select(r => string.Join("|", Cell().Matches(r.Groups[1].Value).Select(c => c.Groups[1].Value.Trim())))
            .ToList();
    }

    [GeneratedRegex("name=\"AmendEnvelopeId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex EnvelopeField();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
