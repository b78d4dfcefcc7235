using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Subsidies.ForecastBudgets;

/// <summary>
/// The beneficiary's forecast budget (budget prévisionnel, CERFA 12156 sheet 5 or a convention annex): sections whose
/// expense and revenue lines are trees, funders with amount and share, contributions in kind on both sides.
/// </summary>
/// <remarks>
/// R-25 (subsidy limited to need; loi 2000-321 art. 10 as amended by loi 2021-875): the budget must balance, lines
/// must add up to their printed totals, and the subsidy's share of the budget is computed (also needed for R-28).
/// </remarks>
public sealed class ForecastBudget
{
    private readonly List<BudgetSection> _sections = [];

    private ForecastBudget() { Title = ""; }

    public ForecastBudget(Guid id, string title, decimal? statedTotal = null, decimal? statedPublicSharePercent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title.Trim();
        StatedTotal = statedTotal;
        StatedPublicSharePercent = statedPublicSharePercent;
    }

    public Guid Id { get; private set; }
    /// <summary>"Budget prévisionnel 2012".</summary>
    public string Title { get; private set; }
    /// <summary>The overall total the document prints, checked against the computed total; null when none is printed.</summary>
    public decimal? StatedTotal { get; private set; }
    /// <summary>The public share the documents print (57 for "57 %"); null when none is printed.</summary>
    public decimal? StatedPublicSharePercent { get; private set; }
    public IReadOnlyList<BudgetSection> Sections => _sections;

    /// <summary>Adds a section with the totals the document prints for it.</summary>
    /// <summary>True when every revenue line (and sub-line) has a known funder kind.</summary>
    public bool FundersKnown => _sections.SelectMany(s => s.Revenues).SelectMany(l => l.SelfAndDescendants()).All(l => l.Funder is not null);

    /// <summary>Records the public share the document prints (57 for "57 %"), checked against the tree.</summary>
    public void StatePublicShare(decimal? percent) => StatedPublicSharePercent = percent;

    public BudgetSection AddSection(string name, decimal? statedExpenseTotal = null, decimal? statedRevenueTotal = null)
    {
        if (_sections.Any(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"La section « {name} » existe déjà.", nameof(name));
        }

        var section = new BudgetSection(Guid.NewGuid(), name, _sections.Count, statedExpenseTotal, statedRevenueTotal);
        _sections.Add(section);
        return section;
    }

    /// <summary>Total of the expenses of every section, read as trees.</summary>
    public decimal ExpenseTotal => _sections.Sum(s => s.ExpenseTotal);

    /// <summary>Total of the revenues of every section, read as trees.</summary>
    public decimal RevenueTotal => _sections.Sum(s => s.RevenueTotal);

    /// <summary>The budget's total: its expenses.</summary>
    public decimal Total => ExpenseTotal;

    /// <summary>Revenue from public funders.</summary>
    public decimal PublicRevenue => _sections.Sum(s => s.RevenueFrom(FunderKind.Public));

    /// <summary>Revenue from the granting authority's lines.</summary>
    public decimal GrantingAuthorityRevenue => _sections.Sum(s => s.GrantingAuthorityRevenue);

    /// <summary>Public funding as a fraction of the revenues (0.5687 for the 2012 seed: 294 000 / 517 000).</summary>
    public decimal PublicShare => RevenueTotal == 0 ? 0m : PublicRevenue / RevenueTotal;

    /// <summary>The granting authority's share of the revenues (0.5571 for the 2024 seed: 20 000 / 35 900).</summary>
    public decimal GrantingAuthorityShare => RevenueTotal == 0 ? 0m : GrantingAuthorityRevenue / RevenueTotal;

    /// <summary>
    /// The funders across every section: each revenue line without sub-lines, grouped by label and kind, with its total
    /// amount and its share of the revenues, largest first (2012: Etat (DIRECCTE) 146 000 €, …, CAGB 15 000 €).
    /// </summary>
    public IReadOnlyList<FunderShare> Funders()
    {
        var total = RevenueTotal;
        return _sections
            .SelectMany(s => s.Revenues)
            .SelectMany(l => l.SelfAndDescendants())
            .Where(l => !l.HasChildren && l.Funder is not null)
            .GroupBy(l => (Label: l.Label.Trim().ToUpperInvariant(), Kind: l.Funder!.Value))
            .Select(g =>
            {
                var amount = g.Sum(l => l.Amount);
                return new FunderShare(g.First().Label, g.Key.Kind, amount, total == 0 ? 0m : amount / total, g.Any(l => l.IsGrantingAuthority));
            })
            .OrderByDescending(f => f.Amount)
            .ToList();
    }

