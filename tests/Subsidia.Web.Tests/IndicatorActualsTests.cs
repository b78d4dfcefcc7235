using System.Net;
using System.Text.RegularExpressions;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>The values the reports give for the programme's indicators are entered on the grant page, checked and audited.</summary>
public sealed partial class IndicatorActualsTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AnOfficer_RecordsAnIndicatorsFinalValue_AndSeesItsAchievement(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        using var officer = await app.SignedInClientAsync("instructeur");
        var page = await GrantWithIndicatorsAsync(officer);
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri(page, UriKind.Relative)));
        var (id, label, target) = FirstQuantified(html);

        var recorded = await SubsidiaApp.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["indicatorId"] = id, ["stage"] = "Final", ["actual"] = target,
        }, page + "?handler=Indicator");
        var refused = await SubsidiaApp.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["indicatorId"] = id, ["stage"] = "Interim", ["actual"] = "beaucoup",
        }, page + "?handler=Indicator");
        var after = WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync());

        Assert.Contains($"« {label} » au rapport final : {target}.", after, StringComparison.Ordinal);
        Assert.Matches($"<th scope=\"row\">{Regex.Escape(label)}</th>(?:\\s*<td>[^<]*</td>){{3}}\\s*<td>100\u00A0%</td>", after);
        Assert.Contains($"Valeur constatée illisible pour « {label} » : « beaucoup »", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AnElectedMember_CannotRecordAValue(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("elu", Roles.ElectedMember);
        using var member = await app.SignedInClientAsync("elu");
        var page = await GrantWithIndicatorsAsync(member);
        var html = WebUtility.HtmlDecode(await member.GetStringAsync(new Uri(page, UriKind.Relative)));

        var response = await SubsidiaApp.PostFormAsync(member, page, new Dictionary<string, string>
        {
            ["indicatorId"] = Guid.NewGuid().ToString(), ["stage"] = "Final", ["actual"] = "1",
        }, page + "?handler=Indicator");

        Assert.DoesNotContain("Valeur constatée d'un indicateur", html, StringComparison.Ordinal);
        Assert.Contains("Indicateurs : cible et valeurs constatées aux bilans", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The page of the demo grant whose programme has indicators (the 2024 bureau's CMQ MSI).</summary>
    private static async Task<string> GrantWithIndicatorsAsync(HttpClient client)
    {
        var list = await client.GetStringAsync(new Uri("/subventions?q=CMQ", UriKind.Relative));
        return GrantLink().Match(list).Groups[1].Value;
    }

    private static (string Id, string Label, string Target) FirstQuantified(string html)
    {
        foreach (Match row in Row().Matches(html))
        {
            var label = row.Groups["label"].Value;
            var option = Regex.Match(html, $"<option value=\"([0-9a-f-]{{36}})\">{Regex.Escape(label)}</option>");
            if (option.Success)
            {
                return (option.Groups[1].Value, label, row.Groups["target"].Value);
            }
        }

        Assert.Fail("aucun indicateur chiffré sur la page : " + Regex.Match(html, "<table class=\"indicators\">.*?</table>", RegexOptions.Singleline).Value);
        return default;
    }

    [GeneratedRegex("href=\"(/subventions/[0-9a-f-]{36})\"")]
    private static partial Regex GrantLink();

    [GeneratedRegex("<th scope=\"row\">(?<label>[^<]+)</th>\\s*<td>(?<target>\\d+)(?: [^<]*)?</td>")]
    private static partial Regex Row();
}
