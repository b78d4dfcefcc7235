using Microsoft.EntityFrameworkCore;
using Subsidia.Data;

namespace Subsidia.Cli;

/// <summary>Opens the database named by --database (or the default ./data/subsidia.db) and migrates it.</summary>
internal static class CliDatabase
{
    public static async Task<SubsidiaDbContext> OpenAsync(string? connection, CancellationToken ct)
    {
        var db = Database.Open(string.IsNullOrWhiteSpace(connection)
            ? Environment.GetEnvironmentVariable("SUBSIDIA_DATABASE") ?? Database.DefaultSqlite(Directory.GetCurrentDirectory())
            : connection);
        await db.Database.MigrateAsync(ct);
        await db.RefreshOutdatedObligationsAsync(ct);
        return db;
    }
}
