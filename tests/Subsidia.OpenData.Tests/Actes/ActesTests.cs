using System.Formats.Tar;
using System.IO.Compression;
using System.Xml.Linq;
using Subsidia.OpenData.Actes;

namespace Subsidia.OpenData.Tests.Actes;

public class ActesTests
{
    // Configuration value for the tests (docs/formats.md: Grand Besançon's SIREN is configuration, unverified).
    private const string Siren = "242500361";

    [Fact]
    public void Identifier_Council2012()
    {
        var id = ActesIdentifier.Create("25", Siren, new DateOnly(2012, 5, 9), "2012/001753");

        Assert.Equal("025-242500361-20120509-2012_001753-DE", id.ToString());
    }

    [Fact]
    public void Identifier_Bureau2024_NumberNormalisedToActesCharacters()
    {
        var id = ActesIdentifier.Create("025", Siren, new DateOnly(2024, 12, 5), "2024/2024.00385");

        Assert.Equal("025-242500361-20241205-2024_2024_00385-DE", id.ToString());
        Assert.Equal(id, ActesActId.Parse(id.ToString()));
    }

    [Theory]
    [InlineData("20170728C", "20170728C")]
    [InlineData("20241209_MR02", "20241209_MR02")]
    [InlineData("d98/13", "D98_13")]
    [InlineData("Délib. n° 12 - é", "DELIB_N_12_E")]
    [InlineData("2024/CONSEIL/0001", "2024CONSEIL0001")]
    public void NormaliseNumber(string raw, string expected) => Assert.Equal(expected, ActesIdentifier.NormaliseNumber(raw));

