using Subsidia.Data.Demo;
using Subsidia.Documents.Conventions;
using Subsidia.Documents.Docx;
using Subsidia.Documents.Templating;

namespace Subsidia.Documents.Tests;

[Collection(RendererGroup.Name)]
public class ConventionTests(RendererFixture fixture)
{
    /// <summary>The nine objectives of annex 1 of the 2012 convention.</summary>
    public static readonly string[] Council2012Objectives =
    [
        "Objectif 1 – Détecter et susciter des projets collaboratifs",
        "Objectif 2 – Impliquer plus d'entreprises dans le Pôle",
        "Objectif 3 – Favoriser le développement des plateformes technologiques",
        "Objectif 4 – Diversifier les sources de financement",
        "Objectif 5 – Ressources Humaines",
        "Objectif 6 – Développement international",
        "Objectif 7 – Développement durable et écotechnologies",
        "Objectif 8 – Communication",
        "Objectif 9 – Développer les relations avec d'autres pôles de compétitivité",
    ];

    private static ConventionRecord Pole2012() => new(GrandBesanconGrants.Pole2012().Grant, "Besançon", 3);

    private static ConventionRecord Cmq2024() => new(GrandBesanconGrants.Cmq2024().Grant, "Besançon", 2);

    [Fact]
    public async Task Council2012_ConventionPdf_HasTheObjectivesBudgetTablesAndPaymentArticle()
    {
        var path = PdfTools.Keep("convention-2012-001753.pdf", await fixture.Renderer.ConventionPdfAsync(Pole2012()));
        var text = PdfTools.ReadingOrder(path);
        var rows = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Convention relative au Contrat de performance 2009-2011", text);
        Assert.Contains("Vu la délibération n°2012/001753 du Conseil de Communauté en date du 9 mai 2012", text);
        foreach (var objective in Council2012Objectives)
        {
            Assert.Contains(objective, text);
        }

        Assert.Contains("30 visites d'entreprises effectuées dans le cadre de la démarche « Voix des entreprises »", text);
        Assert.DoesNotContain("en date du.....", text);
        Assert.Contains("Action collective", text);
        Assert.Contains("Conseil en innovation", text);
        Assert.Contains("TOTAL 446 000 TOTAL 446 000", rows);
        Assert.Contains("TOTAL 71 000 TOTAL 71 000", rows);
        Assert.Contains("Frais de fonctionnement et de structure 37 500", rows);
        Assert.Contains("Missions réception 10 900", rows);
        Assert.Contains("Loyer (non assujetti à la TVA) 10 000", rows);
        Assert.Contains("budget prévisionnel global de 517 000,00 €", text);
        Assert.Contains("soit 7 500,00 €", text);
        Assert.Contains("soit 4 500,00 €", text);
        Assert.Contains("soit 3 000,00 €", text);
        Assert.Contains("le cas échéant, Acompte de 30 %", text);
        Assert.Contains("dans un délai de 2 ans à compter de la date de notification", text);
        Assert.Contains("Fait en trois exemplaires à Besançon", text);
        Assert.Contains("Laboratoires : publications", text);
        Assert.Equal(8, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public async Task Bureau2024_ConventionPdf_CitesTheBureauAndPaysEverythingAtSignature()
    {
        var path = PdfTools.Keep("convention-2024-2024.00385.pdf", await fixture.Renderer.ConventionPdfAsync(Cmq2024()));
        var text = PdfTools.ReadingOrder(path);
        var rows = PdfTools.Body(PdfTools.Text(path));

        Assert.Contains("Convention relative au soutien du programme d'actions de CMQ MSI", text);
        Assert.Contains("représentée par sa Présidente, Madame Anne VIGNOT, dûment habilitée", text);
        Assert.Contains("Vu la délibération n°2024/2024.00385 du Bureau en date du 5 décembre 2024", text); // the body that decided
        Assert.DoesNotContain("Conseil de Communauté", text);
        Assert.Contains("100 % à la signature de la convention : 100 %, soit 20 000,00 €", text);
        Assert.Contains("au plus tard le 15 novembre 2025", text);
        Assert.Contains("cesse au plus tard le 31 décembre 2025", text);
        Assert.Contains("dans un délai de 2 mois à compter de la date de notification", text);
        Assert.Contains("Gagne ton stage de 3e dans une entreprise des Microtechniques", text);
        Assert.Contains("Les soirées des Microtechniques", text);
        Assert.Contains("Charge salariale dédiée au programme 15 900", rows);
        Assert.Contains("TOTAL 35 900 TOTAL 35 900", rows);
        Assert.Contains("l'ordonnateur est la Présidente de Communauté Urbaine Grand Besançon Métropole", text.Replace("L'ordonnateur", "l'ordonnateur", StringComparison.Ordinal));
        Assert.Equal(4, PdfTools.PageCount(path));
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }

    [Fact]
    public void Council2012_ConventionDocx_HoldsTheSameTables()
    {
        var docx = fixture.Renderer.ConventionDocx(Pole2012());
        PdfTools.Keep("convention-2012-001753.docx", docx);
        var text = PdfTools.Flat(XhtmlToDocx.ReadText(docx));

        foreach (var objective in Council2012Objectives)
        {
            Assert.Contains(objective, text);
        }

        Assert.Contains("TOTAL 446 000 TOTAL 446 000 100 %", text);
        Assert.Contains("Frais de fonctionnement et de structure 37 500", text);
        Assert.Contains("Abonnements, téléphone, FAI + services... 10 800", text);
        Assert.Contains("soit 7 500,00 €", text);
        Assert.Contains("soit 3 000,00 €", text);
    }

    [Fact]
    public async Task EditedTemplate_IsFollowedByTheNextConventionWithoutRebuilding()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"subsidia-templates-{Guid.NewGuid():N}");
        CopyFolder(TemplateStore.DefaultFolder, folder);
        try
        {
            await using var renderer = new DocumentRenderer(folder);
            var record = Pole2012();
            var before = PdfTools.Flat(XhtmlToDocx.ReadText(renderer.ConventionDocx(record)));
            Assert.Contains("Article 9 – Litiges", before);
            Assert.DoesNotContain("médiation", before);

            var template = Path.Combine(folder, "convention.html");
            var edited = File.ReadAllText(template).Replace(
                "<h2>Article 9 – Litiges</h2>",
                "<h2>Article 9 – Règlement des litiges</h2>\n<p>Avant toute saisine du juge, les parties recherchent une solution amiable par la médiation ; la subvention de {{montant}} reste acquise pendant cette phase.</p>",
                StringComparison.Ordinal);
            Assert.NotEqual(File.ReadAllText(template), edited);
            File.WriteAllText(template, edited);

            var after = PdfTools.Flat(XhtmlToDocx.ReadText(renderer.ConventionDocx(record)));
            Assert.Contains("Article 9 – Règlement des litiges", after);
            Assert.Contains("par la médiation ; la subvention de 15 000,00 € reste acquise", after);

            var path = PdfTools.Keep("convention-modele-modifie.pdf", await renderer.ConventionPdfAsync(record));
            Assert.Contains("Article 9 – Règlement des litiges", PdfTools.ReadingOrder(path));
            Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MisspeltField_IsReportedWithItsLine()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"subsidia-templates-{Guid.NewGuid():N}");
        CopyFolder(TemplateStore.DefaultFolder, folder);
        try
        {
            using var renderer = new DocumentRenderer(folder);
            var template = Path.Combine(folder, "convention.html");
            var lines = File.ReadAllLines(template).ToList();
            var index = lines.FindIndex(l => l.Contains("Article 1 – Objet", StringComparison.Ordinal));
            lines.Insert(index + 1, "<p>Montant : {{montnat}}</p>");
            File.WriteAllLines(template, lines);

            var error = Assert.Throws<TemplateException>(() => renderer.ConventionDocx(Pole2012()));

            Assert.Equal(index + 2, error.Line);
            Assert.Contains("« montnat » n'existe pas", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
