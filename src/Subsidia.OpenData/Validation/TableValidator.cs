using Subsidia.OpenData.Text;

namespace Subsidia.OpenData.Validation;

/// <summary>Collects errors for the row being checked.</summary>
internal sealed class ErrorSink(ValidationReport report)
{
    public long Row { get; set; }
    public long? Line { get; set; }
    public int Column { get; set; }

    public void Cell(CellCheck check, ReadOnlySpan<char> value, string rule, string message) =>
        report.Add(new ValidationError(Row, Line, Column, check.Field.Name, value.ToString(), rule, message));

    public void Add(int? column, string? field, string? value, string rule, string message) =>
        report.Add(new ValidationError(Row, Line, column, field, value, rule, message));
}

/// <summary>The cells of the current row, addressed by schema field.</summary>
internal sealed class RowContext(CsvReader reader, int[] columnByField, bool[] typeOk)
{
    public int ColumnOf(int field) => columnByField[field];

    /// <summary>The field has a column and the row has a cell there.</summary>
    public bool Present(int field) => field >= 0 && columnByField[field] >= 0 && columnByField[field] < reader.FieldCount;

    public ReadOnlySpan<char> Value(int field) => Present(field) ? reader[columnByField[field]] : [];

    public bool IsEmpty(int field) => Value(field).IsWhiteSpace();

    public bool TypeOk(int field) => field >= 0 && typeOk[field];
}

/// <summary>A check over a whole row (the schema's custom checks).</summary>
internal interface IRowCheck
{
    void Check(RowContext row, ErrorSink sink);
}

/// <summary>
/// Validates a CSV file against a Frictionless Table Schema: header (missing, misnamed, duplicated, extra
/// columns and their order), row shape, every field's type, format and constraints, and the custom checks of the
/// schema (Validata names). Streams the file; errors beyond <see cref="MaxErrors"/> are counted, not kept.
/// </summary>
public sealed class TableValidator
{
    private readonly TableSchema _schema;
    private readonly string _schemaName;
    private readonly IReadOnlyList<CustomCheck> _extraChecks;

    public TableValidator(TableSchema schema, string? schemaName = null, IReadOnlyList<CustomCheck>? extraChecks = null, int maxErrors = 10_000)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _schemaName = schemaName ?? schema.Name;
        _extraChecks = extraChecks ?? [];
        MaxErrors = maxErrors;
    }

    /// <summary>The validator for one of the embedded SCDL schemas, with Subsidia's additional checks.</summary>
    public static TableValidator ForSchema(string name, int maxErrors = 10_000) =>
        new(TableSchema.Embedded(name), name, SchemaExtras.For(name), maxErrors);

    public int MaxErrors { get; }

    public TableSchema Schema => _schema;

    public ValidationReport Validate(string path)
    {
        using var reader = CsvReader.Open(path);
        return Validate(reader, Path.GetFileName(path));
    }

    public ValidationReport Validate(Stream stream, string? fileName = null)
    {
        using var reader = new CsvReader(stream, leaveOpen: true);
        return Validate(reader, fileName);
    }

    /// <exception cref="InvalidDataException">The file is empty or is not text.</exception>
    public ValidationReport Validate(CsvReader reader, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var report = new ValidationReport(_schemaName, fileName, MaxErrors) { Text = reader.Profile };
        var sink = new ErrorSink(report);
        if (!reader.Read())
        {
            throw new InvalidDataException("le fichier est vide : il n'a pas de ligne d'en-tête");
        }

        var fields = _schema.Fields;
        var checks = fields.Select(f => new CellCheck(f, _schema.MissingValues)).ToArray();
        var header = reader.GetRecord();
        sink.Row = 1;
        sink.Line = 1;
        var fieldByColumn = HeaderCheck.Map(_schema, header, sink);
        var columnByField = Enumerable.Repeat(-1, fields.Count).ToArray();
        for (var j = 0; j < fieldByColumn.Length; j++)
        {
            if (fieldByColumn[j] >= 0)
            {
                columnByField[fieldByColumn[j]] = j;
            }
        }

        var typeOk = new bool[fields.Count];
        var row = new RowContext(reader, columnByField, typeOk);
        var rowChecks = RowChecks.Build(_schema, _schema.CustomChecks.Concat(_extraChecks), report);
        long firstWindows1252 = reader.Encoding == RecordEncoding.Windows1252 ? 1 : 0;
        var width = header.Length;

        while (reader.Read())
        {
            report.Rows++;
            sink.Row = reader.RecordNumber;
            sink.Line = reader.LineNumber;
            if (firstWindows1252 == 0 && reader.Encoding == RecordEncoding.Windows1252)
            {
                firstWindows1252 = reader.RecordNumber;
            }

            if (reader.IsMalformed)
            {
                sink.Add(null, null, null, "malformed-quote",
                    "guillemets mal fermés : du texte suit un guillemet fermant, ou un guillemet n'est jamais fermé");
            }

            if (reader.IsBlank)
            {
                sink.Add(null, null, null, "blank-row", "ligne vide");
                continue;
            }

            var count = reader.FieldCount;
            for (var j = width; j < count; j++)
            {
                sink.Add(j + 1, null, reader.GetString(j), "extra-cell",
                    $"cellule en trop : la ligne a {count} cellules pour {width} colonnes d'en-tête");
            }

            Array.Clear(typeOk);
            var shown = Math.Min(count, width);
            for (var j = 0; j < shown; j++)
            {
                var f = fieldByColumn[j];
                if (f < 0)
                {
                    continue;
                }

                sink.Column = j + 1;
                typeOk[f] = checks[f].Check(reader[j], sink);
            }

            for (var j = count; j < width; j++)
            {
                var f = fieldByColumn[j];
                sink.Add(j + 1, f >= 0 ? fields[f].Name : header[j], null, "missing-cell",
                    $"cellule manquante : la ligne a {count} cellules pour {width} colonnes d'en-tête");
            }

            foreach (var check in rowChecks)
            {
                check.Check(row, sink);
            }
        }

        var text = reader.Profile;
        if (text.Windows1252Records > 0)
        {
            sink.Row = firstWindows1252;
            sink.Line = null;
            sink.Add(null, null, null, "encoding",
                $"le fichier doit être encodé en UTF-8 : {text.Windows1252Records} ligne(s) lue(s) en Windows-1252, la première à la ligne {firstWindows1252}" +
                (text.Utf8Bom ? " (alors que le fichier commence par un BOM UTF-8)" : ""));
        }

        return report;
    }
}
