using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Subsidies.ForecastBudgets;

/// <summary>A section of a forecast budget ("Action collective", "Conseil en innovation"), with its own expense and revenue trees.</summary>
public sealed class BudgetSection
{
    private readonly List<BudgetLine> _lines = [];

    private BudgetSection() { Name = ""; }

    internal BudgetSection(Guid id, string name, int order, decimal? statedExpenseTotal, decimal? statedRevenueTotal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name.Trim();
        Order = order;
        StatedExpenseTotal = statedExpenseTotal;
        StatedRevenueTotal = statedRevenueTotal;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public int Order { get; private set; }
    /// <summary>The expense "TOTAL" the document prints; null when it prints none.</summary>
    public decimal? StatedExpenseTotal { get; private set; }
    /// <summary>The revenue "TOTAL" the document prints; null when it prints none.</summary>
    public decimal? StatedRevenueTotal { get; private set; }
    /// <summary>Top-level lines of both sides, in document order; sub-lines hang from their parent.</summary>
    public IReadOnlyList<BudgetLine> Lines => _lines;

    public IEnumerable<BudgetLine> Expenses => _lines.Where(l => l.Side == BudgetSide.Expense);
    public IEnumerable<BudgetLine> Revenues => _lines.Where(l => l.Side == BudgetSide.Revenue);

    /// <summary>Adds a top-level expense line.</summary>
    public BudgetLine AddExpense(string label, decimal? amount, ContributionNature nature = ContributionNature.Cash,
        string? accountCode = null, string? note = null)
    {
        var line = new BudgetLine(Guid.NewGuid(), BudgetSide.Expense, label, amount, null, nature, false, null, accountCode, note);
        _lines.Add(line);
        return line;
    }

    /// <summary>Adds a top-level revenue line; <paramref name="funder"/> is null when the document does not say who the funder is.</summary>
    public BudgetLine AddRevenue(string label, decimal? amount, FunderKind? funder, decimal? statedSharePercent = null,
        bool grantingAuthority = false, ContributionNature nature = ContributionNature.Cash, string? accountCode = null, string? note = null)
    {
        var line = new BudgetLine(Guid.NewGuid(), BudgetSide.Revenue, label, amount, funder, nature, grantingAuthority,
            statedSharePercent, accountCode, note);
        _lines.Add(line);
        return line;
    }

    /// <summary>Expenses read as a tree (parents not added to their children).</summary>
    public decimal ExpenseTotal => Expenses.Sum(l => l.Amount);

    /// <summary>Revenues read as a tree.</summary>
    public decimal RevenueTotal => Revenues.Sum(l => l.Amount);

    /// <summary>
    /// The naive sum of every expense line printed, parents and sub-lines alike: what a flat reading of the table gives
    /// (in the 2012 seed it exceeds the printed total by the parent lines counted twice). Shown to explain the false alarm it raises.
    /// </summary>
    public decimal FlatExpenseSum => Expenses.SelectMany(l => l.SelfAndDescendants()).Sum(l => l.StatedAmount ?? 0m);

    /// <summary>Revenue of the top-most lines whose funder is <paramref name="kind"/>.</summary>
    public decimal RevenueFrom(FunderKind kind) => Revenues.Sum(l => l.SumTopMost(x => x.Funder == kind));

    /// <summary>Revenue of the granting authority's lines.</summary>
    public decimal GrantingAuthorityRevenue => Revenues.Sum(l => l.SumTopMost(x => x.IsGrantingAuthority));

    /// <summary>Amount of the top-most lines of <paramref name="side"/> with the given nature.</summary>
    public decimal AmountOfNature(BudgetSide side, ContributionNature nature) =>
        _lines.Where(l => l.Side == side).Sum(l => l.SumTopMost(x => x.Nature == nature && x.Side == side));

    /// <summary>
    /// Checks the section read as a tree: every parent equals the sum of its sub-lines and every printed total the sum
    /// of its lines (<c>AMOUNT_SUM_MISMATCH</c>), expenses equal revenues (<c>BUDGET_UNBALANCED</c>), printed
    /// percentages match the amounts (<c>SHARE_MISMATCH</c>).
    /// </summary>
    /// <remarks>R-25: budget tables are trees; a flat sum raises a false alarm.</remarks>
    public IReadOnlyList<Finding> Check()
    {
        var findings = new List<Finding>();
        foreach (var line in _lines.SelectMany(l => l.SelfAndDescendants()))
        {
            if (line.HasChildren && line.StatedAmount is { } stated && stated != line.ChildrenSum)
            {
                findings.Add(new Finding(FindingCodes.AmountSumMismatch, Severity.Warning, Name,
                    $"Section « {Name} » : la ligne « {line.Label} » annonce {French.Money(stated)} mais ses sous-lignes totalisent {French.Money(line.ChildrenSum)}."));
            }
        }

        CheckTotal(findings, "dépenses", StatedExpenseTotal, ExpenseTotal);
        CheckTotal(findings, "recettes", StatedRevenueTotal, RevenueTotal);
        if (ExpenseTotal != RevenueTotal)
        {
            findings.Add(new Finding(SubsidyFindingCodes.BudgetUnbalanced, Severity.Warning, Name,
                $"Section « {Name} » : les dépenses ({French.Money(ExpenseTotal)}) et les recettes ({French.Money(RevenueTotal)}) ne sont pas équilibrées."));
        }

        var revenue = RevenueTotal;
        foreach (var line in Revenues.SelectMany(l => l.SelfAndDescendants()))
        {
            if (line.StatedSharePercent is { } printed && revenue > 0)
            {
                var computed = line.Amount / revenue * 100m;
                var tolerance = printed == decimal.Truncate(printed) ? 0.5m : 0.05m;
                if (Math.Abs(computed - printed) > tolerance)
                {
                    findings.Add(new Finding(SubsidyFindingCodes.ShareMismatch, Severity.Info, Name,
                        $"Section « {Name} » : « {line.Label} » est présenté à {Percent.Printed(printed)} mais {French.Money(line.Amount)} sur {French.Money(revenue)} font {Percent.Of(line.Amount / revenue)}."));
                }
            }
        }

        return findings;
    }

    private void CheckTotal(List<Finding> findings, string side, decimal? stated, decimal computed)
    {
        if (stated is { } total && total != computed)
        {
            findings.Add(new Finding(FindingCodes.AmountSumMismatch, Severity.Warning, Name,
                $"Section « {Name} » : le total des {side} annoncé ({French.Money(total)}) diffère de la somme des lignes lues en arbre ({French.Money(computed)})."));
        }
    }
}
