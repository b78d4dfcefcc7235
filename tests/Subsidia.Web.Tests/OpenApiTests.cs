using System.Text.Json;

namespace Subsidia.Web.Tests;

/// <summary>/openapi/v1.json documents every route of the contract's HTTP API, in French, with tags and responses.</summary>
public sealed class OpenApiTests
{
    /// <summary>
    /// The GET routes of docs/contract.md ("HTTP API"), copied here (tests do not read the shared folder), with the
    /// status codes each must document.
    /// </summary>
    public static TheoryData<string, string> ContractRoutes { get; } = new()
    {
        { "/healthz", "200 503" },
        { "/api/sittings", "200" },
        { "/api/sittings/{id}", "200 404" },
        { "/api/deliberations", "200 400 404" },
        { "/api/grants", "200" },
        { "/api/grants/{id}", "200 400 404" },
        { "/api/obligations", "200 400" },
        { "/api/open-data/scdl-subventions.csv", "200" },
        { "/api/open-data/scdl-deliberations.csv", "200" },
        { "/api/deliberations/extract.pdf", "200 400 404" },
        { "/api/deliberations/extract.docx", "200 400 404" },
        { "/api/grants/{id}/convention.pdf", "200 404" },
        { "/api/grants/{id}/convention.docx", "200 404" },
        { "/api/sittings/{id}/deliberations-list.pdf", "200 404" },
    };

    private static readonly Lazy<Task<JsonDocument>> Document = new(async () =>
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
    });

    [Theory]
    [MemberData(nameof(ContractRoutes))]
    public async Task EveryContractRoute_IsDocumented_WithAFrenchSummary_ATag_AndItsResponses(string route, string statuses)
    {
        var document = await Document.Value;
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty(route, out var path), $"{route} absent de /openapi/v1.json");
        var get = path.GetProperty("get");

        var summary = get.GetProperty("summary").GetString();
        Assert.False(string.IsNullOrWhiteSpace(summary), $"{route} sans résumé");
        Assert.Matches("[éèàêôù]| de | des | du | la | le | une? ", summary + " " + get.GetProperty("description").GetString());
        Assert.NotEqual(0, get.GetProperty("tags").GetArrayLength());
        var responses = get.GetProperty("responses");
        foreach (var status in statuses.Split(' '))
        {
            Assert.True(responses.TryGetProperty(status, out _), $"{route} ne documente pas la réponse {status}");
        }
    }

    [Fact]
    public async Task EveryApiRoute_HasASummary()
    {
        var document = await Document.Value;
        var missing = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Route: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .Where(o => !o.Operation.TryGetProperty("summary", out var s) || string.IsNullOrWhiteSpace(s.GetString()))
            .Select(o => o.Route).ToList();
        Assert.Empty(missing);
        Assert.True(document.RootElement.GetProperty("paths").EnumerateObject().Count() >= ContractRoutes.Count);
    }
}
