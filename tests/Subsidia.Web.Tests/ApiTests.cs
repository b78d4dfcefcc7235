using System.Net;
using System.Text.Json;
using Subsidia.Testing;

namespace Subsidia.Web.Tests;

public class ApiTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Healthz_AnswersWhenTheDatabaseDoes(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Deliberation2012_001753_Has124VotersAndQuorumMet(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/deliberations?number=2012/001753", UriKind.Relative)));
        var root = json.RootElement;

        Assert.Equal("3.6", root.GetProperty("report").GetString());
        Assert.Equal(124, root.GetProperty("roll").GetProperty("voters").GetInt32());
        Assert.Equal(91, root.GetProperty("roll").GetProperty("present").GetInt32());
        Assert.Equal(33, root.GetProperty("roll").GetProperty("proxiesInForce").GetInt32());
        Assert.Equal(71, root.GetProperty("roll").GetProperty("quorum").GetInt32());
        Assert.True(root.GetProperty("roll").GetProperty("quorumMet").GetBoolean());
        Assert.Equal(124, root.GetProperty("recorded").GetProperty("for").GetInt32());
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Sittings_ListBothSeeds_AndTheBureauItemHasNoRollButItsCandidates(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)));
        Assert.Equal(2, list.RootElement.GetArrayLength());
        var bureau = list.RootElement.EnumerateArray().Single(s => s.GetProperty("date").GetString() == "2024-12-05");

        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/sittings/{bureau.GetProperty("id").GetString()}", UriKind.Relative)));
        var sitting = detail.RootElement;
        Assert.Equal(33, sitting.GetProperty("membersInOffice").GetInt32());
        Assert.Equal(17, sitting.GetProperty("quorum").GetInt32());
        Assert.Equal(9, sitting.GetProperty("proxies").GetArrayLength());
        var item = sitting.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, item.GetProperty("roll").ValueKind);
        Assert.Equal("ITEM_POSITION_UNKNOWN", item.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.Equal([21, 22, 25, 29], item.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("voters").GetInt32()).ToArray());
        Assert.Equal(2, item.GetProperty("interested").GetArrayLength());
    }

    [Fact]
    public async Task UnknownDeliberation_Is404WithAFrenchMessage()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/deliberations?number=1999/000001", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Aucune délibération", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheRoutes()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/deliberations", document, StringComparison.Ordinal);
        Assert.Contains("/api/sittings/{id}", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SittingPage_ShowsReport36With124Voters()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("09/05/2012", home, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/seances/[0-9a-f-]+)\">09/05/2012").Groups[1].Value;

        var page = await client.GetStringAsync(new Uri(link, UriKind.Relative));

        Assert.Contains("<td class=\"voters\">124</td>", page, StringComparison.Ordinal);
        Assert.Contains("atteint (71)", page, StringComparison.Ordinal);
    }
}
