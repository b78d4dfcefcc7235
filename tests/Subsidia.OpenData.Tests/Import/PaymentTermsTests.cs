using Subsidia.OpenData.Import;

namespace Subsidia.OpenData.Tests.Import;

public class PaymentTermsTests
{
    [Theory]
    [InlineData("50%-50%", new[] { 0.5, 0.5 })]
    [InlineData("70/30", new[] { 0.7, 0.3 })]
    [InlineData("50/50", new[] { 0.5, 0.5 })]
    [InlineData("30 % / 70 %", new[] { 0.3, 0.7 })]
    [InlineData("40-30-30", new[] { 0.4, 0.3, 0.3 })]
    [InlineData("1/2-1/2", new[] { 0.5, 0.5 })]
    public void CompactSchedules(string text, double[] shares)
    {
        var terms = PaymentTermsParser.Parse(text);

        Assert.Equal(PaymentKind.Instalments, terms.Kind);
        Assert.Equal(shares.Select(s => (decimal)s).ToArray(), terms.Shares);
    }

    [Fact]
    public void Thirds_SumExactlyToOne()
    {
        var terms = PaymentTermsParser.Parse("1/3-1/3-1/3");

        Assert.Equal(PaymentKind.Instalments, terms.Kind);
        Assert.Equal(3, terms.Shares.Count);
        Assert.Equal(1m, terms.Shares.Sum());
        Assert.Equal(0.3333m, terms.Shares[0]);
    }

    [Theory]
    [InlineData("unique", PaymentKind.OnePayment)]
    [InlineData("Unique", PaymentKind.OnePayment)]
    [InlineData("échelonné", PaymentKind.Instalments)]
    [InlineData("Echelonné", PaymentKind.Instalments)]
    [InlineData("", PaymentKind.Unknown)]
    [InlineData("selon l'avancement du projet", PaymentKind.Other)]
    public void Keywords(string text, PaymentKind kind) => Assert.Equal(kind, PaymentTermsParser.Parse(text).Kind);

    [Fact]
    public void Prose_PercentagesAddingUpTo100()
    {
        var terms = PaymentTermsParser.Parse("une avance de 50 % dès la notification ; un acompte de 40 % fin 2017 ; le solde soit 10 % début 2018");

        Assert.Equal([0.5m, 0.4m, 0.1m], terms.Shares);
    }

    [Fact]
    public void Prose_CeilingsAreNotAShare_KeptAsText()
    {
        var text = "une avance unique peut être versée jusqu'à hauteur de 5 % ; le solde doit être supérieur ou égal à 10% du montant";
        var terms = PaymentTermsParser.Parse(text);

        Assert.Equal(PaymentKind.Instalments, terms.Kind);
        Assert.Empty(terms.Shares);
        Assert.Equal(text, terms.Text);
    }

    [Theory]
    [InlineData("26 956,00", "26956.00")]
    [InlineData("100000.0", "100000.0")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("100 000,00 €", "100000.00")]
    [InlineData("12\u202F500", "12500")]
    public void Amounts(string text, string expected)
    {
        Assert.True(FrenchValues.TryParseAmount(text, out var amount, out _));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("2,43E+13")]
    [InlineData("abc")]
    [InlineData("")]
    public void Amounts_Refused(string text) => Assert.False(FrenchValues.TryParseAmount(text, out _, out _));
}
