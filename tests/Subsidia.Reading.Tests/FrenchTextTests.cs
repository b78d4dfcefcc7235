using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Tests;

public class FrenchTextTests
{
    [Fact]
    public void CollapseSpaces_AgreesWithThePattern_OnEveryShortText()
    {
        char[] alphabet = ['a', ' ', '\n', '\t', '\u00A0', '\u2028', '.'];
        var texts = new List<string> { "" };
        var frontier = new List<string> { "" };
        for (var length = 1; length <= 6; length++)
        {
            frontier = frontier.SelectMany(t => alphabet.Select(c => t + c)).ToList();
            texts.AddRange(frontier);
        }

        var disagreements = texts.Where(t => FrenchText.CollapseSpaces(t) != Regex.Replace(t, @"\s+", " ")).Take(5).ToList();

        Assert.Empty(disagreements);
    }

    [Fact]
    public void CollapseSpaces_ReturnsTheSameString_WhenNothingChanges()
    {
        const string text = "Jean DUPONT, Marie MARTIN";
        Assert.Same(text, FrenchText.CollapseSpaces(text));
        Assert.Equal("a b c", FrenchText.CollapseSpaces("a \n b\t\tc"));
    }

    [Theory]
    [InlineData("12 mars 2012 à 18h00", "2012-03-12")]
    [InlineData("mardi 1er mai 2012", "2012-05-01")]
    [InlineData("  09/05/2012 suite", "2012-05-09")]
    [InlineData("2012-05-09", "2012-05-09")]
    [InlineData("31 février 2012", null)]
    [InlineData("le 9 mai 2012", null)]
    public void LeadingDate_ReadsOnlyADateAtTheStart(string text, string? expected) =>
        Assert.Equal(expected, FrenchText.LeadingDate(text) is { } d ? FrenchText.Format(d) : null);

    [Theory]
    [InlineData("18h00 dans la salle", "18:00")]
    [InlineData("vingt heures trente, la séance", "20:30")]
    [InlineData("la séance à 18h00", null)]
    public void LeadingTime_ReadsOnlyATimeAtTheStart(string text, string? expected) =>
        Assert.Equal(expected, FrenchText.LeadingTime(text) is { } t ? FrenchText.Format(t) : null);

    [Fact]
    public void Fold_IsLowerCaseWithoutAccents_AsDecomposingTheWholeText()
    {
        static string Decomposed(string text) => new(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(char.ToLowerInvariant).ToArray());

        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Append("Ǆ Æ Œ ß ﬁ Å e\u0301 1ᵉʳ « 15\u00A0000 € » – ’ \u2000 ℃ 한")
            .Append(new string(Enumerable.Range(0x80, 0x2100 - 0x80).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToArray()));
        foreach (var text in texts)
        {
            Assert.Equal(Decomposed(text), FrenchText.Fold(text));
        }

        Assert.Equal("deleguees presentes : m. cœur", FrenchText.Fold("DÉLÉGUÉES présentes : M. CŒUR"));
    }
}
