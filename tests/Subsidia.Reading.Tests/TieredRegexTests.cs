using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Tests;

/// <summary>A pattern runs interpreted first, compiled once hot, and matches the same text in both forms.</summary>
public class TieredRegexTests
{
    [Fact]
    public void IsCompiledAfterItsThreshold_AndMatchesTheSame()
    {
        var pattern = new TieredRegex(@"[ée]taient\s+pr[ée]sents?\s*:\s*(?<n>\d+)", RegexOptions.IgnoreCase);
        const string text = "Conseillers en exercice : 80. ETAIENT PRÉSENTS : 57, puis étaient présents : 61.";
        Assert.False(pattern.IsCompiled);

        var before = pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        for (var i = 1; i < TieredRegex.CompileAfter - 1; i++)
        {
            Assert.True(pattern.IsMatch(text));
        }

        Assert.False(pattern.IsCompiled);
        Assert.Equal("57", pattern.Match(text).Groups["n"].Value);
        Assert.True(pattern.IsCompiled);

        var after = pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        Assert.Equal(2, after.Count);
        Assert.Equal(before, after);
        Assert.Equal("61", pattern.Match(text, after[0].Index + 1).Groups["n"].Value);
        Assert.False(pattern.Match(text, 0, after[0].Index).Success);
    }

    [Fact]
    public void IgnoresCaseTheSameWayUnderAnyCulture()
    {
        // Under a Turkish culture "I" is the capital of dotless "ı": a culture-bound pattern would miss "direction".
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            var pattern = new TieredRegex("DIRECTION", RegexOptions.IgnoreCase);
            for (var i = 0; i < TieredRegex.CompileAfter + 1; i++)
            {
                Assert.True(pattern.IsMatch("direction des sports"));
            }

            Assert.True(pattern.IsCompiled);
            Assert.Equal("x des sports", pattern.Replace("direction des sports", "x"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
