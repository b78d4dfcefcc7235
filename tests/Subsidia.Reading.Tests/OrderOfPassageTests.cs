using System.Text.Json;
using Subsidia.Domain.Findings;

namespace Subsidia.Reading.Tests;

/// <summary>The order of passage wrapped over several lines (pdftotext -layout, narrow columns, hyphenation).</summary>
public sealed class OrderOfPassageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("subsidia-order-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ReadResult ReadWrapped(string name) =>
        DeliberationReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Wrapped", name));

    private static ReadResult ReadText(string text) => DeliberationReader.ReadText(text, "test.txt");

    private const string Head = "Extrait du Registre des délibérations du Conseil de Communauté\n\nSéance du 14 juin 2012\n\n"
        + "Conseillers communautaires en exercice : 24\n\n";

    private const string Tail = "\n\nLa séance est ouverte à 18h00 et levée à 20h10.\n\n"
        + "Etaient présents : M. Jean DUPONT, Mme Anne MARTIN (à partir du 2.1), M. Paul DURAND\n";

    private static IEnumerable<string> OrderFindings(ReadResult r) =>
        r.Extract.Findings.Where(f => f.Code == FindingCodes.UnreadableValue && f.Message.StartsWith("Ordre de passage", StringComparison.Ordinal)).Select(f => f.Message);

    [Fact]
    public void IndentedContinuationLines_AreRead_ToTheFinalPeriod()
    {
        var r = ReadWrapped("conseil-pdftotext-layout.txt");
        var x = r.Extract;

        Assert.Equal(
            ["0.1", "2.1", "2.2", "1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "6.1", "7.1",
             "7.2", "7.3", "9.1", "9.2", "9.3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "10.1", "10.2"],
            x.OrderOfPassage);
        Assert.Empty(OrderFindings(r));
        // The keys of the continuation lines place the spans and the act: 10.1 starts ALLEMANN, 3.6 is on the second line.
        Assert.Equal("10.1", x.Person("ALLEMANN").Spans.Single().From);
        Assert.Equal("3.6", Assert.Single(x.Items).Position);
        Assert.DoesNotContain(x.Findings, f => f.Code == FindingCodes.PositionNotInOrder);
        Assert.Equal("18:00", x.OpenedAt);
    }

    [Fact]
    public void HyphenatedHeadingAndActKeys_AreJoined()
    {
        var r = ReadWrapped("bureau-hyphens.txt");
        var x = r.Extract;

        Assert.Equal(["D87/24", "D88/24", "D89/24", "D90/24", "D91/24", "D92/24", "D93/24"], x.OrderOfPassage);
        Assert.Empty(OrderFindings(r));
        Assert.Equal("D89/24", x.Person("BLAISON").Spans.Single().From);
        Assert.Equal("18:02", x.OpenedAt);
    }

    [Fact]
    public void ListOnTheLinesAfterTheHeading_AndAKeyCutAfterItsPeriod_AreRead()
    {
        var r = ReadText(Head + "Ordre de passage des rapports :\n    0.1, 1.1, 1.2.-\n    1, 2.1,\n\n    2.2 et 3.1." + Tail);

        Assert.Equal(["0.1", "1.1", "1.2.1", "2.1", "2.2", "3.1"], r.Extract.OrderOfPassage);
        Assert.Empty(OrderFindings(r));
    }

    [Fact]
    public void DigitsCutByAHyphen_GiveAFinding_AndNoGuessedKey()
    {
        var r = ReadText(Head + "Ordre de passage des rapports : 0.1, 1.1-\n2, 2.1, 3.1." + Tail);
        var x = r.Extract;

        Assert.Equal(["0.1", "2.1", "3.1"], x.OrderOfPassage);
        var message = Assert.Single(OrderFindings(r));
        Assert.Contains("« 1.1-2 »", message, StringComparison.Ordinal);
        Assert.Contains("aucun n'est retenu", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIllegibleKey_GivesAFinding_AndIsNotRead()
    {
        var r = ReadText(Head + "Ordre de passage des rapports : 0.1, 2.?, 2.2,\n   3.1, 3.2." + Tail);

        Assert.Equal(["0.1", "2.2", "3.1", "3.2"], r.Extract.OrderOfPassage);
        Assert.Contains("« 2.? »", Assert.Single(OrderFindings(r)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLinesAfterTheList_AreNotTakenIn()
    {
        // The list ends without a period; the next lines are prose and a numbered heading, not keys.
        var r = ReadText(Head + "Ordre de passage des rapports : 1, 2, 3\nLa séance est ouverte à 18h00.\n2012/004012 - Subvention\n4, 5" + Tail);

        Assert.Equal(["1", "2", "3"], r.Extract.OrderOfPassage);
        Assert.Equal("18:00", r.Extract.OpenedAt);
    }

    [Fact]
    public void OrderMentionedInASentence_IsNotAList()
    {
        var r = ReadText(Head + "L'ordre de passage des rapports est modifié en séance.\nSecrétaire de séance : M. Jean DUPONT" + Tail);

        Assert.Empty(r.Extract.OrderOfPassage);
        Assert.Equal("Jean DUPONT", r.Extract.Secretary);
    }

    [Fact]
    public void WrappedOrderInAPdf_IsReadThroughPdftotext()
    {
        var path = Path.Combine(_dir, "extrait.pdf");
        File.WriteAllBytes(path, MinimalPdf.Create(
        [
            "Extrait du Registre des délibérations du Conseil de Communauté",
            "Séance du 14 juin 2012",
            "Conseillers communautaires en exercice : 24",
            "Ordre de passage des rapports : 0.1, 2.1, 2.2, 1.1.1, 1.1.2, 1.2.1,",
            "      1.2.2, 4.1, 4.2, 5.1, 5.2, 5.3, 6.1, 7.1, 7.2, 7.3, 9.1, 9.2, 9.3, 3.1,",
            "      3.2, 3.3, 3.4, 3.5, 3.6, 10.1, 10.2.",
            "La séance est ouverte à 18h00 et levée à 20h10.",
            "Etaient présents : M. Jean DUPONT, Mme Anne MARTIN (à partir du 9.3), M. Paul DURAND",
        ]));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ExtractCommand.Run([path], "json", stdout, stderr);
        if (!MinimalPdf.PdftotextAvailable())
        {
            Assert.Equal(2, code);
            return;
        }

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        var order = json.RootElement.GetProperty("orderOfPassage").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(27, order.Count);
        Assert.Equal(["0.1", "2.1", "2.2"], order.Take(3));
        Assert.Equal(["3.6", "10.1", "10.2"], order.TakeLast(3));
        Assert.Contains("9.3", order);
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("code").GetString() == FindingCodes.PositionNotInOrder);
    }
}
