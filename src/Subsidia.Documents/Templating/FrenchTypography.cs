using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Subsidia.Documents.Templating;

/// <summary>
/// French typography on the text of a document: a narrow no-break space (U+202F) before « : ; ! ? » and inside
/// « guillemets », straight double quotes turned into guillemets. Markup, style sheets and addresses are untouched.
/// </summary>
public static partial class FrenchTypography
{
    /// <summary>U+202F, espace fine insécable.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    public static void Apply(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var text in document.DescendantNodes().OfType<XText>().ToList())
        {
            if (text.Parent?.Name.LocalName is "style" or "script")
            {
                continue;
            }

            var fixedText = Fix(text.Value);
            if (!string.Equals(fixedText, text.Value, StringComparison.Ordinal))
            {
                text.Value = fixedText;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> Triggers = System.Buffers.SearchValues.Create(":;!?«»\"");

    /// <summary>Applies the rules to one text.</summary>
    public static string Fix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = ThousandsSpace().Replace(text, NarrowNoBreakSpace.ToString());
        s = SpaceBeforeUnit().Replace(s, "$1\u00A0$2");
        if (s.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return s;
        }

        s = StraightQuotes().Replace(s, "«$1»");
        s = SpaceBeforeDouble().Replace(s, $"{NarrowNoBreakSpace}$1");
        s = GlueBeforeDouble().Replace(s, $"$1{NarrowNoBreakSpace}$2");
        s = AfterOpeningGuillemet().Replace(s, $"«{NarrowNoBreakSpace}");
        s = BeforeClosingGuillemet().Replace(s, $"{NarrowNoBreakSpace}»");
        return s;
    }

    /// <summary>"15 000" keeps its groups of digits together.</summary>
    [GeneratedRegex("(?<=\\d) (?=\\d{3}(?!\\d))")]
    private static partial Regex ThousandsSpace();

    /// <summary>"15 000 €", "57 %": no line break between the figure and its unit.</summary>
    [GeneratedRegex("(\\d) ([€%])")]
    private static partial Regex SpaceBeforeUnit();

    /// <summary>"texte" → «texte» (spaces added by the guillemet rules).</summary>
    [GeneratedRegex("\"([^\"\\n]{1,200})\"")]
    private static partial Regex StraightQuotes();

    /// <summary>Ordinary or no-break spaces before a double punctuation mark become one narrow no-break space.</summary>
    [GeneratedRegex("[ \u00A0\u202F]+([:;!?])")]
    private static partial Regex SpaceBeforeDouble();

    /// <summary>A double punctuation mark glued to a word (";", "!", "?", or ":" followed by a space) gets its space; "http://" and "18:00" are left alone.</summary>
    [GeneratedRegex("([\\p{L}\\p{N}\\)»])([;!?]|:(?=[ \u00A0]|$))")]
    private static partial Regex GlueBeforeDouble();

    [GeneratedRegex("«[ \u00A0\u202F]*")]
    private static partial Regex AfterOpeningGuillemet();

    [GeneratedRegex("[ \u00A0\u202F]*»")]
    private static partial Regex BeforeClosingGuillemet();
}
