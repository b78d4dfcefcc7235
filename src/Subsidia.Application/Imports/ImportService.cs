using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Domain.Identifiers;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.OpenData.Import;
using Subsidia.Reading;

namespace Subsidia.Application.Imports;

/// <summary>What happened to one file; <paramref name="Grants"/> lists the grant files the document decides (created, matched or not created).</summary>
public sealed record ImportedFile(string File, string Kind, string Outcome, int Created, int Matched, int Skipped, IReadOnlyList<string> Notes,
    IReadOnlyList<DocumentGrant>? Grants = null)
{
    /// <summary>The grant files of the document (never null).</summary>
    public IReadOnlyList<DocumentGrant> Grants { get; init; } = Grants ?? [];
}

/// <summary>
/// Imports deliberation documents (through the reader) and published SCDL subventions files (through the open-data
/// importer). One transaction per file; a file already imported (same SHA-256) changes nothing; what cannot be read is
/// reported and nothing of that file is stored.
/// </summary>
public sealed class ImportService(SubsidiaDbContext db, TimeProvider clock)
{
    /// <summary>Reads the files and stores nothing: the summary of docs/contract.md.</summary>
    public static ImportSummary DryRun(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var plan = new ImportPlan();
        foreach (var file in files)
        {
            if (IsScdl(file))
            {
                plan.AddFile(file);
                continue;
            }

            try
            {
                var read = DeliberationReader.ReadFile(file);
                plan.AddDocument(read.Extract.Findings
                    .Where(f => f.Severity == "error")
                    .Select(f => new ImportIssue(Path.GetFileName(file), 0, f.Item, null, $"{f.Code} : {f.Message}")));
            }
            catch (UnreadableDocumentException e)
            {
                plan.AddDocument([new ImportIssue(Path.GetFileName(file), 0, null, null, e.Message)]);
            }
        }

        return plan.Summary();
    }

    public Task<ImportedFile> ImportAsync(string file, CancellationToken ct) => ImportAsync(file, null, ct);

    /// <summary>Imports one file, filed under <paramref name="into"/> when given.</summary>
    public Task<ImportedFile> ImportAsync(string file, Authority? into, CancellationToken ct) => ImportAsync(file, into, null, ct);

    /// <summary>The stored authority of that name (compared without case or accents), or a new one to be stored with the first document.</summary>
    public static async Task<Authority> AuthorityNamedAsync(SubsidiaDbContext db, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = PersonName.Normalise(name);
        var known = (await db.Authorities.ToListAsync(ct)).FirstOrDefault(a => PersonName.Normalise(a.Name) == key);
        return known ?? new Authority(StableId.For("authority", name.Trim()), name.Trim());
    }

