using System.Text;
using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>The order of passage as one logical line, and its keys, however the layout wrapped it.</summary>
/// <param name="Line">The heading and the whole list on one line ("Ordre de passage des rapports : 0.1, 2.1, …").</param>
/// <param name="CutAmbiguously">Two digits on either side of a hyphen at a line break ("1.1-2"): one key or two.</param>
internal sealed record OrderOfPassageLine(string Line, IReadOnlyList<string> CutAmbiguously);

/// <summary>
/// Rebuilds the order of passage that <c>pdftotext -layout</c> (or a narrow column) wrapped over several lines:
/// indented continuation lines, a heading cut before its colon, words and keys cut by a hyphen at the end of a line.
/// </summary>
/// <remarks>
/// A line continues the list when it holds only keys and separators ("5.2, 5.3, 6.1", "question n° 12 et 13") and
/// the line before did not end the sentence with a period. A hyphen glued to the end of a line joins the two halves of
/// a cut word or key ("délibé-" + "rations", "1.2.-" + "3", "D98/-" + "13"). Between two digits it cannot be told from
/// a separator ("1.1-" + "2": the key 1.12, or 1.1 then 2): that piece is reported and neither reading is kept.
/// </remarks>
internal static class OrderOfPassageText
{
    /// <summary>How far the heading's colon may be from "Ordre de passage" (a heading wrapped over a few lines).</summary>
    private const int HeadingSpan = 240;

    private static readonly TieredRegex Start = new(@"Ordre\s+de\s+passage", RegexOptions.IgnoreCase, "passage");

    /// <summary>A whole key: "2.1", "12", "question n° 12", "D 98/13".</summary>
    private static readonly TieredRegex WholeKey = new(@"^(?:question\s*n?\s*[°o]?\s*\d+|D\s*\d+\s*/\s*\d+|\d+(?:\.\d+)*)$", RegexOptions.IgnoreCase);

    /// <summary>A piece of a continuation line: a key, or a half of one cut at the end of the line before.</summary>
    private static readonly TieredRegex KeyPiece = new(@"^(?:n°|no|D)?[\d./][\d./]*-?$", RegexOptions.IgnoreCase);

    private static readonly TieredRegex ListSeparator = new(@"[,;]|\s+(?:et|puis|&)\s+", RegexOptions.IgnoreCase);

