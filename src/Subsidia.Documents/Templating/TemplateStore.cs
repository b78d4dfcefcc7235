using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Subsidia.Documents.Templating;

/// <summary>
/// The folder of document templates (XHTML with <see cref="MiniTemplate"/> fields, plus their style sheets), read at
/// every render: editing a file changes the next document without rebuilding or restarting.
/// </summary>
public sealed class TemplateStore
{
    /// <summary>The templates shipped next to the assembly (copied from src/Subsidia.Documents/Templates).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Templates");

    public TemplateStore(string? folder = null)
    {
        Folder = Path.GetFullPath(folder ?? DefaultFolder);
        if (!Directory.Exists(Folder))
        {
            throw new DirectoryNotFoundException($"Dossier de modèles introuvable : {Folder}");
        }
    }

    public string Folder { get; }

    /// <summary>Reads a file of the folder (a template or a style sheet).</summary>
    public string Read(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var path = Path.GetFullPath(Path.Combine(Folder, fileName));
        if (!path.StartsWith(Folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"« {fileName} » sort du dossier des modèles.", nameof(fileName));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Modèle introuvable : {path}", path);
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }

    /// <summary>
    /// Renders a template with a model into an XHTML document: fields filled, French typography applied to the
    /// text, linked style sheets of the folder inlined.
    /// </summary>
    public XDocument Render(string templateName, IReadOnlyDictionary<string, object?> model)
    {
        var filled = MiniTemplate.Render(templateName, Read(templateName), model, Read);
        var document = Parse(templateName, filled);
        FrenchTypography.Apply(document);
        InlineStyleSheets(document);
        return document;
    }

    private static readonly (string Entity, string Character)[] HtmlEntities =
    [
        ("&nbsp;", "\u00A0"), ("&laquo;", "«"), ("&raquo;", "»"), ("&euro;", "€"), ("&ndash;", "–"), ("&mdash;", "—"),
        ("&hellip;", "…"), ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&deg;", "°"), ("&eacute;", "é"), ("&egrave;", "è"),
        ("&agrave;", "à"), ("&ccedil;", "ç"), ("&oelig;", "œ"), ("&copy;", "©"), ("&sup1;", "¹"), ("&sup2;", "²"),
    ];

    private static XDocument Parse(string templateName, string xhtml)
    {
        var text = xhtml;
        foreach (var (entity, character) in HtmlEntities)
        {
            text = text.Replace(entity, character, StringComparison.Ordinal);
        }

        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype >= 0)
        {
            var close = text.IndexOf('>', doctype);
            var removed = text[doctype..(close + 1)];
            // Keep the line numbers of the template in error messages.
            text = text[..doctype] + new string('\n', removed.Count(c => c == '\n')) + text[(close + 1)..];
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new TemplateException(templateName, e.LineNumber,
                $"le modèle rempli n'est pas du XHTML bien formé ({e.Message}). Vérifiez que chaque balise ouverte est fermée " +
                "(<br/>, <p>…</p>) et écrivez « &amp; » pour une esperluette.", e);
        }
    }

    private void InlineStyleSheets(XDocument document)
    {
        var links = document.Descendants().Where(e => e.Name.LocalName == "link"
            && string.Equals((string?)e.Attribute("rel"), "stylesheet", StringComparison.OrdinalIgnoreCase)
            && e.Attribute("href") is { } href && !href.Value.Contains(':', StringComparison.Ordinal)).ToList();
        foreach (var link in links)
        {
            var css = Read((string)link.Attribute("href")!);
            link.ReplaceWith(new XElement(link.Name.Namespace + "style", css));
        }
    }
}
