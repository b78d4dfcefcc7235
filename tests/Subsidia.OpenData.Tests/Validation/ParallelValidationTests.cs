using System.Text;
using Subsidia.OpenData.Validation;

namespace Subsidia.OpenData.Tests.Validation;

public class ParallelValidationTests
{
    private static byte[] File(int rows)
    {
        var sb = new StringBuilder("nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide\n");
        for (var i = 0; i < rows; i++)
        {
            var share = i % 997 == 0 ? "100" : "1";
            var siret = i % 1499 == 0 ? "\"2,43E+13\"" : "52499120500013";
            var objet = i % 7 == 0 ? "\"Objet sur\ndeux lignes, avec virgule\"" : "Objet";
            sb.Append($"Ville,21060004500392,2024-01-10,D{i},Association {i},{siret},,{objet},25000.50,aide en numéraire,unique,2024-02-01,,non,{share},\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    [Fact]
    public void ManyBatches_SameErrorsInFileOrder_AsOnOneThread()
    {
        var bytes = File(20_000);
        var schema = TableSchema.Embedded("scdl-subventions");
        var extras = SchemaExtras.For("scdl-subventions");

        var one = new TableValidator(schema, "scdl-subventions", extras) { Parallelism = 1 }.Validate(new MemoryStream(bytes));
        var four = new TableValidator(schema, "scdl-subventions", extras) { Parallelism = 4 }.Validate(new MemoryStream(bytes));

        Assert.Equal(20_000, four.Rows);
        Assert.Equal(one.ErrorCount, four.ErrorCount);
        Assert.Equal(one.Errors, four.Errors);
        Assert.Equal(21 + 14, four.Errors.Count(e => e.Rule is "maximum" or "french-siret-value"));
        var last = four.Errors.Last(e => e.Rule == "maximum");
        Assert.Equal(19_940 + 2, last.Row);
        Assert.Equal(19_940 + 2 + (19_940 / 7) + 1, last.Line);
    }
}
