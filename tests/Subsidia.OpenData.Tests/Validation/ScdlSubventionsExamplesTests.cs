using System.Text.Json;
using Subsidia.OpenData.Validation;

namespace Subsidia.OpenData.Tests.Validation;

/// <summary>The examples published with the SCDL subventions 2.1.1 schema.</summary>
public class ScdlSubventionsExamplesTests
{
    private static ValidationReport Validate(string fixture) =>
        TableValidator.ForSchema("scdl-subventions").Validate(Fixture.Path(fixture));

    private static ValidationError Single(ValidationReport report, string rule, long row, string? field = null) =>
        Assert.Single(report.Errors, e => e.Rule == rule && e.Row == row && (field is null || e.Field == field));

    [Fact]
    public void ValidExample_HasNoError()
    {
        var report = Validate(Fixture.Valid);

        Assert.Empty(report.Errors);
        Assert.True(report.Valid);
        Assert.Equal(29, report.Rows);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void CellErrors_BadSiretOfTheAttributor_OnEveryRow()
    {
        var report = Validate(Fixture.CellErrors);

        Assert.False(report.Valid);
        var siret = Single(report, "french-siret-value", 2, "idAttribuant");
        Assert.Equal("21860194600000", siret.Value);
        Assert.Equal(2, siret.Column);
        Assert.Contains("Luhn", siret.Message, StringComparison.Ordinal);
        Assert.Equal(29, report.Errors.Count(e => e.Rule == "french-siret-value" && e.Field == "idAttribuant"));
    }

    [Fact]
    public void CellErrors_UniqueAndStaggeredTogether_IsRejected()
    {
        var report = Validate(Fixture.CellErrors);

        var error = Single(report, "single-choice", 2, "conditionsVersement");
        Assert.Equal("unique;échelonné", error.Value);
        Assert.Equal(11, error.Column);
        Assert.Single(report.Errors, e => e.Rule == "single-choice");
    }

    [Fact]
    public void CellErrors_PercentageWrittenAs100_IsAboveTheMaximumOf1()
    {
        var report = Validate(Fixture.CellErrors);

        var error = Single(report, "maximum", 2, "pourcentageSubvention");
        Assert.Equal("100", error.Value);
        Assert.Contains("1.00", error.Message, StringComparison.Ordinal);
        Single(report, "maximum", 3, "pourcentageSubvention");
        var comma = Single(report, "type-error", 9, "pourcentageSubvention");
        Assert.Equal("0,5", comma.Value);
    }

    [Fact]
    public void CellErrors_EachDamagedCellIsReported()
    {
        var report = Validate(Fixture.CellErrors);

        Assert.Equal("05/12/2016", Single(report, "type-error", 5, "dateConvention").Value);
        Assert.Equal("W3222", Single(report, "pattern", 5, "rnaBeneficiaire").Value);
        Assert.Equal("32402138500000.0", Single(report, "french-siret-value", 6, "idBeneficiaire").Value);
        Assert.Equal("100000,1", Single(report, "type-error", 6, "montant").Value);
        Assert.Equal("no", Single(report, "type-error", 6, "notificationUE").Value);
        Assert.Equal("218601946", Single(report, "pattern", 7, "idAttribuant").Value);
        Assert.Equal("2017-06-27_2018-06-27", Single(report, "pattern", 8, "datesPeriodeVersement").Value);
        Assert.Equal("yes", Single(report, "type-error", 8, "notificationUE").Value);
        Single(report, "one-of-required", 9);
        Single(report, "required", 10, "montant");
        Assert.Equal("W12455", Single(report, "pattern", 12, "rnaBeneficiaire").Value);
        Single(report, "missing-label", 1, "dispositifAide");
    }

    [Fact]
    public void ColumnErrors_WrongOrderAndMisnamedColumn()
    {
        var report = Validate(Fixture.ColumnErrors);

        var order = report.Errors.Where(e => e.Rule == "label-order").ToList();
        Assert.Equal(["idAttribuant", "nomAttribuant"], order.Select(e => e.Field ?? "").ToArray());
        Assert.Equal([1, 2], order.Select(e => e.Column!.Value).ToArray());
        Assert.All(order, e => Assert.Equal(1, e.Row));

        var misnamed = Single(report, "incorrect-label", 1);
        Assert.Equal("NOM_Beneficiaire", misnamed.Value);
        Assert.Equal("nomBeneficiaire", misnamed.Field);
        Assert.Equal(5, misnamed.Column);

        // Columns are matched by name, so the cells are still checked under the right field.
        Assert.Equal("unique;échelonné", Single(report, "single-choice", 2, "conditionsVersement").Value);
        Assert.Equal("21860194600000", Single(report, "french-siret-value", 2, "idAttribuant").Value);
        Assert.Equal(1, Single(report, "french-siret-value", 2, "idAttribuant").Column);
    }

    [Fact]
    public void DuplicateColumn_NotificationUeTwice()
    {
        var report = Validate(Fixture.DuplicateColumn);

        var duplicate = Single(report, "duplicate-label", 1, "notificationUE");
        Assert.Equal(14, duplicate.Column);
        Assert.Contains("13 et 14", duplicate.Message, StringComparison.Ordinal);
        // The file is Latin-1: read correctly, but reported as not UTF-8.
        Assert.Contains(report.Errors, e => e.Rule == "encoding");
        Assert.DoesNotContain(report.Errors, e => e.Rule == "enum" && e.Field == "nature");
        Assert.DoesNotContain(report.Errors, e => e.Field == "notificationUE" && e.Rule == "required");
    }

    [Fact]
    public void CorpusFiles_AreInvalid_WithTheDamageNamed()
    {
        var poitiers = Validate(Fixture.Poitiers);
        Assert.Contains(poitiers.Notes, n => n.Contains("ancien format SCDL subventions 1.x", StringComparison.Ordinal));

        var toulouse = Validate(Fixture.Toulouse);
        Assert.Equal(396, toulouse.Errors.Count(e => e.Rule == "french-siret-value" && e.Field == "idAttribuant" && e.Value == "2,43E+13"));
        Assert.Equal(';', toulouse.Text!.Delimiter);

        var somme = Validate(Fixture.Somme);
        Assert.Contains(somme.Errors, e => e.Rule == "encoding");
        Assert.Equal("26 956,00", Single(somme, "type-error", 2, "montant").Value);
        Assert.Equal("2017/09/08", Single(somme, "type-error", 2, "dateConvention").Value);
    }

    [Fact]
    public void Command_ExitCodes()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.Equal(0, ValidateCommand.Run(Fixture.Path(Fixture.Valid), "scdl-subventions", "text", output, errors));
        Assert.Equal(1, ValidateCommand.Run(Fixture.Path(Fixture.CellErrors), "scdl-subventions", "text", output, errors));
        Assert.Equal(2, ValidateCommand.Run(Fixture.Path("absent.csv"), "scdl-subventions", "text", output, errors));
        Assert.Equal(2, ValidateCommand.Run(Fixture.Path(Fixture.Valid), "scdl-budget", "text", output, errors));
        Assert.Contains("ligne 2, colonne 11 (conditionsVersement)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Command_Json_RowColumnValueRule()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = ValidateCommand.Run(Fixture.Path(Fixture.CellErrors), "scdl-subventions", "json", output, errors);

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output.ToString());
        var root = doc.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(29, root.GetProperty("rows").GetInt32());
        var first = root.GetProperty("errors").EnumerateArray()
            .First(e => e.GetProperty("rule").GetString() == "single-choice");
        Assert.Equal(2, first.GetProperty("row").GetInt32());
        Assert.Equal(11, first.GetProperty("column").GetInt32());
        Assert.Equal("unique;échelonné", first.GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("message").GetString()));
    }
}
