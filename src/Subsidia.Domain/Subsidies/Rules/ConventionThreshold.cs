using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.Beneficiaries;

namespace Subsidia.Domain.Subsidies.Rules;

/// <summary>The outcome of the R-22 test for one beneficiary, authority and year.</summary>
/// <param name="Year">The year tested.</param>
/// <param name="YearlyTotal">What the authority grants the beneficiary that year, the new grant included.</param>
/// <param name="Threshold">23 000 €.</param>
/// <param name="Message">French explanation.</param>
public sealed record ConventionRequirement(int Year, decimal YearlyTotal, decimal Threshold, string Message)
{
    /// <summary>True when the yearly total is strictly above the threshold: a convention is required.</summary>
    public bool Required => YearlyTotal > Threshold;
}

/// <summary>R-22: a convention is required when the yearly total from one authority exceeds 23 000 €.</summary>
/// <remarks>
/// Loi 2000-321 art. 10 and décret 2001-495 art. 1: the threshold is on the <b>annual</b> amount, summed per granting
/// body, beneficiary and year, in-kind subsidies included [P]. The accountant may not pay above it without a convention.
/// </remarks>
public static class ConventionThreshold
{
    /// <summary>23 000 € (décret 2001-495).</summary>
    public const decimal Amount = 23_000m;

    /// <summary>
    /// Tests the beneficiary's yearly total from <paramref name="authorityId"/> for <paramref name="year"/>, adding
    /// <paramref name="additionalAmount"/> (a grant being instructed, not yet in the history).
    /// </summary>
    public static ConventionRequirement Evaluate(Beneficiary beneficiary, Guid authorityId, int year, decimal additionalAmount = 0m)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        var total = beneficiary.YearlyTotal(authorityId, year) + additionalAmount;
        var message = total > Amount
            ? $"{beneficiary.Name} reçoit {French.Money(total)} de la collectivité en {year}, au-delà du seuil de {French.Money(Amount)} : une convention est obligatoire (loi n° 2000-321, art. 10)."
            : $"{beneficiary.Name} reçoit {French.Money(total)} de la collectivité en {year}, sans dépasser le seuil de {French.Money(Amount)} : la convention n'est pas obligatoire.";
        return new ConventionRequirement(year, total, Amount, message);
    }

    /// <summary>A <c>CONVENTION_REQUIRED</c> error when a convention is required and none is signed.</summary>
    public static Finding? Check(ConventionRequirement requirement, bool conventionSigned)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return requirement.Required && !conventionSigned
            ? new Finding(SubsidyFindingCodes.ConventionRequired, Severity.Error, null,
                requirement.Message + " Aucun versement ne peut être mandaté sans convention signée.")
            : null;
    }
}

/// <summary>R-29: the contrat d'engagement républicain (CER) for associations and foundations.</summary>
/// <remarks>Loi 2000-321 art. 10-1 and décret 2021-1947: required for requests made from 2 January 2022.</remarks>
public static class RepublicanCommitment
{
    /// <summary>The first request date the CER applies to.</summary>
    public static readonly DateOnly AppliesFrom = new(2022, 1, 2);

    /// <summary>True when the CER applies to a request of <paramref name="form"/> made on <paramref name="requestedOn"/>.</summary>
    public static bool Applies(LegalForm form, DateOnly requestedOn) =>
        form is LegalForm.Association or LegalForm.Foundation && requestedOn >= AppliesFrom;

    /// <summary>
    /// A finding when the CER applies and is not accepted (error) or not recorded (warning); null otherwise.
    /// An unknown request date is taken as the decision date by the caller.
    /// </summary>
    public static Finding? Check(LegalForm form, DateOnly requestedOn, bool? accepted, string beneficiaryName)
    {
        if (!Applies(form, requestedOn) || accepted == true)
        {
            return null;
        }

        return accepted is null
            ? new Finding(SubsidyFindingCodes.RepublicanCommitmentMissing, Severity.Warning, null,
                $"La demande de {beneficiaryName} du {French.Date(requestedOn)} ne dit pas si le contrat d'engagement républicain a été souscrit (obligatoire depuis le 02/01/2022, loi n° 2000-321, art. 10-1).")
            : new Finding(SubsidyFindingCodes.RepublicanCommitmentMissing, Severity.Error, null,
                $"{beneficiaryName} n'a pas souscrit le contrat d'engagement républicain : aucune subvention ne peut lui être accordée (loi n° 2000-321, art. 10-1).");
    }
}

