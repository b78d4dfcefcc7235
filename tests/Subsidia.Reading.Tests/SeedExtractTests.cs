using Subsidia.Domain.Findings;

namespace Subsidia.Reading.Tests;

public class SeedExtractTests
{
    [Fact]
    public void Seed2012_Headers()
    {
        var x = Fixture.Read(Fixture.Seed2012).Extract;

        Assert.Equal("subsidia.extract/1", x.Schema);
        Assert.Equal(Fixture.Seed2012, x.Source);
        Assert.Equal("Communauté d'Agglomération du Grand Besançon", x.Authority);
        Assert.Equal("Conseil de Communauté", x.Body);
        Assert.Equal("2012-05-09", x.SittingDate);
        Assert.Null(x.ConvenedOn);
        Assert.Null(x.PublishedOn);
        Assert.Equal("18:00", x.OpenedAt);
        Assert.Equal("20:10", x.ClosedAt);
        Assert.Contains("CCIT du Doubs", x.Place, StringComparison.Ordinal);
        Assert.Equal(140, x.MembersInOffice);
        Assert.Null(x.Declared.Present);
        Assert.Null(x.Declared.Voters);
        Assert.Equal("Jean-Louis FOUSSERET", x.Chair);
        Assert.Equal("Daniel HUOT", x.Secretary);
        Assert.Equal(38, x.OrderOfPassage.Count);
        Assert.Equal(["0.1", "2.1", "2.2", "1.1.1"], x.OrderOfPassage.Take(4));
        Assert.Equal("10.2", x.OrderOfPassage[^1]);
        Assert.False(x.Truncated);
    }

    [Fact]
    public void Seed2012_AttendanceSubstitutesAbsencesAndProxies()
    {
        var x = Fixture.Read(Fixture.Seed2012).Extract;

        Assert.Equal(7, x.Attendance.Count(a => a.Replaces is not null));
        var gallet = x.Person("GALLET");
        Assert.Equal("Philippe GUILLAUME", gallet.Replaces);
        var taillard = x.Person("Fabrice TAILLARD");
        Assert.Equal("Sylvaine BARASSI", taillard.Replaces);
        Assert.Equal([new Model.SpanEntry(null, "0.1")], taillard.Spans);
        Assert.Equal([new Model.SpanEntry("2.1", null)], x.Person("BARASSI").Spans);
        Assert.Equal([new Model.SpanEntry("2.1", null)], x.Person("TRUDET").Spans);
        Assert.Equal([new Model.SpanEntry(null, "7.3")], x.Person("Martine JEANNIN").Spans);
        Assert.Equal("Arguel", x.Person("AVIS").Commune);
        Assert.Contains(x.Attendance, a => a.Name == "Michèle DE WILDE");
        Assert.Equal(44, x.Absent.Count);
        Assert.Contains("Hayatte AKODAD", x.Absent);

        Assert.Equal(35, x.Proxies.Count);
        Assert.Equal(35, x.Proxies.Select(p => p.Holder).Distinct().Count());
        var roth = x.Proxies[0];
        Assert.Equal(("Jean-Marie ROTH", "Jean-Pierre BASSELIN"), (roth.Grantor, roth.Holder));
        var gendraud = Assert.Single(x.Proxies, p => p.Grantor == "Didier GENDRAUD");
        Assert.Equal((null, "1.1.2"), (gendraud.From, gendraud.To));
        Assert.Single(x.Proxies, p => p.Grantor == "Christophe CURTY" && p.Holder == "Stéphane COURBET");
    }

