using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Testing;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>The accounts migrations build exactly the model's schema, on both engines (docs/decisions/0003, 0008).</summary>
public class AccountsSchemaTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void Migrate_BuildsTheSchemaOfTheAccountsModel(string engine)
    {
        using var migrated = TestDatabase.Create(engine);
        using var created = TestDatabase.Create(engine);
        using (var db = Open(migrated))
        {
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
        }

        using (var db = Open(created))
        {
            db.Database.EnsureCreated();
        }

        var fromMigrations = Describe(migrated);
        var fromModel = Describe(created);

        Assert.Contains(fromModel, r => r.StartsWith("AuditEntries", StringComparison.Ordinal));
        Assert.Equal(fromModel, fromMigrations);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void BothContexts_MigrateTheSameDatabase_EachWithItsHistoryTable(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var domain = database.OpenMigrated())
        using (var accounts = Open(database))
        {
            accounts.Database.Migrate();
            Assert.Empty(accounts.Database.GetPendingMigrations());
            Assert.Empty(domain.Database.GetPendingMigrations());
            Assert.Equal(["20261122100001_Accounts"], accounts.Database.GetAppliedMigrations());
        }
    }

    private static AccountsDbContext Open(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<AccountsDbContext>();
        builder.UseAccountsDatabase(database.ConnectionString);
        return new AccountsDbContext(builder.Options);
    }

    private static List<string> Describe(TestDatabase database)
    {
        using var db = Open(database);
        return SchemaSnapshot.Describe(db.Database.GetDbConnection(), database.Engine);
    }
}
