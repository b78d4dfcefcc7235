using Subsidia.Data.Demo;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Tests.Assemblies;

public class SeedRollTests
{
    [Fact]
    public void Council2012_Report36_Gives124VotersAndQuorumMet()
    {
        var seed = GrandBesanconSeeds.Council2012();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);

        var evaluation = engine.EvaluateItem(seed.Sitting.Items.Single(i => i.Number == "3.6"));

        Assert.Equal(71, engine.Quorum);
        Assert.NotNull(evaluation.Roll);
        Assert.Equal(91, evaluation.Roll.PresentCount);
        Assert.Equal(33, evaluation.Roll.ProxiesInForceCount);
        Assert.Equal(124, evaluation.Roll.Voters);
        Assert.True(evaluation.Roll.QuorumMet);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(VoteOutcome.Adopted, evaluation.Outcome);
    }

    [Fact]
    public void Council2012_FirstItem_Gives104Voters()
    {
        var seed = GrandBesanconSeeds.Council2012();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);

        var roll = engine.RollAt(engine.Timeline.IndexOf("0.1")!.Value);

        Assert.Equal(104, roll.Voters);
    }

    [Fact]
    public void Council2012_AtReport36_FiveSubstitutesSitAndTwoMembersSitAgain()
    {
        var seed = GrandBesanconSeeds.Council2012();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);
        var roll = engine.RollAt(engine.Timeline.IndexOf("3.6")!.Value);

        var substitutes = seed.Assembly.Members.Where(m => m.Role == MemberRole.Substitute).ToList();
        var represented = substitutes.Select(s => s.SubstituteForId!.Value).ToList();

        Assert.Equal(7, substitutes.Count);
        Assert.Equal(5, substitutes.Count(s => roll.Present.Contains(s.Id)));
        Assert.Equal(2, represented.Count(id => roll.Present.Contains(id)));
        Assert.Equal(140, seed.Assembly.MembersInOfficeOn(seed.Sitting.Date));
        Assert.Equal(35, seed.Sitting.Proxies.Count);
    }

    [Fact]
    public void Bureau2024_Quorum17()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);
        Assert.Equal(17, engine.Quorum);
        Assert.Equal(33, seed.Assembly.MembersInOfficeOn(seed.Sitting.Date));
    }

    [Theory]
    [InlineData(1, 21)]
    [InlineData(5, 21)]
    [InlineData(6, 22)]
    [InlineData(10, 22)]
    [InlineData(11, 25)]
    [InlineData(12, 25)]
    [InlineData(13, 29)]
    [InlineData(41, 29)]
    [InlineData(61, 29)]
    public void Bureau2024_VotersByQuestion_WithInterestedMembersExcluded(int question, int voters)
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);
        var interested = seed.Sitting.Items.Single().Interests.Select(i => i.MemberId).ToList();

        var roll = engine.RollAt(question - 1, interested);

        Assert.Equal(voters, roll.Voters);
    }

    [Fact]
    public void Bureau2024_LaroppeProxyToVignot_NotUsedBeforeQuestion13()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);
        var s = new SittingScript(seed.Assembly, seed.Sitting);
        var laroppe = s.Find("A", "LAROPPE");

        Assert.DoesNotContain(engine.RollAt(11).ProxiesInForce, p => p.GrantorId == laroppe);
        Assert.Contains(engine.RollAt(12).ProxiesInForce, p => p.GrantorId == laroppe);
        Assert.Contains(engine.SittingFindings(), f => f.Code == FindingCodes.ProxyHolderAbsent
            && f.Message.Contains("LAROPPE", StringComparison.Ordinal) && f.Message.Contains("questions n°1 à 12", StringComparison.Ordinal));
    }

    [Fact]
    public void Bureau2024_Report10_PositionUnknown_ListsThePossibleRolls()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);

        var evaluation = engine.EvaluateItem(seed.Sitting.Items.Single());

        Assert.Null(evaluation.Roll);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(FindingCodes.ItemPositionUnknown, finding.Code);
        Assert.Equal([21, 22, 25, 29], evaluation.Candidates.Select(c => c.Voters).ToArray());
        Assert.Equal(["1", "2", "3", "4", "5"], evaluation.Candidates.Where(c => c.MatchesRecorded).SelectMany(c => c.Keys).ToArray());
        Assert.Contains("21 votants aux questions n°1 à 5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("29 votants aux questions n°13 à 61", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bureau2024_Report10_PlacedAtQuestion3_Reconciles()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var item = seed.Sitting.Items.Single();
        seed.Sitting.PlaceItem(item.Id, "3");
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);

        var evaluation = engine.EvaluateItem(item);

        Assert.Equal(21, evaluation.Roll!.Voters);
        Assert.Empty(evaluation.Findings);
    }

    [Fact]
    public void Bureau2024_Report10_PlacedAtQuestion13_IsAMismatch()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        var item = seed.Sitting.Items.Single();
        seed.Sitting.PlaceItem(item.Id, "13");
        var engine = new RollEngine(seed.Sitting, seed.Assembly.Members);

        var evaluation = engine.EvaluateItem(item);

        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(FindingCodes.VoteCountMismatch, finding.Code);
        Assert.Contains("29 votants", finding.Message, StringComparison.Ordinal);
    }
}
