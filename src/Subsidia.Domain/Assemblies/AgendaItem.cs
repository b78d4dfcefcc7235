namespace Subsidia.Domain.Assemblies;

/// <summary>How an item is put to the vote .</summary>
public enum VoteMode
{
    /// <summary>Show of hands (vote à main levée): totals only.</summary>
    ShowOfHands,
    /// <summary>Public roll-call (scrutin public): names and votes recorded.</summary>
    RollCall,
    /// <summary>Secret ballot: a tie means rejection .</summary>
    Secret,
}

/// <summary>The majority an item needs .</summary>
public enum RequiredMajority
{
    /// <summary>More votes for than against.</summary>
    Simple,
    /// <summary>Two thirds of the suffrages exprimés (e.g. L5211-10).</summary>
    TwoThirds,
}

/// <summary>One member's vote in a roll-call.</summary>
public enum VoteChoice
{
    For,
    Against,
    Abstain,
    /// <summary>Ne prend pas part au vote (conseiller intéressé, or a member who declines): its own category.</summary>
    NotTakingPart,
}

/// <summary>
/// An agenda item (rapport) and the act (délibération) it gives: number, title, position in the order of passage,
/// the recorded vote and the members who do not take part.
/// </summary>
public sealed class AgendaItem
{
    private readonly List<ItemInterest> _interests = [];
    private readonly List<MemberVote> _memberVotes = [];

    private AgendaItem() { Number = ""; Title = ""; Recorded = new RecordedTally(); }

    internal AgendaItem(Guid id, int rank, string number, string title, string? positionKey, string? actNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        Id = id;
        Rank = rank;
        Number = number.Trim();
        Title = title?.Trim() ?? "";
        PositionKey = string.IsNullOrWhiteSpace(positionKey) ? null : positionKey.Trim();
        ActNumber = actNumber;
        Recorded = new RecordedTally();
    }

    public Guid Id { get; private set; }
    /// <summary>Order of the item on the agenda (zero-based), as entered.</summary>
    public int Rank { get; private set; }
    /// <summary>The item's own number: "3.6", "10", "question n°12", "D98/13".</summary>
    public string Number { get; private set; }
    public string Title { get; private set; }
    /// <summary>The key of the order of passage at which the item was taken; null when not stated.</summary>
    public string? PositionKey { get; internal set; }
    /// <summary>Register number of the act: "2012/001753".</summary>
    public string? ActNumber { get; private set; }
    public string? Rapporteur { get; private set; }
    public string? Committee { get; private set; }
    public DateOnly? CommitteeDate { get; private set; }
    public string? CommitteeOpinion { get; private set; }
    /// <summary>ACTES matière code ("7.5" for subsidies), see docs/formats.md.</summary>
    public string? Matter { get; private set; }
    public VoteMode VoteMode { get; private set; }
    public RequiredMajority RequiredMajority { get; private set; }
    /// <summary>The tally as the act records it.</summary>
    public RecordedTally Recorded { get; private set; }
    /// <summary>Members declared interested: they take no part in the debate, the vote or the quorum .</summary>
    public IReadOnlyList<ItemInterest> Interests => _interests;
    /// <summary>Named votes (roll-call).</summary>
    public IReadOnlyList<MemberVote> MemberVotes => _memberVotes;

    /// <summary>Date the act was published (put online, R-14) or notified.</summary>
    public DateOnly? PublishedOn { get; private set; }
    /// <summary>The @ctes identifier of the transmission (DDD-SIREN-YYYYMMDD-NUMERO-NN).</summary>
    public string? PrefectureActId { get; private set; }
    /// <summary>Date of receipt by the prefecture, from the acknowledgment .</summary>
    public DateOnly? PrefectureReceivedOn { get; private set; }

    /// <summary>
    /// Executory once both published and received by the prefecture, in either order (L2131-1, R-17):
    /// the later of the two dates; null while one is missing.
    /// </summary>
    public DateOnly? ExecutoryOn => PublishedOn is { } p && PrefectureReceivedOn is { } r ? (p > r ? p : r) : null;

