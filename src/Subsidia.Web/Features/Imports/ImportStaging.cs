using System.Globalization;
using System.Text;
using System.Text.Json;
using Subsidia.Application.Imports;

namespace Subsidia.Web.Features.Imports;

/// <summary>A file kept in the staging folder until the import is confirmed.</summary>
/// <param name="Name">The user's file name, reduced to safe characters (never a path).</param>
public sealed record StagedFile(Guid Id, string Name, long Size);

/// <summary>What the confirmed import did with one file, kept for the result page.</summary>
public sealed record StagedResult(string File, string Kind, string Outcome, int Created, int Matched, int Skipped, IReadOnlyList<string> Notes, Guid? SittingId,
    IReadOnlyList<DocumentGrant>? Grants = null);

/// <summary>One upload: its files, the files refused at upload with their reason, and, once confirmed, the results.</summary>
public sealed class StagedBatch
{
    public Guid Id { get; init; }
    public string Owner { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public List<StagedFile> Files { get; init; } = [];
    public List<string> Refused { get; init; } = [];
    public DateTimeOffset? ConfirmedAt { get; set; }
    public List<StagedResult>? Results { get; set; }
}

/// <summary>The outcome of an upload: the batch kept (null when every file was refused) and the reasons of each refusal.</summary>
public sealed record UploadOutcome(StagedBatch? Batch, IReadOnlyList<string> Errors);

/// <summary>One uploaded file as the staging folder receives it (the web form's IFormFile, or a test's bytes).</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// The server-side staging folder of uploads (docs/decisions/0011): <c>{data}/staging/imports/{batch}/{file}/{name}</c>,
/// folders named by server-made ids, the user's name kept only as a cleaned leaf. Only .txt, .md, .pdf and .csv are
/// accepted, each under a size limit; empty and binary files are refused with their reason and nothing of them is kept.
/// Batches older than <see cref="Lifetime"/> are removed at the next upload.
/// </summary>
public sealed class ImportStaging
{
    /// <summary>Most files in one upload.</summary>
    public const int MaxFiles = 20;

    /// <summary>Largest request the upload form accepts (all files together).</summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;

    /// <summary>Default largest file (setting <c>Subsidia:Import:MaxFileBytes</c>).</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    private const string Manifest = "batch.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The extensions an upload may have.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".pdf", ".csv"];

    /// <summary>How long an unconfirmed or confirmed batch is kept.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromHours(24);

    private readonly TimeProvider _clock;

    public ImportStaging(string root, long maxFileBytes, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        MaxFileBytes = maxFileBytes;
        _clock = clock;
    }

    /// <summary>From the settings: <c>Subsidia:DataFolder</c> (default <c>./data</c>, where the SQLite database is) and <c>Subsidia:Import:MaxFileBytes</c>.</summary>
    public static ImportStaging FromConfiguration(IConfiguration configuration, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var data = configuration["Subsidia:DataFolder"];
        if (string.IsNullOrWhiteSpace(data))
        {
            data = Path.Combine(Directory.GetCurrentDirectory(), "data");
        }

        var max = configuration.GetValue("Subsidia:Import:MaxFileBytes", DefaultMaxFileBytes);
        return new ImportStaging(Path.Combine(data, "staging", "imports"), max, clock);
    }

    public string Root { get; }

    public long MaxFileBytes { get; }

    /// <summary>"20 Mo", "2 ko": the limit as the messages say it.</summary>
    public string MaxFileSizeText => Size(MaxFileBytes);

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " Mo"
        : (bytes / 1024m).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " ko";

    /// <summary>Checks and keeps the files of one upload. A refused file is not written; when every file is refused, no batch is kept.</summary>
    public async Task<UploadOutcome> StageAsync(IReadOnlyList<UploadedFile> files, string owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        Purge();
        if (files.Count == 0)
        {
            return new UploadOutcome(null, ["Choisissez au moins un fichier à importer."]);
        }

        if (files.Count > MaxFiles)
        {
            return new UploadOutcome(null, [$"{files.Count} fichiers envoyés : {MaxFiles} au plus par envoi."]);
        }

        var batch = new StagedBatch { Id = Guid.NewGuid(), Owner = owner, CreatedAt = _clock.GetUtcNow() };
        var folder = FolderOf(batch.Id);
        foreach (var upload in files)
        {
            var name = SafeName(upload.FileName);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!Extensions.Contains(extension))
            {
                batch.Refused.Add($"{name} : seuls les fichiers .txt, .md, .pdf et .csv sont acceptés.");
                continue;
            }

            if (upload.Length > MaxFileBytes)
            {
                batch.Refused.Add($"{name} : le fichier dépasse la taille maximale de {MaxFileSizeText} ({Size(upload.Length)}).");
                continue;
            }

            byte[] bytes;
            await using (var stream = upload.Open())
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, ct);
                bytes = buffer.ToArray();
            }

