using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Subsidia.Data;

/// <summary>The two database engines Subsidia runs on.</summary>
public enum DatabaseEngine
{
    Sqlite,
    PostgreSql,
}

/// <summary>Chooses the engine from a connection string and configures EF Core for it.</summary>
public static class Database
{
    /// <summary>The embedded default: ./data/subsidia.db under <paramref name="root"/>.</summary>
    public static string DefaultSqlite(string root) => "Data Source=" + Path.Combine(root, "data", "subsidia.db");

    /// <summary>
    /// A PostgreSQL connection string has a Host; anything else is SQLite: a "Data Source=…" string or a bare file path.
    /// </summary>
    public static DatabaseEngine EngineOf(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var c = connection.Trim();
        return c.Contains("Host=", StringComparison.OrdinalIgnoreCase) || c.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || c.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? DatabaseEngine.PostgreSql
            : DatabaseEngine.Sqlite;
    }

    /// <summary>Normalises a SQLite path into a connection string and creates its folder.</summary>
    public static string NormaliseSqlite(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var c = connection.Trim();
        var cs = c.Contains('=', StringComparison.Ordinal) ? c : "Data Source=" + c;
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// A connection, not opened, for the engine of <paramref name="connection"/>: the contexts of one unit of work
    /// (a web request) share it, so that a change and its audit line commit in one transaction.
    /// </summary>
    public static System.Data.Common.DbConnection CreateConnection(string connection) =>
        EngineOf(connection) == DatabaseEngine.PostgreSql
            ? new Npgsql.NpgsqlConnection(connection)
            : new Microsoft.Data.Sqlite.SqliteConnection(NormaliseSqlite(connection));

    /// <summary>Configures the context on a connection shared with other contexts (<see cref="CreateConnection"/>).</summary>
    public static DbContextOptionsBuilder UseSubsidiaDatabase(this DbContextOptionsBuilder builder, System.Data.Common.DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is Npgsql.NpgsqlConnection)
        {
            builder.UseNpgsql(connection);
        }
        else
        {
            builder.UseSqlite(connection);
        }

        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    public static DbContextOptionsBuilder UseSubsidiaDatabase(this DbContextOptionsBuilder builder, string connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (EngineOf(connection) == DatabaseEngine.PostgreSql)
        {
            builder.UseNpgsql(connection);
        }
        else
        {
            builder.UseSqlite(NormaliseSqlite(connection));
        }

        // Migrations are hand-written (no EF Design package here, docs/decisions/0003): there is no model snapshot.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    public static SubsidiaDbContext Open(string connection)
    {
        var builder = new DbContextOptionsBuilder<SubsidiaDbContext>();
        builder.UseSubsidiaDatabase(connection);
        return new SubsidiaDbContext(builder.Options);
    }
}