    /// <summary>Imports one file; a deliberation document is filed under <paramref name="into"/> when it is given
    /// (an authority importing its own registers, whatever name the document gives it at the time).</summary>
    /// <param name="file">The file.</param>
    /// <param name="into">The authority the sittings are filed under, or null for the one the document names.</param>
    /// <param name="commit">Commits the file's transaction once everything is saved, in place of the import's own commit
    /// (the web application appends its audit line and commits, docs/decisions/0008): if it fails, nothing of the file is
    /// stored.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<ImportedFile> ImportAsync(string file, Authority? into, Func<ImportedFile, CancellationToken, Task>? commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, ct);
        }
        catch (IOException e)
        {
            return new ImportedFile(name, "?", "illisible", 0, 0, 0, [e.Message]);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await db.ImportedDocuments.AnyAsync(d => d.Sha256 == sha, ct))
        {
            return new ImportedFile(name, "?", "déjà importé", 0, 0, 1, ["Le même fichier a déjà été importé : rien n'a changé."]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            return await ImportInTransactionAsync(file, name, sha, into, commit, transaction, ct);
        }
        catch
        {
            // Nothing of the file is stored: the transaction rolls back and the context forgets what it tracked, so that
            // the next file of a batch does not save it.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<ImportedFile> ImportInTransactionAsync(string file, string name, string sha, Authority? into,
        Func<ImportedFile, CancellationToken, Task>? commit, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
    {
        ImportedFile result;
        if (IsScdl(file))
        {
            result = await ImportScdlAsync(file, name, ct);
        }
        else
        {
            result = await ImportDeliberationAsync(file, name, into, ct);
        }

        if (result.Outcome is "importé")
        {
            db.ImportedDocuments.Add(new ImportedDocument(Guid.NewGuid(), sha, name, result.Kind, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            if (commit is not null)
            {
                await commit(result, ct);
            }

            if (db.Database.CurrentTransaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        else
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }

        return result;
    }

    private static bool IsScdl(string file) =>
        file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && ScdlSubsidyImporter.IsScdlSubventions(file);

    private async Task<ImportedFile> ImportDeliberationAsync(string file, string name, Authority? into, CancellationToken ct)
    {
        ReadResult read;
        try
        {
            read = DeliberationReader.ReadFile(file, into);
        }
        catch (UnreadableDocumentException e)
        {
            return new ImportedFile(name, "deliberation", "refusé", 0, 0, 0, [e.Message]);
        }

        var import = read.Import;
        if (!import.SittingDateKnown)
        {
            return new ImportedFile(name, "deliberation", "refusé", 0, 0, 0,
                ["La date de la séance n'a pas pu être lue : la séance n'est pas enregistrée (rien n'est deviné)."]);
        }

        var notes = new List<string>();
        int created = 0, matched = 0, skipped = 0;
        if (await db.Sittings.AnyAsync(s => s.Id == import.Sitting.Id, ct))
        {
            return await GrantOfStoredSittingAsync(read, name, import.Sitting.Id, ct);
        }

        if (into is not null && read.Extract.Authority is { } named && !string.Equals(named, into.Name, StringComparison.Ordinal))
        {
            notes.Add($"Le document nomme la collectivité « {named} » : séance rattachée à « {into.Name} ».");
        }

        if (await db.Authorities.AnyAsync(a => a.Id == import.Authority.Id, ct))
        {
            matched++;
        }
        else
        {
            db.Authorities.Add(import.Authority);
            created++;
            notes.Add($"Collectivité créée : {import.Authority.Name}.");
        }

        var assembly = await db.Assemblies.Include(a => a.Members).FirstOrDefaultAsync(a => a.Id == import.Assembly.Id, ct);
        if (assembly is null)
        {
            db.Assemblies.Add(import.Assembly);
            created += 1 + import.Assembly.Members.Count;
            notes.Add($"Assemblée créée : {import.Assembly.Name} ({French.Plural(import.Assembly.Members.Count, "membre", "membres")}).");
        }
        else
        {
            matched++;
            var known = assembly.Members.Select(m => m.Id).ToHashSet();
            foreach (var member in import.Assembly.Members)
            {
                if (known.Contains(member.Id))
                {
                    matched++;
                }
                else
                {
                    db.Members.Add(member);
                    created++;
                    notes.Add($"Membre ajouté : {member.FullName}.");
                }
            }
        }

        db.Sittings.Add(import.Sitting);
        created++;
        notes.Add($"Séance du {French.Date(import.Sitting.Date)} enregistrée avec {French.Plural(import.Sitting.Items.Count, "rapport", "rapports")}.");
        foreach (var finding in import.Evaluation.AllFindings)
        {
            notes.Add($"Constat {finding.Code}{(finding.Item is null ? "" : $" (rapport {finding.Item})")} : {finding.Message}");
        }

        var grant = await new GrantImporter(db).ImportAsync(read.Extract, import.Authority, import.Assembly, import.Sitting, ct);
        notes.AddRange(grant.Notes);
        await db.SaveChangesAsync(ct);
        return new ImportedFile(name, "deliberation", "importé", created + grant.Created, matched + grant.Matched, skipped + grant.Skipped, notes,
            grant.Grant is { } g ? [g] : []);
    }

    /// <summary>
    /// Another document of a sitting already stored (or the same one, changed): the sitting is not stored twice, but the
    /// grant the document decides is created when it is not stored yet (an extract per act).
    /// </summary>
    private async Task<ImportedFile> GrantOfStoredSittingAsync(ReadResult read, string name, Guid sittingId, CancellationToken ct)
    {
        var sitting = await db.Sittings.Include(s => s.Items).AsNoTracking().SingleAsync(s => s.Id == sittingId, ct);
        var assembly = await db.Assemblies.AsNoTracking().SingleAsync(a => a.Id == sitting.AssemblyId, ct);
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == assembly.AuthorityId, ct);
        var grant = await new GrantImporter(db).ImportAsync(read.Extract, authority, assembly, sitting, ct);
        var notes = new List<string> { "Cette séance est déjà enregistrée." };
        notes.AddRange(grant.Notes);
        if (grant.Created == 0)
        {
            return new ImportedFile(name, "deliberation", "déjà importé", 0, 1 + grant.Matched, 1 + grant.Skipped, notes, grant.Grant is { } g ? [g] : []);
        }

        await db.SaveChangesAsync(ct);
        return new ImportedFile(name, "deliberation", "importé", grant.Created, 1 + grant.Matched, grant.Skipped, notes, grant.Grant is { } created ? [created] : []);
    }

    private async Task<ImportedFile> ImportScdlAsync(string file, string name, CancellationToken ct)
    {
        var result = ScdlSubsidyImporter.Import(file);
        var notes = result.Issues.Select(i => $"ligne {i.Row}{(i.Column is null ? "" : $", {i.Column}")}{(i.Value is null ? "" : $" « {i.Value} »")} : {i.Reason}").ToList();
        int created = 0, matched = 0, skipped = (int)result.RowsRejected;
        var beneficiaries = new Dictionary<Guid, Beneficiary>();
        foreach (var row in result.Grants)
        {
            var year = row.Year ?? row.ConventionDate?.Year ?? row.DecisionDate?.Year ?? row.PaymentFrom?.Year;
            if (row.BeneficiaryName is null || year is null)
            {
                skipped++;
                notes.Add($"ligne {row.Row} : {(row.BeneficiaryName is null ? "bénéficiaire non nommé" : "aucune date ni année")}, ligne non enregistrée ({French.Money(row.Amount)}).");
                continue;
            }

            var siret = row.BeneficiarySiret is { } s && Siret.TryParse(s, out var parsed, out _) ? parsed.Value : null;
            var id = siret is not null ? StableId.For("beneficiary-siret", siret)
                : row.BeneficiaryRna is { } rna && Rna.IsValid(rna) ? StableId.For("beneficiary-rna", rna.ToUpperInvariant())
                : StableId.For("beneficiary-name", PersonName.Normalise(row.BeneficiaryName));
            if (!beneficiaries.TryGetValue(id, out var beneficiary))
            {
                beneficiary = await db.Beneficiaries.Include(b => b.History).FirstOrDefaultAsync(b => b.Id == id, ct);
                if (beneficiary is null)
                {
                    beneficiary = new Beneficiary(id, row.BeneficiaryName, LegalForm.Other);
                    beneficiary.SetSiret(siret);
                    beneficiary.SetRna(row.BeneficiaryRna is { } r && Rna.IsValid(r) ? r.ToUpperInvariant() : null);
                    db.Beneficiaries.Add(beneficiary);
                    created++;
                }
                else
                {
                    matched++;
                }

                beneficiaries[id] = beneficiary;
            }

            var funderId = row.AttributorSiret is { } fs && Siret.TryParse(fs, out var funder, out _) ? StableId.For("authority-siret", funder.Value) : (Guid?)null;
            beneficiary.RecordGrant(year.Value, funderId, row.AttributorName, row.Amount, row.ConventionDate ?? row.DecisionDate);
            created++;
        }

        await db.SaveChangesAsync(ct);
        notes.Insert(0, $"{French.Plural((int)result.RowsRead, "ligne lue", "lignes lues")}, {French.Plural((int)result.RowsRejected, "rejetée", "rejetées")}, total {French.Money(result.Total)}.");
        return new ImportedFile(name, "scdl-subventions", "importé", created, matched, skipped, notes);
    }
}
