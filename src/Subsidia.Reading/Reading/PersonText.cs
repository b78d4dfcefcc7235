using System.Text;
using System.Text.RegularExpressions;
using Subsidia.Domain.Common;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>A person as a list names them: civility, given name (or initials), family name, commune.</summary>
public sealed record PersonRef(string? Civility, string? Given, string Family, string? Commune)
{
    /// <summary>"Jean-Louis FOUSSERET", "JM. ROTH", "BOURGEOIS".</summary>
    public string Display => Given is null ? Family : $"{Given} {Family}";

    /// <summary>Normalised family name (computed once: the family name never changes on a copy).</summary>
    public string FamilyKey { get; } = PersonName.Normalise(Family);

    /// <summary>True when the given name is only initials ("JM.", "S").</summary>
    public bool GivenIsInitials => Given is not null && PersonText.IsInitialsToken(Given);

    /// <summary>The given name's initials: "Jean-Michel" → "JM".</summary>
    public string? Initials => Given is null ? null
        : GivenIsInitials ? PersonName.Normalise(Given).Replace(" ", "", StringComparison.Ordinal)
        : string.Concat(PersonName.Normalise(Given).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p[0]));

    /// <summary>Whether two references can name the same person (same family, compatible given names).</summary>
    public bool Matches(PersonRef other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return FamilyKey == other.FamilyKey && GivenCompatible(other);
    }

    public bool GivenCompatible(PersonRef other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Given is null || other.Given is null)
        {
            return true;
        }

        if (!GivenIsInitials && !other.GivenIsInitials)
        {
            return PersonName.Normalise(Given).Replace(" ", "", StringComparison.Ordinal)
                == PersonName.Normalise(other.Given).Replace(" ", "", StringComparison.Ordinal);
        }

        var a = Initials!;
        var b = other.Initials!;
        return a == b || (GivenIsInitials && a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal))
            || (other.GivenIsInitials && b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));
    }
}

/// <summary>Splitting lists of names and reading one name, as French registers write them.</summary>
public static class PersonText
{
    private static readonly HashSet<string> SingularCivilities = new(StringComparer.OrdinalIgnoreCase)
    {
        "M.", "Mr", "Mr.", "Mme", "Mme.", "Mlle", "Mlle.", "Melle", "Monsieur", "Madame", "Mademoiselle",
        "Maître", "Me", "Docteur", "Dr", "Dr.", "Pr", "Professeur",
    };

    private static readonly HashSet<string> PluralCivilities = new(StringComparer.OrdinalIgnoreCase)
    {
        "MM.", "Mmes", "Mmes.", "Messieurs", "Mesdames", "Mesdemoiselles",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "maire", "président", "présidente", "vice-président", "vice-présidente", "adjoint", "adjointe", "adjoints",
        "conseiller", "conseillère", "conseillers", "municipal", "municipale", "communautaire", "délégué", "déléguée",
        "secrétaire", "1er", "1ère", "2ème", "2e", "3ème", "3e", "4ème", "5ème", "6ème", "7ème", "8ème",
        "départemental", "départementale", "général", "générale", "régional", "régionale", "vice", "doyen", "doyenne",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "à", "a", "par", "de", "pour", "suppléant", "suppléante", "remplaçant", "remplaçante", "au",
    };

    public static bool IsCivility(string token) => SingularCivilities.Contains(token) || PluralCivilities.Contains(token);

    public static bool IsPluralCivility(string token) => PluralCivilities.Contains(token);

    /// <summary>"JM.", "JP", "S", "J.-M.": initials of a given name.</summary>
    public static bool IsInitialsToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        // One or two capitals ("JM", "S"); up to three then a period ("JM."); letters each with a period and an
        // optional hyphen ("J.-M.", "J.P."); or two letters around a hyphen ("J-M", "J.-M."). A final line feed is
        // ignored, as a pattern's "$" would. Hot: every word of every list goes through here.
        var t = token.AsSpan();
        if (t.Length > 0 && t[^1] == '\n')
        {
            t = t[..^1];
        }

        if (t.Length is 1 or 2 && AllCapitals(t))
        {
            return true;
        }

        if (t.Length is >= 2 and <= 4 && t[^1] == '.' && AllCapitals(t[..^1]))
        {
            return true;
        }

