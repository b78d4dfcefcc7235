using System.Collections.Concurrent;
using System.Threading.Channels;
using Subsidia.OpenData.Text;

namespace Subsidia.OpenData.Validation;

/// <summary>Collects errors for the row being checked, into the report or into a batch's own list.</summary>
internal sealed class ErrorSink
{
    private readonly ValidationReport? _report;
    private readonly int _keep;

    public ErrorSink(ValidationReport report) => _report = report;

    public ErrorSink(int keep) => _keep = keep;

    public long Row { get; set; }
    public long? Line { get; set; }
    public int Column { get; set; }

    /// <summary>Errors of the current batch (parallel mode), the first <c>keep</c> of them.</summary>
    public List<ValidationError> Buffer { get; } = [];
    public long Count { get; set; }

    public void Cell(CellCheck check, ReadOnlySpan<char> value, string rule, string message) =>
        Add(new ValidationError(Row, Line, Column, check.Field.Name, value.ToString(), rule, message));

    public void Add(int? column, string? field, string? value, string rule, string message) =>
        Add(new ValidationError(Row, Line, column, field, value, rule, message));

    private void Add(ValidationError error)
    {
        if (_report is not null)
        {
            _report.Add(error);
            return;
        }

        Count++;
        if (Buffer.Count < _keep)
        {
            Buffer.Add(error);
        }
    }
}

/// <summary>The cells of one record, from the reader or from a batch.</summary>
internal abstract class RecordView
{
    public abstract int FieldCount { get; }
    public abstract ReadOnlySpan<char> this[int index] { get; }
    public string GetString(int index) => new(this[index]);
}

internal sealed class ReaderView(CsvReader reader) : RecordView
{
    public override int FieldCount => reader.FieldCount;
    public override ReadOnlySpan<char> this[int index] => reader[index];
}

/// <summary>The cells of the current row, addressed by schema field.</summary>
internal sealed class RowContext(RecordView record, int[] columnByField, bool[] typeOk)
{
    public int ColumnOf(int field) => columnByField[field];

    /// <summary>The field has a column and the row has a cell there.</summary>
    public bool Present(int field) => field >= 0 && columnByField[field] >= 0 && columnByField[field] < record.FieldCount;

    public ReadOnlySpan<char> Value(int field) => Present(field) ? record[columnByField[field]] : [];

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
/// With <see cref="Parallelism"/> above 1, records are read on the calling thread and checked in batches on
/// others; the errors come out in file order either way.
/// </summary>
public sealed class TableValidator
{
    private const int BatchRecords = 4096;

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

    /// <summary>
    /// Threads checking rows. 1 (the default) checks on the calling thread: measured faster on a shared, loaded
    /// 2-core machine (docs/benchmarks.md). More copies records into batches checked on other threads.
    /// </summary>
    public int Parallelism { get; init; } = 1;

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

        var header = reader.GetRecord();
        sink.Row = 1;
        sink.Line = 1;
        var fieldByColumn = HeaderCheck.Map(_schema, _schemaName, header, sink);
        if (fieldByColumn.All(f => f < 0))
        {
            var kind = Import.ScdlSubsidyImporter.Detect(header);
            report.Notes.Add(kind switch
            {
                Import.ScdlFileKind.SubventionsV1 => "aucune colonne ne correspond au schéma : c'est l'ancien format SCDL subventions 1.x (import possible, validation impossible)",
                Import.ScdlFileKind.Deliberations => "aucune colonne ne correspond au schéma : c'est un fichier SCDL délibérations",
                Import.ScdlFileKind.SubventionsV2 => "aucune colonne ne correspond exactement au schéma",
                _ => "aucune colonne ne correspond au schéma : ce n'est pas un fichier de ce format",
            });
        }
        var columnByField = Enumerable.Repeat(-1, _schema.Fields.Count).ToArray();
        for (var j = 0; j < fieldByColumn.Length; j++)
        {
            if (fieldByColumn[j] >= 0)
            {
                columnByField[fieldByColumn[j]] = j;
            }
        }

