using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Data.Demo;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>The grants officer's and the finance officer's pages: beneficiaries, signature, payment orders, obligations.</summary>
public class GrantPagesTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Beneficiary_WithAWrongSiret_IsRefusedWithTheReason_AndNothingIsStored(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        using var client = await app.SignedInClientAsync("instructeur");

        var wrong = await SubsidiaApp.PostFormAsync(client, "/beneficiaires/nouveau",
            new Dictionary<string, string> { ["name"] = "Club de test", ["form"] = "Association", ["siret"] = "44137080600017" });
        var right = await SubsidiaApp.PostFormAsync(client, "/beneficiaires/nouveau",
            new Dictionary<string, string> { ["name"] = "Club de test", ["form"] = "Association", ["siret"] = "441 370 806 00016" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("clé de contrôle (Luhn) est fausse", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        var stored = await db.Beneficiaries.Where(b => b.Name == "Club de test").ToListAsync();
        Assert.Equal("44137080600016", Assert.Single(stored).Siret);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Convention_Signed_ThenFirstInstalmentOrdered_AndTheCeilingHolds(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        await app.CreateAccountAsync("finances", Roles.FinanceOfficer);
        var page = $"/subventions/{GrandBesanconGrants.Pole2012Id}";
        using var officer = await app.SignedInClientAsync("instructeur");
        using var finance = await app.SignedInClientAsync("finances");
        string instalment;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
            instalment = grant.Schedule!.Instalments.MinBy(i => i.Rank)!.Id.ToString();
        }

        var before = await SubsidiaApp.PostFormAsync(finance, page,
            new Dictionary<string, string> { ["instalmentId"] = instalment, ["amount"] = "7 500,00", ["on"] = "2012-06-01" }, page + "?handler=Order");
        var officerOrders = await SubsidiaApp.PostFormAsync(officer, page,
            new Dictionary<string, string> { ["instalmentId"] = instalment, ["amount"] = "7 500,00", ["on"] = "2012-06-01" }, page + "?handler=Order");
        var signed = await SubsidiaApp.PostFormAsync(officer, page, new Dictionary<string, string> { ["on"] = "2012-05-30" }, page + "?handler=Sign");
        var tooMuch = await SubsidiaApp.PostFormAsync(finance, page,
            new Dictionary<string, string> { ["instalmentId"] = instalment, ["amount"] = "8 000,00", ["on"] = "2012-06-01" }, page + "?handler=Order");
        var ordered = await SubsidiaApp.PostFormAsync(finance, page,
            new Dictionary<string, string> { ["instalmentId"] = instalment, ["amount"] = "7 500,00", ["on"] = "2012-06-01" }, page + "?handler=Order");

        Assert.Contains("Mandat refusé", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, officerOrders.StatusCode);
        Assert.Contains("Signature de la convention enregistrée au 30/05/2012", await signed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Mandat refusé", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var orderedPage = await ordered.Content.ReadAsStringAsync();
        Assert.Contains("message-ok", orderedPage, StringComparison.Ordinal);
        using var check = app.Services.CreateScope();
        var after = await check.ServiceProvider.GetRequiredService<SubsidiaDbContext>().GrantFilesWithEverything()
            .SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
        Assert.Equal(7_500m, Assert.Single(after.Schedule!.Orders).Amount);
    }

    [Fact]
    public async Task Anonymous_CanRead_ButCannotSign()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/subventions/{GrandBesanconGrants.Cmq2024Id}";

        var read = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var obligations = await client.GetStringAsync(new Uri("/subventions/echeances?on=2025-11-20", UriKind.Relative));
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("on", "2025-01-10")]);
        var post = await client.PostAsync(new Uri(page + "?handler=Sign", UriKind.Relative), content);

        Assert.Contains("20&#x202F;000,00", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer la signature", read, StringComparison.Ordinal);
        Assert.Contains("En retard", obligations, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        using var scope = app.Services.CreateScope();
        var grant = await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Cmq2024Id);
        Assert.Null(grant.Convention!.SignedOn);
    }
}
