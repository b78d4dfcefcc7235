using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Subsidia.Web.Accounts;
using Xunit.Abstractions;

namespace Subsidia.Web.Tests;

/// <summary>
/// The attendance grid of the 2012 council (140 members) stays light: its size in bytes is deterministic, so it is
/// held under a stated bound (docs/benchmarks.md, web: 3.2 MB before the shared option templates).
/// </summary>
public sealed partial class AttendanceGridSizeTests(ITestOutputHelper output)
{
    /// <summary>The editable grid of 140 members × 61 positions must weigh less than this.</summary>
    public const int MaxBytes = 650_000;

    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task TheBigGrid_StaysUnderItsBound_KeepsTheStoredChoices_AndWritesOutOneMembersListsWithoutJavaScript(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = await app.SignedInClientAsync("secretaire");
        using var sittings = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)));
        var id = sittings.RootElement.EnumerateArray().Single(s => s.GetProperty("date").GetString() == "2012-05-09").GetProperty("id").GetString();

        var bytes = await client.GetByteArrayAsync(new Uri($"/seances/{id}/presences", UriKind.Relative));
        output.WriteLine($"/seances/{{S1}}/presences : {bytes.Length} octets");
        Assert.True(bytes.Length < MaxBytes, $"{bytes.Length} octets (borne : {MaxBytes})");
        var page = System.Text.Encoding.UTF8.GetString(bytes);

        // Still the editable grid: one row per titular member, each list once in a shared template.
        var rows = RowPattern().Matches(page);
        Assert.True(rows.Count >= 100, $"{rows.Count} lignes modifiables");
        Assert.Equal(1, Regex.Count(page, "<template id=\"options-titulaires\">"));
        var titulars = Regex.Count(Regex.Match(page, "<template id=\"options-titulaires\">(.*?)</template>", RegexOptions.Singleline).Groups[1].Value, "<option ");
        Assert.True(titulars >= rows.Count, $"{titulars} membres dans le modèle");

        // A proxy holder stored on a row is kept in that row's light list, selected, so that the form posts it back.
        var holders = Regex.Matches(page, "<select name=\"Rows\\[\\d+\\]\\.HolderId\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.Contains(holders, h => h.Groups[1].Value.Contains("selected", StringComparison.Ordinal));
        Assert.All(holders, h => Assert.True(Regex.Count(h.Groups[1].Value, "<option ") <= 2));

        // Without JavaScript: ?membre= writes out that member's lists in full.
        var member = rows[3].Groups[1].Value;
        var expanded = await client.GetStringAsync(new Uri($"/seances/{id}/presences?membre={member}", UriKind.Relative));
        var index = Regex.Match(expanded, $"name=\"Rows\\[(\\d+)\\]\\.MemberId\" value=\"{member}\"").Groups[1].Value;
        var list = Regex.Match(expanded, $"<select name=\"Rows\\[{index}\\]\\.HolderId\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(titulars, Regex.Count(list, "<option "));
        Assert.Contains($"href=\"?membre={member}#m-", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ALightGrid_PostedUnchanged_KeepsEveryStoredChoice(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = await app.SignedInClientAsync("secretaire");
        var created = await SubsidiaApp.PostFormAsync(client, "/seances/nouvelle", new Dictionary<string, string>
        {
            ["NewAuthorityName"] = "Commune de Vaux-sur-Lison", ["Body"] = "Conseil municipal", ["Date"] = "2026-10-02",
            ["Members"] = "Marie MARTIN\nPierre PETIT\nJeanne JACOB\nLuc LEGRAND", ["Items"] = "1 ; Budget\n2 ; Voirie\n3 ; Écoles",
        });
        var grid = created.Headers.Location!.OriginalString;
        var ids = RowPattern().Matches(await client.GetStringAsync(new Uri(grid, UriKind.Relative))).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, ids.Count);
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < 4; i++)
        {
            fields[$"Rows[{i}].MemberId"] = ids[i];
            fields[$"Rows[{i}].Status"] = i == 3 ? "Proxy" : "Present";
        }

        fields["Rows[1].From"] = "2";
        fields["Rows[2].To"] = "2";
        fields["Rows[3].HolderId"] = ids[0];
        Assert.Equal(HttpStatusCode.Redirect, (await SubsidiaApp.PostFormAsync(client, grid, fields)).StatusCode);

        var page = await client.GetStringAsync(new Uri(grid, UriKind.Relative));
        Assert.Matches("<select name=\"Rows\\[1\\]\\.From\"[^>]*data-options=\"positions\"[^>]*>\\s*<option value=\"\">dès l'ouverture</option>\\s*<option value=\"2\" selected=\"selected\">2</option>\\s*</select>", page);
        Assert.Matches($"<select name=\"Rows\\[3\\]\\.HolderId\"[^>]*data-options=\"titulaires\" data-self=\"{ids[3]}\"[^>]*>\\s*<option value=\"\">aucun</option>\\s*<option value=\"{ids[0]}\" selected=\"selected\">", page);
        var before = Totals(page);
        Assert.Contains("<td>3</td><td>4</td><td>3</td>", before.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var saved = await SubsidiaApp.PostFormAsync(client, grid, FormFields(page));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, Totals(await client.GetStringAsync(new Uri(grid, UriKind.Relative))));
    }

    private static string Totals(string page) => Regex.Match(page, "<tfoot>(.*?)</tfoot>", RegexOptions.Singleline).Groups[1].Value;

    private static Dictionary<string, string> FormFields(string page)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match hidden in Regex.Matches(page, "<input type=\"hidden\" name=\"(Rows\\[\\d+\\]\\.\\w+)\" value=\"([^\"]*)\""))
        {
            fields[hidden.Groups[1].Value] = hidden.Groups[2].Value;
        }

        foreach (Match select in Regex.Matches(page, "<select name=\"(Rows\\[\\d+\\]\\.\\w+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var chosen = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
            var first = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\"");
            fields[select.Groups[1].Value] = WebUtility.HtmlDecode(chosen.Success ? chosen.Groups[1].Value : first.Groups[1].Value);
        }

        return fields;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"Rows\\[\\d+\\]\\.MemberId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex RowPattern();
}