    [Fact]
    public void Seed2012_Report36_RollMatchesTheRecordedVote()
    {
        var x = Fixture.Read(Fixture.Seed2012).Extract;

        var item = Assert.Single(x.Items);
        Assert.Equal("3.6", item.Report);
        Assert.Equal("2012/001753", item.Act);
        Assert.Equal("3.6", item.Position);
        Assert.StartsWith("Soutien à la compétitivité", item.Title, StringComparison.Ordinal);
        Assert.Equal("Jean-Pierre MARTIN", item.Rapporteur);
        Assert.Equal("Economie, Emploi et Insertion", item.Committee);
        Assert.Equal(124, item.Recorded!.For);
        Assert.Equal(0, item.Recorded.Against);
        Assert.Equal(0, item.Recorded.Abstention);
        Assert.True(item.Recorded.Unanimous);
        Assert.NotNull(item.Roll);
        Assert.Equal(91, item.Roll.Present);
        Assert.Equal(33, item.Roll.ProxiesInForce);
        Assert.Equal(124, item.Roll.Voters);
        Assert.Equal(71, item.Roll.Quorum);
        Assert.True(item.Roll.QuorumMet);
        Assert.Equal("adopted", item.Outcome);
        Assert.Equal(104, x.Rolls.Single(r => r.Position == "0.1").Voters);
        Assert.Empty(x.Codes(FindingCodes.VoteCountMismatch));
        Assert.Empty(x.Codes(FindingCodes.QuorumNotMet));
        Assert.Empty(x.Codes(FindingCodes.SubstituteConflict));
        Assert.Empty(x.Codes(FindingCodes.DeclaredCountMismatch));
    }

    [Fact]
    public void Seed2012_GrantAndInstalments()
    {
        var g = Fixture.Read(Fixture.Seed2012).Extract.Grant;

        Assert.NotNull(g);
        Assert.Equal("Pôle des Microtechniques", g.Beneficiary);
        Assert.Equal(15000m, g.Amount);
        Assert.Equal([7500m, 4500m, 3000m], g.Instalments.Select(i => i.Amount!.Value));
        Assert.Equal([0.5m, 0.3m, 0.2m], g.Instalments.Select(i => i.Share!.Value));
        Assert.Equal([false, true, false], g.Instalments.Select(i => i.Optional));
        Assert.Equal(["signature", "interimReport", "finalReport"], g.Instalments.Select(i => i.Condition));
        Assert.True(g.Instalments[2].Balance);
        var request = Assert.Single(g.Deadlines, d => d.Kind == "paymentRequest");
        Assert.Equal(("P2Y", "notification"), (request.Period, request.From));
        Assert.Contains(g.Deadlines, d => d.Kind == "retention" && d.Period == "P10Y");
    }

    [Fact]
    public void Seed2012_BudgetReadAsTrees()
    {
        var x = Fixture.Read(Fixture.Seed2012).Extract;
        var b = x.Budget;

        Assert.NotNull(b);
        Assert.Equal(517000m, b.Total);
        Assert.Equal(["Action collective", "Conseil en innovation"], b.Sections.Select(s => s.Name));
        Assert.Equal([446000m, 71000m], b.Sections.Select(s => s.Total!.Value));
        var collective = b.Sections[0];
        var structure = Assert.Single(collective.Expenses, l => l.Label == "Frais de fonctionnement et de structure");
        Assert.Equal(37500m, structure.Amount);
        Assert.Equal(6, structure.Children.Count);
        Assert.Equal(37500m, structure.Children.Sum(c => c.Amount));
        Assert.Equal(5, collective.Expenses.Count);
        var publicAid = Assert.Single(collective.Revenues, l => l.Label == "Aides publiques");
        Assert.Equal(8, publicAid.Children.Count);
        Assert.Equal(223000m, publicAid.Children.Sum(c => c.Amount));
        Assert.Equal(8, b.Sections[1].Revenues.Single().Children.Count);
        Assert.All(x.AmountChecks, c => Assert.True(c.Matches, c.Label));
        Assert.Empty(x.Codes(FindingCodes.AmountSumMismatch));
    }

    [Fact]
    public void Seed2024_Headers()
    {
        var x = Fixture.Read(Fixture.Seed2024).Extract;

        Assert.Equal("Bureau", x.Body);
        Assert.Equal("Grand Besançon Métropole", x.Authority);
        Assert.Equal(33, x.MembersInOffice);
        Assert.Equal("2024-12-05", x.SittingDate);
        Assert.Equal("2024-11-28", x.ConvenedOn);
        Assert.Equal("2024-12-12", x.PublishedOn);
        Assert.Equal(("18:02", "19:43"), (x.OpenedAt, x.ClosedAt));
        Assert.Equal(["Gabriel BAULIEU", "Anne VIGNOT"], x.Chairs);
        Assert.Equal("Yves MAURICE", x.Secretary);
        Assert.Equal(11, x.OrderOfPassage.Count);
        Assert.Equal(61, x.Positions.Count);
    }

