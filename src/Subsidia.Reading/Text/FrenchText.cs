using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Subsidia.Reading.Text;

/// <summary>Reading French dates, times, numbers and amounts as registers print them.</summary>
public static class FrenchText
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public const string MonthPattern = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
    public const string WeekdayPattern = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private const string NumberWord = "z[ée]ro|une?|premi[eè]re?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil|et";
    public const string NumberWordsPattern = "(?:(?:" + NumberWord + ")(?:[\\s\\-]+(?:" + NumberWord + "))*)";

    private const string DigitDatePattern = @"\b(\d{1,2})(?:er)?\s*(" + MonthPattern + @")\s+(\d{4})\b";
    private const string SlashDatePattern = @"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b";
    private const string IsoDatePattern = @"\b(\d{4})-(\d{2})-(\d{2})\b";
    private const string ClockPattern = @"(?<![\d/])(\d{1,2})\s*(?:h|heures?)\s*(\d{2})?(?![\d/\p{L}])";
    private const string WordClockPattern = "(" + NumberWordsPattern + @")\s+heures?(?:\s+(" + NumberWordsPattern + @"))?\b";

    private static readonly TieredRegex DigitDate = new(DigitDatePattern, Options);
    private static readonly TieredRegex SlashDate = new(SlashDatePattern);
    private static readonly TieredRegex IsoDate = new(IsoDatePattern);
    private static readonly TieredRegex Clock = new(ClockPattern, Options);
    private static readonly TieredRegex WordClock = new(WordClockPattern, Options);

    // The same patterns anchored where the search starts (\G): reading a date or a time at the start of a text
    // tries one position instead of scanning the whole rest of the document for a first match.
    private static readonly TieredRegex DigitDateAt = new(@"\G(?:" + DigitDatePattern + ")", Options);
    private static readonly TieredRegex SlashDateAt = new(@"\G(?:" + SlashDatePattern + ")");
    private static readonly TieredRegex IsoDateAt = new(@"\G(?:" + IsoDatePattern + ")");
    private static readonly TieredRegex ClockAt = new(@"\G(?:" + ClockPattern + ")", Options);
    private static readonly TieredRegex WordClockAt = new(@"\G(?:" + WordClockPattern + ")", Options);
    private static readonly TieredRegex WeekdayAt = new(@"\G(?:" + WeekdayPattern + @")\s+", Options);
    private static readonly TieredRegex Amount = new(
        @"(?<![\d,.])(-\s*)?(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[,.](\d{1,2}))?(?!\d)");

    /// <summary>Replaces typographic apostrophes, no-break spaces and tabs so that patterns stay simple.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' => '\'',
                '\u00A0' or '\u202F' or '\u2007' or '\u2009' => ' ',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\r' => '\n',
                '\f' => '\n',
                _ => c,
            });
        }

        return sb.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
    }

    /// <summary>Every run of white space (as <c>\s</c> reads it) as one space; the same string when there is none to change.</summary>
    public static string CollapseSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        for (; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                sb.Append(' ');
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else
            {
                sb.Append(text[i++]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The lines that follow the one where <paramref name="from"/> is, trimmed, read one at a time.</summary>
    public static IEnumerable<string> LinesAfter(string text, int from)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.IndexOf('\n', from);
        while (start >= 0)
        {
            var end = text.IndexOf('\n', start + 1);
            yield return text.AsSpan(start + 1, (end < 0 ? text.Length : end) - start - 1).Trim().ToString();
            start = end;
        }
    }

    /// <summary>Lower case without accents: for matching only.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FoldFast(text) ?? FoldByDecomposing(text);
    }

    // Latin letters with accents and the punctuation of French text (°, «, », –, ’, €…), folded once each by
    // decomposing them (the same rule as for a whole text); in a class of their own so that they are ready whatever
    // static field first folds a text. '\0': a character that does not fold to exactly one character.
    private static class FoldedCharacters
    {
        public const int LatinEnd = 0x250;
        public const int PunctuationStart = 0x2000;
        public const int PunctuationEnd = 0x20D0;

        public static readonly char[] Latin = Table(0x80, LatinEnd);
        public static readonly char[] Punctuation = Table(PunctuationStart, PunctuationEnd);

        private static char[] Table(int from, int to) => Enumerable.Range(from, to - from)
            .Select(c => FoldByDecomposing(((char)c).ToString()) is { Length: 1 } f ? f[0] : '\0')
            .ToArray();

        public static char Of(char c) => c switch
        {
            < (char)0x80 => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
            < (char)LatinEnd => Latin[c - 0x80],
            >= (char)PunctuationStart and < (char)PunctuationEnd => Punctuation[c - PunctuationStart],
            _ => '\0',
        };
    }

    // One character for one where every character folds to exactly one (the text of registers): the same result
    // as decomposing the whole text, without it. Null for any other text.
    private static string? FoldFast(string text)
    {
        foreach (var c in text)
        {
            if (FoldedCharacters.Of(c) == '\0')
            {
                return null;
            }
        }

        return FoldSameLength(text);
    }

    /// <summary>
    /// The text in lower case without accents, one character for one (a position in it is the same position in the
    /// text): as <see cref="Fold"/> for Latin text; a character that does not fold to exactly one is only lower-cased.
    /// </summary>
    public static string FoldSameLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, t) =>
        {
            var i = 0;
            while (i < t.Length)
            {
                // Runs of ASCII in one vectorised call, then the one character that is not.
                _ = System.Text.Ascii.ToLower(t.AsSpan(i), span[i..], out var done);
                i += done;
                if (i < t.Length)
                {
                    var folded = FoldedCharacters.Of(t[i]);
                    span[i] = folded == '\0' ? char.ToLowerInvariant(t[i]) : folded;
                    i++;
                }
            }
        });
    }

    private static string FoldByDecomposing(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static int? Month(string name) => Fold(name) switch
    {
        "janvier" => 1,
        "fevrier" => 2,
        "mars" => 3,
        "avril" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" => 7,
        "aout" => 8,
        "septembre" => 9,
        "octobre" => 10,
        "novembre" => 11,
        "decembre" => 12,
        _ => null,
    };

    /// <summary>Every date written in digits in the text, with its position.</summary>
    public static IEnumerable<(int Index, int Length, DateOnly Date)> Dates(string text)
    {
        foreach (Match m in DigitDate.Matches(text))
        {
            if (Make(m.Groups[3].Value, Month(m.Groups[2].Value), m.Groups[1].Value) is { } d)
            {
                yield return (m.Index, m.Length, d);
            }
        }

        foreach (Match m in SlashDate.Matches(text))
        {
            if (Make(m.Groups[3].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[1].Value) is { } d)
            {
                yield return (m.Index, m.Length, d);
            }
        }

        foreach (Match m in IsoDate.Matches(text))
        {
            if (Make(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value) is { } d)
            {
                yield return (m.Index, m.Length, d);
            }
        }
    }

    /// <summary>The first date written in digits in the text.</summary>
    public static DateOnly? FirstDate(string text) =>
        Dates(text).OrderBy(d => d.Index).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>The date at the very start of the text (after an optional weekday).</summary>
    public static DateOnly? LeadingDate(string text) => LeadingDate(text, 0);

    /// <summary>
    /// The date at <paramref name="start"/> in the text (after spaces), read in place: the same as
    /// <c>LeadingDate(text[start..])</c> without copying the rest of the text.
    /// </summary>
    public static DateOnly? LeadingDate(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = SkipSpaces(text, start);
        if (!StartsAfresh(text, i))
        {
            // What comes before could join the date to a word (\b, lookbehinds): read it on its own.
            return LeadingDate(text[i..], 0);
        }

        var w = WeekdayAt.Match(text, i);
        if (w.Success)
        {
            i += w.Length;
        }

        // A date can start the text in one form only: digits then a month name, a slash or a dash.
        var m = DigitDateAt.Match(text, i);
        if (m.Success)
        {
            return Make(m.Groups[3].Value, Month(m.Groups[2].Value), m.Groups[1].Value);
        }

        m = SlashDateAt.Match(text, i);
        if (m.Success)
        {
            return Make(m.Groups[3].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[1].Value);
        }

        m = IsoDateAt.Match(text, i);
        return m.Success ? Make(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value) : null;
    }

    private static int SkipSpaces(string text, int start)
    {
        var i = Math.Clamp(start, 0, text.Length);
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // Read in place, a pattern anchored at i sees the character before it (word boundaries, lookbehinds such as
    // "not after a digit or a slash"); read from a copy, it sees the start of a text. The two agree when that
    // character is a space or a punctuation mark other than a slash or a connector ("_"), or when there is none.
    private static bool StartsAfresh(string text, int i) =>
        i == 0 || i >= text.Length || char.IsWhiteSpace(text[i - 1])
        || (char.IsPunctuation(text[i - 1]) && text[i - 1] != '/'
            && CharUnicodeInfo.GetUnicodeCategory(text[i - 1]) != UnicodeCategory.ConnectorPunctuation);

    private static DateOnly? Make(string year, int? month, string day)
    {
        if (month is null || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return y is >= 1900 and <= 2100 && month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month.Value)
            ? new DateOnly(y, month.Value, d)
            : null;
    }

    /// <summary>Makes a date from parts, or null when they do not form one.</summary>
    public static DateOnly? MakeDate(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Reads a number written in French words: "deux mille vingt et un" → 2021, "dix-neuf" → 19.</summary>
    public static int? NumberFromWords(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = Fold(words).Replace("quatre-vingt", "quatrevingt", StringComparison.Ordinal)
            .Replace("quatre vingt", "quatrevingt", StringComparison.Ordinal)
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return null;
        }

        long total = 0, current = 0;
        var any = false;
        foreach (var token in tokens)
        {
            int? unit = token switch
            {
                "zero" => 0,
                "un" or "une" or "premier" or "premiere" => 1,
                "deux" => 2,
                "trois" => 3,
                "quatre" => 4,
                "cinq" => 5,
                "six" => 6,
                "sept" => 7,
                "huit" => 8,
                "neuf" => 9,
                "dix" => 10,
                "onze" => 11,
                "douze" => 12,
                "treize" => 13,
                "quatorze" => 14,
                "quinze" => 15,
                "seize" => 16,
                "vingt" or "vingts" => 20,
                "trente" => 30,
                "quarante" => 40,
                "cinquante" => 50,
                "soixante" => 60,
                "quatrevingt" or "quatrevingts" => 80,
                _ => null,
            };
            if (unit is { } u)
            {
                current += u;
                any = true;
            }
            else if (token is "cent" or "cents")
            {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            }
            else if (token is "mille" or "mil")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                any = true;
            }
            else if (token != "et")
            {
                return null;
            }
        }

        return any ? (int)(total + current) : null;
    }

    /// <summary>Reads "18h00", "18 h 30", "20 heures 00", "vingt heures trente" at the start of the text.</summary>
    public static TimeOnly? LeadingTime(string text) => LeadingTime(text, 0);

    /// <summary>The time at <paramref name="start"/> (after spaces), read in place: as <c>LeadingTime(text[start..])</c>.</summary>
    public static TimeOnly? LeadingTime(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = SkipSpaces(text, start);
        if (!StartsAfresh(text, i))
        {
            return LeadingTime(text[i..], 0);
        }

        var m = ClockAt.Match(text, i);
        if (m.Success)
        {
            return MakeTime(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0);
        }

        var w = WordClockAt.Match(text, i);
        if (w.Success && NumberFromWords(w.Groups[1].Value) is { } h)
        {
            var minutes = w.Groups[2].Success ? NumberFromWords(w.Groups[2].Value) ?? 0 : 0;
            return MakeTime(h, minutes);
        }

        return null;
    }

    /// <summary>The first clock time in the text.</summary>
    public static TimeOnly? FirstTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Clock.Match(text);
        var w = WordClock.Match(text);
        if (m.Success && (!w.Success || m.Index <= w.Index))
        {
            return LeadingTime(text, m.Index);
        }

        return w.Success ? LeadingTime(text, w.Index) : null;
    }

    private static TimeOnly? MakeTime(int h, int m) => h is >= 0 and < 24 && m is >= 0 and < 60 ? new TimeOnly(h, m) : null;

    /// <summary>"HH:mm".</summary>
    public static string Format(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"yyyy-MM-dd".</summary>
    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses "15 000", "2 033 729.68", "480 813,60", "- 529 109.27".</summary>
    public static decimal? ParseAmount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Amount.Match(text.Trim());
        return m.Success ? ToDecimal(m) : null;
    }

    /// <summary>Every amount followed by € / euros in the text.</summary>
    public static IEnumerable<(int Index, int Length, decimal Value)> EuroAmounts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Amount.Matches(text))
        {
            var after = text.AsSpan(m.Index + m.Length).TrimStart();
            if (after.StartsWith("€") || after.StartsWith("euro", StringComparison.OrdinalIgnoreCase)
                || after.StartsWith("EUR", StringComparison.Ordinal))
            {
                yield return (m.Index, m.Length, ToDecimal(m));
            }
        }
    }

    /// <summary>Every number in the text (amount-shaped).</summary>
    public static IEnumerable<(int Index, int Length, decimal Value)> Numbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Amount.Matches(text))
        {
            yield return (m.Index, m.Length, ToDecimal(m));
        }
    }

    private static decimal ToDecimal(Match m)
    {
        var integer = new string(m.Groups[2].Value.Where(char.IsDigit).ToArray());
        var value = decimal.Parse(integer, CultureInfo.InvariantCulture);
        if (m.Groups[3].Success)
        {
            var frac = m.Groups[3].Value;
            value += decimal.Parse(frac, CultureInfo.InvariantCulture) / (frac.Length == 1 ? 10m : 100m);
        }

        return m.Groups[1].Success ? -value : value;
    }

    /// <summary>"15 000 €" in French formatting for messages.</summary>
    public static string Money(decimal amount) => Subsidia.Domain.Common.French.Money(amount);
}
