using System.Text;
using Subsidia.OpenData.Validation;

namespace Subsidia.OpenData.Tests.Validation;

/// <summary>Table Schema types and constraints beyond those the SCDL schemas use.</summary>
public class TableSchemaTypesTests
{
    private const string Schema = """
        {
          "name": "essai",
          "missingValues": ["", "NA"],
          "fields": [
            { "name": "id", "type": "integer", "constraints": { "required": true, "unique": true, "minimum": 1 } },
            { "name": "actif", "type": "boolean" },
            { "name": "annee", "type": "year", "constraints": { "maximum": 2030 } },
            { "name": "code", "type": "string", "constraints": { "enum": ["A", "B"], "minLength": 1 } },
            { "name": "mel", "type": "string", "format": "email" },
            { "name": "quand", "type": "datetime" },
            { "name": "jour", "type": "date", "format": "%d/%m/%Y" },
            { "name": "taux", "type": "number", "decimalChar": ",", "constraints": { "maximum": 100 } },
            { "name": "duree", "type": "duration" },
            { "name": "lieu", "type": "geopoint" }
          ]
        }
        """;

    private static ValidationReport Validate(string rows)
    {
        var csv = "id,actif,annee,code,mel,quand,jour,taux,duree,lieu\n" + rows;
        return new TableValidator(TableSchema.Parse(Schema)).Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    [Fact]
    public void ValidRow_WithMissingValueMarker()
    {
        var report = Validate("1,true,2024,A,a@b.fr,2024-12-05T18:02:00Z,05/12/2024,\"12,5\",P1DT2H,\"6.02, 47.24\"\n2,NA,NA,B,,,,,,\n");

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void EachBrokenCell_NamesItsRule()
    {
        var report = Validate("0,oui,99,C,pas-une-adresse,2024-12-05,2024-12-05,\"120,0\",1 jour,\"200, 47\"\n0,,,,,,,,,\n");

        string[] expected =
        [
            "minimum:id", "type-error:actif", "type-error:annee", "enum:code", "type-error:mel", "type-error:quand",
            "type-error:jour", "maximum:taux", "type-error:duree", "type-error:lieu",
        ];
        Assert.Equal(expected, report.Errors.Where(e => e.Row == 2).Select(e => $"{e.Rule}:{e.Field}").ToArray());
        Assert.Contains(report.Errors, e => e.Row == 3 && e.Rule == "unique" && e.Field == "id");
        Assert.Contains(report.Errors, e => e.Row == 3 && e.Rule == "minimum" && e.Field == "id");
    }

    [Fact]
    public void RowShape_ExtraAndMissingCellsAndBlankRows()
    {
        var report = Validate("1,true,2024,A,,,,,,,surplus\n\n2,true\n");

        Assert.Contains(report.Errors, e => e.Row == 2 && e.Rule == "extra-cell" && e.Column == 11 && e.Value == "surplus");
        Assert.Contains(report.Errors, e => e.Row == 3 && e.Rule == "blank-row");
        Assert.Equal(8, report.Errors.Count(e => e.Row == 4 && e.Rule == "missing-cell"));
    }

    [Fact]
    public void ErrorsBeyondTheCap_AreCountedNotKept()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(_ => "x,,,A,,,,,,\n"));
        var csv = "id,actif,annee,code,mel,quand,jour,taux,duree,lieu\n" + rows;

        var report = new TableValidator(TableSchema.Parse(Schema), maxErrors: 10).Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(50, report.ErrorCount);
        Assert.Equal(10, report.Errors.Count);
        Assert.True(report.Truncated);
    }
}
