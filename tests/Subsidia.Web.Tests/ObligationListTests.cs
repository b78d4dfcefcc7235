using System.Net;
using System.Text.Json;
using Subsidia.Data.Demo;
using Subsidia.Testing;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>The obligations page and API read the stored obligations, which follow the grants' changes (docs/decisions/0013).</summary>
public class ObligationListTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task DocumentsReceived_OnTheGrantPage_TakeTheLateReportsOffTheLists(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        using var officer = await app.SignedInClientAsync("instructeur");
        using var client = app.CreateClient();
        var page = $"/subventions/{GrandBesanconGrants.Cmq2024Id}";
        var before = await LateDueOn(client);
        var pageBefore = await client.GetStringAsync(new Uri("/subventions/echeances?on=2025-11-20", UriKind.Relative));

        foreach (var kind in new[] { "FinalFinancialReport", "FinalActivityReport" })
        {
            var received = await SubsidiaApp.PostFormAsync(officer, page,
                new Dictionary<string, string> { ["kind"] = kind, ["on"] = "2025-11-18" }, page + "?handler=Document");
            Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        }

        var after = await LateDueOn(client);
        var pageAfter = await client.GetStringAsync(new Uri("/subventions/echeances?on=2025-11-20", UriKind.Relative));

        Assert.Contains("2025-11-15", before);
        Assert.DoesNotContain("2025-11-15", after);
        Assert.Equal(before.Count - 1, after.Count);
        Assert.Contains("15/11/2025", pageBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("15/11/2025", pageAfter, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ObligationsApi_IsPaged_WithTotalAndNextLink(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        using var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/obligations?on=2025-11-20&all=true", UriKind.Relative)));
        var response = await client.GetAsync(new Uri("/api/obligations?on=2025-11-20&all=true&limit=3&offset=2", UriKind.Relative));
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var every = all.RootElement.GetProperty("obligations").EnumerateArray().Select(o => o.GetRawText()).ToList();
        Assert.True(every.Count > 5);
        Assert.Equal(every.Skip(2).Take(3), page.RootElement.GetProperty("obligations").EnumerateArray().Select(o => o.GetRawText()));
        Assert.Equal(every.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.Equal("</api/obligations?on=2025-11-20&all=true&offset=5&limit=3>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
        // Dated ones by due date, the undated last.
        var due = every.Select(o => JsonDocument.Parse(o).RootElement.GetProperty("dueOn").GetString()).ToList();
        var dated = due.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(due.Skip(dated.Count), d => Assert.Null(d));
    }

    private static async Task<List<string>> LateDueOn(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/obligations?on=2025-11-20", UriKind.Relative)));
        return json.RootElement.GetProperty("obligations").EnumerateArray()
            .Where(o => o.GetProperty("state").GetString() is "Late" or "Lapsed")
            .Select(o => o.GetProperty("dueOn").GetString() ?? "").ToList();
    }
}