    /// <summary>A fraction as a percentage rounded to one decimal (0.12345 → 12.3).</summary>
    public static decimal ToPercent(decimal fraction) => Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Contributions in kind on the expense side (account 86).</summary>
    public decimal InKindExpenses => _sections.Sum(s => s.AmountOfNature(BudgetSide.Expense, ContributionNature.InKind));

    /// <summary>Contributions in kind on the revenue side (account 87).</summary>
    public decimal InKindRevenues => _sections.Sum(s => s.AmountOfNature(BudgetSide.Revenue, ContributionNature.InKind));

    /// <summary>Revenue lines that mix money and contributions in kind without splitting them.</summary>
    public decimal MixedRevenues => _sections.Sum(s => s.AmountOfNature(BudgetSide.Revenue, ContributionNature.Mixed));

    /// <summary>
    /// Every check of the budget: each section's (<see cref="BudgetSection.Check"/>), the printed overall total and
    /// public share, contributions in kind on both sides, that the authority's lines equal <paramref name="grantAmount"/>
    /// and that the subsidy stays within the need.
    /// </summary>
    /// <remarks>R-25. The need is the total cost minus the resources other than the subsidy. While a revenue line's funder
    /// is not known (a budget read from a document, docs/decisions/0014), the checks that depend on who funds what
    /// (public share, the authority's lines, the need) are not made: they would report the missing classification as
    /// an error of the budget.</remarks>
    public IReadOnlyList<Finding> Check(decimal grantAmount)
    {
        var findings = _sections.SelectMany(s => s.Check()).ToList();
        var classified = FundersKnown;
        if (StatedTotal is { } total && total != Total)
        {
            findings.Add(new Finding(FindingCodes.AmountSumMismatch, Severity.Warning, null,
                $"{Title} : le total annoncé ({French.Money(total)}) diffère de la somme des sections ({French.Money(Total)})."));
        }

        if (classified && StatedPublicSharePercent is { } printed && RevenueTotal > 0)
        {
            var tolerance = printed == decimal.Truncate(printed) ? 0.5m : 0.05m;
            if (Math.Abs((PublicShare * 100m) - printed) > tolerance)
            {
                findings.Add(new Finding(SubsidyFindingCodes.ShareMismatch, Severity.Info, null,
                    $"{Title} : la part publique annoncée ({Percent.Printed(printed)}) diffère de celle des montants ({French.Money(PublicRevenue)} sur {French.Money(RevenueTotal)}, soit {Percent.Of(PublicShare)})."));
            }
        }

        // Revenue lines that mix money and contributions in kind may cover an expense-side gap, never a revenue-side excess.
        if (InKindRevenues > InKindExpenses || InKindExpenses - InKindRevenues > MixedRevenues)
        {
            findings.Add(new Finding(SubsidyFindingCodes.InKindUnbalanced, Severity.Warning, null,
                $"{Title} : les contributions en nature figurent pour {French.Money(InKindExpenses)} en dépenses (compte 86) et {French.Money(InKindRevenues)} en recettes (compte 87)."));
        }

        if (!classified)
        {
            return findings;
        }

        if (GrantingAuthorityRevenue != grantAmount)
        {
            findings.Add(new Finding(SubsidyFindingCodes.GrantLineMismatch, Severity.Warning, null,
                $"{Title} : les lignes de la collectivité totalisent {French.Money(GrantingAuthorityRevenue)} alors que la subvention accordée est de {French.Money(grantAmount)}."));
        }

        var need = ExpenseTotal - (RevenueTotal - GrantingAuthorityRevenue);
        if (grantAmount > need)
        {
            findings.Add(new Finding(SubsidyFindingCodes.SubsidyExceedsNeed, Severity.Error, null,
                $"{Title} : la subvention de {French.Money(grantAmount)} dépasse le besoin de financement ({French.Money(need)} : dépenses moins autres ressources) ; elle ne peut donner lieu à profit."));
        }

        return findings;
    }
}

/// <summary>A funder of a forecast budget, all sections together.</summary>
/// <param name="Name">The funder as the budget names it ("Etat (DIRECCTE)").</param>
/// <param name="Kind">Own, public or private.</param>
/// <param name="Amount">Its total over the sections.</param>
/// <param name="Share">Its share of the revenues (a fraction).</param>
/// <param name="IsGrantingAuthority">True for the authority that grants the subsidy.</param>
public sealed record FunderShare(string Name, FunderKind Kind, decimal Amount, decimal Share, bool IsGrantingAuthority);
