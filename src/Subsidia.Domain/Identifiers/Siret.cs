namespace Subsidia.Domain.Identifiers;

/// <summary>
/// A SIRET (establishment number): 14 digits whose Luhn checksum holds, except La Poste's establishments
/// (SIREN 356 000 000), whose digits sum to a multiple of 5.
/// </summary>
public readonly record struct Siret
{
    private Siret(string value) => Value = value;

    public string Value { get; }

    /// <summary>The SIREN: the first nine digits.</summary>
    public string Siren => Value[..9];

    public override string ToString() => Value;

    /// <summary>Parses a SIRET written with or without spaces; returns the reason in French when it is not one.</summary>
    public static bool TryParse(string? text, out Siret siret, out string? error)
    {
        siret = default;
        var digits = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (digits.Length == 0)
        {
            error = "le SIRET est vide";
            return false;
        }

        if (digits.Contains('E', StringComparison.OrdinalIgnoreCase) || digits.Contains(',', StringComparison.Ordinal) || digits.Contains('.', StringComparison.Ordinal))
        {
            error = $"« {text} » n'est pas un SIRET : le nombre a été converti par un tableur (notation décimale ou scientifique) et ses chiffres sont perdus";
            return false;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            error = $"« {text} » n'est pas un SIRET : seuls des chiffres sont admis";
            return false;
        }

        if (digits.Length != 14)
        {
            error = $"« {text} » n'est pas un SIRET : {digits.Length} chiffres au lieu de 14";
            return false;
        }

        if (!ChecksumHolds(digits))
        {
            error = $"« {text} » n'est pas un SIRET valide : la clé de contrôle (Luhn) est fausse";
            return false;
        }

        siret = new Siret(digits);
        error = null;
        return true;
    }

    public static Siret Parse(string text) =>
        TryParse(text, out var siret, out var error) ? siret : throw new FormatException(error);

    /// <summary>Luhn on 14 digits, with La Poste's exception (sum of digits multiple of 5).</summary>
    public static bool ChecksumHolds(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.StartsWith("356000000", StringComparison.Ordinal) && digits != "35600000000048")
        {
            return digits.Sum(c => c - '0') % 5 == 0;
        }

        return Luhn(digits);
    }

    /// <summary>The Luhn checksum over a string of digits.</summary>
    public static bool Luhn(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}

/// <summary>A SIREN (company number): 9 digits with a Luhn checksum.</summary>
public static class Siren
{
    public static bool IsValid(string? text) =>
        text is { Length: 9 } && text.All(char.IsAsciiDigit) && Siret.Luhn(text);
}

/// <summary>An RNA number (répertoire national des associations): W followed by 9 digits.</summary>
public static class Rna
{
    public static bool IsValid(string? text) =>
        text is { Length: 10 } && (text[0] == 'W' || text[0] == 'w') && text[1..].All(c => char.IsAsciiDigit(c) || c is 'A' or 'B');
}
