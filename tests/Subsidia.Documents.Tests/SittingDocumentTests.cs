namespace Subsidia.Documents.Tests;

[Collection(RendererGroup.Name)]
public class SittingDocumentTests(RendererFixture fixture)
{
    [Fact]
    public async Task Council2012_DeliberationList_ListsTheActWithItsResultAndPublicationDeadline()
    {
        var record = RendererFixture.Council2012();
        var path = PdfTools.Keep("liste-2012-05-09.pdf", await fixture.Renderer.DeliberationListPdfAsync(record));
        var text = PdfTools.ReadingOrder(path);

        Assert.Contains("Liste des délibérations du Conseil de Communauté", text);
        Assert.Contains("2012/001753", text);
        Assert.Contains("Adopté à l'unanimité", text);
        Assert.Contains("Pour : 124", text);
        Assert.Contains("au plus tard le 16/05/2012", text); // within a week
        Assert.Equal(1, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.005);
    }

    [Fact]
    public async Task Bureau2024_DeliberationList_ShowsThePublicationDate()
    {
        var record = RendererFixture.Bureau2024();
        var path = PdfTools.Keep("liste-2024-12-05.pdf", await fixture.Renderer.DeliberationListPdfAsync(record));
        var text = PdfTools.ReadingOrder(path);

        Assert.Contains("Liste des délibérations du Bureau", text);
        Assert.Contains("2024/2024.00385", text);
        Assert.Contains("Ne prennent pas part : 2", text);
        Assert.Contains("au plus tard le 12/12/2024", text);
        Assert.Contains("Affichée et mise en ligne le : 12/12/2024", text);
        Assert.Equal(1, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.005);
    }

    [Fact]
    public async Task Council2012_Minutes_HaveTheContentsOfR16()
    {
        var record = RendererFixture.Council2012();
        var path = PdfTools.Keep("proces-verbal-2012-05-09.pdf", await fixture.Renderer.MinutesPdfAsync(record));
        var text = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Procès-verbal de la séance du Conseil de Communauté", text);
        Assert.Contains("PROJET soumis à approbation", text);
        Assert.Contains("La séance est ouverte à 18h00", text);
        Assert.Contains("sous la présidence de M. Jean-Louis FOUSSERET", text);
        Assert.Contains("Quorum : 71 membres présents", text);
        Assert.Contains("À l'ouverture (point 0.1)", text); // checked at the opening
        Assert.Contains("Secrétaire de séance : M. Daniel HUOT", text);
        Assert.Contains("M. Philippe GUILLAUME (représenté par M. Denis GALLET)", text);
        Assert.Contains("35 procurations de vote ont été données", text);
        Assert.Contains("Ordre de passage : 0.1, 2.1", text);
        Assert.Contains("Présents au moment du vote, au 33e point de l'ordre de passage (rapport n°3.6) : 91 ; pouvoirs en vigueur : 33 ; votants : 124", text);
        Assert.Contains("Mode de scrutin : vote à main levée", text);
        Assert.Contains("Rapport adopté à l'unanimité – Pour : 124", text);
        Assert.Contains("Teneur des débats", text);
        Assert.Contains("La séance est levée à 20h10", text);
        Assert.Contains("Le Secrétaire de séance", text);
        Assert.Equal(4, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public async Task Bureau2024_Minutes_AskForThePositionOfTheReportAndNameBothChairs()
    {
        var record = RendererFixture.Bureau2024();
        var path = PdfTools.Keep("proces-verbal-2024-12-05.pdf", await fixture.Renderer.MinutesPdfAsync(record));
        var text = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Procès-verbal de la séance du Bureau", text);
        Assert.Contains("Position du rapport dans l'ordre de passage : à préciser", text);
        Assert.Contains("M. Nicolas BODIN et M. Sébastien COUDRY : conseillers intéressés", text);
        Assert.Contains("M. Gabriel BAULIEU", text);
        Assert.Contains("Mme Anne VIGNOT", text);
        Assert.Contains("La Présidente de séance", text);
        Assert.Equal(2, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public async Task Council2012_ClosingSheet_RecallsTheActNumbersAndThePresentMembers()
    {
        var record = RendererFixture.Council2012();
        var path = PdfTools.Keep("feuillet-cloture-2012-05-09.pdf", await fixture.Renderer.ClosingSheetPdfAsync(record));
        var text = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Feuillet de clôture de la séance du mercredi 9 mai 2012", text);
        Assert.Contains("Délibérations prises au cours de la séance (1)", text);
        Assert.Contains("2012/001753", text);
        Assert.Contains("Membres présents", text);
        Assert.Contains("M. Jean-Claude ROY (jusqu'au 2.2)", text);
        Assert.Contains("Le Président de séance", text);
        Assert.Contains("M. Daniel HUOT", text);
        Assert.Equal(2, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public async Task Bureau2024_ClosingSheet_IsSignedByBothChairsAndTheSecretary()
    {
        var record = RendererFixture.Bureau2024();
        var path = PdfTools.Keep("feuillet-cloture-2024-12-05.pdf", await fixture.Renderer.ClosingSheetPdfAsync(record));
        var text = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Registre des délibérations du Bureau", text);
        Assert.Contains("2024/2024.00385", text);
        Assert.Contains("M. Gabriel BAULIEU", text);
        Assert.Contains("Mme Anne VIGNOT", text);
        Assert.Contains("M. Yves MAURICE", text);
        Assert.Equal(1, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public async Task ConcurrentRenders_ShareOneBrowser()
    {
        await using var renderer = new DocumentRenderer();
        var council = RendererFixture.Council2012();
        var bureau = RendererFixture.Bureau2024();

        var pdfs = await Task.WhenAll(
            renderer.DeliberationListPdfAsync(council),
            renderer.DeliberationListPdfAsync(bureau),
            renderer.ClosingSheetPdfAsync(council),
            renderer.ClosingSheetPdfAsync(bureau));

        Assert.All(pdfs, pdf => Assert.True(pdf.Length > 1000 && pdf[0] == (byte)'%' && pdf[1] == (byte)'P'));
        Assert.Equal(1, renderer.BrowserLaunches);
    }

    [Fact]
    public async Task MissingChromium_IsReportedInFrench()
    {
        await using var renderer = new DocumentRenderer(chromium: new Pdf.ChromiumOptions { ExecutablePath = "/nonexistent/chromium" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renderer.DeliberationListPdfAsync(RendererFixture.Bureau2024()));

        Assert.Contains("installez le paquet Debian « chromium »", error.Message);
    }

    [Fact]
    public async Task Pdf_EmbedsItsFonts()
    {
        var record = RendererFixture.Bureau2024();
        var path = PdfTools.Keep("extrait-fonts-check.pdf", await fixture.Renderer.ExtractPdfAsync(record, record.Item("10")));

        var fonts = PdfTools.Fonts(path);

        Assert.NotEmpty(fonts);
        // Columns of pdffonts: name, type, encoding, emb, sub, uni, object, id; "emb" is the fourth from the end.
        Assert.All(fonts, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
    }
}
