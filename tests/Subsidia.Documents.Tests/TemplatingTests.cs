using System.Xml.Linq;
using Subsidia.Documents.Templating;

namespace Subsidia.Documents.Tests;

public class TemplatingTests
{
    private static Dictionary<string, object?> Model(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public void Render_FillsValuesListsAndConditions()
    {
        var model = Model(
            ("titre", "Séance"),
            ("membres", new List<Dictionary<string, object?>> { Model(("nom", "A"), ("dernier", false)), Model(("nom", "B"), ("dernier", true)) }),
            ("vide", new List<string>()),
            ("oui", true));

        var text = MiniTemplate.Render("t", "{{titre}}: {{#membres}}{{nom}}{{^dernier}}, {{/dernier}}{{/membres}}{{#vide}}x{{/vide}}{{^vide}} (aucun){{/vide}}{{#oui}}!{{/oui}}{{! note }}", model);

        Assert.Equal("Séance: A, B (aucun)!", text);
    }

    [Fact]
    public void Render_EscapesValues()
    {
        var text = MiniTemplate.Render("t", "<p>{{v}}</p>", Model(("v", "R&D <b>\"x\"</b>")));

        Assert.Equal("<p>R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>", text);
    }

    [Fact]
    public void Render_UnknownField_NamesTheLineAndTheFieldsAvailable()
    {
        var error = Assert.Throws<TemplateException>(() => MiniTemplate.Render("modele.html", "a\nb {{titer}}", Model(("titre", "x"))));

        Assert.Equal(2, error.Line);
        Assert.Contains("« titer » n'existe pas", error.Message);
        Assert.Contains("titre", error.Message);
    }

    [Fact]
    public void Render_UnclosedSection_IsAnError()
    {
        var error = Assert.Throws<TemplateException>(() => MiniTemplate.Render("m", "{{#liste}}x", Model(("liste", new List<string>()))));

        Assert.Contains("jamais fermée", error.Message);
    }

    [Fact]
    public void Render_IncludesPartialsWithTheSameFields()
    {
        var text = MiniTemplate.Render("m", "[{{> p.html}}]", Model(("v", "1")), name => name == "p.html" ? "v={{v}}" : throw new FileNotFoundException(name));

        Assert.Equal("[v=1]", text);
    }

    [Fact]
    public void Store_MalformedXhtml_NamesTheFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("subsidia-store-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "essai.html"), "<html>\n<body>\n<p>Ouvert\n</body>\n</html>");
            var store = new TemplateStore(folder.FullName);

            var error = Assert.Throws<TemplateException>(() => store.Render("essai.html", Model()));

            Assert.Equal("essai.html", error.TemplateName);
            Assert.Equal(4, error.Line);
            Assert.Contains("XHTML bien formé", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Store_RefusesPathsOutsideItsFolder()
    {
        var store = new TemplateStore();

        Assert.Throws<ArgumentException>(() => store.Read("../Subsidia.Documents.dll"));
    }

    [Theory]
    [InlineData("Pour : 124", "Pour\u202F: 124")]
    [InlineData("Pour: 124", "Pour\u202F: 124")]
    [InlineData("Quoi ? Non ! Oui ; fin", "Quoi\u202F? Non\u202F! Oui\u202F; fin")]
    [InlineData("« écosystèmes »", "«\u202Fécosystèmes\u202F»")]
    [InlineData("le \"Pôle\"", "le «\u202FPôle\u202F»")]
    [InlineData("15 000 €", "15\u202F000\u00A0€")]
    [InlineData("1 234 567", "1\u202F234\u202F567")]
    [InlineData("www.telerecours.fr et 18:00", "www.telerecours.fr et 18:00")]
    public void FrenchTypography_SpacesPunctuationQuotesAndNumbers(string input, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Fix(input));
    }

    [Fact]
    public void FrenchTypography_LeavesStyleSheetsAlone()
    {
        var document = XDocument.Parse("<html><head><style>a { color: red; }</style></head><body><p>Pour : 1</p></body></html>");

        FrenchTypography.Apply(document);

        Assert.Equal("a { color: red; }", document.Descendants("style").Single().Value);
        Assert.Equal("Pour\u202F: 1", document.Descendants("p").Single().Value);
    }
}
