using System.Text.Json;

namespace Subsidia.OpenData.Import;

/// <summary>
/// The contract's <c>import --dry-run</c> summary: <c>{"documents", "rows", "rowsRejected", "total", "issues"}</c>.
/// <see cref="Rows"/> counts the data rows read (imported and rejected); <see cref="Total"/> sums the imported
/// amounts in euros.
/// </summary>
public sealed record ImportSummary(int Documents, long Rows, long RowsRejected, decimal Total, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>The JSON of docs/contract.md (camelCase, amounts as numbers with two decimals at most, null when absent).</summary>
    public string ToJson(bool indented = true)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("documents", Documents);
            w.WriteNumber("rows", Rows);
            w.WriteNumber("rowsRejected", RowsRejected);
            w.WriteNumber("total", Math.Round(Total, 2, MidpointRounding.AwayFromZero));
            w.WriteStartArray("issues");
            foreach (var i in Issues)
            {
                w.WriteStartObject();
                w.WriteString("file", i.File);
                w.WriteNumber("row", i.Row);
                if (i.Column is null) w.WriteNull("column"); else w.WriteString("column", i.Column);
                if (i.Value is null) w.WriteNull("value"); else w.WriteString("value", i.Value);
                w.WriteString("reason", i.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}

/// <summary>
/// What an import would do, built without touching any database: the files read, their normalised grants and their
/// issues. The CLI adds the documents it reads itself (deliberation texts) with <see cref="AddDocument"/>.
/// </summary>
public sealed class ImportPlan
{
    private readonly List<ImportResult> _files = [];
    private readonly List<ImportIssue> _otherIssues = [];
    private int _otherDocuments;

    public IReadOnlyList<ImportResult> Files => _files;

    /// <summary>Every grant that would be stored, in file then row order.</summary>
    public IEnumerable<ImportedGrant> Grants => _files.SelectMany(f => f.Grants);

    public void Add(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _files.Add(result);
    }

    /// <summary>Reads and adds an SCDL subventions file.</summary>
    public ImportResult AddFile(string path)
    {
        var result = ScdlSubsidyImporter.Import(path);
        _files.Add(result);
        return result;
    }

    /// <summary>Counts a document that is not an SCDL file (a deliberation text), with its issues if any.</summary>
    public void AddDocument(IEnumerable<ImportIssue>? issues = null)
    {
        _otherDocuments++;
        if (issues is not null)
        {
            _otherIssues.AddRange(issues);
        }
    }

    public ImportSummary Summary() => new(
        _files.Count + _otherDocuments,
        _files.Sum(f => f.RowsRead),
        _files.Sum(f => f.RowsRejected),
        _files.Sum(f => f.Total),
        [.. _files.SelectMany(f => f.Issues), .. _otherIssues]);
}
