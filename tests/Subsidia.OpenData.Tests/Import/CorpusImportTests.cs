using System.Text;
using System.Text.Json;
using Subsidia.OpenData.Import;

namespace Subsidia.OpenData.Tests.Import;

/// <summary>The four published SCDL subventions files of the corpus, with the counts and totals established by hand.</summary>
public class CorpusImportTests
{
    [Theory]
    [InlineData(Fixture.Poitiers, ScdlFileKind.SubventionsV1, 562, "11548359.23")]
    [InlineData(Fixture.Somme, ScdlFileKind.SubventionsV2, 41, "3201952.64")]
    [InlineData(Fixture.HauteGaronne, ScdlFileKind.SubventionsV2, 69, "357558.85")]
    [InlineData(Fixture.Toulouse, ScdlFileKind.SubventionsV2, 396, "88789356.48")]
    public void DryRun_RowCountAndTotal(string file, ScdlFileKind kind, int rows, string total)
    {
        var plan = new ImportPlan();
        var result = plan.AddFile(Fixture.Path(file));

        var summary = plan.Summary();
        Assert.Equal(kind, result.Kind);
        Assert.Equal(1, summary.Documents);
        Assert.Equal(rows, summary.Rows);
        Assert.Equal(0, summary.RowsRejected);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), summary.Total);
        Assert.Equal(rows, result.Grants.Count);
    }

    [Fact]
    public void DryRun_AllFourFiles_ContractJson()
    {
        var plan = new ImportPlan();
        foreach (var f in new[] { Fixture.Poitiers, Fixture.Somme, Fixture.HauteGaronne, Fixture.Toulouse })
        {
            plan.AddFile(Fixture.Path(f));
        }

        using var doc = JsonDocument.Parse(plan.Summary().ToJson());
        var root = doc.RootElement;
        Assert.Equal(["documents", "rows", "rowsRejected", "total", "issues"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(4, root.GetProperty("documents").GetInt32());
        Assert.Equal(562 + 41 + 69 + 396, root.GetProperty("rows").GetInt32());
        Assert.Equal(0, root.GetProperty("rowsRejected").GetInt32());
        Assert.Equal(103897227.20m, root.GetProperty("total").GetDecimal());
        var issue = root.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("column").GetString() == "ATTRIB_SIRET");
        Assert.Equal(["file", "row", "column", "value", "reason"], issue.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(Fixture.Poitiers, issue.GetProperty("file").GetString());
        Assert.Equal(2, issue.GetProperty("row").GetInt32());
        Assert.Equal("45032466000000.0", issue.GetProperty("value").GetString());
    }

    [Fact]
    public void Poitiers_EveryFloatSiretIsReported_NeverRepaired()
    {
        var result = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.Poitiers));

        Assert.All(result.Grants, g => Assert.Null(g.AttributorSiret));
        Assert.All(result.Grants, g => Assert.Null(g.BeneficiarySiret));
        Assert.Equal(562, result.Issues.Count(i => i.Column == "COLL_SIRET" && i.Value == "21860194600000.0" && i.Reason.Contains("irrécupérable", StringComparison.Ordinal)));
        Assert.Equal(562, result.Issues.Count(i => i.Column == "ATTRIB_SIRET" && i.Value!.EndsWith(".0", StringComparison.Ordinal)));
        Assert.Equal(new DateOnly(2016, 12, 5), result.Grants.Min(g => g.DecisionDate));
        Assert.Equal(new DateOnly(2017, 12, 11), result.Grants.Max(g => g.DecisionDate));
        Assert.All(result.Grants, g => Assert.Equal(2017, g.Year));
    }

    [Fact]
    public void Toulouse_ScientificNotationSiretsAreUnrecoverable()
    {
        var result = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.Toulouse));

        Assert.Equal(396, result.Issues.Count(i => i.Column == "idAttribuant" && i.Value == "2,43E+13"));
        var damagedBeneficiaries = result.Grants.Count(g => g.BeneficiarySiret is null)
            - result.Issues.Count(i => i.Column == "idBeneficiaire" && i.Reason.Contains("ni SIRET ni RNA", StringComparison.Ordinal));
        Assert.Equal(386, damagedBeneficiaries);
        Assert.Equal(386, result.Issues.Count(i => i.Column == "idBeneficiaire" && i.Value is not null && i.Value.Contains("E+", StringComparison.Ordinal)));
        Assert.All(result.Grants, g => Assert.Null(g.BeneficiarySiret));
        Assert.Equal(273, result.Grants.Count(g => g.Conditions.Kind == PaymentKind.OnePayment));
        Assert.Equal(123, result.Grants.Count(g => g.Conditions.Kind == PaymentKind.Instalments));
        Assert.Equal(396, result.Issues.Count(i => i.Column == "dateConvention"));
        var first = result.Grants[0];
        Assert.Equal(840690.0m, first.Amount);
        Assert.Equal(new DateOnly(2022, 12, 6), first.PaymentFrom);
        Assert.True(result.Text!.Utf8Bom);
    }

    [Fact]
    public void Somme_Windows1252Body_SpacesAndCommasInAmounts_ProsePayment()
    {
        var result = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.Somme));

        var first = result.Grants[0];
        Assert.Equal("Département de la Somme", first.AttributorName);
        Assert.Equal("22800001400016", first.AttributorSiret);
        Assert.Equal(26956.00m, first.Amount);
        Assert.Equal(new DateOnly(2017, 9, 8), first.ConventionDate);
        Assert.Equal("6.2", first.DecisionReference);
        Assert.Equal(new DateOnly(2017, 9, 8), first.PaymentFrom);
        Assert.Equal(new DateOnly(2021, 9, 7), first.PaymentTo);
        Assert.Equal(1m, first.Share);
        Assert.Equal("35600000000048", result.Grants[1].BeneficiarySiret); // La Poste
        var staged = Assert.Single(result.Grants, g => g.Conditions.Shares.Count == 3);
        Assert.Equal([0.5m, 0.4m, 0.1m], staged.Conditions.Shares);
        Assert.True(result.Text!.IsMixed || result.Text.Utf8Bom);
        Assert.Contains(result.Issues, i => i.Reason.StartsWith("encodage", StringComparison.Ordinal));
    }

    [Fact]
    public void HauteGaronne_TwoAttributors_ConditionsCounted()
    {
        var result = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.HauteGaronne));

        Assert.Equal(40, result.Grants.Count(g => g.AttributorSiret == "21310458100011" && g.AttributorName == "COMMUNE DE ROQUES"));
        Assert.Equal(29, result.Grants.Count(g => g.AttributorSiret == "24310063300011"));
        Assert.Equal(59, result.Grants.Count(g => g.Conditions.Kind == PaymentKind.OnePayment));
        Assert.Equal(6, result.Grants.Count(g => g.Conditions.Kind == PaymentKind.Instalments));
        Assert.Equal(4, result.Grants.Count(g => g.Conditions.Kind == PaymentKind.Unknown));
        var unnamed = Assert.Single(result.Grants, g => g.BeneficiaryName is null);
        Assert.Equal(6000m, unnamed.Amount);
        Assert.Contains(result.Issues, i => i.Row == unnamed.Row && i.Column == "nomBeneficiaire");
        Assert.Equal("DELIB 06FIN du 13-04-2017", result.Grants[0].DecisionReference);
    }

    [Fact]
    public void EtalabExample_DecimalCommaUnderscorePeriodAndPercentOn100()
    {
        var result = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.Etalab));

        Assert.Equal([22000.80m, 5500.20m], result.Grants.Select(g => g.Amount).ToArray());
        Assert.Equal([0.8m, 0.2m], result.Grants.Select(g => g.Share!.Value).ToArray());
        Assert.All(result.Grants, g => Assert.Equal("aide en numéraire;aide en nature", g.Nature));
        Assert.All(result.Grants, g => Assert.Equal(new DateOnly(2018, 12, 14), g.PaymentTo));
        Assert.Equal("81223113200026", result.Grants[0].BeneficiarySiret);
        Assert.Contains(result.Issues, i => i.Row == 3 && i.Column == "idBeneficiaire" && i.Value == "67895644300011");
    }

    [Fact]
    public void ImportingTwice_GivesTheSameKeys()
    {
        var first = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.HauteGaronne)).Grants.Select(g => g.StableKey).ToList();
        var second = ScdlSubsidyImporter.Import(Fixture.Path(Fixture.HauteGaronne)).Grants.Select(g => g.StableKey).ToList();

        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 60);
    }

    [Fact]
    public void ContentDetection()
    {
        Assert.True(ScdlSubsidyImporter.IsScdlSubventions(Fixture.Path(Fixture.Toulouse)));
        Assert.True(ScdlSubsidyImporter.IsScdlSubventions(Fixture.Path(Fixture.Poitiers)));
        Assert.True(ScdlSubsidyImporter.IsScdlSubventions(Fixture.Path(Fixture.Etalab)));
        Assert.Equal(ScdlFileKind.Deliberations, ScdlSubsidyImporter.Detect(["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_OBJET"]));
        Assert.Equal(ScdlFileKind.None, ScdlSubsidyImporter.Detect(["nom", "prénom", "montant"]));
        var text = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(text, "Délibération n°12\nLe conseil, après en avoir délibéré…\n", Encoding.UTF8);
            Assert.False(ScdlSubsidyImporter.IsScdlSubventions(text));
        }
        finally
        {
            File.Delete(text);
        }
    }

    [Fact]
    public void RowWithUnreadableAmount_IsRejectedWithRowAndColumn()
    {
        var csv = "nomAttribuant;idAttribuant;nomBeneficiaire;montant\nVille;21860194600013;Club;1,5E+05\nVille;21860194600013;Club;\"1 200,50 €\"\n";
        var result = ScdlSubsidyImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "x.csv");

        Assert.Equal(2, result.RowsRead);
        Assert.Equal(1, result.RowsRejected);
        var issue = Assert.Single(result.Issues, i => i.Reason.StartsWith("ligne rejetée", StringComparison.Ordinal));
        Assert.Equal(2, issue.Row);
        Assert.Equal("montant", issue.Column);
        Assert.Equal("1,5E+05", issue.Value);
        Assert.Equal(1200.50m, result.Total);
    }
}
