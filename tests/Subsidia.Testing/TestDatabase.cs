using Microsoft.EntityFrameworkCore;
using Subsidia.Data;

namespace Subsidia.Testing;

/// <summary>A fresh, empty database on one engine, removed on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
    }

    /// <summary>The engines every database test runs on (xunit MemberData).</summary>
    public static IEnumerable<object[]> Engines => [["sqlite"], ["postgres"]];

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create(string engine) => engine switch
    {
        "sqlite" => new TestDatabase(DatabaseEngine.Sqlite,
            "Data Source=" + Path.Combine(Path.GetTempPath(), "subsidia-test-" + Guid.NewGuid().ToString("N") + ".db") + ";Pooling=False"),
        "postgres" => new TestDatabase(DatabaseEngine.PostgreSql, PostgresServer.CreateDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "sqlite ou postgres"),
    };

    /// <summary>A new context on this database.</summary>
    public SubsidiaDbContext Open() => Database.Open(ConnectionString);

    /// <summary>A new context on this database, migrated to the latest version.</summary>
    public SubsidiaDbContext OpenMigrated()
    {
        var db = Open();
        db.Database.Migrate();
        return db;
    }

    public void Dispose()
    {
        if (Engine == DatabaseEngine.PostgreSql)
        {
            PostgresServer.DropDatabase(ConnectionString);
        }
        else
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
        }
    }
}
