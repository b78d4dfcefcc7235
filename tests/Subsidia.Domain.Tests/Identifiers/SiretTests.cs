using Subsidia.Domain.Identifiers;

namespace Subsidia.Domain.Tests.Identifiers;

public class SiretTests
{
    [Theory]
    [InlineData("21310458100011")] // Commune de Roques (corpus)
    [InlineData("24310063300011")] // CA du SICOVAL (corpus)
    [InlineData("356 000 000 00048")] // La Poste head office: ordinary Luhn
    [InlineData("35600000012346")] // La Poste establishment: digit sum 30, a multiple of 5
    public void TryParse_ValidSirets_AreAccepted(string text)
    {
        Assert.True(Siret.TryParse(text, out var siret, out var error), error);
        Assert.Equal(14, siret.Value.Length);
    }

    [Theory]
    [InlineData("21310458100012", "clé de contrôle")]
    [InlineData("2131045810001", "13 chiffres")]
    [InlineData("2,43E+13", "tableur")]
    [InlineData("21860194600000.0", "tableur")]
    [InlineData("2131045810001A", "chiffres")]
    [InlineData("", "vide")]
    public void TryParse_InvalidSirets_SayWhy(string text, string reason)
    {
        Assert.False(Siret.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rna_RequiresWAndNineDigits()
    {
        Assert.True(Rna.IsValid("W251001234"));
        Assert.False(Rna.IsValid("W25100123"));
        Assert.False(Rna.IsValid("251001234X"));
    }
}