    /// <summary>Records the publication. Formalities come after the sitting, so a signed sitting accepts them.</summary>
    public void RecordPublication(DateOnly on) => PublishedOn = on;

    /// <summary>Records the prefecture's receipt (the acknowledgment, or a "Reçu le" stamp that carries no identifier).</summary>
    public void RecordPrefectureReceipt(DateOnly receivedOn, string? actId = null)
    {
        PrefectureActId = string.IsNullOrWhiteSpace(actId) ? PrefectureActId : actId.Trim();
        PrefectureReceivedOn = receivedOn;
    }

    /// <summary>Files the act in the @ctes nomenclature ("7.5" Subventions): the secretariat's choice, never read from the text.</summary>
    public void Classify(string? matter) => Matter = string.IsNullOrWhiteSpace(matter) ? null : matter.Trim();

    public void Describe(string? rapporteur, string? committee, DateOnly? committeeDate, string? committeeOpinion, string? matter = null)
    {
        Rapporteur = rapporteur;
        Committee = committee;
        CommitteeDate = committeeDate;
        CommitteeOpinion = committeeOpinion;
        Matter = matter;
    }

    public void SetVoteMode(VoteMode mode, RequiredMajority majority = RequiredMajority.Simple)
    {
        VoteMode = mode;
        RequiredMajority = majority;
    }

    /// <summary>Records the tally the act states. Null counts are "not stated".</summary>
    public void RecordTally(int? @for, int? against, int? abstain, int? notTakingPart, bool unanimous)
    {
        foreach (var (value, name) in new[] { (@for, nameof(@for)), (against, nameof(against)), (abstain, nameof(abstain)), (notTakingPart, nameof(notTakingPart)) })
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(name, "Un nombre de voix ne peut pas être négatif.");
            }
        }

        Recorded = new RecordedTally { For = @for, Against = against, Abstain = abstain, NotTakingPart = notTakingPart, Unanimous = unanimous };
    }

    public void DeclareInterested(Guid memberId)
    {
        if (_interests.All(i => i.MemberId != memberId))
        {
            _interests.Add(new ItemInterest(Guid.NewGuid(), memberId));
        }
    }

    public void RecordMemberVote(Guid memberId, VoteChoice choice, Guid? onBehalfOf = null)
    {
        _memberVotes.RemoveAll(v => v.MemberId == memberId && v.OnBehalfOfId == onBehalfOf);
        _memberVotes.Add(new MemberVote(Guid.NewGuid(), memberId, choice, onBehalfOf));
    }

    public bool IsInterested(Guid memberId) => _interests.Any(i => i.MemberId == memberId);
}

/// <summary>The tally written in the act. Null values are not stated by the act.</summary>
public sealed class RecordedTally
{
    public int? For { get; init; }
    public int? Against { get; init; }
    public int? Abstain { get; init; }
    /// <summary>"Conseillers intéressés", "non votants": not taking part, kept apart from abstention.</summary>
    public int? NotTakingPart { get; init; }
    /// <summary>"A l'unanimité".</summary>
    public bool Unanimous { get; init; }

    public bool HasCounts => For is not null || Against is not null || Abstain is not null || NotTakingPart is not null;
}

/// <summary>A member declared interested in an item (conseiller intéressé).</summary>
public sealed class ItemInterest
{
    private ItemInterest() { }

    internal ItemInterest(Guid id, Guid memberId)
    {
        Id = id;
        MemberId = memberId;
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
}

/// <summary>A named vote: a member votes for themself, or for their grantor as a proxy holder.</summary>
public sealed class MemberVote
{
    private MemberVote() { }

    internal MemberVote(Guid id, Guid memberId, VoteChoice choice, Guid? onBehalfOfId)
    {
        Id = id;
        MemberId = memberId;
        Choice = choice;
        OnBehalfOfId = onBehalfOfId;
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
    public VoteChoice Choice { get; private set; }
    /// <summary>The grantor, when the vote is cast by proxy.</summary>
    public Guid? OnBehalfOfId { get; private set; }
}
