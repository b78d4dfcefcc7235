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
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var rows = new List<string>();
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .Select(r => r[0]).Where(t => !t.StartsWith("__", StringComparison.Ordinal)).ToList();
            foreach (var table in tables)
            {
                rows.AddRange(Query(connection, $"PRAGMA table_info(\"{table}\")").Select(r => $"{table}.{r[1]} {r[2]} {(r[3] == "1" ? "NOT NULL" : "NULL")} pk={r[5]}"));
                rows.AddRange(Query(connection, $"PRAGMA index_list(\"{table}\")").Select(r => $"{table} index {r[1]} unique={r[2]}"));
                rows.AddRange(Query(connection, $"PRAGMA foreign_key_list(\"{table}\")").Select(r => $"{table} fk {r[3]}->{r[2]}.{r[4]} {r[6]}"));
            }

            rows.AddRange(Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'").Select(r => $"{r[0]} autoincrement"));
        }
        else
        {
            rows.AddRange(Query(connection,
                "SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), is_identity, coalesce(identity_generation, '') " +
                "FROM information_schema.columns WHERE table_schema = 'public'").Where(r => !r[0].StartsWith("__", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
            rows.AddRange(Query(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
                .Where(r => !r[0].StartsWith("__", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
            rows.AddRange(Query(connection,
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace")
                .Where(r => !r[0].Contains("__", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static List<string[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
