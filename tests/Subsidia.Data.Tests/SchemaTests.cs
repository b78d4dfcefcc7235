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

    private static List<string> Describe(TestDatabase database)
    {
        using var db = database.Open();
        return SchemaSnapshot.Describe(db.Database.GetDbConnection(), database.Engine);
    }
}
