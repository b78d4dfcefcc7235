using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Subsidia.Data.Obligations;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Data;

/// <summary>
/// What the context writes besides the entities it is given: the budget lines' positions, and every changed grant's
/// stored obligations (docs/decisions/0013), in the same transaction as the change.
/// </summary>
public sealed partial class SubsidiaDbContext
{
    /// <summary>The shadow column that keeps a budget line's rank among its siblings.</summary>
    public const string BudgetLinePosition = "Position";

    private const int RefreshChunk = 1_000;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveWithDerivedAsync(acceptAllChangesOnSuccess, false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveWithDerivedAsync(acceptAllChangesOnSuccess, true, cancellationToken);

    /// <summary>
    /// Recomputes the stored obligations of the grants computed with an older version of the rules, or never (a
    /// database upgraded from before version 5): run at start, after the migrations.
    /// </summary>
    public async Task<int> RefreshOutdatedObligationsAsync(CancellationToken ct = default)
    {
        var outdated = await GrantFiles.Where(g => !ObligationStamps.Any(s => s.GrantFileId == g.Id && s.Version == StoredObligation.RulesVersion))
            .Select(g => g.Id).ToListAsync(ct);
        foreach (var chunk in outdated.Chunk(RefreshChunk))
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await RefreshObligationsAsync(chunk, true, ct);
            await transaction.CommitAsync(ct);
        }

        return outdated.Count;
    }

