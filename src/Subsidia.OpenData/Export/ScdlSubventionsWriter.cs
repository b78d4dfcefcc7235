using System.Globalization;
using Subsidia.OpenData.Import;

namespace Subsidia.OpenData.Export;

/// <summary>Nature of the aid (SCDL <c>nature</c>).</summary>
[Flags]
public enum AidNature
{
    /// <summary>"aide en numéraire".</summary>
    Cash = 1,
    /// <summary>"aide en nature".</summary>
    InKind = 2,
}

/// <summary>Which published form of the subsidies file to write.</summary>
public enum ScdlSubventionsVariant
{
    /// <summary>SCDL subventions 2.1.1: decimal point, "/" between period dates, percentage as a fraction (0.45).</summary>
    Scdl,
    /// <summary>
    /// The regulatory Etalab format (arrêté of 17 November 2017): decimal comma, "_" between period dates, percentage
    /// 0–100 (45), natures joined by ",", and no rnaBeneficiaire or dispositifAide column.
    /// </summary>
    Etalab,
}

/// <summary>
/// One row of the SCDL subventions file: one beneficiary of one convention. The lead maps grants to it; the
/// payment columns come from the schedule (<see cref="ScdlSubventionRow.WithSchedule"/>).
/// </summary>
public sealed record ScdlSubventionRow
{
    public required string AttributorName { get; init; }
    /// <summary>SIRET of the granting authority (14 digits).</summary>
    public required string AttributorSiret { get; init; }
    public required DateOnly ConventionDate { get; init; }
    /// <summary>The deciding act's reference ("2012/001753").</summary>
    public string? DecisionReference { get; init; }
    public required string BeneficiaryName { get; init; }
    public string? BeneficiarySiret { get; init; }
    public string? BeneficiaryRna { get; init; }
    /// <summary>Object of the grant (256 characters at most in the file; longer text is cut with "…").</summary>
    public required string Purpose { get; init; }
    /// <summary>Total amount of the grant in euros, before any split between beneficiaries.</summary>
    public required decimal Amount { get; init; }
    public AidNature Nature { get; init; } = AidNature.Cash;
    /// <summary>Single payment or instalments; <see cref="PaymentKind.Other"/> writes <see cref="ConditionsDescription"/>.</summary>
    public required PaymentKind Conditions { get; init; }
    public string? ConditionsDescription { get; init; }
    public required DateOnly PaymentFrom { get; init; }
    /// <summary>End of the payment period; null for a single known date.</summary>
    public DateOnly? PaymentTo { get; init; }
    public string? RaeId { get; init; }
    public bool EuNotified { get; init; }
    /// <summary>This beneficiary's share of the amount, a fraction in (0, 1]; 1 for a single beneficiary.</summary>
    public decimal Share { get; init; } = 1m;
    public string? AidScheme { get; init; }

    /// <summary>
    /// Fills the payment columns from the due dates of the schedule: one date gives "unique" and that date; several
    /// give "échelonné" and the period from the first to the last.
    /// </summary>
    public ScdlSubventionRow WithSchedule(IEnumerable<DateOnly> dueDates)
    {
        var dates = dueDates.Order().ToList();
        if (dates.Count == 0)
        {
            throw new ArgumentException("L'échéancier n'a aucune date de versement.", nameof(dueDates));
        }

        return this with
        {
            Conditions = dates.Count == 1 ? PaymentKind.OnePayment : PaymentKind.Instalments,
            PaymentFrom = dates[0],
            PaymentTo = dates.Count == 1 ? null : dates[^1],
        };
    }
}

/// <summary>Writes the SCDL subventions 2.1.1 CSV (or its Etalab regulatory variant), UTF-8, comma-separated.</summary>
public static class ScdlSubventionsWriter
{
    public static readonly IReadOnlyList<string> ScdlColumns =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    public static readonly IReadOnlyList<string> EtalabColumns =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE",
        "pourcentageSubvention",
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the header and one line per row; returns the number of rows written.</summary>
    public static long Write(TextWriter writer, IEnumerable<ScdlSubventionRow> rows, ScdlSubventionsVariant variant = ScdlSubventionsVariant.Scdl)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var etalab = variant == ScdlSubventionsVariant.Etalab;
        var csv = new CsvOutput(writer);
        csv.Row(etalab ? EtalabColumns : ScdlColumns);
        long count = 0;
        foreach (var r in rows)
        {
            csv.Cell(r.AttributorName);
            csv.Cell(r.AttributorSiret);
            csv.Cell(Date(r.ConventionDate));
            csv.Cell(r.DecisionReference);
            csv.Cell(r.BeneficiaryName);
            csv.Cell(r.BeneficiarySiret);
            if (!etalab)
            {
                csv.Cell(r.BeneficiaryRna);
            }

            csv.Cell(Cut(r.Purpose));
            csv.Cell(Number(r.Amount, "0.00", etalab));
            csv.Cell(Nature(r.Nature, etalab ? "," : ";"));
            csv.Cell(Conditions(r));
            csv.Cell(r.PaymentTo is { } to ? $"{Date(r.PaymentFrom)}{(etalab ? "_" : "/")}{Date(to)}" : Date(r.PaymentFrom));
            csv.Cell(r.RaeId);
            csv.Cell(r.EuNotified ? "oui" : "non");
            csv.Cell(etalab ? Number(r.Share * 100m, "0.##", true) : Number(r.Share, "0.####", false));
            if (!etalab)
            {
                csv.Cell(r.AidScheme);
            }

            csv.EndRow();
            count++;
        }

        return count;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Invariant);

    private static string Number(decimal value, string format, bool comma)
    {
        var text = value.ToString(format, Invariant);
        return comma ? text.Replace('.', ',') : text;
    }

    private static string Nature(AidNature nature, string separator) => nature switch
    {
        AidNature.InKind => "aide en nature",
        AidNature.Cash | AidNature.InKind => $"aide en numéraire{separator}aide en nature",
        _ => "aide en numéraire",
    };

    private static string Conditions(ScdlSubventionRow r) => r.Conditions switch
    {
        PaymentKind.OnePayment => "unique",
        PaymentKind.Instalments => "échelonné",
        _ => Cut(r.ConditionsDescription ?? throw new ArgumentException(
            $"Conditions de versement « autre » sans description pour {r.BeneficiaryName}.", nameof(r))),
    };

    private static string Cut(string text) => text.Length <= 256 ? text : string.Concat(text.AsSpan(0, 255), "…");
}