/// <summary>The outcome of the de minimis test.</summary>
/// <param name="WindowStart">First day of the rolling three years (inclusive).</param>
/// <param name="WindowEnd">The grant date (inclusive).</param>
/// <param name="PriorAid">De minimis aid granted in the window before this grant.</param>
/// <param name="Total">Prior aid plus this grant.</param>
/// <param name="Ceiling">300 000 € (750 000 € for SGEI).</param>
public sealed record DeMinimisResult(DateOnly WindowStart, DateOnly WindowEnd, decimal PriorAid, decimal Total, decimal Ceiling)
{
    public bool Exceeded => Total > Ceiling;
}

/// <summary>R-30: de minimis aid, 300 000 € per single undertaking over any rolling three years.</summary>
/// <remarks>
/// Regulation (EU) 2023/2831 art. 3 (750 000 € under regulation 2023/2832 for services of general economic interest).
/// Aid counts from the date the right to it is granted; the window is the three years ending on the new grant's date.
/// </remarks>
public static class DeMinimis
{
    /// <summary>300 000 €.</summary>
    public const decimal GeneralCeiling = 300_000m;

    /// <summary>750 000 € for services of general economic interest.</summary>
    public const decimal SgeiCeiling = 750_000m;

    /// <summary>Sums the beneficiary's declared de minimis aid over the rolling three years ending on <paramref name="grantedOn"/>.</summary>
    /// <param name="beneficiary">The undertaking and its declared aid.</param>
    /// <param name="grantedOn">The date the new aid is granted.</param>
    /// <param name="amount">The new aid.</param>
    /// <param name="ceiling">300 000 € by default.</param>
    /// <param name="excludingGrantFileId">The new aid's own grant file, when it is already in the history.</param>
    public static DeMinimisResult Evaluate(Beneficiary beneficiary, DateOnly grantedOn, decimal amount, decimal ceiling = GeneralCeiling,
        Guid? excludingGrantFileId = null)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        var start = grantedOn.AddYears(-3).AddDays(1);
        var prior = beneficiary.History
            .Where(h => h.DeMinimis && h.GrantedOn is { } on && on >= start && on <= grantedOn)
            .Where(h => excludingGrantFileId is null || h.GrantFileId != excludingGrantFileId)
            .Sum(h => h.Amount);
        return new DeMinimisResult(start, grantedOn, prior, prior + amount, ceiling);
    }

    /// <summary>A <c>DE_MINIMIS_EXCEEDED</c> error for an undertaking whose rolling total would exceed the ceiling.</summary>
    public static Finding? Check(Beneficiary beneficiary, DateOnly grantedOn, decimal amount, decimal ceiling = GeneralCeiling,
        Guid? excludingGrantFileId = null)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        if (!beneficiary.HasEconomicActivity)
        {
            return null;
        }

        var result = Evaluate(beneficiary, grantedOn, amount, ceiling, excludingGrantFileId);
        return result.Exceeded
            ? new Finding(SubsidyFindingCodes.DeMinimisExceeded, Severity.Error, null,
                $"{beneficiary.Name} a déjà reçu {French.Money(result.PriorAid)} d'aides de minimis du {French.Date(result.WindowStart)} au {French.Date(result.WindowEnd)} ; avec {French.Money(amount)} le total atteindrait {French.Money(result.Total)}, au-delà du plafond de {French.Money(ceiling)} (règlement (UE) 2023/2831). L'aide doit relever d'un régime exempté ou être notifiée.")
            : null;
    }
}
