using Subsidia.Reading;

namespace Subsidia.Documents.Tests;

/// <summary>The text of a generated extract, read back by the document reader, gives the data it was written from.</summary>
[Collection(RendererGroup.Name)]
public class RoundTripTests(RendererFixture fixture)
{
    /// <summary>The pages' text joined without their running footer ("… Page 2 sur 4") and the blank lines before it.</summary>
    internal static string WithoutPageFurniture(string text) =>
        string.Join('\n', text.Split('\f').Select(page =>
        {
            var lines = page.Split('\n').ToList();
            lines.RemoveAll(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"Page\s+\d+\s+sur\s+\d+\s*$"));
            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return string.Join('\n', lines);
        })).Replace(",\n", ", ", StringComparison.Ordinal); // the reader takes the order of passage from one line; the PDF wraps it

    [Fact]
    public async Task Council2012_ExtractReadBack_GivesTheSameAttendanceProxiesAndRoll()
    {
        var record = RendererFixture.Council2012();
        var item = record.Item("2012/001753");
        var path = PdfTools.Keep("aller-retour-2012-001753.pdf", await fixture.Renderer.ExtractPdfAsync(record, item));

        var read = DeliberationReader.ReadText(WithoutPageFurniture(PdfTools.Text(path)), Path.GetFileName(path));

        var extract = read.Extract;
        Assert.Equal(140, extract.MembersInOffice);
        Assert.Equal(record.Sitting.Proxies.Count, extract.Proxies.Count);
        Assert.Equal(record.Sitting.Attendances.Count, read.Import.Sitting.Attendances.Count);
        Assert.Equal(
            record.Sitting.Proxies.Select(p => (p.From, p.To)).Order(),
            read.Import.Sitting.Proxies.Select(p => (p.From, p.To)).Order());
        Assert.Equal(record.Sitting.Positions.Select(p => p.Key), extract.OrderOfPassage);
        var readItem = read.Import.Sitting.Items.Single(i => i.ActNumber == "2012/001753");
        var roll = read.Import.Evaluation.Items.Single(e => e.Item.Id == readItem.Id).Roll;
        var expected = record.EvaluationOf(item).Roll!;
        Assert.NotNull(roll);
        Assert.Equal(expected.PresentCount, roll.PresentCount);
        Assert.Equal(expected.ProxiesInForceCount, roll.ProxiesInForceCount);
        Assert.Equal(124, roll.Voters);
        Assert.Equal(124, readItem.Recorded.For);
    }

    [Fact]
    public async Task Bureau2024_ExtractReadBack_GivesTheSameAttendanceProxiesAndTally()
    {
        var record = RendererFixture.Bureau2024();
        var item = record.Item("2024/2024.00385");
        var path = PdfTools.Keep("aller-retour-2024-2024.00385.pdf", await fixture.Renderer.ExtractPdfAsync(record, item));

        var read = DeliberationReader.ReadText(WithoutPageFurniture(PdfTools.Text(path)), Path.GetFileName(path));

        var extract = read.Extract;
        Assert.Equal(33, extract.MembersInOffice);
        Assert.Equal(9, extract.Proxies.Count);
        Assert.Equal("Bureau", extract.Body);
        var readItem = read.Import.Sitting.Items.Single(i => i.ActNumber == "2024/2024.00385");
        Assert.Equal(21, readItem.Recorded.For);
        Assert.Equal(2, readItem.Interests.Count);
        var presentSpans = record.Sitting.Attendances.Count;
        Assert.Equal(presentSpans, read.Import.Sitting.Attendances.Count);
    }
}
