using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Assemblies;

/// <summary>A proxy counted at a position.</summary>
public sealed record ProxyInForce(Guid ProxyId, Guid GrantorId, Guid HolderId);

/// <summary>A check that failed at one position, before aggregation into findings.</summary>
public sealed record PositionIssue(string Code, Severity Severity, string Subject, string Message);

/// <summary>
/// Who could vote at one position of the order of passage, for one item (its interested members excluded).
/// </summary>
public sealed record PositionRoll(
    int Index,
    string Key,
    IReadOnlyList<Guid> Present,
    IReadOnlyList<Guid> InterestedPresent,
    IReadOnlyList<ProxyInForce> ProxiesInForce,
    int Quorum,
    bool QuorumMet,
    IReadOnlyList<PositionIssue> Issues)
{
    /// <summary>Physically present and taking part (substitutes included, interested members excluded).</summary>
    public int PresentCount => Present.Count;

    public int ProxiesInForceCount => ProxiesInForce.Count;

    /// <summary>Present plus proxies in force: those who can vote.</summary>
    public int Voters => Present.Count + ProxiesInForce.Count;
}

/// <summary>The result of a vote (R-06).</summary>
public enum VoteOutcome
{
    Adopted,
    Rejected,
    /// <summary>Counts missing, or a tie whose casting vote is not recorded.</summary>
    Undetermined,
    /// <summary>Nothing was put to the vote (an information item: no vote for or against).</summary>
    NotVoted,
}

/// <summary>A possible roll of an item whose position is unknown: the positions that give it.</summary>
public sealed record CandidateRoll(IReadOnlyList<string> Keys, int Voters, bool QuorumMet, bool MatchesRecorded);

/// <summary>What the engine found for one item.</summary>
public sealed record ItemEvaluation(
    AgendaItem Item,
    PositionRoll? Roll,
    IReadOnlyList<CandidateRoll> Candidates,
    VoteOutcome Outcome,
    IReadOnlyList<Finding> Findings);

/// <summary>What the engine found for a whole sitting.</summary>
public sealed record SittingEvaluation(
    VotingRuleSet Rules,
    int Quorum,
    IReadOnlyList<ItemEvaluation> Items,
    IReadOnlyList<Finding> SittingFindings)
{
    /// <summary>Sitting findings then each item's, in order.</summary>
    public IEnumerable<Finding> AllFindings => SittingFindings.Concat(Items.SelectMany(i => i.Findings));
}

/// <summary>
/// The roll engine: for each item, the members physically present, the substitutes sitting, the proxies in force,
/// the voters, the quorum and the outcome, reconciled with the recorded tally.
/// </summary>
/// <remarks>
/// Rules (docs/rules.md): R-01 quorum of members physically present, interested members excluded, checked when
/// the item is opened; R-02 attendance against the order of passage; R-03 one proxy per holder, holder present and
/// grantor absent, three consecutive sittings at most; R-04 dated rule sets; R-05 a member and their substitute
/// never both; R-06 majority and casting vote; R-08 interested members neither vote, nor count, nor use a proxy.
/// The engine reads the sitting as it is when the engine is built (order of passage, attendance, proxies): after a
/// change to the sitting, build a new engine.
/// </remarks>
public sealed class RollEngine
{
    private readonly Sitting _sitting;
    private readonly Dictionary<Guid, Member> _people;
    private readonly SittingTimeline _timeline;

    // The roll at each position when no member is interested: the sitting findings, every item and the auditor ask
    // for the same positions again.
    private readonly PositionRoll?[] _rolls;