    private static readonly HashSet<string> KeyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "question", "questions", "n°", "n", "°", "no", "D", "et", "puis", "&",
    };

    private static readonly char[] Separators = [' ', '\t', ',', ';'];

    /// <summary>
    /// The first order of passage whose heading starts before <paramref name="within"/>, joined over its lines; null
    /// when the text has none ("Ordre de passage" in a sentence without a colon is not one).
    /// </summary>
    public static OrderOfPassageLine? Find(string text, int within)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Start.MayMatch(text))
        {
            return null;
        }

        for (var start = Start.Match(text); start.Success && start.Index < within; start = start.NextMatch())
        {
            var colon = HeadingColon(text, start.Index + start.Length);
            if (colon < 0)
            {
                continue;
            }

            var ambiguous = new List<string>();
            var heading = JoinHeading(text[start.Index..colon]);
            var list = JoinList(ListLines(text, colon + 1), ambiguous);
            return new OrderOfPassageLine(heading + ": " + list, ambiguous);
        }

        return null;
    }

    /// <summary>
    /// Every key of the list, in order, and the pieces that are not keys. The list is cut at commas, semicolons,
    /// "et" and "puis"; a piece is a key as a whole ("question n° 12"), or a run of keys separated by spaces
    /// ("0.1 2.1"); anything else that holds a digit ("2.?", "3,5 bis") is unreadable and gives no key.
    /// </summary>
    public static List<string> Keys(string list, List<string> unreadable)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(unreadable);
        var keys = new List<string>();
        foreach (var raw in ListSeparator.Split(list))
        {
            var piece = raw.Trim().TrimEnd('.').Trim();
            if (piece.Length == 0 || !piece.Any(char.IsDigit))
            {
                continue;
            }

            if (WholeKey.IsMatch(piece))
            {
                keys.Add(piece);
                continue;
            }

            var words = piece.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (words.All(w => WholeKey.IsMatch(w.TrimEnd('.'))))
            {
                keys.AddRange(words.Select(w => w.TrimEnd('.')));
                continue;
            }

            unreadable.Add(piece);
        }

        return keys;
    }

    /// <summary>The colon that ends the heading, within a few lines and without crossing a blank line; -1 if none.</summary>
    private static int HeadingColon(string text, int from)
    {
        var limit = Math.Min(text.Length, from + HeadingSpan);
        var breaks = 0;
        for (var i = from; i < limit; i++)
        {
            switch (text[i])
            {
                case ':':
                    return i;
                case '\n':
                    // The heading goes on over at most two line breaks, never past a blank line or a sentence's end.
                    if (++breaks > 2 || IsBlankLineAt(text, i + 1) || text.AsSpan(from, i - from).TrimEnd().EndsWith("."))
                    {
                        return -1;
                    }

                    break;
                default:
                    break;
            }
        }

        return -1;
    }

    private static bool IsBlankLineAt(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i >= text.Length || text[i] == '\n';
    }

    private static string JoinHeading(string heading)
    {
        var lines = heading.Split('\n');
        var sb = new StringBuilder(lines[0].TrimEnd());
        for (var k = 1; k < lines.Length; k++)
        {
            var next = lines[k].Trim();
            if (sb.Length > 1 && sb[^1] == '-' && !char.IsWhiteSpace(sb[^2]) && next.Length > 0 && char.IsLetter(next[0]))
            {
                // "délibé-" + "rations": a word cut by the layout.
                sb.Length--;
            }
            else
            {
                sb.Append(' ');
            }

            sb.Append(next);
        }

        return sb.ToString().TrimEnd() + " ";
    }

    /// <summary>The lines of the list: the rest of the heading's line (or the next line when it is empty), then the continuation lines.</summary>
    private static List<string> ListLines(string text, int from)
    {
        var lines = new List<string>();
        var position = from;
        string? Next()
        {
            if (position > text.Length)
            {
                return null;
            }

            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            position = end < 0 ? text.Length + 1 : end + 1;
            return line;
        }

        var first = Next();
        while (first is not null && first.Trim().Length == 0 && lines.Count == 0)
        {
            // "Ordre de passage des rapports :" alone on its line: the list starts on the next line with text.
            first = Next();
        }

        if (first is null)
        {
            return lines;
        }

        lines.Add(first);
        while (true)
        {
            var previous = lines[^1].TrimEnd();
            if (EndsSentence(previous))
            {
                break;
            }

            var save = position;
            var line = Next();
            if (line is not null && line.Trim().Length == 0 && previous.Length > 0 && previous[^1] is ',' or ';')
            {
                // A comma then a blank line: the layout spaced the lines; the list goes on if keys follow.
                line = Next();
            }

            if (line is null || !IsKeyLine(line))
            {
                position = save;
                break;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A period after a key or a word, not cut by a hyphen: the list is over.</summary>
    private static bool EndsSentence(string line) => line.Length > 0 && line[^1] == '.' && !line.EndsWith(".-", StringComparison.Ordinal);

    /// <summary>Only keys, halves of keys and separators: "5.2, 5.3, 6.1", "   question n° 12 et 13", "3 -".</summary>
    private static bool IsKeyLine(string line)
    {
        var words = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var anyKey = false;
        foreach (var word in words)
        {
            var w = word.TrimEnd('.');
            if (w is "-" or "–" || KeyWords.Contains(w))
            {
                continue;
            }

            if (!KeyPiece.IsMatch(word) || !word.Any(char.IsDigit))
            {
                return false;
            }

            anyKey = true;
        }

        return anyKey;
    }

    /// <summary>Joins the list's lines; a hyphen glued to the end of a line joins the halves of a key when they can only be one.</summary>
    private static string JoinList(List<string> lines, List<string> unreadable)
    {
        var sb = new StringBuilder(lines.Count == 0 ? "" : lines[0].Trim());
        for (var k = 1; k < lines.Count; k++)
        {
            var next = lines[k].Trim();
            var cut = sb.Length > 1 && sb[^1] == '-' && !char.IsWhiteSpace(sb[^2]);
            if (!cut)
            {
                sb.Append(' ').Append(next);
                continue;
            }

            var before = LastPiece(sb);
            var after = FirstPiece(next);
            var head = before[..^1];
            if (head.Length > 0 && (head[^1] is '.' or '/' || char.IsLetter(head[^1]) || after.StartsWith('.') || after.StartsWith('/')))
            {
                // "1.2.-" + "3", "D98/-" + "13", "ques-" + "tion": one key or word cut in two.
                sb.Length--;
                sb.Append(next);
                continue;
            }

            // "1.1-" + "2": the key 1.12, or 1.1 then 2? Neither is kept.
            unreadable.Add(before + after);
            sb.Length -= before.Length;
            sb.Append(", ").Append(next.AsSpan(after.Length).TrimStart());
        }

        return sb.ToString();
    }

    private static string LastPiece(StringBuilder sb)
    {
        var i = sb.Length;
        while (i > 0 && !char.IsWhiteSpace(sb[i - 1]) && sb[i - 1] is not (',' or ';'))
        {
            i--;
        }

        return sb.ToString(i, sb.Length - i);
    }

    private static string FirstPiece(string line)
    {
        var i = 0;
        while (i < line.Length && !char.IsWhiteSpace(line[i]) && line[i] is not (',' or ';'))
        {
            i++;
        }

        return line[..i];
    }
}
