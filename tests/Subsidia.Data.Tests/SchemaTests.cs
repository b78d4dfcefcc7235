using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Subsidia.Data;
using Subsidia.Data.Demo;
using Subsidia.Testing;

namespace Subsidia.Data.Tests;

public class SchemaTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void Migrate_BuildsTheSchemaOfTheModel(string engine)
    {
        using var migrated = TestDatabase.Create(engine);
        using var created = TestDatabase.Create(engine);
        using (var db = migrated.OpenMigrated())
        {
            Assert.Empty(db.Database.GetPendingMigrations());
        }

        using (var db = created.Open())
        {
            db.Database.EnsureCreated();
        }

        var fromMigrations = Describe(migrated);
        var fromModel = Describe(created);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Migrate_FromVersion1WithData_KeepsItsData(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var authority = Guid.NewGuid();
        var assembly = Guid.NewGuid();
        var member = Guid.NewGuid();
        var sitting = Guid.NewGuid();
        using (var db = database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000001_Assemblies");
            // Rows as version 1 wrote them, in plain SQL: the current model has columns version 1 did not.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Authorities\" (\"Id\", \"Name\", \"Siren\", \"DepartmentCode\") VALUES ({0}, {1}, NULL, {2})",
                authority, "Commune de Test", "025");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Assemblies\" (\"Id\", \"AuthorityId\", \"Name\", \"Kind\") VALUES ({0}, {1}, {2}, 0)",
                assembly, authority, "Conseil municipal");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Members\" (\"Id\", \"AssemblyId\", \"FamilyName\", \"GivenName\", \"Role\") VALUES ({0}, {1}, {2}, {3}, 0)",
                member, assembly, "DUPONT", "Claude");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Sittings\" (\"Id\", \"AssemblyId\", \"Date\", \"MembersInOffice\", \"PositionScheme\") VALUES ({0}, {1}, {2}, 15, 0)",
                sitting, assembly, new DateOnly(2003, 3, 27));
        }

        using (var db = database.OpenMigrated())
        {
            Assert.Empty(db.Database.GetPendingMigrations());
            var stored = await db.Authorities.SingleAsync(a => a.Id == authority);
            Assert.Equal("Commune de Test", stored.Name);
            Assert.Null(stored.Siret);
            Assert.Equal(new DateOnly(2003, 3, 27), (await db.Sittings.SingleAsync(s => s.Id == sitting)).Date);
            Assert.Equal("DUPONT", (await db.Members.SingleAsync(m => m.Id == member)).FamilyName);
        }
    }

    /// <summary>Every (table, column, nullable) of the database, sorted.</summary>
    private static List<string> Describe(TestDatabase database)
    {
        using var db = database.Open();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var rows = new List<string>();
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .Select(r => r[0]).Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)).ToList();
            foreach (var table in tables)
            {
                rows.AddRange(Query(connection, $"PRAGMA table_info(\"{table}\")").Select(r => $"{table}.{r[1]} {r[2]} {(r[3] == "1" ? "NOT NULL" : "NULL")}"));
                rows.AddRange(Query(connection, $"PRAGMA index_list(\"{table}\")").Select(r => $"{table} index {r[1]} unique={r[2]}"));
                rows.AddRange(Query(connection, $"PRAGMA foreign_key_list(\"{table}\")").Select(r => $"{table} fk {r[3]}->{r[2]}.{r[4]} {r[6]}"));
            }
        }
        else
        {
            rows.AddRange(Query(connection,
                "SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0) FROM information_schema.columns " +
                "WHERE table_schema = 'public'").Where(r => !r[0].StartsWith("__EF", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
            rows.AddRange(Query(connection,
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
                .Where(r => !r[0].StartsWith("__EF", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
            rows.AddRange(Query(connection,
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace")
                .Where(r => !r[0].Contains("__EF", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
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
