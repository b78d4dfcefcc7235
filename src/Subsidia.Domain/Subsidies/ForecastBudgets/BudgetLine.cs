namespace Subsidia.Domain.Subsidies.ForecastBudgets;

/// <summary>Which side of a forecast budget a line is on.</summary>
public enum BudgetSide
{
    /// <summary>Charges (CERFA 12156 accounts 60 to 68, and 86 for contributions in kind).</summary>
    Expense,
    /// <summary>Produits (accounts 70 to 75, and 87 for contributions in kind).</summary>
    Revenue,
}

/// <summary>Who provides a revenue line.</summary>
public enum FunderKind
{
    /// <summary>Autofinancement: fees, sales, membership, the beneficiary's own resources.</summary>
    Own,
    /// <summary>State, region, département, commune, EPCI, public body: counts in the public share.</summary>
    Public,
    /// <summary>Sponsors, foundations, private support.</summary>
    Private,
}

/// <summary>Whether a line is money, a contribution in kind, or a mix the document does not split.</summary>
public enum ContributionNature
{
    /// <summary>Money (numéraire).</summary>
    Cash,
    /// <summary>Contribution volontaire en nature (valorisation du temps, mise à disposition): accounts 86 and 87.</summary>
    InKind,
    /// <summary>The line mixes money and contributions in kind without splitting them ("adhésions, temps valorisé…").</summary>
    Mixed,
}

/// <summary>
/// A line of a forecast budget. Lines form a tree: a line with children (sub-lines) is their parent, and its amount is
/// the sum of the children; a stated amount on a parent is checked against that sum, never added to it.
/// </summary>
/// <remarks>
/// in the 2012 seed, "Frais de fonctionnement et de structure" is the parent of the six lines that follow it;
/// read flat, the section's expenses would count those lines twice and disagree with its printed total.
/// </remarks>
public sealed class BudgetLine
{
    private readonly List<BudgetLine> _children = [];

    private BudgetLine() { Label = ""; }

    internal BudgetLine(Guid id, BudgetSide side, string label, decimal? statedAmount, FunderKind? funder,
        ContributionNature nature, bool grantingAuthority, decimal? statedSharePercent, string? accountCode, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (statedAmount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(statedAmount), "Un montant budgétaire ne peut pas être négatif.");
        }

        if (side == BudgetSide.Expense && (funder is not null || grantingAuthority))
        {
            throw new ArgumentException("Une ligne de dépenses n'a pas de financeur.", nameof(funder));
        }

        Id = id;
        Side = side;
        Label = label.Trim();
        StatedAmount = statedAmount;
        Funder = funder;
        Nature = nature;
        IsGrantingAuthority = grantingAuthority;
        StatedSharePercent = statedSharePercent;
        AccountCode = accountCode;
        Note = note;
    }

    public Guid Id { get; private set; }
    public BudgetSide Side { get; private set; }
    /// <summary>The label as the document prints it.</summary>
    public string Label { get; private set; }
    /// <summary>The amount the document prints on this line; null when it prints none (a heading such as "Aides publiques :").</summary>
    public decimal? StatedAmount { get; private set; }
    /// <summary>The funder's kind for revenue lines (inherited by sub-lines); null on expense lines.</summary>
    public FunderKind? Funder { get; private set; }
    public ContributionNature Nature { get; private set; }
    /// <summary>True on the revenue line(s) of the authority that grants the subsidy (CAGB, GBM).</summary>
    public bool IsGrantingAuthority { get; private set; }
    /// <summary>The percentage the document prints beside the line (25.6 for "25,6 %"), checked against the amounts.</summary>
    public decimal? StatedSharePercent { get; private set; }
    /// <summary>Account of the associations' chart (CERFA 12156), e.g. "64" or "74"; null when not given.</summary>
    public string? AccountCode { get; private set; }
    /// <summary>What the document says about the line ("adhésions, temps valorisé des industriels…").</summary>
    public string? Note { get; private set; }
    /// <summary>The sub-lines, in document order.</summary>
    public IReadOnlyList<BudgetLine> Children => _children;

    /// <summary>The line's amount when read as a tree: the stated amount, or the sum of the children when none is stated.</summary>
    public decimal Amount => StatedAmount ?? _children.Sum(c => c.Amount);

    /// <summary>The sum of the children's amounts (0 for a leaf).</summary>
    public decimal ChildrenSum => _children.Sum(c => c.Amount);

    public bool HasChildren => _children.Count > 0;

    /// <summary>Adds a sub-line; a revenue sub-line inherits its parent's funder kind unless one is given.</summary>
    public BudgetLine AddChild(string label, decimal? amount, decimal? statedSharePercent = null, bool grantingAuthority = false,
        FunderKind? funder = null, ContributionNature? nature = null, string? accountCode = null, string? note = null)
    {
        var child = new BudgetLine(Guid.NewGuid(), Side, label, amount, Side == BudgetSide.Revenue ? funder ?? Funder : null,
            nature ?? Nature, grantingAuthority, statedSharePercent, accountCode, note);
        _children.Add(child);
        return child;
    }

    /// <summary>
    /// Completes what the document did not state about a line read from it (docs/decisions/0014): the funder's kind of a
    /// revenue line (sub-lines without their own kind inherit it), whether it is the granting authority's, the nature,
    /// the printed share and a note. The label and the amount, which the document states, do not change.
    /// </summary>
    public void Complete(FunderKind? funder, bool grantingAuthority, ContributionNature nature, decimal? statedSharePercent, string? note)
    {
        if (Side == BudgetSide.Expense && (funder is not null || grantingAuthority))
        {
            throw new ArgumentException("Une ligne de dépenses n'a pas de financeur.", nameof(funder));
        }

        var inherited = Funder;
        Funder = funder;
        IsGrantingAuthority = grantingAuthority;
        Nature = nature;
        StatedSharePercent = statedSharePercent;
        Note = note;
        foreach (var child in _children.Where(c => c.Funder == inherited))
        {
            child.Funder = funder;
        }
    }

    /// <summary>This line and every line below it, depth first.</summary>
    public IEnumerable<BudgetLine> SelfAndDescendants()
    {
        yield return this;
        foreach (var line in _children.SelectMany(c => c.SelfAndDescendants()))
        {
            yield return line;
        }
    }

    /// <summary>The amount of the top-most lines of this subtree that match <paramref name="predicate"/> (no double counting).</summary>
    internal decimal SumTopMost(Func<BudgetLine, bool> predicate) =>
        predicate(this) ? Amount : _children.Sum(c => c.SumTopMost(predicate));
}