    [Fact]
    public void Seed2024_AttendanceAndProxies()
    {
        var x = Fixture.Read(Fixture.Seed2024).Extract;

        Assert.Equal(28, x.Attendance.Count);
        Assert.Equal([new Model.SpanEntry("11", "41")], x.Person("BARTHELET").Spans);
        Assert.Equal([new Model.SpanEntry(null, "45")], x.Person("BAULIEU").Spans);
        Assert.Equal(["Aurélien LAROPPE", "Franck RACLOT", "Pascal ROUTHIER", "André TERZO", "Benoît VUILLEMIN"], x.Absent);
        Assert.Equal(9, x.Proxies.Count);
        var grimaitre = Assert.Single(x.Proxies, p => p.Grantor == "Olivier GRIMAITRE");
        Assert.Equal(("Frank LAIDIE", null, "26"), (grimaitre.Holder, grimaitre.From, grimaitre.To));
        Assert.Contains(x.Codes(FindingCodes.ProxyHolderAbsent), f => f.Message.Contains("LAROPPE", StringComparison.Ordinal) && f.Message.Contains("questions n°1 à 12", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed2024_Report10_PositionUnknown_InterestedMembers()
    {
        var x = Fixture.Read(Fixture.Seed2024).Extract;

        var item = Assert.Single(x.Items);
        Assert.Equal("10", item.Report);
        Assert.Equal("2024/2024.00385", item.Act);
        Assert.Null(item.Position);
        Assert.Null(item.Roll);
        Assert.Equal(["Nicolas BODIN", "Sébastien COUDRY"], item.Interested);
        Assert.Equal((21, 0, 0, 2), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention, item.Recorded.NotTakingPart));
        Assert.Equal(("Commission n°2", "2024-11-20", "Favorable"), (item.Committee, item.CommitteeDate, item.CommitteeOpinion));
        var unknown = Assert.Single(x.Codes(FindingCodes.ItemPositionUnknown));
        Assert.Equal("10", unknown.Item);
        Assert.Contains("21 votants aux questions n°1 à 5", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("22 votants aux questions n°6 à 10", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("25 votants aux questions n°11 à 12", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("29 votants aux questions n°13 à 61", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(x.Codes(FindingCodes.VoteCountMismatch));
    }

    [Fact]
    public void Seed2024_ConventionContradictionsGrantAndBudget()
    {
        var x = Fixture.Read(Fixture.Seed2024).Extract;

        var stated = Assert.Single(x.Codes(FindingCodes.StatedCountMismatch));
        Assert.Contains("3 actions", stated.Message, StringComparison.Ordinal);
        Assert.Contains("en décrit 4", stated.Message, StringComparison.Ordinal);
        var body = Assert.Single(x.Codes(FindingCodes.BodyMismatch));
        Assert.Contains("Conseil de Communauté", body.Message, StringComparison.Ordinal);
        Assert.Contains("Bureau", body.Message, StringComparison.Ordinal);

        var g = x.Grant!;
        Assert.Equal(20000m, g.Amount);
        // « La demande de financement pour Grand Besançon Métropole est de 20 000 €. »
        Assert.Equal(20000m, g.AmountRequested);
        var only = Assert.Single(g.Instalments);
        Assert.Equal((1m, 20000m, "signature", false), (only.Share, only.Amount, only.Condition, only.Optional));
        Assert.Contains(g.Deadlines, d => d.Kind == "paymentRequest" && d.Period == "P2M" && d.From == "notification");
        Assert.Contains(g.Deadlines, d => d.Kind == "end" && d.On == "2025-12-31");
        Assert.Contains(g.Deadlines, d => d.Kind == "reports" && d.On == "2025-11-15");
        Assert.Contains(g.Deadlines, d => d.Kind == "interimReview" && d.On == "2025-07");

        Assert.Equal(35900m, x.Budget!.Total);
        var section = Assert.Single(x.Budget.Sections);
        Assert.Equal([4000m, 7000m, 6000m, 3000m, 15900m], section.Expenses.Select(l => l.Amount!.Value));
        Assert.Equal([7350m, 3550m, 5000m, 20000m], section.Revenues.Select(l => l.Amount!.Value));
        Assert.Empty(x.Codes(FindingCodes.AmountSumMismatch));
    }
}
