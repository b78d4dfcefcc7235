using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.OpenData.Import;
using Subsidia.Reading;
using Subsidia.Reading.Model;

namespace Subsidia.Application.Imports;

/// <summary>What an SCDL subventions file holds, read without storing anything.</summary>
/// <param name="Rows">The rows read (at most <see cref="ImportPreviewer.MaxRowsShown"/>; <paramref name="RowsRead"/> counts them all).</param>
public sealed record ScdlPreview(long RowsRead, long RowsRejected, decimal Total, IReadOnlyList<ImportedGrant> Rows, IReadOnlyList<ImportIssue> Issues);

/// <summary>
/// One file as an import would see it, before anything is stored: a deliberation document (the contract's extract,
/// findings included) or an SCDL subventions file (rows, totals, rejected lines), or the reason it cannot be imported.
/// </summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Kind"><c>deliberation</c> or <c>scdl-subventions</c>.</param>
/// <param name="Refusal">Why the file cannot be imported (one French sentence), or null.</param>
/// <param name="AlreadyImported">Why importing it would change nothing (same file, or same sitting, already stored), or null.</param>
/// <param name="SittingId">The id the sitting gets (name-based, the same as when it is stored), for a readable deliberation.</param>
public sealed record ImportPreview(
    string File,
    string Kind,
    string? Refusal,
    string? AlreadyImported,
    ExtractDocument? Extract,
    Guid? SittingId,
    int MembersRead,
    ScdlPreview? Scdl)
{
    /// <summary>Confirming would store something.</summary>
    public bool WouldStore => Refusal is null && AlreadyImported is null;
}

/// <summary>
/// The dry run of <see cref="ImportService.ImportAsync(string, CancellationToken)"/> for one file: reads it as the
/// import would (same reader, same SCDL importer, same refusals) and looks in the database, without writing.
/// </summary>
public sealed class ImportPreviewer(SubsidiaDbContext db)
{
    /// <summary>How many SCDL rows a preview keeps to show (totals count every row).</summary>
    public const int MaxRowsShown = 500;

    /// <summary>Reads <paramref name="file"/>, shown as <paramref name="displayName"/> (defaults to its own name).</summary>
    public async Task<ImportPreview> PreviewAsync(string file, string? displayName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = string.IsNullOrWhiteSpace(displayName) ? Path.GetFileName(file) : displayName;
        var csv = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var kind = csv ? "scdl-subventions" : "deliberation";
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, ct);
        }
        catch (IOException)
        {
            return Refused(name, kind, "le fichier ne peut pas être lu.");
        }

        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return Refused(name, kind, "le fichier est vide.");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var sameFile = await db.ImportedDocuments.AsNoTracking().AnyAsync(d => d.Sha256 == sha, ct)
            ? "Le même fichier a déjà été importé : le confirmer ne changera rien."
            : null;
        return csv ? PreviewScdl(file, name, bytes, sameFile) : await PreviewDeliberationAsync(file, name, sameFile, ct);
    }

    private static ImportPreview Refused(string name, string kind, string reason) =>
        new(name, kind, $"{name} : {reason}", null, null, null, 0, null);

    private static ImportPreview PreviewScdl(string file, string name, byte[] bytes, string? sameFile)
    {
        if (bytes.Contains((byte)0))
        {
            return Refused(name, "scdl-subventions", "fichier binaire, ce n'est pas un fichier CSV.");
        }

        if (ScdlSubsidyImporter.Detect(file) is not (ScdlFileKind.SubventionsV2 or ScdlFileKind.SubventionsV1))
        {
            return Refused(name, "scdl-subventions",
                "ce n'est pas un fichier SCDL subventions (en-tête non reconnu : nomAttribuant, nomBeneficiaire, montant… sont attendus).");
        }

        ImportResult result;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            result = ScdlSubsidyImporter.Import(stream, name);
        }
        catch (InvalidDataException e)
        {
            return Refused(name, "scdl-subventions", e.Message.TrimEnd('.') + ".");
        }

        var scdl = new ScdlPreview(result.RowsRead, result.RowsRejected, result.Total, result.Grants.Take(MaxRowsShown).ToList(), result.Issues);
        return new ImportPreview(name, "scdl-subventions", null, sameFile, null, null, 0, scdl);
    }

    private async Task<ImportPreview> PreviewDeliberationAsync(string file, string name, string? sameFile, CancellationToken ct)
    {
        ReadResult read;
        try
        {
            // Loaded from the file on disk, read under the user's name for it (the extract's source).
            read = DeliberationReader.ReadText(DocumentLoader.Load(file), name);
        }
        catch (UnreadableDocumentException e)
        {
            var reason = e.Message.Replace(Path.GetFileName(file), name, StringComparison.Ordinal);
            return new ImportPreview(name, "deliberation", reason, null, null, null, 0, null);
        }

        var import = read.Import;
        var refusal = import.SittingDateKnown
            ? null
            : $"{name} : la date de la séance n'a pas pu être lue : la séance ne sera pas enregistrée (rien n'est deviné).";
        var already = sameFile;
        if (already is null && refusal is null && await db.Sittings.AsNoTracking().AnyAsync(s => s.Id == import.Sitting.Id, ct))
        {
            already = "Cette séance est déjà enregistrée : le confirmer ne changera rien.";
        }

        return new ImportPreview(name, "deliberation", refusal, already, read.Extract, import.Sitting.Id, import.Assembly.Members.Count, null);
    }
}
