using System.Globalization;

namespace Subsidia.Domain.Common;

/// <summary>French (fr-FR) formatting of amounts, dates and lists for user-facing text.</summary>
public static class French
{
    /// <summary>The fr-FR culture.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>15 000,00 € (narrow no-break space as thousands separator, no-break space before €).</summary>
    public static string Money(decimal amount) =>
        amount.ToString("#,##0.00", Culture).Replace('\u00A0', '\u202F') + "\u00A0€";

    /// <summary>09/05/2012.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"A, B et C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " et " + list[^1],
        };
    }

    /// <summary>"1 pouvoir", "2 pouvoirs".</summary>
    public static string Plural(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count is 0 or 1 ? singular : plural);
}
