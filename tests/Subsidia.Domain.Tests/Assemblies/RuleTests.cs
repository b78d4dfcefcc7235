using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Tests.Assemblies;

/// <summary>One test per assembly rule (docs/rules.md), on small hand-built sittings.</summary>
public class RuleTests
{
    private static readonly string[] Order = ["1", "2", "3", "4"];

    /// <summary>A council of <paramref name="size"/> members named M1…Mn, none marked present yet.</summary>
    private static (Assembly Assembly, Sitting Sitting, SittingScript Script) Council(int size, DateOnly? date = null)
    {
        var assembly = new Assembly(Guid.NewGuid(), Guid.NewGuid(), "Conseil municipal", AssemblyKind.Council);
        var sitting = new Sitting(Guid.NewGuid(), assembly.Id, date ?? new DateOnly(2025, 3, 10), size);
        sitting.SetOrderOfPassage(PositionScheme.Report, Order);
        var script = new SittingScript(assembly, sitting);
        for (var i = 1; i <= size; i++)
        {
            script.Absent(null, "M.", "Jean", $"M{i}");
        }

        return (assembly, sitting, script);
    }

    private static void Present(Sitting sitting, SittingScript script, int member, string? from = null, string? to = null) =>
        sitting.AddAttendance(script.Find("J", $"M{member}"), from, to);

    private static Proxy Give(Sitting sitting, SittingScript script, int grantor, int holder, string? from = null, string? to = null) =>
        sitting.AddProxy(script.Find("J", $"M{grantor}"), script.Find("J", $"M{holder}"), from, to);

    [Theory]
    [InlineData(140, 71)]
    [InlineData(33, 17)]
    [InlineData(29, 15)]
    [InlineData(1, 1)]
    public void Quorum_IsMoreThanHalfOfMembersInOffice(int inOffice, int quorum) =>
        Assert.Equal(quorum, VotingRuleSet.Ordinary.QuorumFor(inOffice));

