using Subsidia.Documents.Docx;

namespace Subsidia.Documents.Tests;

[Collection(RendererGroup.Name)]
public class ExtractTests(RendererFixture fixture)
{
    /// <summary>The attendance spans of seed 000, as its extract words them.</summary>
    public static readonly string[] Council2012Spans =
    [
        "M. André AVIS (à partir du 2.1)",
        "M. Jean-Pierre TAILLARD (à partir du 2.1)",
        "M. Frédéric ALLEMANN (à partir du 7.4)",
        "M. Pascal BONNET (à partir du 7.4)",
        "M. Benoît CYPRIANI (à partir du 2.1)",
        "M. Yves-Michel DAHOUÏ (à partir du 2.1)",
        "Mme Catherine GELIN (à partir du 2.1)",
        "M. Didier GENDRAUD (à partir du 1.2.1)",
        "Mme Martine JEANNIN (jusqu'au 7.3)",
        "M. Christophe LIME (à partir du 2.1)",
        "M. Frank MONNEUR (à partir du 2.1)",
        "M. Michel OMOURI (à partir du 2.1)",
        "M. Jean-Claude ROY (jusqu'au 2.2)",
        "Mme Corinne TISSIER (à partir du 2.1)",
        "M. Philippe CHANEY (à partir du 2.1)",
        "M. Raymond REYLE (jusqu'au 9.2)",
        "Mme Catherine BOTTERON (jusqu'au 4.2)",
        "M. Philippe GUILLAUME (représenté par M. Denis GALLET)",
        "Mme Sylvaine BARASSI (représentée par M. Fabrice TAILLARD jusqu'au 0.1 et présente à partir du 2.1)",
        "M. Yves GUYEN (représenté par Mme Brigitte ANDREOSSO)",
        "Mme Maryse MILLET (jusqu'au 9.4)",
        "Mme Gisèle ARDIET (représentée par M. Hugues TRUDET à partir du 2.1)",
        "M. Michel LETHIER (représenté par M. Pierre PIGUET)",
        "M. Stéphane COURBET (à partir du 2.1)",
        "M. Jean-Pierre ISSARTEL (représenté par M. Joël JOSSO)",
        "Mme Séverine MONLLOR (à partir du 2.1)",
        "M. Bernard GAVIGNET (représenté par Mme Anne GROSJEAN jusqu'au 2.1 et présent à partir du 1.1.1)",
    ];

