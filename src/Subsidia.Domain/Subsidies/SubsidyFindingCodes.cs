using System.Globalization;
using Subsidia.Domain.Common;

namespace Subsidia.Domain.Subsidies;

/// <summary>
/// Finding codes of the subsidy lifecycle that are not yet in <see cref="Findings.FindingCodes"/>; the shared ones
/// (<c>AMOUNT_SUM_MISMATCH</c>, <c>BODY_MISMATCH</c>, <c>STATED_COUNT_MISMATCH</c>) are used from there.
/// </summary>
public static class SubsidyFindingCodes
{
    /// <summary>Expenses and revenues of a budget (or a section) differ (R-25).</summary>
    public const string BudgetUnbalanced = "BUDGET_UNBALANCED";
    /// <summary>The granting authority's revenue lines do not add up to the amount granted (R-25).</summary>
    public const string GrantLineMismatch = "GRANT_LINE_MISMATCH";
    /// <summary>A printed percentage differs from the one its amounts give.</summary>
    public const string ShareMismatch = "SHARE_MISMATCH";
    /// <summary>Contributions in kind differ between expenses (86) and revenues (87).</summary>
    public const string InKindUnbalanced = "IN_KIND_UNBALANCED";
    /// <summary>The subsidy exceeds the cost of the action minus its other resources (R-25).</summary>
    public const string SubsidyExceedsNeed = "SUBSIDY_EXCEEDS_NEED";
    /// <summary>The beneficiary's yearly total from one authority exceeds 23 000 € without a convention (R-22).</summary>
    public const string ConventionRequired = "CONVENTION_REQUIRED";
    /// <summary>An association's request made from 02/01/2022 lacks the contrat d'engagement républicain (R-29).</summary>
    public const string RepublicanCommitmentMissing = "REPUBLICAN_COMMITMENT_MISSING";
    /// <summary>De minimis aid over three rolling years would exceed its ceiling (R-30).</summary>
    public const string DeMinimisExceeded = "DE_MINIMIS_EXCEEDED";
    /// <summary>Charging an envelope would take it beyond its amount.</summary>
    public const string EnvelopeOverdrawn = "ENVELOPE_OVERDRAWN";
    /// <summary>The convention was signed before the deliberation became executory (R-18).</summary>
    public const string SignedBeforeExecutory = "SIGNED_BEFORE_EXECUTORY";
}

/// <summary>fr-FR formatting of percentages for the subsidy messages.</summary>
internal static class Percent
{
    /// <summary>0.569 → "56,9 %".</summary>
    public static string Of(decimal ratio) =>
        (ratio * 100m).ToString("0.0", French.Culture) + "\u00A0%";

    /// <summary>A printed percentage (57 → "57 %", 25.6 → "25,6 %").</summary>
    public static string Printed(decimal percent) =>
        percent.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")) + "\u00A0%";
}
