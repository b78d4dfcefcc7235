using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Subsidia.OpenData.Import;

/// <summary>Lenient readers for values as French authorities publish them: amounts, dates, periods.</summary>
public static partial class FrenchValues
{
    private static readonly System.Buffers.SearchValues<char> PlainNumber = System.Buffers.SearchValues.Create("0123456789.-");

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "d/M/yyyy", "yyyyMMdd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd/MM/yy"];

    /// <summary>
    /// Reads an amount: "26 956,00", "100000.0", "1.234.567,89", "1 234,5 €", "-12,5". Returns false with a French
    /// reason for scientific notation (digits lost) or anything that is not an amount.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal amount, out string? reason)
    {
        amount = 0;
        reason = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "montant absent";
            return false;
        }

        if (text.AsSpan().IndexOfAnyExcept(PlainNumber) < 0
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return true;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '€' or '\'')
            {
                continue;
            }

            sb.Append(c);
        }

        var s = sb.ToString();
        if (s.EndsWith("EUR", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^3];
        }

        if (s.Contains('E', StringComparison.OrdinalIgnoreCase))
        {
            reason = $"« {text} » est en notation scientifique : le tableur a arrondi le montant, il n'est pas repris";
            return false;
        }

        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            // The last separator is the decimal one, the other groups thousands.
            s = lastComma > lastDot
                ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')
                : s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (lastComma >= 0)
        {
            s = s.Count(c => c == ',') > 1 ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(',', '.');
        }
        else if (lastDot >= 0 && s.Count(c => c == '.') > 1)
        {
            s = s.Replace(".", "", StringComparison.Ordinal);
        }

        if (s.Length == 0 || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            reason = $"« {text} » n'est pas un montant";
            return false;
        }

        return true;
    }

    /// <summary>Reads a date written 2017-04-13, 2017/09/08, 06/12/2022 (day first) or 13-04-2017.</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (Validation.CellCheck.TryIsoDate(s, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a payment date or period: "2017-03-30/2017-05-24", "2017/09/08_2021/09/07", "2017-01-01_2017-12-31",
    /// "06/12/2022". Returns false when no date can be read.
    /// </summary>
    public static bool TryParsePeriod(string? text, out DateOnly from, out DateOnly? to)
    {
        from = default;
        to = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length == 10 && Validation.CellCheck.TryIsoDate(span, out from))
        {
            return true;
        }

        if (span.Length == 21 && span[10] is '/' or '_'
            && Validation.CellCheck.TryIsoDate(span[..10], out from) && Validation.CellCheck.TryIsoDate(span[11..], out var last))
        {
            to = last;
            return true;
        }

        var dates = DateToken().Matches(text).Select(m => m.Value).ToList();
        if (dates.Count is 0 or > 2 || !TryParseDate(dates[0], out from))
        {
            return false;
        }

        if (dates.Count == 2)
        {
            if (!TryParseDate(dates[1], out var end))
            {
                return false;
            }

            to = end;
        }

        return true;
    }

    /// <summary>Lower case, accents removed, single spaces: "Échelonné " → "echelonne".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex DateToken();
}
