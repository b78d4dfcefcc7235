namespace Subsidia.Reading.Model;

/// <summary>The <c>subsidia.extract/1</c> object: what was read in one document and what was found (docs/contract.md).</summary>
public sealed class ExtractDocument
{
    public string Schema { get; init; } = "subsidia.extract/1";
    public string Source { get; init; } = "";
    public string? Authority { get; set; }
    public string? Body { get; set; }
    public string? SittingDate { get; set; }
    public string? ConvenedOn { get; set; }
    public string? PublishedOn { get; set; }
    /// <summary>Date the prefecture received the act (its stamp or @ctes acknowledgment), when the document shows it.</summary>
    public string? PrefectureReceivedOn { get; set; }
    /// <summary>Time the sitting was convened for ("18:00").</summary>
    public string? Time { get; set; }
    public string? OpenedAt { get; set; }
    public string? ClosedAt { get; set; }
    public string? Place { get; set; }
    public int? MembersInOffice { get; set; }
    public DeclaredCounts Declared { get; set; } = new();
    public string? Chair { get; set; }
    /// <summary>Every chair in order when the chair changed during the sitting.</summary>
    public List<string> Chairs { get; } = [];
    public string? Secretary { get; set; }
    public List<string> OrderOfPassage { get; } = [];
    /// <summary>The ordering keys the rolls were computed on (stated order, or the keys the spans use).</summary>
    public List<string> Positions { get; } = [];
    public List<AttendanceEntry> Attendance { get; } = [];
    /// <summary>"Etaient présents : les membres du Conseil": presence stated without names.</summary>
    public string? PresentUnnamed { get; set; }
    public List<string> Absent { get; } = [];
    /// <summary>The absent members listed as excused (a subset of <see cref="Absent"/>).</summary>
    public List<string> Excused { get; } = [];
    /// <summary>People who attended without a vote (guests, "sans voix délibérative").</summary>
    public List<string> NonVoting { get; } = [];
    public List<ProxyEntry> Proxies { get; } = [];
    public List<ItemEntry> Items { get; } = [];
    /// <summary>The roll at each position of the sitting (no interested member excluded).</summary>
    public List<RollEntry> Rolls { get; } = [];
    public GrantEntry? Grant { get; set; }
    public BudgetEntry? Budget { get; set; }
    /// <summary>Every arithmetic the document states and the reader checked.</summary>
    public List<AmountCheck> AmountChecks { get; } = [];
    /// <summary>True when the document stops early (cut copy): later values are missing, never guessed.</summary>
    public bool Truncated { get; set; }
    public List<FindingEntry> Findings { get; } = [];
}

public sealed class DeclaredCounts
{
    public int? Present { get; set; }
    public int? Proxies { get; set; }
    public int? Voters { get; set; }
    public int? Absent { get; set; }
    public int? Excused { get; set; }
}

public sealed class AttendanceEntry
{
    public string Name { get; set; } = "";
    public string? Replaces { get; set; }
    public string? Commune { get; set; }
    public List<SpanEntry> Spans { get; } = [];
    public List<SpanEntry> Except { get; } = [];
}

public sealed record SpanEntry(string? From, string? To);

public sealed class ProxyEntry
{
    public string Grantor { get; set; } = "";
    public string Holder { get; set; } = "";
    public string? From { get; set; }
    public string? To { get; set; }
}

public sealed class ItemEntry
{
    public string? Report { get; set; }
    public string? Act { get; set; }
    public string? Title { get; set; }
    public string? Position { get; set; }
    public string? Rapporteur { get; set; }
    public string? Committee { get; set; }
    public string? CommitteeDate { get; set; }
    public string? CommitteeOpinion { get; set; }
    /// <summary>Date of the report the act answers ("Vu le rapport en date du 6 septembre 2011").</summary>
    public string? ReportDate { get; set; }
    /// <summary>The service that prepared it ("Direction des Affaires Culturelles").</summary>
    public string? Department { get; set; }
    public RecordedEntry? Recorded { get; set; }
    /// <summary>"Qui ont pris part à la délibération : 27".</summary>
    public int? TookPart { get; set; }
    public RollEntry? Roll { get; set; }
    /// <summary>adopted, rejected, notVoted, undetermined.</summary>
    public string? Outcome { get; set; }
    public List<string> Interested { get; } = [];
    public List<NamedVote> Votes { get; } = [];
}

public sealed class RecordedEntry
{
    public int? For { get; set; }
    public int? Against { get; set; }
    public int? Abstention { get; set; }
    public int? NotTakingPart { get; set; }
    public bool Unanimous { get; set; }
}

public sealed record NamedVote(string Name, string Choice);

public sealed class RollEntry
{
    public string? Position { get; set; }
    public int Present { get; set; }
    public int ProxiesInForce { get; set; }
    public int Voters { get; set; }
    public int? Quorum { get; set; }
    public bool? QuorumMet { get; set; }
}

public sealed class GrantEntry
{
    public string? Beneficiary { get; set; }
    public decimal? Amount { get; set; }
    /// <summary>The amount requested, when the document states it ("La demande de financement … porte sur 15 000 €").</summary>
    public decimal? AmountRequested { get; set; }
    public List<InstalmentEntry> Instalments { get; } = [];
    public List<DeadlineEntry> Deadlines { get; } = [];
}

public sealed class InstalmentEntry
{
    public decimal? Share { get; set; }
    public decimal? Amount { get; set; }
    /// <summary>signature, interimReport, finalReport, request, other.</summary>
    public string? Condition { get; set; }
    public bool Optional { get; set; }
    /// <summary>True when the share or amount is the remainder ("le solde"), computed from the others.</summary>
    public bool Balance { get; set; }
    public string Text { get; set; } = "";
}

public sealed class DeadlineEntry
{
    /// <summary>paymentRequest, reports, interimReview, end, retention.</summary>
    public string Kind { get; set; } = "";
    public string? On { get; set; }
    public string? Period { get; set; }
    public string? From { get; set; }
    public bool Lapses { get; set; }
    public string Text { get; set; } = "";
}

public sealed class BudgetEntry
{
    public decimal? Total { get; set; }
    public List<BudgetSection> Sections { get; } = [];
}

public sealed class BudgetSection
{
    public string Name { get; set; } = "";
    public decimal? Total { get; set; }
    public List<BudgetLine> Expenses { get; } = [];
    public decimal? ExpensesTotal { get; set; }
    public List<BudgetLine> Revenues { get; } = [];
    public decimal? RevenuesTotal { get; set; }
}

public sealed class BudgetLine
{
    public string Label { get; set; } = "";
    public decimal? Amount { get; set; }
    public List<BudgetLine> Children { get; } = [];
}

public sealed record AmountCheck(string Label, decimal Stated, decimal Computed, bool Matches);

public sealed record FindingEntry(string Code, string Severity, string? Item, string Message);
