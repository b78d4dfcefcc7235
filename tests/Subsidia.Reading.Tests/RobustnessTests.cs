using System.Text.Json;

namespace Subsidia.Reading.Tests;

/// <summary>Damaged copies of every fixture: cut anywhere, lines glued, columns flattened. The reader never fails.</summary>
public class RobustnessTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CutAnywhere_IsReadWithATruncationFinding(string name)
    {
        var text = File.ReadAllText(Fixture.PathOf(name)).Replace("[... document cut here ...]", "", StringComparison.Ordinal);
        for (var k = 1; k <= 12; k++)
        {
            var cut = text[..(text.Length * k / 13)] + "\n[... document cut here ...]\n";
            var x = DeliberationReader.ReadText(cut, name).Extract;

            Assert.True(x.Truncated);
            Assert.Contains(x.Findings, f => f.Code == "UNREADABLE_VALUE" && f.Message.StartsWith("Le document est coupé", StringComparison.Ordinal));
            var json = JsonSerializer.Serialize(x, ExtractCommand.JsonOptions);
            using var doc = JsonDocument.Parse(json);
            Assert.Equal("subsidia.extract/1", doc.RootElement.GetProperty("schema").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FlattenedOrGluedText_KeepsTheHeaders(string name)
    {
        var text = File.ReadAllText(Fixture.PathOf(name));
        var flattened = text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        var glued = text.Replace(", ", ",", StringComparison.Ordinal);

        var original = DeliberationReader.ReadText(text, name).Extract;
        foreach (var variant in new[] { flattened, glued })
        {
            var x = DeliberationReader.ReadText(variant, name).Extract;
            Assert.Equal(original.SittingDate, x.SittingDate);
            Assert.Equal(original.MembersInOffice, x.MembersInOffice);
            Assert.Equal(original.Declared.Present, x.Declared.Present);
            Assert.Equal(original.Declared.Voters, x.Declared.Voters);
            Assert.Equal(original.Truncated, x.Truncated);
        }
    }
}
