using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

public class AccountsTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Fact]
    public async Task FirstRun_CreatesTheAdministrator_ThenDisappears()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains("href=\"/premier-demarrage\"", await client.GetStringAsync(new Uri("/connexion", UriKind.Relative)), StringComparison.Ordinal);

        var created = await SubsidiaApp.PostFormAsync(client, "/premier-demarrage",
            new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = SubsidiaApp.Password });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/comptes", UriKind.Relative))).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/premier-demarrage", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("premier-demarrage", await anonymous.GetStringAsync(new Uri("/connexion", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAdministrator_CanComeFromConfiguration()
    {
        using var app = new SubsidiaApp("sqlite");
        using var configured = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Subsidia:Admin:UserName", "admin.config");
            b.UseSetting("Subsidia:Admin:Password", SubsidiaApp.Password);
        });
        using var scope = configured.Services.CreateScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(CancellationToken.None);

        var admin = Assert.Single(accounts);
        Assert.Equal("admin.config", admin.UserName);
        Assert.Equal([Roles.Administrator], admin.Roles);
    }

    [Fact]
    public async Task WrongPassword_IsRefusedInFrench()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = app.CreateClient();

        var response = await SubsidiaApp.PostFormAsync(client, "/connexion",
            new Dictionary<string, string> { ["UserName"] = "secretaire", ["Password"] = "faux-mot-de-passe" });

        Assert.Contains("Identifiant ou mot de passe incorrect", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsPage_Is403ForASecretary_AndItsFormIs403Too()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = await app.SignedInClientAsync("secretaire");

        var page = await client.GetAsync(new Uri("/comptes", UriKind.Relative));
        var token = await client.GetStringAsync(new Uri("/connexion", UriKind.Relative));
        using var form = new FormUrlEncodedContent([new("UserName", "pirate"), new("Password", SubsidiaApp.Password), new("SelectedRoles", Roles.Administrator)]);
        var post = await client.PostAsync(new Uri("/comptes", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Accès refusé", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Administrator_CreatesAnAccount_AndTheAuditLogSaysWhoAndWhat()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("admin", Roles.Administrator);
        using var client = await app.SignedInClientAsync("admin");

        var response = await SubsidiaApp.PostFormAsync(client, "/comptes", new Dictionary<string, string>
        {
            ["UserName"] = "elue",
            ["Password"] = SubsidiaApp.Password,
            ["SelectedRoles"] = Roles.ElectedMember,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("admin", last.Actor);
        Assert.Equal("compte.creation", last.Action);
        Assert.Contains("\"elue\"", last.After, StringComparison.Ordinal);
        Assert.Contains(Roles.ElectedMember, last.After, StringComparison.Ordinal);
        var journal = await client.GetStringAsync(new Uri("/journal", UriKind.Relative));
        Assert.Contains("lignes du journal sont intègres", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("admin", Roles.Administrator);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var form = new FormUrlEncodedContent([new("UserName", "admin"), new("Password", SubsidiaApp.Password)]);
        var response = await client.PostAsync(new Uri("/connexion", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AuditLog_DetectsAnEditedLine_AndRefusesEditsThroughTheContext(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var scope = app.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        for (var i = 1; i <= 3; i++)
        {
            await audit.AppendAsync("secretaire", "seance.vote", "AgendaItem", "x", $"{{\"for\":{i}}}", $"{{\"for\":{i + 1}}}");
        }

        Assert.True((await audit.VerifyAsync()).IsIntact);
        var second = await db.AuditEntries.SingleAsync(e => e.Sequence == 2);
        db.Entry(second).Property(e => e.After).CurrentValue = "{\"for\":99}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // Someone with direct access to the database rewrites a line: the chain no longer verifies from that line.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"After\" = {0} WHERE \"Sequence\" = 2", "{\"for\":99}");
        var verification = await audit.VerifyAsync();

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }
}
