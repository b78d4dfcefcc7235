using Subsidia.Domain.Common;

namespace Subsidia.Domain.Subsidies.Payments;

/// <summary>What the beneficiary is entitled to after the final accounts, and what follows from it.</summary>
/// <param name="Entitlement">The subsidy the beneficiary may keep.</param>
/// <param name="AlreadyPaid">What it has received (net of earlier recoveries).</param>
/// <param name="BalanceDue">What the authority still owes (the prorated balance).</param>
/// <param name="Repayment">What the beneficiary must pay back (reversement).</param>
/// <param name="Explanation">French statement of the calculation.</param>
public sealed record Settlement(decimal Entitlement, decimal AlreadyPaid, decimal BalanceDue, decimal Repayment, string Explanation);

/// <summary>Prorated balances and repayments .</summary>
/// <remarks>
/// the subsidy may not exceed the need; when the action costs less than planned, the subsidy is reduced in the
/// same proportion and the unspent part is returned unless the convention says otherwise (loi 2021-875).
/// on a breach of the conditions the authority may claim back all or part of the aid (art. 7, CRPA L242-2).
/// a breach of the contrat d'engagement républicain withdraws the part matching the remaining period.
/// Amounts are rounded to the cent, half away from zero.
/// </remarks>
public static class Repayments
{
    /// <summary>
    /// Prorates the subsidy to the actual cost: entitlement = grant × actual / planned (never more than the grant);
    /// the difference with what was paid is either a balance due or a repayment.
    /// </summary>
    public static Settlement ForActualCosts(decimal grant, decimal plannedCost, decimal actualCost, decimal alreadyPaid)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(grant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plannedCost);
        ArgumentOutOfRangeException.ThrowIfNegative(actualCost);
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyPaid);
        var entitlement = Math.Min(grant, Round(grant * actualCost / plannedCost));
        var ratio = actualCost / plannedCost;
        var explanation = actualCost >= plannedCost
            ? $"Dépenses réalisées ({French.Money(actualCost)}) au moins égales au budget prévisionnel ({French.Money(plannedCost)}) : la subvention reste de {French.Money(grant)}, plafond non révisable à la hausse."
            : $"Dépenses réalisées {French.Money(actualCost)} pour {French.Money(plannedCost)} prévus ({Percent.Of(ratio)}) : la subvention est ramenée à {French.Money(entitlement)}.";
        return Settle(entitlement, alreadyPaid, explanation);
    }

    /// <summary>A condition broken: the authority claims back <paramref name="share"/> (1 = all) of what was paid.</summary>
    public static Settlement ForBrokenCondition(decimal grant, decimal alreadyPaid, decimal share, string condition)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyPaid);
        if (share is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), "La part reversée est comprise entre 0 et 100 %.");
        }

        var repayment = Round(alreadyPaid * share);
        var entitlement = alreadyPaid - repayment;
        return new Settlement(entitlement, alreadyPaid, 0m, repayment,
            $"Condition non respectée ({condition}) : reversement de {Percent.Of(share)} des {French.Money(alreadyPaid)} versés, soit {French.Money(repayment)} ; le reliquat de {French.Money(Math.Max(0, grant - alreadyPaid))} n'est plus dû.");
    }

    /// <summary>
    /// A breach of the contrat d'engagement républicain on <paramref name="breachOn"/>: the subsidy is withdrawn for the
    /// part of the funded period that remained (days from the breach to the end, both inclusive).
    /// </summary>
    public static Settlement ForRepublicanCommitmentBreach(decimal grant, decimal alreadyPaid, DateOnly periodStart, DateOnly periodEnd, DateOnly breachOn)
    {
        if (periodEnd < periodStart)
        {
            throw new ArgumentException("La période financée se termine avant de commencer.", nameof(periodEnd));
        }

        var totalDays = periodEnd.DayNumber - periodStart.DayNumber + 1;
        var from = breachOn < periodStart ? periodStart : breachOn;
        var remainingDays = Math.Max(0, periodEnd.DayNumber - from.DayNumber + 1);
        var withdrawn = Round(grant * remainingDays / totalDays);
        var entitlement = grant - withdrawn;
        return Settle(entitlement, alreadyPaid,
            $"Manquement au contrat d'engagement républicain le {French.Date(breachOn)} : {remainingDays} jours restaient sur {totalDays}, la subvention est retirée à hauteur de {French.Money(withdrawn)} et ramenée à {French.Money(entitlement)}.");
    }

    private static Settlement Settle(decimal entitlement, decimal alreadyPaid, string explanation)
    {
        var balance = Math.Max(0, entitlement - alreadyPaid);
        var repayment = Math.Max(0, alreadyPaid - entitlement);
        var tail = repayment > 0
            ? $" Déjà versé : {French.Money(alreadyPaid)} ; reversement demandé : {French.Money(repayment)}."
            : $" Déjà versé : {French.Money(alreadyPaid)} ; solde à verser : {French.Money(balance)}.";
        return new Settlement(entitlement, alreadyPaid, balance, repayment, explanation + tail);
    }

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
