using System.Text;
using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>One item of a list of people, before interpretation.</summary>
public sealed class ListItem
{
    private readonly StringBuilder _text = new();
    private string? _value;

    public void Append(string word)
    {
        _text.Append(word);
        _value = null;
    }

    public void AppendSpace()
    {
        if (_text.Length > 0 && _text[^1] != ' ')
        {
            _text.Append(' ');
            _value = null;
        }
    }
    public List<string> Notes { get; } = [];
    public string? Civility { get; set; }
    /// <summary>The civility was written before this name (not carried over from a previous one).</summary>
    public bool ExplicitCivility { get; set; }
    public string? Commune { get; set; }
    /// <summary>The item began a line (column layouts flattened into lines).</summary>
    public bool StartsLine { get; set; }
    /// <summary>The item followed a comma (or "et") rather than a line break.</summary>
    public bool AfterComma { get; set; }

    public string Value => _value ??= _text.ToString().Trim().Trim(',', ';', '.', ' ', '-', '–');

    /// <summary>No name yet: <see cref="Value"/> would be empty (told without building it).</summary>
    public bool IsEmpty
    {
        get
        {
            if (_value is not null)
            {
                return _value.Length == 0;
            }

            for (var i = 0; i < _text.Length; i++)
            {
                if (!char.IsWhiteSpace(_text[i]) && _text[i] is not (',' or ';' or '.' or '-' or '–'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public override string ToString() => Value + (Notes.Count > 0 ? " (" + string.Join(") (", Notes) + ")" : "");
}

/// <summary>
/// Splits a list of people the way registers write them: commas, "et", line breaks, civilities that open a new
/// name, commune labels ("Arguel : M. André AVIS"), parenthesised notes attached to the name before them.
/// </summary>
public static class ListText
{
    public static List<ListItem> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = LabelPattern.Replace(text, m => $"\u0001{m.Groups[1].Value.Trim()}\u0002");
        var items = new List<ListItem>();
        var current = new ListItem { StartsLine = true };
        string? civility = null;
        string? commune = null;
        var lineStart = true;
        var afterComma = false;

        void Flush()
        {
            if (!current.IsEmpty || current.Notes.Count > 0)
            {
                if (current.IsEmpty && items.Count > 0)
                {
                    items[^1].Notes.AddRange(current.Notes);
                }
                else
                {
                    items.Add(current);
                }
            }

            current = new ListItem { StartsLine = lineStart, AfterComma = afterComma, Commune = commune };
            lineStart = false;
            afterComma = false;
        }

        var i = 0;
        var closedParen = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\u0001')
            {
                var end = text.IndexOf('\u0002', i);
                Flush();
                commune = text[(i + 1)..end];
                current.Commune = commune;
                i = end + 1;
                closedParen = false;
                continue;
            }

            if (c == '(')
            {
                var depth = 0;
                var j = i;
                for (; j < text.Length; j++)
                {
                    if (text[j] == '(') depth++;
                    else if (text[j] == ')' && --depth == 0) break;
                }

                var note = text[(i + 1)..Math.Min(j, text.Length)];
                note = FrenchText.CollapseSpaces(note).Trim();
                if (current.IsEmpty && items.Count > 0 && current.Notes.Count == 0)
                {
                    items[^1].Notes.Add(note);
                }
                else
                {
                    current.Notes.Add(note);
                }

                i = j + 1;
                closedParen = true;
                continue;
            }

            if (c is ',' or ';' || (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && EndsSentence(current)))
            {
                Flush();
                afterComma = c is ',' or ';';
                current.AfterComma = afterComma;
                i++;
                closedParen = false;
                continue;
            }

            if (c == '\n')
            {
                // A line that continues an open note or a name cut by the layout stays in the item.
                Flush();
                lineStart = true;
                current.StartsLine = true;
                i++;
                closedParen = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                current.AppendSpace();
                i++;
                continue;
            }

            // A word: civilities open a new name, " et " separates two names.
            var wordEnd = i;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] is not (',' or ';' or '(' or '\u0001'))
            {
                wordEnd++;
            }

            var word = text[i..wordEnd];
            var bare = word.TrimEnd('.');
            if (PersonText.IsCivility(word) || PersonText.IsCivility(bare))
            {
                var previous = LastWord(current.Value);
                if (!current.IsEmpty && (previous is null || !PersonText.IsConnector(previous)))
                {
                    Flush();
                }

                if (current.IsEmpty)
                {
                    civility = PersonText.NormaliseCivility(word);
                    current.Civility = civility;
                    current.ExplicitCivility = true;
                    i = wordEnd;
                    closedParen = false;
                    continue;
                }
            }
            else if (word is "et" or "&" && !current.IsEmpty && LastWord(current.Value) is { } lw && !PersonText.IsConnector(lw))
            {
                Flush();
                afterComma = true;
                current.AfterComma = true;
                i = wordEnd;
                closedParen = false;
                continue;
            }
            else if (closedParen && !current.IsEmpty && char.IsUpper(word[0]))
            {
                // "A Alonzo (jusqu à D110/13) P Sautrey": a name glued after a note.
                Flush();
            }

            if (current.IsEmpty && current.Civility is null)
            {
                current.Civility = civility;
            }

            current.Append(word);
            i = wordEnd;
            closedParen = false;
        }

        Flush();
        return items;
    }

    private static bool EndsSentence(ListItem item)
    {
        var last = LastWord(item.Value);
        return last is null || !(PersonText.IsCivility(last + ".") || PersonText.IsInitialsToken(last) || PersonText.IsInitialsToken(last + "."));
    }

    private static string? LastWord(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end == 0 ? null : text[(text.LastIndexOf(' ', end - 1) + 1)..end];
    }

    /// <summary>"Arguel :", "Vaux-les-Prés :", "La Chevillotte :" before a civility: a commune label.</summary>
    private static readonly TieredRegex LabelPattern = new(@"(?<=^|[\s,;)])((?>\p{Lu}\p{Ll}[\p{L}'\-]*|\p{Lu}'[\p{L}'\-]+)(?>\s+(?>\p{Lu}\p{Ll}[\p{L}'\-]*|\p{Ll}[\p{Ll}'\-]{0,4}))*)\s*:\s*(?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame|\p{Lu}))");
}
