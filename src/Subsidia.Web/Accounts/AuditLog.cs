using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Subsidia.Data;

namespace Subsidia.Web.Accounts;

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found: the chain is intact, or the first line that breaks it.</summary>
public sealed record AuditVerification(long Lines, long? FirstBrokenSequence, string Message)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>Appends to the hash-chained audit log and verifies it. Every change of Subsidia goes through here.</summary>
public sealed class AuditLog(AccountsDbContext db, TimeProvider clock)
{
    /// <summary>The hash before the first line.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Serialises a state for the log (camelCase JSON), or null.</summary>
    public static string? Snapshot(object? state) => state is null ? null : JsonSerializer.Serialize(state, state.GetType(), Json);

    /// <summary>Appends one line: who (the signed-in user), what, before and after.</summary>
    public Task<AuditEntry> RecordAsync(ClaimsPrincipal? user, string action, string entity, string entityId, object? before, object? after,
        CancellationToken ct = default) =>
        AppendAsync(user?.Identity?.Name ?? "système", action, entity, entityId, Snapshot(before), Snapshot(after), ct);

    public async Task<AuditEntry> AppendAsync(string actor, string action, string entity, string entityId, string? before, string? after,
        CancellationToken ct = default)
    {
        // One writer at a time in this process; the primary key on Sequence refuses a concurrent writer elsewhere.
        await Gate.WaitAsync(ct);
        try
        {
            return await AppendHeldAsync(actor, action, entity, entityId, before, after, ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Saves the pending changes of <paramref name="changes"/> and appends their audit line in one transaction: both
    /// are stored or neither is. Both contexts must share the request's connection (<see cref="ScopedConnection"/>).
    /// </summary>
    public Task<AuditEntry> SaveAndRecordAsync(SubsidiaDbContext changes, ClaimsPrincipal? user, string action, string entity,
        string entityId, object? before, object? after, CancellationToken ct = default) =>
        SaveRecordAsync(changes, user, action, entity, entityId, before, after, commitCallers: false, ct);

    /// <summary>
    /// As <see cref="SaveAndRecordAsync"/> inside a transaction the caller opened on <paramref name="changes"/> (an import
    /// file's), and commits that transaction too while holding the chain's gate, so that no other line is chained on a
    /// line not yet committed.
    /// </summary>
    public Task<AuditEntry> SaveRecordAndCommitAsync(SubsidiaDbContext changes, ClaimsPrincipal? user, string action, string entity,
        string entityId, object? before, object? after, CancellationToken ct = default) =>
        SaveRecordAsync(changes, user, action, entity, entityId, before, after, commitCallers: true, ct);

    private async Task<AuditEntry> SaveRecordAsync(SubsidiaDbContext changes, ClaimsPrincipal? user, string action, string entity,
        string entityId, object? before, object? after, bool commitCallers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!ReferenceEquals(changes.Database.GetDbConnection(), db.Database.GetDbConnection()))
        {
            throw new InvalidOperationException("Le journal et les données doivent partager la connexion de la requête pour être enregistrés ensemble.");
        }

        // The gate is held until the commit, so that no other line takes this line's place in the chain meanwhile.
        await Gate.WaitAsync(ct);
        try
        {
            await using var owned = changes.Database.CurrentTransaction is null ? await changes.Database.BeginTransactionAsync(ct) : null;
            await changes.SaveChangesAsync(ct);
            await db.Database.UseTransactionAsync(changes.Database.CurrentTransaction!.GetDbTransaction(), ct);
            try
            {
                var entry = await AppendHeldAsync(user?.Identity?.Name ?? "système", action, entity, entityId, Snapshot(before), Snapshot(after), ct);
                if (owned is not null)
                {
                    await owned.CommitAsync(ct);
                }
                else if (commitCallers)
                {
                    await changes.Database.CurrentTransaction!.CommitAsync(ct);
                }

                return entry;
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, ct);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<AuditEntry> AppendHeldAsync(string actor, string action, string entity, string entityId, string? before, string? after,
        CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var entry = new AuditEntry((last?.Sequence ?? 0) + 1, clock.GetUtcNow(), actor, action, entity, entityId, before, after,
            last?.Hash ?? Genesis);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Take(count).ToListAsync(ct);

    /// <summary>Recomputes every hash in order; reports the first line whose content or link does not match.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var previous = Genesis;
        long expected = 1;
        long lines = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            lines++;
            if (entry.Sequence != expected)
            {
                return new AuditVerification(lines, expected, $"La ligne n°{expected} du journal manque.");
            }

            if (entry.PreviousHash != previous || entry.ComputeHash() != entry.Hash)
            {
                return new AuditVerification(lines, entry.Sequence, $"La ligne n°{entry.Sequence} du journal a été modifiée.");
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(lines, null, lines == 0 ? "Le journal est vide." : $"Les {lines} lignes du journal sont intègres.");
    }
}
