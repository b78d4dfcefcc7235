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
    public async Task Migrate_OnADatabaseWithData_KeepsItsData(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.Open())
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            // Bring the database to the previous version (or the first), load data, then upgrade.
            await migrator.MigrateAsync(all.Count > 1 ? all[^2] : all[0]);
            // Data of version 1 (assemblies): the two seed sittings.
            var council = GrandBesanconSeeds.Council2012();
            var bureau = GrandBesanconSeeds.Bureau2024();
            db.Authorities.Add(council.Authority);
            db.Assemblies.AddRange(council.Assembly, bureau.Assembly);
            db.Sittings.AddRange(council.Sitting, bureau.Sitting);
            await db.SaveChangesAsync();
        }

        using (var db = database.OpenMigrated())
        {
            Assert.Equal(2, await db.Sittings.CountAsync());
            Assert.Equal(33 + 140 + 7, await db.Members.CountAsync());
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
