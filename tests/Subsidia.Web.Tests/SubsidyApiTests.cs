using System.Net;
using System.Text.Json;
using Subsidia.Data.Demo;
using Subsidia.Testing;

namespace Subsidia.Web.Tests;

/// <summary>Grants, obligations, open data and documents over HTTP (docs/contract.md).</summary>
public class SubsidyApiTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Grant2012_HasItsInstalmentsAndBudget(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/grants", UriKind.Relative)));
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/grants/{GrandBesanconGrants.Pole2012Id}", UriKind.Relative)));
        var grant = json.RootElement;

        Assert.Equal(2, list.RootElement.GetArrayLength());
        Assert.Equal(15_000m, grant.GetProperty("amount").GetDecimal());
        Assert.Equal([7_500m, 4_500m, 3_000m], grant.GetProperty("instalments").EnumerateArray().Select(i => i.GetProperty("amount").GetDecimal()).ToArray());
        Assert.Equal(["Signature", "InterimReports", "FinalReports"], grant.GetProperty("instalments").EnumerateArray().Select(i => i.GetProperty("condition").GetString() ?? "").ToArray());
        var budget = grant.GetProperty("budget");
        Assert.Equal(517_000m, budget.GetProperty("total").GetDecimal());
        Assert.Equal(56.9m, budget.GetProperty("publicSharePercent").GetDecimal());
        Assert.Equal([446_000m, 71_000m], budget.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("expenseTotal").GetDecimal()).ToArray());
        Assert.Equal(360_000m, grant.GetProperty("envelope").GetProperty("amount").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Obligations_On20Nov2025_ShowTheLateFinalReportsOf2024(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/obligations?on=2025-11-20", UriKind.Relative)));

        var late = json.RootElement.GetProperty("obligations").EnumerateArray()
            .Single(o => o.GetProperty("dueOn").GetString() == "2025-11-15");
        Assert.Equal("Late", late.GetProperty("state").GetString());
        Assert.Equal("FinalReports", late.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/obligations?on=20/11/2025", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ObligationsCalendar_HasOneEventPerDatedObligation()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/obligations.ics", UriKind.Relative));
        var ics = await response.Content.ReadAsStringAsync();
        using var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/obligations?all=true", UriKind.Relative)));

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        var dated = all.RootElement.GetProperty("obligations").EnumerateArray().Count(o => o.GetProperty("dueOn").ValueKind == JsonValueKind.String);
        Assert.Equal(dated, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("DTSTART;VALUE=DATE:20251115", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenData_DeliberationsCsv_IsPublic()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/open-data/scdl-deliberations.csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("COLL_NOM,COLL_SIRET,DELIB_ID", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/open-data/scdl-subventions.csv", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Documents_ExtractPdf_And_ConventionDocx_AreServed()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();

        var pdf = await client.GetAsync(new Uri("/api/deliberations/extract.pdf?number=2012/001753", UriKind.Relative));
        var docx = await client.GetAsync(new Uri($"/api/grants/{GrandBesanconGrants.Cmq2024Id}/convention.docx", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/deliberations/extract.pdf?number=1999/1", UriKind.Relative));

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

/// <summary>Spreadsheet exports of the lists.</summary>
public class ListExportTests
{
    [Fact]
    public async Task GrantsAndObligations_AsCsvAndXlsx()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient();

        var csv = await client.GetStringAsync(new Uri("/api/grants.csv", UriKind.Relative));
        var xlsx = await client.GetAsync(new Uri("/api/obligations.xlsx?on=2025-11-20", UriKind.Relative));

        Assert.Contains("Bénéficiaire", csv, StringComparison.Ordinal);
        Assert.Contains("Pôle des Microtechniques", csv, StringComparison.Ordinal);
        Assert.Equal(3, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }
}
