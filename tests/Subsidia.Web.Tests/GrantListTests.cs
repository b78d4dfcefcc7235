using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Application.Grants;
using Subsidia.Data;
using Subsidia.Data.Demo;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;
using Subsidia.Testing;

namespace Subsidia.Web.Tests;

/// <summary>The grants' list and API stay light with many files: sorted and cut by the database, searched.</summary>
public sealed class GrantListTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ManyGrants_ArePaged_InThePageAndTheApi(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
            var beneficiary = db.Beneficiaries.First().Id;
            for (var i = 1; i <= 230; i++)
            {
                db.GrantFiles.Add(new GrantFile(Guid.NewGuid(), GrandBesanconSeeds.AuthorityId, beneficiary,
                    new GrantRequest($"Projet de quartier n°{i:D3}", 1_000m + i, null, null)));
            }

            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient();
        var first = await client.GetStringAsync(new Uri("/subventions", UriKind.Relative));
        var third = await client.GetStringAsync(new Uri("/subventions?p=3", UriKind.Relative));
        var found = await client.GetStringAsync(new Uri("/subventions?q=PROJET%20DE%20QUARTIER%20n%C2%B0107", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/grants?limit=100&offset=200", UriKind.Relative));
        var apiPage = await api.Content.ReadFromJsonAsync<List<GrantSummary>>();
        var byAct = await client.GetFromJsonAsync<List<GrantSummary>>(new Uri("/api/grants?q=2012/001753", UriKind.Relative));

        Assert.Contains("232 dossiers · page 1 sur 3", first, StringComparison.Ordinal);
        Assert.Equal(100, Rows(first));
        Assert.Equal(32, Rows(third));
        Assert.Equal(1, Rows(found));
        Assert.Contains("Projet de quartier n°107", found, StringComparison.Ordinal);
        Assert.Equal("232", Assert.Single(api.Headers.GetValues("X-Total-Count")));
        Assert.Equal(32, apiPage!.Count);
        Assert.False(api.Headers.Contains("Link"));
        var decided = Assert.Single(byAct!);
        Assert.Equal(GrandBesanconGrants.Pole2012Id, decided.Id);
    }

    [Fact]
    public async Task ObligationsPage_ShowsTheFirst200PerGroup_AndLinksTheFullList()
    {
        using var app = new SubsidiaApp("sqlite");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
            var beneficiary = db.Beneficiaries.First().Id;
            for (var i = 1; i <= 210; i++)
            {
                var grant = new GrantFile(Guid.NewGuid(), GrandBesanconSeeds.AuthorityId, beneficiary, new GrantRequest($"Projet n°{i:D3}", 1_000m, null, null));
                var schedule = new PaymentSchedule(Guid.NewGuid(), 1_000m, requestDeadlineMonths: 24);
                schedule.AddShare("50 % à la signature", 0.5m, PaymentCondition.Signature);
                schedule.AddBalance("Solde sur compte rendu financier", PaymentCondition.FinalReports);
                grant.AttachSchedule(schedule);
                db.GrantFiles.Add(grant);
            }

            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient();
        var page = await client.GetStringAsync(new Uri("/subventions/echeances?on=2026-01-15", UriKind.Relative));

        Assert.Contains("Les 200 premières sont affichées", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/obligations.csv?on=2026-01-15\"", page, StringComparison.Ordinal);
    }

    private static int Rows(string html) => html.Split("<tr>").Length - 2;
}