    private async Task<int> SaveWithDerivedAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken ct)
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        NumberBudgetLines();
        var touched = await TouchedGrantsAsync(async, ct);
        if (touched.Count == 0)
        {
            return async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct) : base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var owned = Database.CurrentTransaction is null
            ? async ? await Database.BeginTransactionAsync(ct) : Database.BeginTransaction()
            : null;
        try
        {
            // The rows are computed from the grants as stored, so the change is written first, and accepted: the
            // second save below writes the obligations only.
            var written = async ? await base.SaveChangesAsync(true, ct) : base.SaveChanges(true);
            await RefreshObligationsAsync(touched, async, ct);
            if (owned is not null)
            {
                if (async)
                {
                    await owned.CommitAsync(ct);
                }
                else
                {
                    owned.Commit();
                }
            }

            return written;
        }
        finally
        {
            if (owned is not null)
            {
                if (async)
                {
                    await owned.DisposeAsync();
                }
                else
                {
                    owned.Dispose();
                }
            }
        }
    }

    /// <summary>Gives every tracked budget line its rank among its siblings, so that a tree reads back in its order.</summary>
    private void NumberBudgetLines()
    {
        foreach (var section in ChangeTracker.Entries<BudgetSection>().Where(e => e.State != EntityState.Deleted))
        {
            Number(section.Entity.Lines);
        }

        foreach (var line in ChangeTracker.Entries<BudgetLine>().Where(e => e.State != EntityState.Deleted))
        {
            Number(line.Entity.Children);
        }

        void Number(IReadOnlyList<BudgetLine> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var entry = Entry(lines[i]);
                if (entry.State != EntityState.Detached && !Equals(entry.Property(BudgetLinePosition).CurrentValue, i))
                {
                    entry.Property(BudgetLinePosition).CurrentValue = i;
                }
            }
        }
    }

    /// <summary>The grant files whose obligations may change with this save: the file itself, any part of it (by the
    /// foreign key to the file, its convention or its schedule), or its beneficiary's name.</summary>
    private async Task<HashSet<Guid>> TouchedGrantsAsync(bool async, CancellationToken ct)
    {
        var grants = new HashSet<Guid>();
        var conventions = new HashSet<Guid>();
        var schedules = new HashSet<Guid>();
        var beneficiaries = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is StoredObligation or ObligationStamp)
            {
                continue;
            }

            if (entry.Entity is GrantFile grant)
            {
                grants.Add(grant.Id);
            }
            else if (entry.Entity is Beneficiary beneficiary)
            {
                if (entry.State == EntityState.Modified && entry.Property(nameof(Beneficiary.Name)).IsModified)
                {
                    beneficiaries.Add(beneficiary.Id);
                }
            }
            else
            {
                Collect(entry, "GrantFileId", grants);
                Collect(entry, "ConventionId", conventions);
                Collect(entry, "PaymentScheduleId", schedules);
            }
        }

        await Resolve<Convention>(conventions, grants, async, ct);
        await Resolve<PaymentSchedule>(schedules, grants, async, ct);
        if (beneficiaries.Count > 0)
        {
            var query = GrantFiles.Where(g => beneficiaries.Contains(g.BeneficiaryId)).Select(g => g.Id);
            grants.UnionWith(async ? await query.ToListAsync(ct) : query.ToList());
        }

        return grants;

        static void Collect(EntityEntry entry, string foreignKey, HashSet<Guid> into)
        {
            if (entry.Metadata.FindProperty(foreignKey) is null)
            {
                return;
            }

            var property = entry.Property(foreignKey);
            foreach (var value in new[] { property.CurrentValue, entry.State == EntityState.Added ? null : property.OriginalValue })
            {
                if (value is Guid id)
                {
                    into.Add(id);
                }
            }
        }
    }

    /// <summary>Maps conventions or schedules to their grant files: tracked ones from memory, others from the database.</summary>
    private async Task Resolve<T>(HashSet<Guid> parts, HashSet<Guid> grants, bool async, CancellationToken ct)
        where T : class
    {
        if (parts.Count == 0)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<T>())
        {
            if (entry.Property<Guid>("Id").CurrentValue is var id && parts.Remove(id) && entry.Property("GrantFileId").CurrentValue is Guid grant)
            {
                grants.Add(grant);
            }
        }

        if (parts.Count > 0)
        {
            var query = Set<T>().Where(p => parts.Contains(EF.Property<Guid>(p, "Id"))).Select(p => EF.Property<Guid?>(p, "GrantFileId"));
            grants.UnionWith((async ? await query.ToListAsync(ct) : query.ToList()).OfType<Guid>());
        }
    }

    /// <summary>Rewrites the stored obligations of <paramref name="grantIds"/> from the grants as stored (a deleted grant
    /// keeps none), on the current transaction.</summary>
    private async Task RefreshObligationsAsync(IReadOnlyCollection<Guid> grantIds, bool async, CancellationToken ct)
    {
        foreach (var chunk in grantIds.Chunk(RefreshChunk))
        {
            var stored = GrantFilesForObligations().Where(g => chunk.Contains(g.Id));
            var grants = async ? await stored.ToListAsync(ct) : stored.ToList();
            var beneficiaryIds = grants.Select(g => g.BeneficiaryId).Distinct().ToList();
            var nameQuery = Beneficiaries.Where(b => beneficiaryIds.Contains(b.Id)).Select(b => new { b.Id, b.Name });
            var names = (async ? await nameQuery.ToListAsync(ct) : nameQuery.ToList()).ToDictionary(b => b.Id, b => b.Name);
            var oldRows = GrantObligations.Where(o => chunk.Contains(o.GrantFileId));
            var oldStamps = ObligationStamps.Where(s => chunk.Contains(s.GrantFileId));
            if (async)
            {
                await oldRows.ExecuteDeleteAsync(ct);
                await oldStamps.ExecuteDeleteAsync(ct);
            }
            else
            {
                oldRows.ExecuteDelete();
                oldStamps.ExecuteDelete();
            }

            // Rows or stamps of these grants read with tracking earlier in this context are replaced, not kept.
            foreach (var entry in ChangeTracker.Entries<StoredObligation>().Where(e => chunk.Contains(e.Entity.GrantFileId)).ToList())
            {
                entry.State = EntityState.Detached;
            }

            foreach (var entry in ChangeTracker.Entries<ObligationStamp>().Where(e => chunk.Contains(e.Entity.GrantFileId)).ToList())
            {
                entry.State = EntityState.Detached;
            }

            var rows = grants.SelectMany(g => g.Obligations(FrenchCalendar.Metropolitan)
                .Select((o, i) => new StoredObligation(o, i, names[g.BeneficiaryId]))).ToList();
            var stamps = grants.Select(g => new ObligationStamp(g.Id, StoredObligation.RulesVersion)).ToList();
            GrantObligations.AddRange(rows);
            ObligationStamps.AddRange(stamps);
            try
            {
                _ = async ? await base.SaveChangesAsync(true, ct) : base.SaveChanges(true);
            }
            finally
            {
                foreach (var row in rows)
                {
                    Entry(row).State = EntityState.Detached;
                }

                foreach (var stamp in stamps)
                {
                    Entry(stamp).State = EntityState.Detached;
                }
            }
        }
    }
}