        var layout = new Layout(header, fieldByColumn, columnByField);
        RowChecks.Build(_schema, _schema.CustomChecks.Concat(_extraChecks), report.Notes);
        long firstWindows1252 = reader.Encoding == RecordEncoding.Windows1252 ? 1 : 0;
        var sequential = Parallelism <= 1 || _schema.Fields.Any(f => f.Constraints.Unique);
        if (sequential)
        {
            var checker = new RowChecker(this, layout, new ReaderView(reader));
            while (reader.Read())
            {
                report.Rows++;
                if (firstWindows1252 == 0 && reader.Encoding == RecordEncoding.Windows1252)
                {
                    firstWindows1252 = reader.RecordNumber;
                }

                sink.Row = reader.RecordNumber;
                sink.Line = reader.LineNumber;
                checker.Check(reader.IsMalformed, reader.IsBlank, sink);
            }
        }
        else
        {
            firstWindows1252 = ValidateInParallel(reader, layout, report, firstWindows1252);
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

    private long ValidateInParallel(CsvReader reader, Layout layout, ValidationReport report, long firstWindows1252)
    {
        var workers = Math.Clamp(Parallelism, 2, 8);
        var free = new ConcurrentBag<RecordBatch>();
        using var slots = new SemaphoreSlim(workers * 3);
        var queue = Channel.CreateUnbounded<RecordBatch>(new UnboundedChannelOptions { SingleWriter = true });
        var done = new ConcurrentDictionary<long, RecordBatch>();
        using var completed = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var view = new BatchView();
            var checker = new RowChecker(this, layout, view);
            await foreach (var batch in queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                var sink = new ErrorSink(MaxErrors);
                view.Batch = batch;
                for (var i = 0; i < batch.Count; i++)
                {
                    view.Index = i;
                    sink.Row = batch.RecordNumbers[i];
                    sink.Line = batch.Lines[i];
                    checker.Check(batch.Malformed[i], batch.Blank[i], sink);
                }

                batch.Errors = sink.Buffer;
                batch.ErrorCount = sink.Count;
                done[batch.Sequence] = batch;
                completed.Release();
            }
        })).ToArray();

        long sequence = 0;
        long merged = 0;
        void Merge()
        {
            while (done.TryRemove(merged, out var batch))
            {
                report.AddRange(batch.Errors!, batch.ErrorCount);
                batch.Errors = null;
                merged++;
                free.Add(batch);
                slots.Release();
            }
        }

        try
        {
            RecordBatch? current = null;
            while (reader.Read())
            {
                report.Rows++;
                if (firstWindows1252 == 0 && reader.Encoding == RecordEncoding.Windows1252)
                {
                    firstWindows1252 = reader.RecordNumber;
                }

                if (current is null)
                {
                    while (!slots.Wait(0))
                    {
                        completed.Wait(50);
                        Merge();
                        if (tasks.Any(t => t.IsFaulted))
                        {
                            queue.Writer.TryComplete();
                            Task.WaitAll(tasks);
                        }
                    }

                    current = free.TryTake(out var recycled) ? recycled : new RecordBatch();
                    current.Reset(sequence++);
                }

                current.Add(reader);
                if (current.Count == BatchRecords)
                {
                    queue.Writer.TryWrite(current);
                    current = null;
                    Merge();
                }
            }

            if (current is not null)
            {
                queue.Writer.TryWrite(current);
            }
        }
        finally
        {
            queue.Writer.TryComplete();
            Task.WaitAll(tasks);
        }

