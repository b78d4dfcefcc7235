using Subsidia.Domain.Findings;

namespace Subsidia.Application.Grants;

public sealed record BeneficiaryView(Guid Id, string Name, string? ShortName, string LegalForm, string? Siret, string? Rna);

public sealed record DecisionView(string Act, string Report, string Body, DateOnly DecidedOn, DateOnly? PublishedOn,
    DateOnly? PrefectureReceivedOn, DateOnly? ExecutoryOn, Guid SittingId);

public sealed record EnvelopeView(Guid Id, string Programme, string Budget, decimal Amount, decimal Committed, decimal Paid, decimal Available);

public sealed record InstalmentView(Guid Id, int Rank, string Label, decimal Amount, decimal? Share, string Condition, bool Optional,
    string State, decimal Ordered);

public sealed record BudgetLineView(string Label, string Side, decimal Amount, decimal? StatedAmount, string? Funder, bool IsGrantingAuthority,
    string Nature, IReadOnlyList<BudgetLineView> Children);

public sealed record BudgetSectionView(string Name, decimal ExpenseTotal, decimal RevenueTotal, IReadOnlyList<BudgetLineView> Expenses,
    IReadOnlyList<BudgetLineView> Revenues);

public sealed record BudgetView(string Title, IReadOnlyList<BudgetSectionView> Sections, decimal Total, decimal RevenueTotal,
    decimal PublicShare, decimal PublicSharePercent, decimal AuthorityShare, decimal AuthoritySharePercent, bool Balanced);

public sealed record ObligationView(Guid GrantId, string Beneficiary, string Kind, string Label, DateOnly? OpensOn, DateOnly? DueOn,
    string State, string Source, string? PendingReason);

public sealed record FindingView(string Code, string Severity, string? Item, string Message)
{
    public static FindingView From(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Code, f.SeverityName, f.Item, f.Message);
    }
}

/// <summary>A page of the grants' list and how many grants match in all.</summary>
/// <summary>One page of obligations and how many the whole list has.</summary>
public sealed record ObligationPage(int Total, IReadOnlyList<ObligationView> Obligations);

/// <summary>Which obligations a list shows on a date.</summary>
public enum ObligationList
{
    /// <summary>Every one, whatever its state.</summary>
    All,
    /// <summary>Due, late or lapsed.</summary>
    Outstanding,
    /// <summary>Upcoming or due, falling due from the date to the end of its month.</summary>
    ThisMonth,
    /// <summary>Late.</summary>
    Late,
    /// <summary>Lapsed.</summary>
    Lapsed,
    /// <summary>Upcoming or due, falling due after the end of the month or on a date not known yet.</summary>
    Later,
}

public sealed record GrantPage(int Total, IReadOnlyList<GrantSummary> Grants);

public sealed record GrantSummary(Guid Id, string Beneficiary, string Subject, decimal? Amount, int? Year, string? Act, DateOnly? DecidedOn);

public sealed record GrantView(
    Guid Id,
    string Authority,
    BeneficiaryView Beneficiary,
    string Subject,
    decimal? AmountRequested,
    decimal? Amount,
    int? Year,
    DecisionView? Decision,
    DateOnly? NotifiedOn,
    DateOnly? SignedOn,
    EnvelopeView? Envelope,
    IReadOnlyList<InstalmentView> Instalments,
    DateOnly? PaymentRequestDeadline,
    BudgetView? Budget,
    int? Objectives,
    int? Actions,
    IReadOnlyList<ObligationView> Obligations,
    IReadOnlyList<FindingView> Findings,
    DateOnly StateOn,
    IReadOnlyList<string> ToComplete);
