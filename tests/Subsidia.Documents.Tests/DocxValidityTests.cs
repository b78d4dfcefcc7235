using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Subsidia.Documents.Tests;

[Collection(RendererGroup.Name)]
public class DocxValidityTests(RendererFixture fixture)
{
    public static TheoryData<string> Documents => ["extrait-2012", "extrait-2024", "convention-2012"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Docx_IsValidOpenXml(string name)
    {
        var docx = name switch
        {
            "extrait-2012" => fixture.Renderer.ExtractDocx(RendererFixture.Council2012(), RendererFixture.Council2012().Item("3.6")),
            "extrait-2024" => fixture.Renderer.ExtractDocx(RendererFixture.Bureau2024(), RendererFixture.Bureau2024().Item("10")),
            _ => fixture.Renderer.ConventionDocx(new Conventions.ConventionRecord(Data.Demo.GrandBesanconGrants.Pole2012().Grant, "Besançon")),
        };
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(package)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .Take(10)
            .ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(package.MainDocumentPart?.FooterParts.FirstOrDefault());
    }
}
