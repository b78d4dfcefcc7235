using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Imports;
using Subsidia.Data;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Features.Imports;

/// <summary>A staged file and what an import would make of it.</summary>
public sealed record StagedPreview(StagedFile File, ImportPreview Preview);

/// <summary>
/// The web import: upload to the staging folder (nothing stored), review what was read with the findings, confirm
/// (<see cref="ImportService.ImportAsync(string, Subsidia.Domain.Assemblies.Authority?, Func{ImportedFile, CancellationToken, Task}?, CancellationToken)"/>,
/// one transaction per file holding the file's data and its audit line, idempotent),
/// result. Built by the pages from services the application already has.
/// </summary>
public sealed class ImportWorkflow(SubsidiaDbContext db, AuditLog audit, TimeProvider clock, IConfiguration configuration)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private readonly ImportPreviewer _previewer = new(db);

    public ImportStaging Staging { get; } = ImportStaging.FromConfiguration(configuration, clock);

    /// <summary>Stages the files; a file the reader cannot read at all is refused with its reason and removed.</summary>
    public async Task<UploadOutcome> UploadAsync(IReadOnlyList<UploadedFile> files, string owner, CancellationToken ct)
    {
        var outcome = await Staging.StageAsync(files, owner, ct);
        if (outcome.Batch is not { } batch)
        {
            return outcome;
        }

        foreach (var file in batch.Files.ToList())
        {
            var preview = await _previewer.PreviewAsync(Staging.PathOf(batch.Id, file), file.Name, ct);
            if (preview.Refusal is { } reason && preview.Extract is null && preview.Scdl is null)
            {
                batch.Files.Remove(file);
                Staging.DeleteFile(batch.Id, file);
                batch.Refused.Add(reason);
            }
        }

        if (batch.Files.Count == 0)
        {
            Staging.Delete(batch.Id);
            return new UploadOutcome(null, batch.Refused);
        }

        await Staging.SaveAsync(batch, ct);
        return new UploadOutcome(batch, batch.Refused);
    }

    /// <summary>What each staged file of the batch would give, read again from the staging folder.</summary>
    public async Task<IReadOnlyList<StagedPreview>> PreviewAsync(StagedBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var previews = new List<StagedPreview>();
        foreach (var file in batch.Files)
        {
            previews.Add(new StagedPreview(file, await _previewer.PreviewAsync(Staging.PathOf(batch.Id, file), file.Name, ct)));
        }

        return previews;
    }

    /// <summary>Imports every staged file (once: a confirmed batch keeps its results) and removes the staged files.</summary>
    public async Task<IReadOnlyList<StagedResult>> ConfirmAsync(StagedBatch batch, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // One confirmation at a time in this process: a double-click confirms once and both answers show the same results.
        await Gate.WaitAsync(ct);
        try
        {
            var current = await Staging.FindAsync(batch.Id, batch.Owner, ct) ?? batch;
            return current.Results ?? await ImportAsync(current, user, ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<IReadOnlyList<StagedResult>> ImportAsync(StagedBatch batch, ClaimsPrincipal user, CancellationToken ct)
    {

        var service = new ImportService(db, clock);
        var results = new List<StagedResult>();
        foreach (var file in batch.Files)
        {
            var path = Staging.PathOf(batch.Id, file);
            var preview = await _previewer.PreviewAsync(path, file.Name, ct);
            if (preview.Refusal is { } reason)
            {
                results.Add(new StagedResult(file.Name, preview.Kind, "refusé", 0, 0, 0, [reason], null));
                continue;
            }

            // The audit line is written in the file's own transaction, which the audit log commits under its gate: both
            // are stored or neither is (docs/decisions/0008).
            var imported = await service.ImportAsync(path, null, async (stored, token) =>
            {
                Guid? storedSitting = preview.SittingId is { } sittingId && await db.Sittings.AsNoTracking().AnyAsync(s => s.Id == sittingId, token) ? sittingId : null;
                await audit.SaveRecordAndCommitAsync(db, user, "import.fichier", storedSitting is null ? "ImportedDocument" : "Sitting",
                    storedSitting?.ToString() ?? file.Name, null, new
                    {
                        File = file.Name,
                        Kind = stored.Kind,
                        stored.Created,
                        stored.Matched,
                        stored.Skipped,
                        Grants = stored.Grants.Select(g => new { g.Act, g.Beneficiary, g.Amount, g.Outcome, g.GrantFileId }),
                    }, token);
            }, ct);
            Guid? sitting = preview.SittingId is { } id && await db.Sittings.AsNoTracking().AnyAsync(s => s.Id == id, ct) ? id : null;
            results.Add(new StagedResult(file.Name, imported.Kind == "?" ? preview.Kind : imported.Kind, imported.Outcome,
                imported.Created, imported.Matched, imported.Skipped, imported.Notes, sitting, imported.Grants));
        }

        await Staging.CompleteAsync(batch, results, ct);
        return results;
    }
}