            if (bytes.LongLength > MaxFileBytes)
            {
                batch.Refused.Add($"{name} : le fichier dépasse la taille maximale de {MaxFileSizeText}.");
                continue;
            }

            if (Refusal(name, extension, bytes) is { } reason)
            {
                batch.Refused.Add(reason);
                continue;
            }

            var file = new StagedFile(Guid.NewGuid(), name, bytes.LongLength);
            var path = PathOf(batch.Id, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, ct);
            batch.Files.Add(file);
        }

        if (batch.Files.Count == 0)
        {
            Delete(batch.Id);
            return new UploadOutcome(null, batch.Refused);
        }

        Directory.CreateDirectory(folder);
        await SaveAsync(batch, ct);
        return new UploadOutcome(batch, batch.Refused);
    }

    /// <summary>Why the content cannot be a document of that kind (empty, binary, not a PDF), or null.</summary>
    public static string? Refusal(string name, string extension, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return $"{name} : le fichier est vide.";
        }

        if (extension == ".pdf")
        {
            return bytes.AsSpan().StartsWith("%PDF-"u8) ? null : $"{name} : ce fichier .pdf n'est pas un PDF.";
        }

        var controls = bytes.Count(b => b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'));
        return bytes.Contains((byte)0) || controls > bytes.Length / 100 + 2
            ? $"{name} : fichier binaire, ce n'est pas un texte lisible."
            : null;
    }

    /// <summary>The batch of that id when it belongs to <paramref name="owner"/>, else null (another user's batch is not found).</summary>
    public async Task<StagedBatch?> FindAsync(Guid id, string owner, CancellationToken ct)
    {
        var manifest = Path.Combine(FolderOf(id), Manifest);
        if (!File.Exists(manifest))
        {
            return null;
        }

        await using var stream = File.OpenRead(manifest);
        var batch = await JsonSerializer.DeserializeAsync<StagedBatch>(stream, Json, ct);
        return batch is not null && batch.Id == id && string.Equals(batch.Owner, owner, StringComparison.Ordinal) ? batch : null;
    }

    /// <summary>Where a staged file's content is.</summary>
    public string PathOf(Guid batch, StagedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Path.Combine(FolderOf(batch), file.Id.ToString("N"), file.Name);
    }

    /// <summary>Keeps the results of the confirmed import and removes the staged files.</summary>
    public async Task CompleteAsync(StagedBatch batch, IReadOnlyList<StagedResult> results, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        batch.Results = [.. results];
        batch.ConfirmedAt = _clock.GetUtcNow();
        await SaveAsync(batch, ct);
        foreach (var file in batch.Files)
        {
            var folder = Path.Combine(FolderOf(batch.Id), file.Id.ToString("N"));
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Removes the batch and its files.</summary>
    public void Delete(Guid id)
    {
        var folder = FolderOf(id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes the batches older than <see cref="Lifetime"/>.</summary>
    public void Purge()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        var limit = _clock.GetUtcNow() - Lifetime;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(folder), "N", out _))
            {
                continue;
            }

            var manifest = Path.Combine(folder, Manifest);
            DateTimeOffset created = Directory.GetCreationTimeUtc(folder);
            if (File.Exists(manifest))
            {
                try
                {
                    created = JsonSerializer.Deserialize<StagedBatch>(File.ReadAllText(manifest), Json)?.CreatedAt ?? DateTimeOffset.MinValue;
                }
                catch (JsonException)
                {
                    created = DateTimeOffset.MinValue;
                }
            }

            if (created < limit)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The user's file name without any folder, with only letters, digits and <c> -_.()</c>, at most 120 characters.</summary>
    public static string SafeName(string? clientName)
    {
        var leaf = (clientName ?? "").Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..].Trim();
        var builder = new StringBuilder(leaf.Length);
        foreach (var c in leaf.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')' ? c : '_');
        }

        var name = builder.ToString().Trim('.', ' ');
        var extension = Path.GetExtension(name);
        if (name.Length > 120)
        {
            name = name[..(120 - extension.Length)] + extension;
        }

        return Path.GetFileNameWithoutExtension(name).Length == 0 ? "document" + extension : name;
    }

    private string FolderOf(Guid id) => Path.Combine(Root, id.ToString("N"));

    /// <summary>Removes one staged file of a batch (the batch's list is the caller's to change and save).</summary>
    public void DeleteFile(Guid batch, StagedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var folder = Path.Combine(FolderOf(batch), file.Id.ToString("N"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes the batch's manifest (atomically: a temporary file moved over the old one).</summary>
    public async Task SaveAsync(StagedBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var path = Path.Combine(FolderOf(batch.Id), Manifest);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(batch, Json), ct);
        File.Move(temporary, path, overwrite: true);
    }
}
