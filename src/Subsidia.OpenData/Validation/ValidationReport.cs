using System.Text.Json;
using Subsidia.OpenData.Text;

namespace Subsidia.OpenData.Validation;

/// <summary>
/// One validation error. <see cref="Row"/> counts records with the header as row 1 (the Frictionless convention,
/// also the spreadsheet row when no cell spans several lines); <see cref="Line"/> is the physical line;
/// <see cref="Column"/> is 1-based. <see cref="Rule"/> is a stable code (Frictionless / Validata names).
/// </summary>
public sealed record ValidationError(long Row, long? Line, int? Column, string? Field, string? Value, string Rule, string Message);

/// <summary>The outcome of validating one file against a schema.</summary>
public sealed class ValidationReport
{
    private readonly List<ValidationError> _errors = [];

    internal ValidationReport(string schema, string? file, int maxErrors)
    {
        Schema = schema;
        File = file;
        MaxErrors = maxErrors;
    }

    public string Schema { get; }
    public string? File { get; }
    public int MaxErrors { get; }
    /// <summary>Data rows read (header excluded, blank rows included).</summary>
    public long Rows { get; internal set; }
    /// <summary>Every error found; only the first <see cref="MaxErrors"/> are kept in <see cref="Errors"/>.</summary>
    public long ErrorCount { get; private set; }
    public IReadOnlyList<ValidationError> Errors => _errors;
    public bool Truncated => ErrorCount > _errors.Count;
    public bool Valid => ErrorCount == 0;
    public TextProfile? Text { get; internal set; }
    /// <summary>Remarks that are not errors (custom checks this validator does not know, for instance).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Adds the errors of a batch checked on another thread: <paramref name="count"/> found, some kept.</summary>
    internal void AddRange(List<ValidationError> errors, long count)
    {
        foreach (var e in errors)
        {
            if (_errors.Count >= MaxErrors)
            {
                break;
            }

            _errors.Add(e);
        }

        ErrorCount += count;
    }

    internal void Add(ValidationError error)
    {
        ErrorCount++;
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Errors by rule code, for summaries.</summary>
    public IReadOnlyDictionary<string, int> CountByRule() =>
        _errors.GroupBy(e => e.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The report as JSON (camelCase, null when absent).</summary>
    public void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        if (File is null) w.WriteNull("file"); else w.WriteString("file", File);
        w.WriteBoolean("valid", Valid);
        w.WriteNumber("rows", Rows);
        w.WriteNumber("errorCount", ErrorCount);
        w.WriteBoolean("truncated", Truncated);
        w.WriteString("encoding", Text?.EncodingName);
        w.WriteString("delimiter", Text is null ? null : Text.Delimiter.ToString());
        w.WriteStartArray("notes");
        foreach (var note in Notes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        w.WriteStartArray("errors");
        foreach (var e in _errors)
        {
            w.WriteStartObject();
            w.WriteNumber("row", e.Row);
            if (e.Line is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
            if (e.Column is { } column) w.WriteNumber("column", column); else w.WriteNull("column");
            if (e.Field is null) w.WriteNull("field"); else w.WriteString("field", e.Field);
            if (e.Value is null) w.WriteNull("value"); else w.WriteString("value", e.Value);
            w.WriteString("rule", e.Rule);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public string ToJson()
    {
        using var ms = new MemoryStream();
        WriteJson(ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>The report as French text, one error per line.</summary>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var name = File ?? "(flux)";
        var rows = Rows.ToString("N0", Subsidia.Domain.Common.French.Culture).Replace('\u00A0', ' ').Replace('\u202F', ' ');
        writer.WriteLine(Valid
            ? $"{name} : valide selon le schéma {Schema} ({rows} lignes)."
            : $"{name} : invalide selon le schéma {Schema} ({rows} lignes, {ErrorCount.ToString(Subsidia.Domain.Common.French.Culture)} erreur{(ErrorCount > 1 ? "s" : "")}).");
        if (Text is not null)
        {
            writer.WriteLine($"Encodage : {Text.EncodingName}{(Text.Utf8Bom ? " (avec BOM)" : "")} ; séparateur : {Text.DelimiterName}.");
        }

        foreach (var note in Notes)
        {
            writer.WriteLine($"Remarque : {note}");
        }

        foreach (var e in _errors)
        {
            var where = e.Column is { } c
                ? $"ligne {e.Row}, colonne {c}{(e.Field is null ? "" : $" ({e.Field})")}"
                : $"ligne {e.Row}";
            var value = e.Value is null ? "" : $" — valeur « {Shorten(e.Value)} »";
            writer.WriteLine($"{where} : {e.Message} [{e.Rule}]{value}");
        }

        if (Truncated)
        {
            writer.WriteLine($"… {ErrorCount - _errors.Count} autres erreurs non affichées.");
        }
    }

    private static string Shorten(string value) => value.Length <= 120 ? value : string.Concat(value.AsSpan(0, 117), "…");
}