        return LettersWithPeriods(t) || TwoLettersAroundHyphen(t);
    }

    private static bool IsCapital(char c) => c is >= 'A' and <= 'Z';

    private static bool AllCapitals(ReadOnlySpan<char> t)
    {
        foreach (var c in t)
        {
            if (!IsCapital(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"J.", "J.-M.", "J.P.-L.": one to three capitals, each with a period and an optional hyphen.</summary>
    private static bool LettersWithPeriods(ReadOnlySpan<char> t)
    {
        var i = 0;
        var groups = 0;
        while (i < t.Length)
        {
            if (groups == 3 || i + 1 >= t.Length || !IsCapital(t[i]) || t[i + 1] != '.')
            {
                return false;
            }

            i += 2;
            if (i < t.Length && t[i] == '-')
            {
                i++;
            }

            groups++;
        }

        return groups > 0;
    }

    /// <summary>"J-M", "J.-M.", "J-M.": a capital, an optional period, a hyphen, a capital, an optional period.</summary>
    private static bool TwoLettersAroundHyphen(ReadOnlySpan<char> t)
    {
        var i = 0;
        if (i >= t.Length || !IsCapital(t[i++]))
        {
            return false;
        }

        if (i < t.Length && t[i] == '.')
        {
            i++;
        }

        if (i >= t.Length || t[i++] != '-' || i >= t.Length || !IsCapital(t[i++]))
        {
            return false;
        }

        if (i < t.Length && t[i] == '.')
        {
            i++;
        }

        return i == t.Length;
    }

    private static bool IsUpperToken(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsRoleToken(string token) => RoleWords.Contains(token.Trim(',', '.', ';'));

    /// <summary>
    /// Reads one name with its civility: "M. Jean-Louis FOUSSERET", "JP. BASSELIN", "RICHARD Bernard", "S Boissard",
    /// "Docteur LEGENDRE", "MarieCécile MORICE", "M. DELAERE Hubert de JOUARRE". Null when the text is not a name.
    /// </summary>
    public static PersonRef? ParseName(string text, string? civility = null, string? commune = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Contains('(', StringComparison.Ordinal) ? FootnotePattern.Replace(text, " ") : text;
        var words = cleaned.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(words.Length);
        foreach (var word in words)
        {
            var t = word.Trim(TokenPunctuation);
            if (t.Length > 0)
            {
                tokens.Add(t);
            }
        }

        while (tokens.Count > 0 && IsCivility(tokens[0]))
        {
            civility = NormaliseCivility(tokens[0]);
            tokens.RemoveAt(0);
        }

        // Trailing role words ("Claude DUPONT Maire") and final periods.
        var roleAt = tokens.FindIndex(t => IsRoleToken(t) && !IsUpperToken(t));
        if (roleAt > 0)
        {
            tokens.RemoveRange(roleAt, tokens.Count - roleAt);
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var bare = t.TrimEnd('.');
            tokens[k] = bare.Length == 0 || IsInitialsToken(t) ? t : bare;
        }

        if (tokens.Count == 0 || tokens.Count > 7 || tokens.Exists(t => HasDigit(t) || t.Contains('@', StringComparison.Ordinal)))
        {
            return null;
        }

        if (tokens.All(IsRoleToken))
        {
            return null;
        }

        // Initials first: "JL Bouchard", "JP. BASSELIN", "N Ferreira de Souza".
        if (tokens.Count >= 2 && IsInitialsToken(tokens[0]) && (tokens[0].Contains('.', StringComparison.Ordinal) || tokens[0].Length == 1 || !IsUpperToken(tokens[1])))
        {
            var family = string.Join(' ', tokens.Skip(1));
            return family.Length > 0 && char.IsUpper(family[0]) ? new PersonRef(civility, tokens[0], family, commune) : null;
        }

        var firstUpper = tokens.FindIndex(IsUpperToken);
        if (firstUpper < 0)
        {
            // Mixed case only: "Jean Dupont" (every word capitalised); prose is not a name.
            if (tokens.Any(t => !char.IsUpper(t[0])) || tokens.Count > 4)
            {
                return tokens.Count == 1 && char.IsUpper(tokens[0][0]) && civility is not null ? new PersonRef(civility, null, tokens[0], commune) : null;
            }

            return tokens.Count == 1
                ? new PersonRef(civility, null, tokens[0], commune)
                : new PersonRef(civility, Unglue(string.Join(' ', tokens.Take(tokens.Count - 1))), tokens[^1], commune);
        }

        var end = firstUpper;
        while (end < tokens.Count && IsUpperToken(tokens[end]))
        {
            end++;
        }

        var familyName = string.Join(' ', tokens.Skip(firstUpper).Take(end - firstUpper));
        var before = tokens.Take(firstUpper).ToList();
        var after = tokens.Skip(end).ToList();
        if (before.Any(t => !char.IsUpper(t[0]) && !IsParticle(t)))
        {
            return null;
        }

        string? given = null;
        if (before.Count > 0)
        {
            given = string.Join(' ', before);
        }
        else if (after.Count > 0)
        {
            // "RICHARD Bernard", "DELAERE Hubert de JOUARRE" (commune after "de").
            var de = after.FindIndex(t => t is "de" or "d'" or "du");
            var givenTokens = de >= 0 ? after.Take(de).ToList() : after;
            if (de >= 0 && after.Skip(de + 1).Any())
            {
                commune ??= string.Join(' ', after.Skip(de + 1));
            }

            if (givenTokens.Any(t => !char.IsUpper(t[0])) || givenTokens.Count > 3)
            {
                return null;
            }

            given = givenTokens.Count > 0 ? string.Join(' ', givenTokens) : null;
        }
        else if (after.Count > 0)
        {
            return null;
        }

        return new PersonRef(civility, given is null ? null : Unglue(given), familyName, commune);
    }

    private static readonly char[] TokenSeparators = [' ', '\n', '\t'];
    private static readonly char[] TokenPunctuation = [',', ';', ':', '*'];

    private static bool HasDigit(string token)
    {
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticle(string t) => t is "de" or "du" or "d'" or "des" or "la" or "le" or "von" or "van" or "dit";

    /// <summary>"JeanPierre" → "Jean-Pierre", "MarieCécile" → "Marie-Cécile".</summary>
    public static string Unglue(string given)
    {
        var sb = new StringBuilder(given.Length + 2);
        for (var i = 0; i < given.Length; i++)
        {
            if (i > 0 && char.IsUpper(given[i]) && char.IsLower(given[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(given[i]);
        }

        return sb.ToString();
    }

    public static string NormaliseCivility(string token) => FrenchText.Fold(token.TrimEnd('.')) switch
    {
        "m" or "mr" or "monsieur" or "mm" or "messieurs" => "M.",
        "mme" or "madame" or "mmes" or "mesdames" => "Mme",
        "mlle" or "melle" or "mademoiselle" or "mesdemoiselles" => "Mlle",
        "maitre" or "me" => "Maître",
        "docteur" or "dr" => "Docteur",
        "pr" or "professeur" => "Professeur",
        _ => token,
    };

    /// <summary>Strips a leading civility from a name phrase and cuts it at a role or a span ("M. Fabrice TAILLARD jusqu'au 0.1").</summary>
    public static PersonRef? ParseNamePhrase(string phrase, string? commune = null)
    {
        var cut = SpanText.CutAtOperator(phrase);
        var comma = cut.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            cut = cut[..comma];
        }

        return ParseName(cut.Trim().TrimEnd('.', ';'), null, commune);
    }

    /// <summary>
    /// The name at the start of a sentence: stops at a comma, a period that is not a civility's or an initial's,
    /// " - " or a line break. "M. Jean-Louis FOUSSERET. La séance" → "M. Jean-Louis FOUSSERET".
    /// </summary>
    public static string CutSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.TrimStart();
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c is ',' or ';' or ':' or '\n' or '(')
            {
                return t[..i].Trim();
            }

            if (c == '.' && (i + 1 >= t.Length || char.IsWhiteSpace(t[i + 1])))
            {
                var start = i;
                while (start > 0 && !char.IsWhiteSpace(t[start - 1]))
                {
                    start--;
                }

                var word = t[start..(i + 1)];
                if (!IsCivility(word) && !IsInitialsToken(word))
                {
                    return t[..i].Trim();
                }
            }

            if (c == '-' && i > 0 && t[i - 1] == ' ' && i + 1 < t.Length && t[i + 1] == ' ')
            {
                return t[..i].Trim();
            }
        }

        return t.Trim();
    }

    /// <summary>True when a list item is prose rather than a name ("les membres du Conseil").</summary>
    public static bool LooksLikeProse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(t => t.Length > 0 && char.IsLower(t[0]) && !IsParticle(t)) >= 2;

    internal static bool IsConnector(string token) => Connectors.Contains(token);

    private static readonly TieredRegex FootnotePattern = new(@"\(\s*\d\s*\)");
}
