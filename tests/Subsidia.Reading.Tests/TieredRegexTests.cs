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

    [Fact]
    public void StartsFindTheSameMatchesAsThePlainSearch()
    {
        // "Délégués" and "DELEGUES" begin with "del" once folded; the lookbehind sees the text before the start.
        var pattern = new TieredRegex(@"(?<=(?:^|\n)\s*)D[ée]l[ée]gu[ée]s\s+pr[ée]sents|Membres\s+pr[ée]sents", RegexOptions.IgnoreCase)
        {
            Starts = ["del", "membres"],
        };
        const string text = "Délégués présents : A.\n  DELEGUES PRESENTS : B. Les délégués présents ne sont pas en tête. MEMBRES présents : C.";
        var plain = new Regex(pattern.ToString(), pattern.Options);
        for (var round = 0; round < TieredRegex.CompileAfter + 2; round++)
        {
            Assert.Equal(Spans(plain.Matches(text)), Spans(pattern.Matches(text)));
            Assert.Equal(plain.Match(text, 5).Index, pattern.Match(text, 5).Index);
        }

        Assert.Equal(3, pattern.Matches(text).Count);
        Assert.False(pattern.IsMatch("Conseillers présents : 12."));
        Assert.Throws<ArgumentException>(() => new TieredRegex("x") { Starts = ["Dél"] });
    }

    [Fact]
    public void FoldingKeepsEveryPosition()
    {
        const string text = "Étaient PRÉSENTS : Mme Françoise LŒUVRE, M. José NÚÑEZ – 1ᵉʳ";
        var folded = FrenchText.FoldSameLength(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.StartsWith("etaient presents : mme francoise lœuvre, m. jose nunez", folded, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every pattern of the reader, on every test document: where it has starts, the same matches as the plain
    /// search; where it has needles and a text has none of them, no match in that text.
    /// </summary>
    [Fact]
    public void EveryReaderPatternFindsWhatThePlainSearchFinds()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => FrenchText.Clean(File.ReadAllText(f)))
            .ToList();
        var patterns = ReaderPatterns().ToList();
        Assert.True(patterns.Count > 100, $"{patterns.Count} patterns found");
        Assert.Contains(patterns, p => p.Regex.Starts.Count > 0);
        foreach (var (name, regex) in patterns)
        {
            var plain = new Regex(regex.ToString(), regex.Options);
            foreach (var text in texts)
            {
                var expected = Spans(plain.Matches(text));
                if (!regex.MayMatch(text))
                {
                    Assert.True(expected.Count == 0, $"{name}: a text without its needles matches « {expected.FirstOrDefault().Value} »");
                }
                else if (regex.Starts.Count > 0)
                {
                    Assert.True(expected.SequenceEqual(Spans(regex.Matches(text))), $"{name}: the search by its starts finds other matches");
                }
            }
        }
    }

    private static List<(int Index, string Value)> Spans(IEnumerable<Match> matches) => matches.Select(m => (m.Index, m.Value)).ToList();

    private static IEnumerable<(string Name, TieredRegex Regex)> ReaderPatterns()
    {
        static IEnumerable<(string, TieredRegex)> Found(string name, object? value) => value switch
        {
            TieredRegex r => [(name, r)],
            Array a => a.Cast<object?>().SelectMany((e, i) => Found($"{name}[{i}]", e)),
            System.Runtime.CompilerServices.ITuple t => Enumerable.Range(0, t.Length).SelectMany(i => Found(name, t[i])),
            _ => [],
        };

        return typeof(DeliberationReader).Assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
                .Where(f => f.FieldType == typeof(TieredRegex) || f.FieldType.IsArray)
                .SelectMany(f => Found($"{t.Name}.{f.Name}", f.GetValue(null))));
    }
}