    [Fact]
    public void NormaliseNumber_TooLong_IsRefusedNotCut()
    {
        var e = Assert.Throws<ArgumentException>(() => ActesIdentifier.NormaliseNumber("2024/CONSEIL/000123"));
        Assert.Contains("15 caractères", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifier_RefusesABadSiren()
    {
        Assert.Throws<ArgumentException>(() => ActesIdentifier.Create("025", "242500362", new DateOnly(2024, 12, 5), "1"));
        Assert.Equal("02A", ActesIdentifier.NormaliseDepartment("2a"));
        Assert.Equal("PREF025", ActesIdentifier.PrefectureId("25"));
    }

    [Fact]
    public void Classification_SubsidiesAre75()
    {
        var matter = ActesNomenclature.Find("7.5")!;

        Assert.Equal("Finances locales", matter.Level1Label);
        Assert.Equal("Subventions", matter.Level2Label);
        Assert.Equal("finances locales/subventions", matter.ScdlName);
        Assert.NotNull(ActesNomenclature.Find("7.10"));
        Assert.Null(ActesNomenclature.Find("7.11"));
        Assert.Null(ActesNomenclature.Find("10.1"));
        Assert.Equal(4, ActesNomenclature.Level2Count(9));
    }

    private static ActesTransmission Transmission() => new()
    {
        Id = ActesIdentifier.Create("025", Siren, new DateOnly(2024, 12, 5), "2024/2024.00385"),
        MatterCode = "7.5",
        Subject = "Association CMQ MSI - Soutien financier de Grand Besançon Métropole pour son programme d'actions",
        ClassificationDate = new DateOnly(2024, 1, 15),
        Annexes = [new ActesAnnex("22_CO", "pdf", new byte[] { 1, 2, 3 })],
    };

    [Fact]
    public void Metadata_ActeWithClassificationObjectDocumentAnnexes()
    {
        var xml = ActesBundle.Metadata(Transmission());
        XNamespace ns = ActesBundle.Namespace;
        var root = xml.Root!;

        Assert.Equal(ns + "Acte", root.Name);
        Assert.Equal("2024-12-05", root.Attribute(ns + "Date")!.Value);
        Assert.Equal("2024_2024_00385", root.Attribute(ns + "NumeroInterne")!.Value);
        Assert.Equal("1", root.Attribute(ns + "CodeNatureActe")!.Value);
        Assert.Equal("7", root.Element(ns + "CodeMatiere1")!.Attribute(ns + "CodeMatiere")!.Value);
        Assert.Equal("5", root.Element(ns + "CodeMatiere2")!.Attribute(ns + "CodeMatiere")!.Value);
        Assert.Null(root.Element(ns + "CodeMatiere3"));
        Assert.StartsWith("Association CMQ MSI", root.Element(ns + "Objet")!.Value, StringComparison.Ordinal);
        Assert.Equal("2024-01-15", root.Element(ns + "ClassificationDateVersion")!.Value);
        Assert.Equal("99_DE-025-242500361-20241205-2024_2024_00385-DE-1-1_1.pdf", root.Element(ns + "Document")!.Element(ns + "NomFichier")!.Value);
        var annexes = root.Element(ns + "Annexes")!;
        Assert.Equal("1", annexes.Attribute(ns + "Nombre")!.Value);
        Assert.Equal("22_CO-025-242500361-20241205-2024_2024_00385-DE-1-1_2.pdf", annexes.Element(ns + "Annexe")!.Element(ns + "NomFichier")!.Value);
        Assert.Equal("N", root.Element(ns + "DocumentPapier")!.Value);
        Assert.Equal(["CodeMatiere1", "CodeMatiere2", "Objet", "ClassificationDateVersion", "Document", "Annexes", "DocumentPapier"],
            root.Elements().Select(e => e.Name.LocalName).ToArray());
    }

    [Fact]
    public void Bundle_TarGzHoldsMessageActAndAnnexes()
    {
        using var ms = new MemoryStream();
        ActesBundle.WriteTarGz(ms, Transmission(), new byte[] { 0x25, 0x50, 0x44, 0x46 }, new DateTimeOffset(2024, 12, 6, 9, 0, 0, TimeSpan.Zero));
        ms.Position = 0;

        using var gzip = new GZipStream(ms, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }

        Assert.Equal(
        [
            "025-242500361-20241205-2024_2024_00385-DE-1-1_0.xml",
            "99_DE-025-242500361-20241205-2024_2024_00385-DE-1-1_1.pdf",
            "22_CO-025-242500361-20241205-2024_2024_00385-DE-1-1_2.pdf",
        ], names);
    }

    [Fact]
    public void Acknowledgment_GivesTheReceiptDate_AndTheExecutoryDate()
    {
        const string ar = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" actes:IDActe="025-242500361-20241205-2024_2024_00385-DE" actes:DateReception="2024-12-09">
              <actes:ActeRecu actes:CodeNatureActe="1" actes:Date="2024-12-05" actes:NumeroInterne="2024_2024_00385">
                <actes:CodeMatiere1 actes:CodeMatiere="7"/>
                <actes:Objet>Association CMQ MSI</actes:Objet>
              </actes:ActeRecu>
              <actes:ClassificationDateVersionEnCours>2024-01-15</actes:ClassificationDateVersionEnCours>
            </actes:ARActe>
            """;

        var ack = ActesAcknowledgment.Parse(ar);

        Assert.Equal("025-242500361-20241205-2024_2024_00385-DE", ack.ActId);
        Assert.Equal(new DateOnly(2024, 12, 9), ack.ReceivedOn);
        Assert.Equal(new DateOnly(2024, 1, 15), ack.ClassificationVersion);
        // published 12 Dec, received 9 Dec → executory 12 Dec; in the other order, the receipt wins.
        Assert.Equal(new DateOnly(2024, 12, 12), ExecutoryDate.Of(new DateOnly(2024, 12, 12), ack.ReceivedOn));
        Assert.Equal(new DateOnly(2024, 12, 9), ExecutoryDate.Of(new DateOnly(2024, 12, 6), ack.ReceivedOn));
        Assert.Null(ExecutoryDate.Of(null, ack.ReceivedOn));
    }

    [Fact]
    public void Acknowledgment_RefusesAnotherMessage()
    {
        Assert.Throws<FormatException>(() => ActesAcknowledgment.Parse("<Anomalie/>"));
        Assert.Throws<FormatException>(() => ActesAcknowledgment.Parse("<ARActe IDActe=\"x\"/>"));
        Assert.Throws<FormatException>(() => ActesAcknowledgment.Parse("pas du xml"));
    }
}