    [Fact]
    public void Quorum_NotMet_WhenTooFewArePhysicallyPresent_ProxiesDoNotCount()
    {
        var (assembly, sitting, s) = Council(7);
        Present(sitting, s, 1);
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        Give(sitting, s, 4, 1);
        Give(sitting, s, 5, 2);
        var item = sitting.AddItem("1", "Budget", "1");
        item.RecordTally(5, 0, 0, null, unanimous: true);

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(5, evaluation.Roll!.Voters);
        Assert.False(evaluation.Roll.QuorumMet);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(FindingCodes.QuorumNotMet, finding.Code);
        Assert.Contains("3 membres présents pour un quorum de 4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quorum_ExcludesInterestedMembers_EvenWhenInTheRoom()
    {
        var (assembly, sitting, s) = Council(5);
        Present(sitting, s, 1);
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        var item = sitting.AddItem("1", "Subvention à l'association dont M3 est président", "1");
        item.DeclareInterested(s.Find("J", "M3"));

        var roll = new RollEngine(sitting, assembly.Members).EvaluateItem(item).Roll!;

        Assert.Equal(2, roll.PresentCount);
        Assert.Single(roll.InterestedPresent);
        Assert.False(roll.QuorumMet);
    }

    [Fact]
    public void Proxy_HolderWithTwoProxies_OnlyOneCounts_AndIsFlagged()
    {
        var (assembly, sitting, s) = Council(5);
        Present(sitting, s, 1);
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        Give(sitting, s, 4, 1);
        Give(sitting, s, 5, 1);
        var item = sitting.AddItem("1", "Voirie", "1");
        item.RecordTally(4, 0, 0, null, unanimous: true);

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(1, evaluation.Roll!.ProxiesInForceCount);
        Assert.Equal(4, evaluation.Roll.Voters);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(FindingCodes.ProxyHolderMultiple, finding.Code);
        Assert.Contains("M. Jean M1 détient 2 pouvoirs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Proxy_WhoseHolderLeaves_StopsCounting()
    {
        var (assembly, sitting, s) = Council(5);
        Present(sitting, s, 1, to: "2");
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        Give(sitting, s, 4, 1);
        var engine = new RollEngine(sitting, assembly.Members);

        Assert.Equal(4, engine.RollAt(1).Voters);
        Assert.Equal(2, engine.RollAt(2).Voters);
        var finding = Assert.Single(engine.SittingFindings(), f => f.Code == FindingCodes.ProxyHolderAbsent);
        Assert.Contains("aux points 3 à 4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Proxy_WhoseGrantorIsPresent_IsNotCounted_AndIsFlagged()
    {
        var (assembly, sitting, s) = Council(5);
        Present(sitting, s, 1);
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        Give(sitting, s, 3, 1);
        var item = sitting.AddItem("2", "Personnel", "2");

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(3, evaluation.Roll!.Voters);
        Assert.Contains(evaluation.Findings, f => f.Code == FindingCodes.ProxyGrantorPresent);
    }

    [Fact]
    public void Proxy_ThreeConsecutiveSittingsAtMost()
    {
        var (assembly, _, s) = Council(3);
        var grantor = s.Find("J", "M1");
        var holder = s.Find("J", "M2");
        var sittings = Enumerable.Range(0, 4).Select(i =>
        {
            var sitting = new Sitting(Guid.NewGuid(), assembly.Id, new DateOnly(2025, 1, 10).AddMonths(i), 3);
            sitting.SetOrderOfPassage(PositionScheme.Report, Order);
            sitting.AddProxy(grantor, holder, mandateReference: "pouvoir du 05/01/2025");
            return sitting;
        }).ToList();
        string Name(Guid id) => assembly.Members.Single(m => m.Id == id).FullName;

        Assert.Empty(ProxyMandateCheck.Check(sittings.Take(3), Name));
        var finding = Assert.Single(ProxyMandateCheck.Check(sittings, Name));
        Assert.Equal(FindingCodes.ProxyMandateExpired, finding.Code);
        Assert.Contains("10/04/2025", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitute_AndMemberBothPresent_IsAConflict_CountedOnce()
    {
        var (assembly, sitting, s) = Council(3);
        var titular = assembly.Members.Single(m => m.FamilyName == "M1");
        var substitute = assembly.AddSubstitute(Guid.NewGuid(), titular, "SUPPLEANT", "Paul", "M.");
        sitting.AddAttendance(titular.Id);
        sitting.AddAttendance(substitute.Id, replaces: titular.Id);
        Present(sitting, s, 2);
        var item = sitting.AddItem("1", "Eau", "1");

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        var finding = Assert.Single(evaluation.Findings, f => f.Code == FindingCodes.SubstituteConflict);
        Assert.Contains("M. Jean M1 et son suppléant M. Paul SUPPLEANT", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitute_SittingForAnAbsentMember_VotesForTheSeat()
    {
        var (assembly, sitting, s) = Council(3);
        var titular = assembly.Members.Single(m => m.FamilyName == "M1");
        var substitute = assembly.AddSubstitute(Guid.NewGuid(), titular, "SUPPLEANT", "Paul", "M.");
        sitting.AddAttendance(substitute.Id, replaces: titular.Id);
        Present(sitting, s, 2);

        var roll = new RollEngine(sitting, assembly.Members).RollAt(0);

        Assert.Equal(2, roll.Voters);
        Assert.Empty(roll.Issues);
        Assert.Equal(2, assembly.MembersInOfficeOn(sitting.Date) - 1);
    }

    [Theory]
    [InlineData(null, 8, VoteOutcome.Undetermined)]
    [InlineData(4, null, VoteOutcome.Adopted)]
    [InlineData(0, 3, VoteOutcome.Rejected)]
    public void Outcome_VotesForUnknown_IsNotTakenAsNone(int? votesFor, int? votesAgainst, VoteOutcome expected)
    {
        // "Votes contre : groupe X (8 voix)" and nothing said of the votes for: undetermined, not rejected. A tally that
        // gives the votes for and omits those against has none against.
        var (assembly, sitting, s) = Council(4);
        for (var i = 1; i <= 4; i++)
        {
            Present(sitting, s, i);
        }

        var item = sitting.AddItem("1", "Subventions", "1");
        item.RecordTally(votesFor, votesAgainst, null, null, unanimous: false);

        Assert.Equal(expected, new RollEngine(sitting, assembly.Members).EvaluateItem(item).Outcome);
    }

    [Theory]
    [InlineData(VoteMode.ShowOfHands, VoteChoice.For, VoteOutcome.Adopted)]
    [InlineData(VoteMode.ShowOfHands, VoteChoice.Against, VoteOutcome.Rejected)]
    [InlineData(VoteMode.RollCall, VoteChoice.For, VoteOutcome.Adopted)]
    [InlineData(VoteMode.Secret, VoteChoice.For, VoteOutcome.Rejected)]
    public void Tie_IsDecidedByTheChair_ExceptInASecretBallot(VoteMode mode, VoteChoice chairVote, VoteOutcome expected)
    {
        var (assembly, sitting, s) = Council(4);
        for (var i = 1; i <= 4; i++)
        {
            Present(sitting, s, i);
        }

        sitting.AddChair(s.Find("J", "M1"));
        var item = sitting.AddItem("1", "Tarifs", "1");
        item.SetVoteMode(mode);
        item.RecordTally(2, 2, 0, null, unanimous: false);
        if (mode != VoteMode.Secret)
        {
            item.RecordMemberVote(s.Find("J", "M1"), chairVote);
            item.RecordMemberVote(s.Find("J", "M2"), chairVote == VoteChoice.For ? VoteChoice.For : VoteChoice.Against);
            item.RecordMemberVote(s.Find("J", "M3"), chairVote == VoteChoice.For ? VoteChoice.Against : VoteChoice.For);
            item.RecordMemberVote(s.Find("J", "M4"), VoteChoice.Against);
            if (chairVote == VoteChoice.Against)
            {
                item.RecordMemberVote(s.Find("J", "M4"), VoteChoice.For);
            }
        }

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(expected, evaluation.Outcome);
        Assert.DoesNotContain(evaluation.Findings, f => f.Code == FindingCodes.VoteCountMismatch);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void NamedMinority_IsComparedWithItsOwnTotal_NotWithTheUnnamedFor(int recordedAgainst, bool mismatch)
    {
        // "par 4 voix pour et 1 voix contre (M5)": those for are not named, the one against is.
        var (assembly, sitting, s) = Council(6);
        for (var i = 1; i <= 6; i++)
        {
            Present(sitting, s, i);
        }

        var item = sitting.AddItem("1", "Tarifs", "1");
        item.RecordTally(6 - recordedAgainst, recordedAgainst, 0, null, unanimous: false);
        item.RecordMemberVote(s.Find("J", "M5"), VoteChoice.Against);

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(mismatch, evaluation.Findings.Any(f => f.Code == FindingCodes.VoteCountMismatch));
    }

    [Fact]
    public void Tie_WithoutTheChairsVote_IsUndetermined_AndSaysWhy()
    {
        var (assembly, sitting, s) = Council(4);
        for (var i = 1; i <= 4; i++)
        {
            Present(sitting, s, i);
        }

        var item = sitting.AddItem("1", "Tarifs", "1");
        item.RecordTally(2, 2, 0, null, unanimous: false);

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(VoteOutcome.Undetermined, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.Code == FindingCodes.TieUnresolved);
    }

    [Fact]
    public void Majority_AbstentionsAreNotSuffragesExprimes()
    {
        var (assembly, sitting, s) = Council(5);
        for (var i = 1; i <= 5; i++)
        {
            Present(sitting, s, i);
        }

        var item = sitting.AddItem("1", "Motion", "1");
        item.RecordTally(2, 1, 2, null, unanimous: false);

        Assert.Equal(VoteOutcome.Adopted, new RollEngine(sitting, assembly.Members).EvaluateItem(item).Outcome);
    }

    [Fact]
    public void InformationItem_WithOnlyNonVoters_IsNotARejection()
    {
        var (assembly, sitting, s) = Council(5);
        for (var i = 1; i <= 4; i++)
        {
            Present(sitting, s, i);
        }

        var item = sitting.AddItem("1", "Compte rendu des délégations", "1");
        item.RecordTally(0, 0, 0, 4, unanimous: false);

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(VoteOutcome.NotVoted, evaluation.Outcome);
        Assert.Empty(evaluation.Findings);
    }

    [Fact]
    public void InterestedMember_DoesNotUseAProxyOnThatItem()
    {
        var (assembly, sitting, s) = Council(5);
        Present(sitting, s, 1);
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        Present(sitting, s, 5);
        Give(sitting, s, 4, 1);
        var item = sitting.AddItem("1", "Subvention", "1");
        item.DeclareInterested(s.Find("J", "M1"));
        item.RecordTally(3, 0, 0, 1, unanimous: true);

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Equal(3, evaluation.Roll!.Voters);
        Assert.Empty(evaluation.Roll.ProxiesInForce);
        Assert.Empty(evaluation.Findings);
    }

    [Fact]
    public void InterestedMember_RecordedAsVoting_IsABreach()
    {
        var (assembly, sitting, s) = Council(3);
        for (var i = 1; i <= 3; i++)
        {
            Present(sitting, s, i);
        }

        var item = sitting.AddItem("1", "Subvention", "1");
        item.SetVoteMode(VoteMode.RollCall);
        item.DeclareInterested(s.Find("J", "M3"));
        item.RecordTally(3, 0, 0, null, unanimous: true);
        for (var i = 1; i <= 3; i++)
        {
            item.RecordMemberVote(s.Find("J", $"M{i}"), VoteChoice.For);
        }

        var evaluation = new RollEngine(sitting, assembly.Members).EvaluateItem(item);

        Assert.Contains(evaluation.Findings, f => f.Code == FindingCodes.InterestedMemberVoted);
        Assert.Contains(evaluation.Findings, f => f.Code == FindingCodes.VoteCountMismatch);
    }

    [Fact]
    public void RuleSet2021_QuorumOneThird_TwoProxiesPerHolder()
    {
        var (assembly, sitting, s) = Council(9, new DateOnly(2021, 3, 26));
        Present(sitting, s, 1);
        Present(sitting, s, 2);
        Present(sitting, s, 3);
        Give(sitting, s, 4, 1);
        Give(sitting, s, 5, 1);
        Give(sitting, s, 6, 2);
        var item = sitting.AddItem("1", "Budget primitif", "1");
        item.RecordTally(6, 0, 0, null, unanimous: true);

        var engine = new RollEngine(sitting, assembly.Members);
        var evaluation = engine.EvaluateItem(item);

        Assert.Equal(VotingRuleSet.HealthEmergency2020, engine.Rules);
        Assert.Equal(3, engine.Quorum);
        Assert.True(evaluation.Roll!.QuorumMet);
        Assert.Equal(6, evaluation.Roll.Voters);
        Assert.Empty(evaluation.Findings);
    }

    [Theory]
    [InlineData(2020, 3, 23, "ordinary")]
    [InlineData(2020, 6, 1, "health-emergency-2020")]
    [InlineData(2021, 10, 15, "ordinary")]
    [InlineData(2022, 1, 20, "health-emergency-2021")]
    [InlineData(2022, 8, 1, "ordinary")]
    public void RuleSets_AreIndexedBySittingDate(int year, int month, int day, string code) =>
        Assert.Equal(code, VotingRuleSet.For(new DateOnly(year, month, day)).Code);

    [Fact]
    public void ClockTimeSpans_AreResolvedAgainstTheItemsOpeningTimes()
    {
        var (assembly, sitting, s) = Council(3);
        sitting.SetPositionTime("1", new TimeOnly(10, 30));
        sitting.SetPositionTime("2", new TimeOnly(11, 15));
        sitting.SetPositionTime("3", new TimeOnly(11, 55));
        sitting.SetPositionTime("4", new TimeOnly(12, 20));
        Present(sitting, s, 1);
        Present(sitting, s, 2, from: "11h50");
        Give(sitting, s, 2, 1, to: "11h50");
        var engine = new RollEngine(sitting, assembly.Members);

        Assert.Equal(2, engine.RollAt(0).Voters);
        Assert.Equal(2, engine.RollAt(2).Voters);
        Assert.Single(engine.RollAt(0).ProxiesInForce);
        Assert.Empty(engine.RollAt(2).ProxiesInForce);
    }

    [Fact]
    public void SpanNamingAnUnknownPosition_IsReported()
    {
        var (assembly, sitting, s) = Council(3);
        Present(sitting, s, 1, from: "9.9");

        var findings = new RollEngine(sitting, assembly.Members).SittingFindings();

        Assert.Contains(findings, f => f.Code == FindingCodes.PositionNotInOrder && f.Message.Contains("9.9", StringComparison.Ordinal));
    }

    [Fact]
    public void SignedSitting_RefusesChanges()
    {
        var (_, sitting, s) = Council(3);
        sitting.Sign(new DateOnly(2025, 3, 11));

        var error = Assert.Throws<InvalidOperationException>(() => Present(sitting, s, 1));
        Assert.Contains("acte rectificatif", error.Message, StringComparison.Ordinal);
    }
}
