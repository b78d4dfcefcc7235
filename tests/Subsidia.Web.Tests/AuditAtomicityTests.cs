using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Testing;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Grants;

namespace Subsidia.Web.Tests;

/// <summary>A change and its audit line are stored together or not at all (docs/decisions/0008).</summary>
public sealed class AuditAtomicityTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    private static readonly ClaimsPrincipal Officer = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "instructeur")], "test"));

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task WhenTheAuditLineCannotBeWritten_TheChangeIsNotStoredEither(string engine)
    {
        await using var app = new SubsidiaApp(engine);
        _ = app.Services;
        await ExecuteAsync(app, RefuseAuditLines(engine));

        await Assert.ThrowsAnyAsync<Exception>(() => CreateAsync(app, "Association des Amis du lavoir"));

        Assert.Equal(0, await CountAsync(app, "Association des Amis du lavoir"));
        Assert.Equal(0, await AuditLinesAsync(app, "beneficiaire.creation"));

        await ExecuteAsync(app, AllowAuditLines(engine));
        var done = await CreateAsync(app, "Association des Amis du lavoir");

        Assert.True(done.Done, done.Message);
        Assert.Equal(1, await CountAsync(app, "Association des Amis du lavoir"));
        Assert.Equal(1, await AuditLinesAsync(app, "beneficiaire.creation"));
        using var scope = app.Services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync()).IsIntact);
    }

    /// <summary>SQL that makes every insert into the audit log fail ("journal indisponible").</summary>
    internal static string[] RefuseAuditLines(string engine) => engine == "postgres"
        ? ["CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'journal indisponible'; END $$ LANGUAGE plpgsql",
           "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION refuse_audit()"]
        : ["CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'journal indisponible'); END"];

    /// <summary>SQL that undoes <see cref="RefuseAuditLines"/>.</summary>
    internal static string[] AllowAuditLines(string engine) =>
        engine == "postgres" ? ["DROP TRIGGER refuse_audit ON \"AuditEntries\""] : ["DROP TRIGGER refuse_audit"];

    private static async Task<CommandResult> CreateAsync(SubsidiaApp app, string name)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GrantCommands>()
            .CreateBeneficiaryAsync(Officer, name, LegalForm.Association, null, null, CancellationToken.None);
    }

    private static async Task ExecuteAsync(SubsidiaApp app, IEnumerable<string> statements)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    private static async Task<int> CountAsync(SubsidiaApp app, string name)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>().Beneficiaries.CountAsync(b => b.Name == name);
    }

    private static async Task<int> AuditLinesAsync(SubsidiaApp app, string action)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AuditEntries.CountAsync(e => e.Action == action);
    }
}