    [Fact]
    public async Task Council2012_ExtractPdf_StatesMembersSpansProxiesAndVote()
    {
        var record = RendererFixture.Council2012();
        var pdf = await fixture.Renderer.ExtractPdfAsync(record, record.Item("2012/001753"));
        var path = PdfTools.Keep("extrait-2012-001753.pdf", pdf);
        var text = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Extrait du registre des délibérations du Conseil de Communauté", text);
        Assert.Contains("Séance du mercredi 9 mai 2012", text);
        Assert.Contains("Membres du Conseil de Communauté en exercice : 140", text);
        Assert.Contains("sous la présidence de M. Jean-Louis FOUSSERET", text);
        Assert.Contains("Ordre de passage des rapports : 0.1, 2.1, 2.2, 1.1.1", text);
        Assert.Contains("La séance est ouverte à 18h00 et levée à 20h10", text);
        foreach (var span in Council2012Spans)
        {
            Assert.Contains(span, text);
        }

        Assert.Contains("Secrétaire de séance : M. Daniel HUOT", text);
        Assert.Contains("35 procurations de vote ont été données", text);
        Assert.Equal(35, CountOf(text, " donne pouvoir à "));
        Assert.Contains("M. Jean-Marie ROTH donne pouvoir à M. Jean-Pierre BASSELIN", text);
        Assert.Contains("Mme Françoise FELLMANN donne pouvoir à M. Yves-Michel DAHOUÏ (à partir du 2.1)", text);
        Assert.Contains("Délibération n°2012/001753", text);
        Assert.Contains("Rapport n°3.6", text);
        Assert.Contains("Rapporteur : Jean-Pierre MARTIN, Vice-Président", text);
        Assert.Contains("Commission : Economie, Emploi et Insertion", text);
        Assert.Contains("91 membres présents et 33 pouvoirs en vigueur, soit 124 votants", text);
        Assert.Contains("Montant de l'opération : 15 000,00 €", text);
        Assert.Contains("Rapport adopté à l'unanimité", text);
        Assert.Contains("Pour : 124", text);
        Assert.Contains("Contre : 0", text);
        Assert.Contains("Abstention : 0", text);
        Assert.Contains("Pour extrait conforme", text);
        Assert.Contains("reçu en préfecture le 16/05/2012", text);
        Assert.Contains("jusqu'au mardi 17 juillet 2012", text); // received 16/05/2012, prefect's deadline
        Assert.Contains("Tribunal administratif de Besançon", text);
        Assert.Contains("deux mois à compter de sa publication", text);
        Assert.Equal(4, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public async Task Bureau2024_ExtractPdf_NamesTheBureauAndTheInterestedMembers()
    {
        var record = RendererFixture.Bureau2024();
        var pdf = await fixture.Renderer.ExtractPdfAsync(record, record.Item("2024/2024.00385"));
        var path = PdfTools.Keep("extrait-2024-2024.00385.pdf", pdf);
        var text = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Extrait du registre des délibérations du Bureau", text);
        Assert.Contains("Membres du Bureau en exercice : 33", text);
        Assert.Contains("Le Bureau, régulièrement convoqué le 28 novembre 2024", text);
        Assert.Contains("sous la présidence de M. Gabriel BAULIEU, puis de Mme Anne VIGNOT", text);
        Assert.Contains("Mme Catherine BARTHELET (à compter de la question n°11 et jusqu'à la question n°41 incluse)", text);
        Assert.Contains("M. Aurélien LAROPPE donne pouvoir à Mme Anne VIGNOT", text);
        Assert.Contains("9 procurations de vote ont été données", text);
        Assert.Contains("M. Nicolas BODIN et M. Sébastien COUDRY, conseillers intéressés, ne prennent part ni au débat ni au vote", text);
        Assert.Contains("À l'unanimité, le Bureau :", text);
        Assert.Contains("Pour : 21", text);
        Assert.Contains("Conseillers intéressés : 2", text);
        Assert.Contains("Publié le : 12/12/2024", text);
        Assert.Contains("jusqu'au jeudi 13 février 2025 inclus", text); // R-33 délai franc
        Assert.Contains("La Présidente", text);
        Assert.Contains("Anne VIGNOT", text);
        Assert.DoesNotContain("Conseil de Communauté", text);
        Assert.Equal(2, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public void Extract_FollowsFrenchTypography()
    {
        var record = RendererFixture.Council2012();

        var html = fixture.Renderer.ExtractHtml(record, record.Item("3.6"));

        Assert.Contains("Pour\u202F: 124", html);
        Assert.Contains("15\u202F000,00\u00A0€", html);
        Assert.Contains("«\u202FSoutien compétitivité\u202F»", html);
        Assert.Contains("recours gracieux peut être adressé à l'auteur de l'acte\u202F;", html);
        Assert.DoesNotContain(" :", html.Replace("\u202F:", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Council2012_ExtractDocx_HoldsTheSameFacts()
    {
        var record = RendererFixture.Council2012();
        var docx = fixture.Renderer.ExtractDocx(record, record.Item("2012/001753"));
        PdfTools.Keep("extrait-2012-001753.docx", docx);
        var text = PdfTools.Flat(XhtmlToDocx.ReadText(docx));

        Assert.Contains("Membres du Conseil de Communauté en exercice : 140", text);
        foreach (var span in Council2012Spans)
        {
            Assert.Contains(span, text);
        }

        Assert.Equal(35, CountOf(text, " donne pouvoir à "));
        Assert.Contains("Pour : 124", text);
    }

    [Fact]
    public void Bureau2024_ExtractDocx_HoldsTheSameFacts()
    {
        var record = RendererFixture.Bureau2024();
        var docx = fixture.Renderer.ExtractDocx(record, record.Item("2024/2024.00385"));
        PdfTools.Keep("extrait-2024-2024.00385.docx", docx);
        var text = PdfTools.Flat(XhtmlToDocx.ReadText(docx));

        Assert.Contains("Extrait du registre des délibérations du Bureau", text);
        Assert.Contains("Pour : 21", text);
        Assert.Contains("Conseillers intéressés : 2", text);
        Assert.Contains("M. Nicolas BODIN et M. Sébastien COUDRY, conseillers intéressés", text);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
