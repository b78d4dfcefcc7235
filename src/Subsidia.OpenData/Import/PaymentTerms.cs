using System.Globalization;
using System.Text.RegularExpressions;

namespace Subsidia.OpenData.Import;

/// <summary>How a grant is paid, as far as the published text says.</summary>
public enum PaymentKind
{
    /// <summary>Nothing stated.</summary>
    Unknown,
    /// <summary>"unique": one payment.</summary>
    OnePayment,
    /// <summary>"échelonné": several instalments (shares known when <see cref="PaymentTerms.Shares"/> is not empty).</summary>
    Instalments,
    /// <summary>A free description that names neither.</summary>
    Other,
}

/// <summary>
/// Payment conditions read from conditionsVersement: the kind, the instalment shares when the text gives them
/// (fractions of 1 that sum to 1) and the original text.
/// </summary>
public sealed record PaymentTerms(PaymentKind Kind, IReadOnlyList<decimal> Shares, string? Text)
{
    public static readonly PaymentTerms Unknown = new(PaymentKind.Unknown, [], null);

    /// <summary>The shares are known (a single payment, or instalments whose split the text states).</summary>
    public bool SharesKnown => Kind == PaymentKind.OnePayment || Shares.Count > 0;
}

/// <summary>
/// Reads payment conditions: "unique", "échelonné", "50%-50%", "70/30", "1/3-1/3-1/3", "30 % / 70 %", and prose
/// whose percentages add up to 100 ("une avance de 50 % … un acompte de 40 % … le solde soit 10 %").
/// Anything else is kept as text, never guessed.
/// </summary>
public static partial class PaymentTermsParser
{
    public static PaymentTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PaymentTerms.Unknown;
        }

        var original = text.Trim();
        if (original == "unique")
        {
            return new PaymentTerms(PaymentKind.OnePayment, [1m], original);
        }

        if (original == "échelonné")
        {
            return new PaymentTerms(PaymentKind.Instalments, [], original);
        }

        var folded = FrenchValues.Fold(original);
        if (folded is "unique" or "versement unique" or "en une fois" or "paiement unique" or "une fois")
        {
            return new PaymentTerms(PaymentKind.OnePayment, [1m], original);
        }

        if (folded is "echelonne" or "echelonnee" or "versement echelonne" or "echelonnes" or "en plusieurs fois")
        {
            return new PaymentTerms(PaymentKind.Instalments, [], original);
        }

        var compact = folded.Replace(" ", "", StringComparison.Ordinal);
        if (Fractions().IsMatch(compact))
        {
            var shares = new List<decimal>();
            foreach (Match m in Fraction().Matches(compact))
            {
                var n = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var d = decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                if (d == 0 || n >= d)
                {
                    shares.Clear();
                    break;
                }

                shares.Add(n / d);
            }

            if (shares.Count >= 2 && Math.Abs(shares.Sum() - 1m) < 0.0001m)
            {
                return new PaymentTerms(PaymentKind.Instalments, Round(shares), original);
            }
        }

        if (Percentages().IsMatch(compact))
        {
            var parts = Number().Matches(compact).Select(m => decimal.Parse(m.Value.Replace(',', '.'), CultureInfo.InvariantCulture)).ToList();
            if (parts.Count >= 2 && parts.Sum() == 100m)
            {
                return new PaymentTerms(PaymentKind.Instalments, [.. parts.Select(p => p / 100m)], original);
            }
        }

        var percents = Percent().Matches(folded).Select(m => decimal.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture)).ToList();
        if (percents.Count >= 2 && percents.Sum() == 100m && percents.All(p => p > 0))
        {
            return new PaymentTerms(PaymentKind.Instalments, [.. percents.Select(p => p / 100m)], original);
        }

        if (folded.StartsWith("unique", StringComparison.Ordinal) && !folded.Contains("echelonn", StringComparison.Ordinal))
        {
            return new PaymentTerms(PaymentKind.OnePayment, [1m], original);
        }

        if (folded.Contains("echelonn", StringComparison.Ordinal) || InstalmentWords().IsMatch(folded))
        {
            return new PaymentTerms(PaymentKind.Instalments, [], original);
        }

        return new PaymentTerms(PaymentKind.Other, [], original);
    }

    /// <summary>Rounds fractions to 4 decimals, the last share absorbing the remainder so the sum stays exactly 1.</summary>
    private static List<decimal> Round(List<decimal> shares)
    {
        var rounded = shares.Select(s => Math.Round(s, 4, MidpointRounding.AwayFromZero)).ToList();
        rounded[^1] = 1m - rounded.Take(rounded.Count - 1).Sum();
        return rounded;
    }

    [GeneratedRegex(@"^\d+/\d+([-+;,_et]+\d+/\d+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Fractions();

    [GeneratedRegex(@"\b(acomptes?|soldes?|avances?|tranches?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InstalmentWords();

    [GeneratedRegex(@"(\d+)/(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"^\d+([.,]\d+)?%?([-/+;_]|et)\d+([.,]\d+)?%?(([-/+;_]|et)\d+([.,]\d+)?%?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Percentages();

    [GeneratedRegex(@"\d+([.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();
}