        Merge();
        return firstWindows1252;
    }

    /// <summary>The header and how its columns map to schema fields.</summary>
    private sealed record Layout(string[] Header, int[] FieldByColumn, int[] ColumnByField);

    /// <summary>Checks one record at a time; one instance per thread (the cell checks keep no shared state).</summary>
    private sealed class RowChecker
    {
        private readonly TableSchema _schema;
        private readonly Layout _layout;
        private readonly RecordView _record;
        private readonly CellCheck[] _checks;
        private readonly bool[] _typeOk;
        private readonly RowContext _row;
        private readonly List<IRowCheck> _rowChecks;

        public RowChecker(TableValidator validator, Layout layout, RecordView record)
        {
            _schema = validator._schema;
            _layout = layout;
            _record = record;
            _checks = [.. _schema.Fields.Select(f => new CellCheck(f, _schema.MissingValues))];
            _typeOk = new bool[_schema.Fields.Count];
            _row = new RowContext(record, layout.ColumnByField, _typeOk);
            _rowChecks = RowChecks.Build(_schema, _schema.CustomChecks.Concat(validator._extraChecks), null);
        }

        public void Check(bool malformed, bool blank, ErrorSink sink)
        {
            if (malformed)
            {
                sink.Add(null, null, null, "malformed-quote",
                    "guillemets mal fermés : du texte suit un guillemet fermant, ou un guillemet n'est jamais fermé");
            }

            if (blank)
            {
                sink.Add(null, null, null, "blank-row", "ligne vide");
                return;
            }

            var width = _layout.Header.Length;
            var count = _record.FieldCount;
            for (var j = width; j < count; j++)
            {
                sink.Add(j + 1, null, _record.GetString(j), "extra-cell",
                    $"cellule en trop : la ligne a {count} cellules pour {width} colonnes d'en-tête");
            }

            Array.Clear(_typeOk);
            var shown = Math.Min(count, width);
            var fieldByColumn = _layout.FieldByColumn;
            for (var j = 0; j < shown; j++)
            {
                var f = fieldByColumn[j];
                if (f < 0)
                {
                    continue;
                }

                sink.Column = j + 1;
                _typeOk[f] = _checks[f].Check(_record[j], sink);
            }

            for (var j = count; j < width; j++)
            {
                var f = fieldByColumn[j];
                sink.Add(j + 1, f >= 0 ? _schema.Fields[f].Name : _layout.Header[j], null, "missing-cell",
                    $"cellule manquante : la ligne a {count} cellules pour {width} colonnes d'en-tête");
            }

            foreach (var check in _rowChecks)
            {
                check.Check(_row, sink);
            }
        }
    }

    /// <summary>Records copied out of the reader's buffer, to be checked on another thread.</summary>
    private sealed class RecordBatch
    {
        public char[] Chars = new char[1 << 20];
        public int CharCount;
        public int[] Starts = new int[BatchRecords * 16];
        public int[] Lengths = new int[BatchRecords * 16];
        public int CellCount;
        public readonly int[] FirstCell = new int[BatchRecords];
        public readonly int[] CellsInRecord = new int[BatchRecords];
        public readonly long[] RecordNumbers = new long[BatchRecords];
        public readonly long[] Lines = new long[BatchRecords];
        public readonly bool[] Malformed = new bool[BatchRecords];
        public readonly bool[] Blank = new bool[BatchRecords];
        public int Count;
        public long Sequence;
        public List<ValidationError>? Errors;
        public long ErrorCount;

        public void Reset(long sequence)
        {
            Sequence = sequence;
            Count = 0;
            CharCount = 0;
            CellCount = 0;
            Errors = null;
            ErrorCount = 0;
        }

        public void Add(CsvReader reader)
        {
            var n = reader.FieldCount;
            if (CellCount + n > Starts.Length)
            {
                var size = Math.Max(Starts.Length * 2, CellCount + n);
                Array.Resize(ref Starts, size);
                Array.Resize(ref Lengths, size);
            }

            FirstCell[Count] = CellCount;
            CellsInRecord[Count] = n;
            RecordNumbers[Count] = reader.RecordNumber;
            Lines[Count] = reader.LineNumber;
            Malformed[Count] = reader.IsMalformed;
            Blank[Count] = reader.IsBlank;
            for (var i = 0; i < n; i++)
            {
                var cell = reader[i];
                if (CharCount + cell.Length > Chars.Length)
                {
                    Array.Resize(ref Chars, Math.Max(Chars.Length * 2, CharCount + cell.Length));
                }

                cell.CopyTo(Chars.AsSpan(CharCount));
                Starts[CellCount] = CharCount;
                Lengths[CellCount] = cell.Length;
                CharCount += cell.Length;
                CellCount++;
            }

            Count++;
        }
    }

    private sealed class BatchView : RecordView
    {
        public RecordBatch Batch { get; set; } = null!;
        public int Index { get; set; }

        public override int FieldCount => Batch.CellsInRecord[Index];

        public override ReadOnlySpan<char> this[int index]
        {
            get
            {
                var cell = Batch.FirstCell[Index] + index;
                return Batch.Chars.AsSpan(Batch.Starts[cell], Batch.Lengths[cell]);
            }
        }
    }
}
