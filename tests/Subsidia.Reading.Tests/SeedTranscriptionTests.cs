using Subsidia.Data.Demo;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;

namespace Subsidia.Reading.Tests;

/// <summary>The reader's sittings against the hand transcription of the two seeds (src/Subsidia.Data/Demo).</summary>
public class SeedTranscriptionTests
{
    public static TheoryData<string> Seeds => new() { Fixture.Seed2012, Fixture.Seed2024 };

    private static SeedCase Transcription(string source) =>
        source == Fixture.Seed2012 ? GrandBesanconSeeds.Council2012() : GrandBesanconSeeds.Bureau2024();

    /// <summary>People compare by their normalised full name.</summary>
    private static string Name(Member m) => PersonName.Normalise(m.FullName);

    private static HashSet<string> Attendance(Sitting sitting, IEnumerable<Member> members)
    {
        var byId = members.ToDictionary(m => m.Id);
        return sitting.Attendances.Select(a =>
            $"{Name(byId[a.MemberId])}|{(a.ReplacesMemberId is { } r ? Name(byId[r]) : "")}|{a.From}|{a.To}|{string.Join(";", a.Gaps.Select(g => $"{g.From}-{g.To}"))}").ToHashSet();
    }

    private static HashSet<string> Proxies(Sitting sitting, IEnumerable<Member> members)
    {
        var byId = members.ToDictionary(m => m.Id);
        return sitting.Proxies.Select(p => $"{Name(byId[p.GrantorId])}>{Name(byId[p.HolderId])}|{p.From}|{p.To}").ToHashSet();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AttendanceAndProxies_EqualTheTranscription(string source)
    {
        var read = Fixture.Read(source).Import;
        var seed = Transcription(source);

        Assert.Equal(Attendance(seed.Sitting, seed.Assembly.Members).Order(), Attendance(read.Sitting, read.Assembly.Members).Order());
        Assert.Equal(Proxies(seed.Sitting, seed.Assembly.Members).Order(), Proxies(read.Sitting, read.Assembly.Members).Order());
        Assert.Equal(seed.Sitting.MembersInOffice, read.Sitting.MembersInOffice);
        Assert.Equal(seed.Sitting.Date, read.Sitting.Date);
        Assert.Equal(seed.Assembly.MembersInOfficeOn(seed.Sitting.Date), read.Assembly.MembersInOfficeOn(read.Sitting.Date));
        Assert.Equal(seed.Assembly.Members.Count(m => m.Role == MemberRole.Substitute), read.Assembly.Members.Count(m => m.Role == MemberRole.Substitute));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rolls_EqualTheTranscriptionAtEveryPosition(string source)
    {
        var read = Fixture.Read(source).Import;
        var seed = Transcription(source);
        var readEngine = new RollEngine(read.Sitting, read.Assembly.Members);
        var seedEngine = new RollEngine(seed.Sitting, seed.Assembly.Members);
        var readNames = read.Assembly.Members.ToDictionary(m => Name(m), m => m.Id);
        var seedInterested = seed.Sitting.Items.Single().Interests.Select(i => i.MemberId).ToList();
        var readInterested = seed.Sitting.Items.Single().Interests
            .Select(i => readNames[Name(seed.Assembly.Members.Single(m => m.Id == i.MemberId))]).ToList();

        Assert.Equal(seed.Sitting.Positions.Select(p => p.Key), read.Sitting.Positions.Select(p => p.Key));
        Assert.Equal(readInterested.Order(), read.Sitting.Items.Single().Interests.Select(i => i.MemberId).Order());
        for (var i = 0; i < seedEngine.Timeline.Count; i++)
        {
            foreach (var (seedSet, readSet) in new[] { ((IReadOnlyCollection<Guid>)[], (IReadOnlyCollection<Guid>)[]), (seedInterested, readInterested) })
            {
                var expected = seedEngine.RollAt(i, seedSet);
                var actual = readEngine.RollAt(i, readSet);
                Assert.True((expected.PresentCount, expected.ProxiesInForceCount, expected.QuorumMet) == (actual.PresentCount, actual.ProxiesInForceCount, actual.QuorumMet),
                    $"position {expected.Key}: transcription {expected.PresentCount}+{expected.ProxiesInForceCount}, reader {actual.PresentCount}+{actual.ProxiesInForceCount}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Items_EvaluateLikeTheTranscription(string source)
    {
        var read = Fixture.Read(source).Import;
        var seed = Transcription(source);
        var expected = new RollEngine(seed.Sitting, seed.Assembly.Members).EvaluateItem(seed.Sitting.Items.Single());
        var actual = read.Evaluation.Items.Single();

        Assert.Equal(expected.Roll?.Voters, actual.Roll?.Voters);
        Assert.Equal(expected.Candidates.Select(c => (c.Voters, c.MatchesRecorded, string.Join(",", c.Keys))), actual.Candidates.Select(c => (c.Voters, c.MatchesRecorded, string.Join(",", c.Keys))));
        Assert.Equal(expected.Findings.Select(f => f.Code), actual.Findings.Select(f => f.Code));
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(seed.Sitting.Items.Single().ActNumber, actual.Item.ActNumber);
        Assert.Equal(seed.Sitting.Items.Single().Number, actual.Item.Number);
    }

    [Fact]
    public void ImportedPeople_CarryAMatchKeyAndStableIds()
    {
        var first = Fixture.Read(Fixture.Seed2012).Import;
        var second = Fixture.Read(Fixture.Seed2012).Import;

        Assert.Equal(first.People.Select(p => p.MemberId).Order(), second.People.Select(p => p.MemberId).Order());
        Assert.Equal(first.Sitting.Id, second.Sitting.Id);
        var crabbe = Assert.Single(first.People, p => p.FamilyName == "CRABBÉ-DIAWARA");
        Assert.Equal("CRABBE DIAWARA|MO", crabbe.MatchKey);
        Assert.Equal(MemberRole.Titular, crabbe.Role);
        var gallet = Assert.Single(first.People, p => p.FamilyName == "GALLET");
        Assert.Equal(MemberRole.Substitute, gallet.Role);
        Assert.Equal(first.People.Single(p => p.FamilyName == "GUILLAUME").MemberId, gallet.SubstituteForId);
        Assert.True(first.MembersInOfficeStated);
        Assert.True(first.SittingDateKnown);
    }
}
