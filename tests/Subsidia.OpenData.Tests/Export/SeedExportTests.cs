using System.Text;
using Subsidia.Data.Demo;
using Subsidia.Domain.Assemblies;
using Subsidia.OpenData.Export;
using Subsidia.OpenData.Import;
using Subsidia.OpenData.Text;
using Subsidia.OpenData.Validation;

namespace Subsidia.OpenData.Tests.Export;

/// <summary>The two seed acts exported to both SCDL files, then checked by the project's own validator.</summary>
public class SeedExportTests
{
    // Configuration value for the tests: the authority's SIRET is not in the seed documents (docs/formats.md says
    // it is configuration). This one has a valid Luhn key.
    private const string AuthoritySiret = "24250036100017";

    private static ScdlDeliberationRow RowFor(SeedCase seed)
    {
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);
        var item = seed.Sitting.Items.Single();
        var evaluation = engine.EvaluateItem(item);
        return new ScdlDeliberationRow
        {
            AuthorityName = seed.Authority.Name,
            AuthoritySiret = AuthoritySiret,
            DeliberationId = item.ActNumber!,
            Date = seed.Sitting.Date,
            MatterCode = item.Matter!,
            Purpose = item.Title,
            Vote = ScdlVote.FromTally(seed.Sitting.MembersInOffice, item.Recorded, evaluation.Roll?.Voters),
        };
    }

    private static (string Csv, ValidationReport Report) Export(IEnumerable<ScdlDeliberationRow> rows)
    {
        using var writer = new StringWriter();
        ScdlDeliberationsWriter.Write(writer, rows);
        var csv = writer.ToString();
        var report = TableValidator.ForSchema("scdl-deliberations").Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "deliberations.csv");
        return (csv, report);
    }

    private static Dictionary<string, string> Parse(string csv, string id)
    {
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        reader.Read();
        var header = reader.GetRecord();
        while (reader.Read())
        {
            var cells = reader.GetRecord();
            if (cells[2] == id)
            {
                return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
            }
        }

        throw new InvalidOperationException(id);
    }

    [Fact]
    public void Deliberations_BothSeedActs_PassTheValidator()
    {
        var (csv, report) = Export([RowFor(GrandBesanconSeeds.Council2012()), RowFor(GrandBesanconSeeds.Bureau2024())]);

        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Rows);
        Assert.StartsWith("COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Council2012_124Voters()
    {
        var (csv, _) = Export([RowFor(GrandBesanconSeeds.Council2012())]);
        var row = Parse(csv, "2012/001753");

        Assert.Equal("2012-05-09", row["DELIB_DATE"]);
        Assert.Equal("7.5", row["DELIB_MATIERE_CODE"]);
        Assert.Equal("finances locales/subventions", row["DELIB_MATIERE_NOM"]);
        Assert.Equal("140", row["VOTE_EFFECTIF"]);
        Assert.Equal("124", row["VOTE_REEL"]);
        Assert.Equal("124", row["VOTE_POUR"]);
        Assert.Equal("0", row["VOTE_CONTRE"]);
        Assert.Equal("0", row["VOTE_ABSTENTION"]);
    }

    [Fact]
    public void Bureau2024_TwoMembersNotTakingPart_StayOutsideVoteReel()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var (csv, report) = Export([RowFor(seed)]);
        var row = Parse(csv, "2024/2024.00385");

        Assert.Empty(report.Errors);
        Assert.Equal(2, seed.Sitting.Items.Single().Recorded.NotTakingPart);
        Assert.Equal("21", row["VOTE_POUR"]);
        Assert.Equal("21", row["VOTE_REEL"]);
        Assert.Equal("0", row["VOTE_ABSTENTION"]);
        Assert.Equal("33", row["VOTE_EFFECTIF"]);
        Assert.Equal(21 + 2, int.Parse(row["VOTE_REEL"], System.Globalization.CultureInfo.InvariantCulture) + seed.Sitting.Items.Single().Interests.Count);
    }

    [Fact]
    public void Bureau2024_AfterTheAcknowledgment_PrefectureColumnsAreFilled()
    {
        var ack = new Subsidia.OpenData.Actes.ActesAcknowledgment("025-242500361-20241205-2024_2024_00385-DE", new DateOnly(2024, 12, 9), null);
        var (csv, report) = Export([RowFor(GrandBesanconSeeds.Bureau2024()).WithAcknowledgment(ack, "25")]);
        var row = Parse(csv, "2024/2024.00385");

        Assert.Empty(report.Errors);
        Assert.Equal("PREF025", row["PREF_ID"]);
        Assert.Equal("2024-12-09", row["PREF_DATE"]);
    }

    [Fact]
    public void Deliberations_BadArithmetic_IsCaughtByTheValidator()
    {
        var bad = RowFor(GrandBesanconSeeds.Bureau2024()) with { Vote = new ScdlVote(33, 23, 21, 0, 0), PrefectureId = "PREF025", PrefectureDate = new DateOnly(2024, 12, 1) };
        var (_, report) = Export([bad]);

        Assert.Contains(report.Errors, e => e.Rule == "sum-columns-value" && e.Field == "VOTE_REEL");
        Assert.Contains(report.Errors, e => e.Rule == "compare-columns-value" && e.Field == "PREF_DATE");
    }

    [Fact]
    public void Deliberations_MatterNameMustMatchItsCode()
    {
        var csv = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL\n"
            + "Ville,24250036100017,D1,2024-01-10,7.5,urbanisme/documents d'urbanisme,Objet,2024,,,,10,9,9,0,0,\n"
            + "Ville,24250036100017,D2,2024-01-10,7.11,finances locales/divers,Objet,,,,,,,,,,\n"
            + "Ville,24250036100017,D3,2024-01-10,5.2,fonctionnement des assemblées,Objet,2024/2023,Budget principal,,,,,,,,pas une adresse\n";
        var report = TableValidator.ForSchema("scdl-deliberations").Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Contains(report.Errors, e => e.Row == 2 && e.Rule == "nomenclature-actes-value" && e.Field == "DELIB_MATIERE_NOM");
        Assert.Contains(report.Errors, e => e.Row == 2 && e.Rule == "cohesive-columns-value");
        Assert.Contains(report.Errors, e => e.Row == 3 && e.Rule == "nomenclature-actes-value" && e.Field == "DELIB_MATIERE_CODE");
        Assert.Contains(report.Errors, e => e.Row == 4 && e.Rule == "nomenclature-actes-value" && e.Value == "fonctionnement des assemblées");
        Assert.Contains(report.Errors, e => e.Row == 4 && e.Rule == "year-interval-value");
        Assert.Contains(report.Errors, e => e.Row == 4 && e.Rule == "type-error" && e.Field == "DELIB_URL");
    }

    // The seed documents give no beneficiary identifier: the RNA and SIRET below are placeholders with valid keys.
    private static ScdlSubventionRow[] SeedGrants() =>
    [
        new ScdlSubventionRow
        {
            AttributorName = "Communauté d'Agglomération du Grand Besançon",
            AttributorSiret = AuthoritySiret,
            ConventionDate = new DateOnly(2012, 5, 9),
            DecisionReference = "2012/001753",
            BeneficiaryName = "Pôle des Microtechniques",
            BeneficiaryRna = "W251000001",
            Purpose = "Soutien au fonctionnement pour l'année 2012, animation de la filière des microtechniques",
            Amount = 15000m,
            Conditions = PaymentKind.OnePayment,
            PaymentFrom = new DateOnly(2012, 6, 1),
        }.WithSchedule([new DateOnly(2012, 6, 1), new DateOnly(2012, 12, 1)]),
        new ScdlSubventionRow
        {
            AttributorName = "Grand Besançon Métropole",
            AttributorSiret = AuthoritySiret,
            ConventionDate = new DateOnly(2024, 12, 5),
            DecisionReference = "2024/2024.00385",
            BeneficiaryName = "Association CMQ MSI, \"Campus des Métiers\"",
            BeneficiarySiret = "35600000000048",
            Purpose = "Programme d'actions décembre 2024 - novembre 2025",
            Amount = 20000m,
            Nature = AidNature.Cash | AidNature.InKind,
            Conditions = PaymentKind.OnePayment,
            PaymentFrom = new DateOnly(2024, 12, 20),
            Share = 0.8m,
        },
    ];

    [Fact]
    public void Subventions_Scdl_PassesTheValidatorAndReimports()
    {
        using var writer = new StringWriter();
        ScdlSubventionsWriter.Write(writer, SeedGrants());
        var csv = writer.ToString();

        var report = TableValidator.ForSchema("scdl-subventions").Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        Assert.Empty(report.Errors);
        Assert.Contains(",15000.00,aide en numéraire,échelonné,2012-06-01/2012-12-01,,non,1,", csv, StringComparison.Ordinal);
        Assert.Contains("\"Association CMQ MSI, \"\"Campus des Métiers\"\"\"", csv, StringComparison.Ordinal);

        var back = ScdlSubsidyImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "export.csv");
        Assert.Equal(35000m, back.Total);
        Assert.Equal("Association CMQ MSI, \"Campus des Métiers\"", back.Grants[1].BeneficiaryName);
        Assert.Equal(0.8m, back.Grants[1].Share);
        Assert.Equal("aide en numéraire;aide en nature", back.Grants[1].Nature);
    }

    [Fact]
    public void Subventions_EtalabVariant_DecimalCommaUnderscorePercent()
    {
        using var writer = new StringWriter();
        ScdlSubventionsWriter.Write(writer, SeedGrants(), ScdlSubventionsVariant.Etalab);
        var lines = writer.ToString().Split("\r\n");

        Assert.Equal(string.Join(',', ScdlSubventionsWriter.EtalabColumns), lines[0]);
        Assert.EndsWith(",\"15000,00\",aide en numéraire,échelonné,2012-06-01_2012-12-01,,non,100", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"20000,00\",\"aide en numéraire,aide en nature\",unique,2024-12-20,,non,80", lines[2], StringComparison.Ordinal);
    }
}
