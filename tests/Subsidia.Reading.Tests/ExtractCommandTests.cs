using System.Text;
using System.Text.Json;
using Subsidia.Domain.Findings;

namespace Subsidia.Reading.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("subsidia-reading-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Out, string Err) Run(string format, params string[] files)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ExtractCommand.Run(files, format, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void AssertOneFrenchLine(string err, string expected)
    {
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_OneObjectPerFile_CamelCaseWithNulls()
    {
        var (code, json, err) = Run("json", Fixture.PathOf(Fixture.Seed2012));

        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal("subsidia.extract/1", root.GetProperty("schema").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("convenedOn").ValueKind);
        Assert.Equal(140, root.GetProperty("membersInOffice").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("declared").GetProperty("present").ValueKind);
        var item = root.GetProperty("items")[0];
        Assert.Equal(124, item.GetProperty("recorded").GetProperty("for").GetInt32());
        Assert.Equal(124, item.GetProperty("roll").GetProperty("voters").GetInt32());
        Assert.True(item.GetProperty("roll").GetProperty("quorumMet").GetBoolean());
        Assert.Equal(15000m, root.GetProperty("grant").GetProperty("amount").GetDecimal());
        var first = root.GetProperty("attendance")[0];
        Assert.Equal("Thomas JAVAUX", first.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("replaces").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("spans")[0].GetProperty("from").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void Json_SeveralFiles_GiveAnArray()
    {
        var (code, json, _) = Run("json", Fixture.PathOf(Fixture.Seed2012), Fixture.PathOf(Fixture.Seed2024));

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Equal("Bureau", doc.RootElement[1].GetProperty("body").GetString());
        var finding = doc.RootElement[1].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == FindingCodes.ItemPositionUnknown);
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("10", finding.GetProperty("item").GetString());
    }

    [Fact]
    public void Text_IsAFrenchSummary()
    {
        var (code, text, _) = Run("text", Fixture.PathOf(Fixture.Seed2012));

        Assert.Equal(0, code);
        Assert.Contains("Séance du : 09/05/2012", text, StringComparison.Ordinal);
        Assert.Contains("91 présents + 33 pouvoirs = 124 votants ; quorum 71 atteint", text, StringComparison.Ordinal);
        Assert.Contains("Secrétaire de séance : Daniel HUOT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_Exit2_OneLine()
    {
        var (code, output, err) = Run("json", Write("vide.txt", []));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        AssertOneFrenchLine(err, "vide.txt : le fichier est vide.");
    }

    [Fact]
    public void BlankFile_Exit2()
    {
        var (code, _, err) = Run("json", Write("blanc.md", Encoding.UTF8.GetBytes("  \n\n \t\n")));

        Assert.Equal(2, code);
        AssertOneFrenchLine(err, "le fichier est vide");
    }

    [Fact]
    public void BinaryFile_Exit2_OneLine()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray();
        var (code, output, err) = Run("json", Write("image.txt", bytes));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        AssertOneFrenchLine(err, "fichier binaire");
    }

    [Fact]
    public void PdfWithoutText_Exit2_OneLine()
    {
        var (code, output, err) = Run("json", Write("scan.pdf", MinimalPdf.Create([])));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        AssertOneFrenchLine(err, MinimalPdf.PdftotextAvailable() ? "scan.pdf : le PDF ne contient pas de texte" : "pdftotext est introuvable");
    }

    [Fact]
    public void PdfWithText_IsReadThroughPdftotext()
    {
        var path = Write("extrait.pdf", MinimalPdf.Create(
        [
            "Extrait du Registre des délibérations du Conseil municipal",
            "Séance du mardi 14 mars 2023",
            "Conseillers municipaux en exercice : 15",
            "Etaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND, Mme Claire PETIT, M. Luc MOREAU,",
            "M. Marc SIMON, Mme Julie LAURENT, M. Pierre LEROY (à partir de la question n°3)",
            "Etaient absents : M. Louis GARNIER, Mme Sophie FAURE",
            "Procurations : M. Louis GARNIER donne pouvoir à M. Jean DUPONT",
            "Secrétaire de séance : Mme Anne MARTIN",
        ]));
        var (code, json, err) = Run("json", path);

        if (!MinimalPdf.PdftotextAvailable())
        {
            Assert.Equal(2, code);
            AssertOneFrenchLine(err, "pdftotext est introuvable");
            return;
        }

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("2023-03-14", root.GetProperty("sittingDate").GetString());
        Assert.Equal(15, root.GetProperty("membersInOffice").GetInt32());
        Assert.Equal(8, root.GetProperty("attendance").GetArrayLength());
        Assert.Equal("Anne MARTIN", root.GetProperty("secretary").GetString());
        Assert.Equal("Jean DUPONT", root.GetProperty("proxies")[0].GetProperty("holder").GetString());
    }

    [Fact]
    public void Windows1252Text_IsDecoded()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Séance du jeudi 5 décembre 2024\nMembres du Bureau en exercice : 33\nEtaient présents : Mme Frédérique BAEHR, M. René BLAISON\n";
        var (code, json, _) = Run("json", Write("cp1252.txt", System.Text.Encoding.GetEncoding(1252).GetBytes(text)));

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("2024-12-05", doc.RootElement.GetProperty("sittingDate").GetString());
        Assert.Equal("Frédérique BAEHR", doc.RootElement.GetProperty("attendance")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void CutDocument_IsReadAsFarAsItGoes_WithAFinding()
    {
        var original = File.ReadAllText(Fixture.PathOf(Fixture.Seed2024));
        var cut = original[..original.IndexOf("M. André TERZO donne", StringComparison.Ordinal)] + "M. André TER\n[... document cut here ...]\n";
        var (code, json, _) = Run("json", Write("coupe.txt", Encoding.UTF8.GetBytes(cut)));

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("truncated").GetBoolean());
        Assert.Equal(28, root.GetProperty("attendance").GetArrayLength());
        Assert.Equal(7, root.GetProperty("proxies").GetArrayLength());
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == FindingCodes.UnreadableValue);
        Assert.Contains("procurations", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void UnreadableAmongReadable_Exit2_ReadableStillPrinted()
    {
        var (code, json, err) = Run("json", Fixture.PathOf(Fixture.Seed2024), Write("vide.txt", []));

        Assert.Equal(2, code);
        AssertOneFrenchLine(err, "vide.txt");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(1, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void MissingFileOrUnknownFormat_Exit2()
    {
        Assert.Equal(2, Run("json", Path.Combine(_dir, "absent.txt")).Code);
        var (code, _, err) = Run("xml", Fixture.PathOf(Fixture.Seed2012));
        Assert.Equal(2, code);
        AssertOneFrenchLine(err, "Format inconnu");
    }
}
