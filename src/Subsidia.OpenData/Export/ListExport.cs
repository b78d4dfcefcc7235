using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Subsidia.Domain.Common;

namespace Subsidia.OpenData.Export;

/// <summary>How a column's values are written.</summary>
public enum ColumnKind
{
    Text,
    /// <summary>A whole number.</summary>
    Count,
    /// <summary>Euros, two decimals.</summary>
    Amount,
    Date,
    /// <summary>"oui" / "non".</summary>
    YesNo,
}

public sealed record ListColumn(string Title, ColumnKind Kind = ColumnKind.Text);

/// <summary>
/// A list as users see it on screen (grants, obligations, acts…): titled columns and rows of values (string,
/// int, long, decimal, DateOnly, bool or null).
/// </summary>
public sealed record ListTable(string Name, IReadOnlyList<ListColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// CSV and XLSX exports of lists, for spreadsheets set to French: the CSV uses ";", decimal commas and
/// dd/MM/yyyy dates (write it with a UTF-8 BOM so Excel detects the encoding); the XLSX has typed cells (numbers,
/// real dates), a bold frozen header and an autofilter.
/// </summary>
public static class ListExport
{
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static void WriteCsv(TextWriter writer, ListTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        var csv = new CsvOutput(writer, ';');
        csv.Row(table.Columns.Select(c => c.Title));
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                csv.Cell(Text(i < row.Count ? row[i] : null, table.Columns[i].Kind));
            }

            csv.EndRow();
        }
    }

    /// <summary>The text of a value in French spreadsheet conventions.</summary>
    public static string? Text(object? value, ColumnKind kind) => value switch
    {
        null => null,
        DateOnly d => French.Date(d),
        DateTime dt => French.Date(DateOnly.FromDateTime(dt)),
        bool b => b ? "oui" : "non",
        decimal m when kind == ColumnKind.Amount => m.ToString("0.00", French.Culture),
        decimal m => m.ToString(French.Culture),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        double x => x.ToString(French.Culture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static void WriteXlsx(Stream output, ListTable table)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            header.Append(TextCell(Reference(i, 1), table.Columns[i].Title, HeaderStyle));
        }

        data.Append(header);
        uint r = 1;
        foreach (var values in table.Rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = Cell(Reference(i, r), i < values.Count ? values[i] : null, table.Columns[i].Kind);
                if (cell is not null)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var columns = new Columns();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var width = table.Columns[i].Kind switch
            {
                ColumnKind.Date => 12d,
                ColumnKind.Amount => 16d,
                ColumnKind.Count or ColumnKind.YesNo => 10d,
                _ => Math.Clamp(table.Columns[i].Title.Length + 4, 14, 60),
            };
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        var last = Reference(Math.Max(0, table.Columns.Count - 1), Math.Max(r, 1));
        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }),
            columns,
            data,
            new AutoFilter { Reference = $"A1:{last}" });
        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Name) }));
        workbook.Workbook.Save();
    }

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint AmountStyle = 3;
    private const uint IntegerStyle = 4;

    private static Cell? Cell(string reference, object? value, ColumnKind kind)
    {
        switch (value)
        {
            case null:
                return null;
            case DateOnly d:
                return Number(reference, (d.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);
            case DateTime dt:
                return Number(reference, (DateOnly.FromDateTime(dt).DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);
            case bool b:
                return TextCell(reference, b ? "oui" : "non", 0);
            case decimal m:
                return Number(reference, m.ToString(CultureInfo.InvariantCulture), kind == ColumnKind.Amount ? AmountStyle : 0);
            case int or long:
                return Number(reference, Convert.ToString(value, CultureInfo.InvariantCulture)!, IntegerStyle);
            case double x:
                return Number(reference, x.ToString("R", CultureInfo.InvariantCulture), kind == ColumnKind.Amount ? AmountStyle : 0);
            default:
                return TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0);
        }
    }

    private static Cell Number(string reference, string value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), DataType = CellValues.Number, StyleIndex = style };

    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    /// <summary>XML 1.0 cannot carry most control characters.</summary>
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]) : text;

    /// <summary>"A1", "B7", "AA12".</summary>
    internal static string Reference(int column, uint row)
    {
        var name = "";
        var n = column + 1;
        while (n > 0)
        {
            var m = (n - 1) % 26;
            name = (char)('A' + m) + name;
            n = (n - 1) / 26;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Excel sheet names: 31 characters at most, without : \ / ? * [ ].</summary>
    internal static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c)]).Trim();
        if (clean.Length == 0)
        {
            clean = "Liste";
        }

        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true })
        { Count = 5 });
}
