using System.Globalization;
using System.Text;
using Subsidia.Domain.Identifiers;

namespace Subsidia.OpenData.Actes;

/// <summary>Nature of an act in @ctes (code and abbreviation, as in the Pastell connector).</summary>
public enum ActesNature
{
    /// <summary>1 DE Délibérations.</summary>
    Deliberation = 1,
    /// <summary>2 AR Actes réglementaires.</summary>
    RegulatoryAct = 2,
    /// <summary>3 AI Actes individuels.</summary>
    IndividualAct = 3,
    /// <summary>4 CC Contrats, conventions et avenants.</summary>
    Contract = 4,
    /// <summary>5 BF Documents budgétaires et financiers.</summary>
    Budget = 5,
    /// <summary>6 AU Autres.</summary>
    Other = 6,
}

/// <summary>
/// An @ctes act identifier, <c>DDD-SIREN-YYYYMMDD-NUMERO-NN</c>: department on three characters, the authority's
/// SIREN, the <b>decision</b> date, the internal number in ACTES characters, the nature's abbreviation
/// ("025-242500361-20120509-2012_001753-DE").
/// </summary>
public sealed record ActesActId(string Department, string Siren, DateOnly DecisionDate, string Number, ActesNature Nature)
{
    public override string ToString() =>
        $"{Department}-{Siren}-{DecisionDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Number}-{ActesIdentifier.Abbreviation(Nature)}";

    /// <summary>Parses an identifier as printed on the stamp or in an acknowledgment.</summary>
    public static ActesActId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('-');
        if (parts.Length != 5
            || parts[0].Length != 3
            || !(parts[1].Length == 9 && parts[1].All(char.IsAsciiDigit))
            || !DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || parts[3].Length is 0 or > ActesIdentifier.MaxNumberLength
            || ActesIdentifier.NatureOf(parts[4]) is not { } nature)
        {
            throw new FormatException($"« {text} » n'est pas un identifiant d'acte @ctes (DDD-SIREN-AAAAMMJJ-NUMERO-NN).");
        }

        return new ActesActId(parts[0], parts[1], date, parts[3], nature);
    }
}

/// <summary>Builds @ctes identifiers and normalises their parts.</summary>
public static class ActesIdentifier
{
    /// <summary>The internal number (NumeroInterne) has at most 15 characters among A–Z, 0–9 and "_".</summary>
    public const int MaxNumberLength = 15;

    private static readonly string[] Abbreviations = ["DE", "AR", "AI", "CC", "BF", "AU"];

    public static string Abbreviation(ActesNature nature) => Abbreviations[(int)nature - 1];

    public static ActesNature? NatureOf(string abbreviation)
    {
        var i = Array.IndexOf(Abbreviations, abbreviation.ToUpperInvariant());
        return i < 0 ? null : (ActesNature)(i + 1);
    }

    /// <summary>Builds the identifier; throws <see cref="ArgumentException"/> (in French) on a bad SIREN or number.</summary>
    public static ActesActId Create(string department, string siren, DateOnly decisionDate, string internalNumber, ActesNature nature = ActesNature.Deliberation)
    {
        ArgumentNullException.ThrowIfNull(siren);
        if (!Siren.IsValid(siren))
        {
            throw new ArgumentException($"« {siren} » n'est pas un SIREN valide (9 chiffres, clé de Luhn).", nameof(siren));
        }

        return new ActesActId(NormaliseDepartment(department), siren, decisionDate, NormaliseNumber(internalNumber), nature);
    }

    /// <summary>"25" → "025", "2A" → "02A", "974" → "974".</summary>
    public static string NormaliseDepartment(string department)
    {
        ArgumentNullException.ThrowIfNull(department);
        var d = department.Trim().ToUpperInvariant();
        if (d.Length is 0 or > 3 || !d.All(c => char.IsAsciiDigit(c) || c is 'A' or 'B'))
        {
            throw new ArgumentException($"« {department} » n'est pas un code de département.", nameof(department));
        }

        return d.PadLeft(3, '0');
    }

    /// <summary>
    /// The internal number in ACTES characters: upper case, accents removed, any other character turned into "_"
    /// (runs collapsed, none at the ends); when longer than 15 characters the underscores are dropped, and a number
    /// still too long is refused rather than cut (two acts must not share an identifier).
    /// "2012/001753" → "2012_001753", "2024/2024.00385" → "2024_2024_00385".
    /// </summary>
    public static string NormaliseNumber(string internalNumber)
    {
        ArgumentNullException.ThrowIfNull(internalNumber);
        var decomposed = internalNumber.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var u = char.ToUpperInvariant(c);
            if (char.IsAsciiLetterUpper(u) || char.IsAsciiDigit(u))
            {
                sb.Append(u);
            }
            else if (sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }

        var number = sb.ToString().TrimEnd('_');
        if (number.Length > MaxNumberLength)
        {
            number = number.Replace("_", "", StringComparison.Ordinal);
        }

        if (number.Length is 0 or > MaxNumberLength)
        {
            throw new ArgumentException(
                $"Le numéro d'acte « {internalNumber} » ne tient pas en {MaxNumberLength} caractères ACTES (A-Z, 0-9, _) : « {number} ».",
                nameof(internalNumber));
        }

        return number;
    }

    /// <summary>The SCDL PREF_ID of the prefecture of a department: "PREF025".</summary>
    public static string PrefectureId(string department) => "PREF" + NormaliseDepartment(department);
}