    public RollEngine(Sitting sitting, IEnumerable<Member> people, VotingRuleSet? rules = null)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(people);
        _sitting = sitting;
        _people = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        _timeline = new SittingTimeline(sitting);
        _rolls = new PositionRoll?[_timeline.Count];
        Rules = rules ?? VotingRuleSet.For(sitting.Date);
    }

    public VotingRuleSet Rules { get; }

    public int Quorum => Rules.QuorumFor(_sitting.MembersInOffice);

    public SittingTimeline Timeline => _timeline;

    /// <summary>The name a secretary reads: "M. Daniel HUOT".</summary>
    public string NameOf(Guid id) =>
        _people.TryGetValue(id, out var m) ? (m.Civility is null ? m.FullName : $"{m.Civility} {m.FullName}") : "personne inconnue";

    private string Absent(Guid id) =>
        _people.TryGetValue(id, out var m) && m.Civility is "Mme" or "Mlle" ? "est absente" : "est absent";

    /// <summary>The roll at one position of the order of passage for an item with these interested members.</summary>
    public PositionRoll RollAt(int index, IReadOnlyCollection<Guid>? interested = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _timeline.Count);
        if (interested is null || interested.Count == 0)
        {
            return _rolls[index] ??= Roll(index, []);
        }

        return Roll(index, interested);
    }

    private PositionRoll Roll(int index, IReadOnlyCollection<Guid> interested)
    {
        var key = _timeline.Positions[index].Key;
        var issues = new List<PositionIssue>();

        // 1. Who sits, and for whom. (Loops rather than queries: the roll is taken at every position of every item.)
        var sitting = new List<Guid>(_sitting.Attendances.Count);
        var seated = new HashSet<Guid>(_sitting.Attendances.Count);
        var replacedBy = new Dictionary<Guid, List<Guid>>();
        foreach (var a in _sitting.Attendances)
        {
            if (!_timeline.Covers(a.From, a.To, index) || InGap(a, index))
            {
                continue;
            }

            if (seated.Add(a.MemberId))
            {
                sitting.Add(a.MemberId);
            }

            if (a.ReplacesMemberId is { } titular)
            {
                if (!replacedBy.TryGetValue(titular, out var subs))
                {
                    replacedBy[titular] = subs = [];
                }

                if (!subs.Contains(a.MemberId))
                {
                    subs.Add(a.MemberId);
                }
            }
        }

        // R-05: never a titular and their substitute together, nor two people for one seat.
        foreach (var (titular, subs) in replacedBy)
        {
            if (seated.Contains(titular))
            {
                issues.Add(new PositionIssue(FindingCodes.SubstituteConflict, Severity.Error, $"sub:{titular}",
                    $"{NameOf(titular)} et son suppléant {French.List(subs.Select(NameOf))} siègent en même temps"));
            }
            else if (subs.Count > 1)
            {
                issues.Add(new PositionIssue(FindingCodes.SubstituteConflict, Severity.Error, $"sub:{titular}",
                    $"{French.List(subs.Select(NameOf))} siègent tous pour {NameOf(titular)}"));
            }
        }

        bool Seated(Guid id) => seated.Contains(id) || replacedBy.ContainsKey(id);

        var present = sitting;
        var interestedPresent = new List<Guid>();
        if (interested.Count > 0)
        {
            present = new List<Guid>(sitting.Count);
            foreach (var id in sitting)
            {
                (interested.Contains(id) ? interestedPresent : present).Add(id);
            }
        }

        // 2. Proxies in force: grantor absent, holder present, neither interested (R-03, R-08).
        var candidates = new List<Proxy>();
        foreach (var p in _sitting.Proxies)
        {
            if (!_timeline.Covers(p.From, p.To, index))
            {
                continue;
            }

            if (p.GrantorId == p.HolderId)
            {
                issues.Add(new PositionIssue(FindingCodes.ProxyInvalid, Severity.Error, $"proxy:{p.Id}",
                    $"{NameOf(p.GrantorId)} se donne pouvoir à lui-même"));
                continue;
            }

            if (interested.Contains(p.GrantorId))
            {
                continue;
            }

            if (Seated(p.GrantorId))
            {
                issues.Add(new PositionIssue(FindingCodes.ProxyGrantorPresent, Severity.Warning, $"proxy:{p.Id}",
                    $"{NameOf(p.GrantorId)} a donné pouvoir à {NameOf(p.HolderId)} mais siège (ou est suppléé)"));
                continue;
            }

            if (!seated.Contains(p.HolderId))
            {
                issues.Add(new PositionIssue(FindingCodes.ProxyHolderAbsent, Severity.Info, $"proxy:{p.Id}",
                    $"le pouvoir de {NameOf(p.GrantorId)} à {NameOf(p.HolderId)} ne peut pas servir : {NameOf(p.HolderId)} {Absent(p.HolderId)}"));
                continue;
            }

            if (interested.Contains(p.HolderId) && !Rules.InterestedHolderMayUseProxy)
            {
                continue;
            }

            candidates.Add(p);
        }

        var inForce = new List<ProxyInForce>(candidates.Count);
        foreach (var (holder, list) in ByHolder(candidates))
        {
            if (list.Count > Rules.MaxProxiesPerHolder)
            {
                issues.Add(new PositionIssue(FindingCodes.ProxyHolderMultiple, Severity.Error, $"holder:{holder}",
                    $"{NameOf(holder)} détient {list.Count} pouvoirs ({French.List(list.Select(p => NameOf(p.GrantorId)))}) " +
                    $"alors que la règle en vigueur n'en permet que {Rules.MaxProxiesPerHolder} ; seuls les premiers sont comptés"));
            }

            for (var k = 0; k < list.Count && k < Rules.MaxProxiesPerHolder; k++)
            {
                inForce.Add(new ProxyInForce(list[k].Id, list[k].GrantorId, list[k].HolderId));
            }
        }

        var quorumCount = present.Count + (Rules.RepresentedCountTowardQuorum ? inForce.Count : 0);
        return new PositionRoll(index, key, present, interestedPresent, inForce, Quorum, quorumCount >= Quorum, issues);
    }

    private bool InGap(Attendance attendance, int index)
    {
        foreach (var gap in attendance.Gaps)
        {
            if (_timeline.Covers(gap.From, gap.To, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The proxies grouped by holder, holders and proxies in their order of appearance.</summary>
    private static List<(Guid Holder, List<Proxy> Proxies)> ByHolder(List<Proxy> proxies)
    {
        var groups = new List<(Guid Holder, List<Proxy> Proxies)>(proxies.Count);
        foreach (var p in proxies)
        {
            var found = -1;
            for (var k = 0; k < groups.Count && found < 0; k++)
            {
                if (groups[k].Holder == p.HolderId)
                {
                    found = k;
                }
            }

            if (found < 0)
            {
                groups.Add((p.HolderId, [p]));
            }
            else
            {
                groups[found].Proxies.Add(p);
            }
        }

        return groups;
    }

    /// <summary>Evaluates every item and the sitting as a whole.</summary>
    public SittingEvaluation Evaluate()
    {
        var items = _sitting.Items.Select(EvaluateItem).ToList();
        return new SittingEvaluation(Rules, Quorum, items, SittingFindings());
    }

    /// <summary>Findings about the sitting as a whole: attendance and proxy problems at any position.</summary>
    public IReadOnlyList<Finding> SittingFindings()
    {
        var findings = new List<Finding>();
        var bySubject = new Dictionary<(string Code, string Subject), (PositionIssue Issue, List<string> Keys)>();
        for (var i = 0; i < _timeline.Count; i++)
        {
            foreach (var issue in RollAt(i).Issues)
            {
                var k = (issue.Code, issue.Subject);
                if (!bySubject.TryGetValue(k, out var entry))
                {
                    bySubject[k] = entry = (issue, []);
                }

                entry.Keys.Add(_timeline.Positions[i].Key);
            }
        }

        foreach (var ((code, _), (issue, keys)) in bySubject)
        {
            findings.Add(new Finding(code, issue.Severity, null, $"{Capitalise(issue.Message)} {DescribeKeys(keys)}."));
        }

        foreach (var key in _timeline.Unresolved)
        {
            findings.Add(new Finding(FindingCodes.PositionNotInOrder, Severity.Warning, null,
                $"La mention « {key} » ne correspond à aucun point de l'ordre de passage : la présence ou le pouvoir concerné n'a pas pu être situé."));
        }

        return findings;
    }

    public ItemEvaluation EvaluateItem(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var interested = item.Interests.Select(i => i.MemberId).ToHashSet();
        var findings = new List<Finding>();
        var label = ItemLabel(item);

        int? index = item.PositionKey is null ? null : _timeline.IndexOf(item.PositionKey);
        if (index is null)
        {
            var candidates = Candidates(item, interested);
            var reason = item.PositionKey is null
                ? $"La place du {label} dans l'ordre de passage n'est pas indiquée"
                : $"La place « {item.PositionKey} » du {label} n'est pas dans l'ordre de passage";
            var described = string.Join(" ; ", candidates.Select(c =>
                $"{Format(c.Voters)} votants {DescribeKeys(c.Keys)}{(c.MatchesRecorded ? " (concorde avec le vote enregistré)" : "")}"));
            var matching = candidates.Where(c => c.MatchesRecorded).SelectMany(c => c.Keys).ToList();
            var advice = matching.Count == 0
                ? "Aucune position ne concorde avec le vote enregistré."
                : $"Le vote enregistré n'est possible qu'{DescribeKeys(matching)}.";
            findings.Add(new Finding(FindingCodes.ItemPositionUnknown, Severity.Warning, item.Number,
                $"{reason} : le calcul des votants en dépend. Possibilités : {described}. {advice} Indiquez la position du rapport."));
            return new ItemEvaluation(item, null, candidates, OutcomeOf(item, null, findings, label), findings);
        }

        var roll = RollAt(index.Value, interested);
        foreach (var issue in roll.Issues.Where(i => i.Code != FindingCodes.ProxyHolderAbsent))
        {
            findings.Add(new Finding(issue.Code, issue.Severity, item.Number, $"{Capitalise(issue.Message)} au {label}."));
        }

        if (!roll.QuorumMet)
        {
            findings.Add(new Finding(FindingCodes.QuorumNotMet, Severity.Error, item.Number,
                $"Quorum non atteint au {label} : {Format(roll.PresentCount)} membres présents pour un quorum de {Format(roll.Quorum)} " +
                $"({Format(_sitting.MembersInOffice)} en exercice{(interested.Count > 0 ? ", conseillers intéressés exclus" : "")})."));
        }

        if (!Reconciles(item.Recorded, roll.Voters, interested.Count, out var recordedText))
        {
            findings.Add(new Finding(FindingCodes.VoteCountMismatch, Severity.Error, item.Number,
                $"Le vote enregistré au {label} ({recordedText}) ne correspond pas au calcul : " +
                $"{Format(roll.PresentCount)} présents et {Format(roll.ProxiesInForceCount)} pouvoirs, soit {Format(roll.Voters)} votants" +
                $"{(interested.Count > 0 ? $", plus {Format(interested.Count)} conseillers intéressés qui ne prennent pas part au vote" : "")}."));
        }

        CheckMemberVotes(item, roll, interested, findings, label);
        return new ItemEvaluation(item, roll, [], OutcomeOf(item, roll, findings, label), findings);
    }

    private List<CandidateRoll> Candidates(AgendaItem item, HashSet<Guid> interested)
    {
        var groups = new List<CandidateRoll>();
        for (var i = 0; i < _timeline.Count; i++)
        {
            var roll = RollAt(i, interested);
            var matches = item.Recorded.HasCounts && Reconciles(item.Recorded, roll.Voters, interested.Count, out _);
            var last = groups.Count > 0 ? groups[^1] : null;
            if (last is not null && last.Voters == roll.Voters && last.QuorumMet == roll.QuorumMet && last.MatchesRecorded == matches)
            {
                groups[^1] = last with { Keys = [.. last.Keys, roll.Key] };
            }
            else
            {
                groups.Add(new CandidateRoll([roll.Key], roll.Voters, roll.QuorumMet, matches));
            }
        }

        return groups;
    }

    /// <summary>
    /// The recorded tally reconciles when every voter and every interested member is accounted for:
    /// for + against + abstention + not taking part = voters + interested.
    /// </summary>
    private static bool Reconciles(RecordedTally t, int voters, int interested, out string text)
    {
        var parts = new List<string>();
        if (t.For is { } f) parts.Add($"pour {Format(f)}");
        if (t.Against is { } a) parts.Add($"contre {Format(a)}");
        if (t.Abstain is { } ab) parts.Add($"abstention {Format(ab)}");
        if (t.NotTakingPart is { } n) parts.Add($"ne prenant pas part {Format(n)}");
        if (t.Unanimous) parts.Add("à l'unanimité");
        text = parts.Count == 0 ? "aucun décompte" : string.Join(", ", parts);

        if (t.Unanimous && (t.Against ?? 0) > 0)
        {
            return false;
        }

        if (t.For is null)
        {
            return true; // the votes for unknown: nothing to compare (a tally that omits them does not say none)
        }

        var accounted = (t.For ?? 0) + (t.Against ?? 0) + (t.Abstain ?? 0) + (t.NotTakingPart ?? 0);
        var expected = voters + (t.NotTakingPart is null ? 0 : interested);
        return accounted == expected;
    }

    private void CheckMemberVotes(AgendaItem item, PositionRoll roll, HashSet<Guid> interested, List<Finding> findings, string label)
    {
        if (item.MemberVotes.Count == 0)
        {
            return;
        }

        foreach (var vote in item.MemberVotes.Where(v => v.Choice != VoteChoice.NotTakingPart))
        {
            var voter = vote.OnBehalfOfId ?? vote.MemberId;
            if (interested.Contains(voter) || interested.Contains(vote.MemberId))
            {
                findings.Add(new Finding(FindingCodes.InterestedMemberVoted, Severity.Error, item.Number,
                    $"{NameOf(voter)}, conseiller intéressé, est inscrit comme votant au {label} (L2131-11)."));
            }
            else if (vote.OnBehalfOfId is { } grantor
                ? !roll.ProxiesInForce.Any(p => p.GrantorId == grantor && p.HolderId == vote.MemberId)
                : !roll.Present.Contains(vote.MemberId))
            {
                findings.Add(new Finding(FindingCodes.VoteCountMismatch, Severity.Error, item.Number,
                    vote.OnBehalfOfId is { } g
                        ? $"{NameOf(vote.MemberId)} vote pour {NameOf(g)} au {label} sans pouvoir en vigueur."
                        : $"{NameOf(vote.MemberId)} est inscrit comme votant au {label} sans être présent."));
            }
        }

        var counted = item.MemberVotes.GroupBy(v => v.Choice).ToDictionary(g => g.Key, g => g.Count());
        int Count(VoteChoice c) => counted.TryGetValue(c, out var n) ? n : 0;
        // A roll-call names every voter, those for included; minutes often name only the minority ("1 voix contre
        // (M. X)"): then only the choices that are named are compared with their totals.
        var everyVoterNamed = Count(VoteChoice.For) > 0;
        bool Differs(int? recorded, VoteChoice c) => recorded is { } n && (everyVoterNamed || Count(c) > 0) && n != Count(c);
        var r = item.Recorded;
        if (Differs(r.For, VoteChoice.For) || Differs(r.Against, VoteChoice.Against) || Differs(r.Abstain, VoteChoice.Abstain))
        {
            findings.Add(new Finding(FindingCodes.VoteCountMismatch, Severity.Error, item.Number,
                $"Les votes nominatifs du {label} (pour {Format(Count(VoteChoice.For))}, contre {Format(Count(VoteChoice.Against))}, " +
                $"abstention {Format(Count(VoteChoice.Abstain))}) ne correspondent pas aux totaux enregistrés."));
        }
    }

    private VoteOutcome OutcomeOf(AgendaItem item, PositionRoll? roll, List<Finding> findings, string label)
    {
        var r = item.Recorded;
        var @for = r.For;
        var against = r.Against;
        if (@for is null && against is null)
        {
            if (r.Unanimous)
            {
                return VoteOutcome.Adopted;
            }

            return item.MemberVotes.Count == 0 ? VoteOutcome.Undetermined : OutcomeOfCounts(
                item.MemberVotes.Count(v => v.Choice == VoteChoice.For), item.MemberVotes.Count(v => v.Choice == VoteChoice.Against));
        }

        // Votes against given and votes for not: the votes for are unknown, not none ("Votes contre : groupe X (8
        // voix)" under "Conclusions adoptées"). A tally that omits the votes against means there were none.
        if (@for is null)
        {
            return VoteOutcome.Undetermined;
        }

        return OutcomeOfCounts(@for.Value, against ?? 0);

        VoteOutcome OutcomeOfCounts(int yes, int no)
        {
            if (yes == 0 && no == 0)
            {
                return VoteOutcome.NotVoted;
            }

            if (item.RequiredMajority == RequiredMajority.TwoThirds)
            {
                return yes * 3 >= (yes + no) * 2 ? VoteOutcome.Adopted : VoteOutcome.Rejected;
            }

            if (yes != no)
            {
                return yes > no ? VoteOutcome.Adopted : VoteOutcome.Rejected;
            }

            if (item.VoteMode == VoteMode.Secret)
            {
                return VoteOutcome.Rejected; // a tie in a secret ballot rejects
            }

            var chair = roll is null ? null : ChairAt(roll.Index);
            var chairVote = chair is null ? null : item.MemberVotes.FirstOrDefault(v => v.MemberId == chair && v.OnBehalfOfId is null);
            if (chairVote?.Choice == VoteChoice.For)
            {
                return VoteOutcome.Adopted;
            }

            if (chairVote?.Choice == VoteChoice.Against)
            {
                return VoteOutcome.Rejected;
            }

            findings.Add(new Finding(FindingCodes.TieUnresolved, Severity.Warning, item.Number,
                $"Partage égal des voix au {label} ({Format(yes)} pour, {Format(no)} contre) : la voix du président est prépondérante, " +
                $"mais son vote {(chair is null ? "et le nom du président ne sont pas enregistrés" : $"({NameOf(chair.Value)}) n'est pas enregistré")}."));
            return VoteOutcome.Undetermined;
        }
    }

    /// <summary>The member chairing at a position, when known.</summary>
    public Guid? ChairAt(int index)
    {
        var terms = _sitting.Chairs.Where(c => _timeline.Covers(c.From, c.To, index)).ToList();
        return terms.Count == 1 ? terms[0].MemberId : null;
    }

    private static string ItemLabel(AgendaItem item) => $"rapport n°{item.Number}";

    /// <summary>"au point 3.6", "aux points 0.1 à 2.2 et 3.6", "à la question n°12", "aux questions n°1 à 5".</summary>
    private string DescribeKeys(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return "";
        }

        var questions = _sitting.PositionScheme == PositionScheme.Question;
        var ranks = keys.Select(k => _timeline.IndexOf(k) ?? -1).ToList();
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= keys.Count; i++)
        {
            if (i == keys.Count || ranks[i] < 0 || ranks[i] != ranks[i - 1] + 1)
            {
                var first = questions ? $"n°{keys[start]}" : keys[start];
                parts.Add(i - start == 1 ? first : $"{first} à {keys[i - 1]}");
                start = i;
            }
        }

        if (keys.Count == 1)
        {
            return questions ? $"à la question {parts[0]}" : $"au point {parts[0]}";
        }

        return questions ? $"aux questions {French.List(parts)}" : $"aux points {French.List(parts)}";
    }

    private static string Format(int n) => n.ToString(French.Culture);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpper(s[0], French.Culture) + s[1..];
}
