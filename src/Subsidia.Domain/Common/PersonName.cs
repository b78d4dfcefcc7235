using System.Globalization;
using System.Text;

namespace Subsidia.Domain.Common;

/// <summary>Comparison of person names as registers write them (accents, case, hyphens, initials).</summary>
public static class PersonName
{
    /// <summary>Upper case without accents, hyphens and apostrophes as spaces, single spaces: "CRABBE DIAWARA".</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    public static bool SameFamily(string a, string b) => Normalise(a) == Normalise(b);

    /// <summary>"JM" matches "Jean-Michel", "J" matches "Jean", "MO" matches "Marie-Odile".</summary>
    public static bool InitialsMatch(string initials, string? givenName)
    {
        if (givenName is null)
        {
            return false;
        }

        var wanted = Normalise(initials).Replace(" ", "", StringComparison.Ordinal);
        var actual = string.Concat(Normalise(givenName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p[0]));
        return wanted.Length > 0 && string.Equals(wanted, actual, StringComparison.Ordinal);
    }
}
