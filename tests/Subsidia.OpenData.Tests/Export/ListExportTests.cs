using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Subsidia.OpenData.Export;

namespace Subsidia.OpenData.Tests.Export;

public class ListExportTests
{
    private static ListTable Grants() => new(
        "Subventions 2024 / Bureau",
        [new("Bénéficiaire"), new("Montant", ColumnKind.Amount), new("Décidé le", ColumnKind.Date), new("Tranches", ColumnKind.Count), new("Notifiée UE", ColumnKind.YesNo)],
        [
            ["Association CMQ MSI; \"campus\"", 20000m, new DateOnly(2024, 12, 5), 1, false],
            ["Pôle des Microtechniques", 15000.5m, new DateOnly(2012, 5, 9), 2, null],
        ]);

    [Fact]
    public void Csv_FrenchSpreadsheetConventions()
    {
        using var writer = new StringWriter();
        ListExport.WriteCsv(writer, Grants());
        var lines = writer.ToString().Split("\r\n");

        Assert.Equal("Bénéficiaire;Montant;Décidé le;Tranches;Notifiée UE", lines[0]);
        Assert.Equal("\"Association CMQ MSI; \"\"campus\"\"\";20000,00;05/12/2024;1;non", lines[1]);
        Assert.Equal("Pôle des Microtechniques;15000,50;09/05/2012;2;", lines[2]);
    }

    [Fact]
    public void Xlsx_TypedCellsBoldFrozenHeader()
    {
        using var ms = new MemoryStream();
        ListExport.WriteXlsx(ms, Grants());
        ms.Position = 0;

        using var doc = SpreadsheetDocument.Open(ms, false);
        var workbook = doc.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        Assert.Equal("Subventions 2024   Bureau", sheet.Name!.Value);
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        Assert.Equal("Bénéficiaire", cells["A1"].InnerText);
        Assert.Equal(1u, cells["A1"].StyleIndex!.Value);
        Assert.Equal("Association CMQ MSI; \"campus\"", cells["A2"].InnerText);
        Assert.Equal("20000", cells["B2"].CellValue!.Text);
        Assert.Equal(CellValues.Number, cells["B2"].DataType!.Value);
        Assert.Equal(new DateTime(2024, 12, 5), DateTime.FromOADate(double.Parse(cells["C2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("15000.5", cells["B3"].CellValue!.Text);
        Assert.Equal("non", cells["E2"].InnerText);
        Assert.False(cells.ContainsKey("E3"));
        Assert.NotNull(workbook.WorksheetParts.Single().Worksheet.Descendants<Pane>().SingleOrDefault(p => p.State!.Value == PaneStateValues.Frozen));
    }
}
