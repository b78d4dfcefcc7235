using Subsidia.Domain.Findings;
using Subsidia.Reading.Model;

namespace Subsidia.Reading.Tests;

/// <summary>Every fact of shared/corpus/README.md for the eight deliberation documents (copied to Fixtures).</summary>
public class CorpusTests
{
    private static ExtractDocument Read(string name) => Fixture.Read(name).Extract;

    private static SpanEntry Open => new(null, null);

    [Fact]
    public void GrandDole_HeaderCounts()
    {
        var x = Read("01_grand-dole_cc_2013-09-26.txt");

        Assert.Equal("Conseil communautaire", x.Body);
        Assert.Equal("2013-09-26", x.SittingDate);
        Assert.Equal("Tavaux", x.Place);
        Assert.Equal("18:30", x.Time);
        Assert.Equal(98, x.MembersInOffice);
        Assert.Equal((64, 12, 76), (x.Declared.Present, x.Declared.Proxies, x.Declared.Voters));
        Assert.Equal("2013-09-16", x.ConvenedOn);
        Assert.Equal("2013-10-04", x.PublishedOn);
    }

    [Fact]
    public void GrandDole_PresentList_68NamesThreeSubstitutes()
    {
        var x = Read("01_grand-dole_cc_2013-09-26.txt");

        Assert.Equal(68, x.Attendance.Count);
        Assert.Contains(x.Attendance, a => a.Name == "A Alonzo");
        Assert.Contains(x.Attendance, a => a.Name == "P Sautrey");
        Assert.Contains(x.Attendance, a => a.Name == "S Boissard");
        Assert.Contains(x.Attendance, a => a.Name == "R Curly");
        var substitutes = x.Attendance.Where(a => a.Replaces is not null).Select(a => (a.Replaces, a.Name)).ToList();
        Assert.Equal([("JL Bouchard", "N Ferreira de Souza"), ("G Fumey", "P Frater"), ("A Courderot", "P Courderot")], substitutes);
    }

    [Fact]
    public void GrandDole_SpansInActNumbers()
    {
        var x = Read("01_grand-dole_cc_2013-09-26.txt");

        Assert.Equal([new SpanEntry("D98/13", null)], x.Person("Gauthray-Guyenet").Spans);
        Assert.Equal([new SpanEntry("D103/13", null)], x.Person("Fichère").Spans);
        Assert.Equal([new SpanEntry("D87/13", null)], x.Person("David").Spans);
        Assert.Equal([new SpanEntry("D102/13", null)], x.Person("Jordan").Spans);
        Assert.Equal([new SpanEntry("D90/13", "D96/13")], x.Person("Bouvret-Maire").Except);
        Assert.Equal([new SpanEntry("D90/13", "D96/13"), new SpanEntry("D106/13", "D111/13")], x.Person("Javourez").Except);
        var gagnoux = x.Person("Gagnoux");
        Assert.Equal([Open], gagnoux.Spans);
        Assert.Equal([new SpanEntry("D103/13", "D103/13"), new SpanEntry("D107/13", null)], gagnoux.Except);
        Assert.Equal([new SpanEntry("D107/13", null)], x.Person("Gatinault").Except);
        Assert.Equal([new SpanEntry(null, "D87/13")], x.Person("Wambst").Spans);
        Assert.Equal([new SpanEntry(null, "D110/13")], x.Person("Alonzo").Spans);
        // Deliberation numbers run from D87/13 to D111/13.
        Assert.Equal("D87/13", x.Positions[0]);
        Assert.Equal("D111/13", x.Positions[^1]);
        Assert.Equal(25, x.Positions.Count);
    }

    [Fact]
    public void GrandDole_DeclaredPresentIsTheOpeningAttendance_ProxyListCut()
    {
        var result = Fixture.Read("01_grand-dole_cc_2013-09-26.txt");
        var x = result.Extract;

        // 68 names − 4 late arrivals = 64 present at the opening; 76 = 64 + 12.
        Assert.Equal(64, result.Read.Attendance.Count(a => a.AtOpening));
        Assert.Empty(x.Codes(FindingCodes.DeclaredCountMismatch));
        Assert.True(x.Truncated);
        Assert.Empty(x.Proxies);
        var cut = Assert.Single(x.Codes(FindingCodes.UnreadableValue));
        Assert.Contains("procurations", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeTrait_CountsListsAndProxies()
    {
        var x = Read("05_le-trait_cm_2012-03-27_CM12-030.txt");

        Assert.Equal("Conseil municipal", x.Body);
        Assert.Equal("2012-03-27", x.SittingDate);
        Assert.Equal("18:00", x.Time);
        Assert.Equal("2012-03-21", x.ConvenedOn);
        Assert.Equal("Jean Marie ALINE", x.Chair);
        Assert.Equal("Martine LANGLOIS", x.Secretary);
        Assert.Equal(29, x.MembersInOffice);
        Assert.Equal(22, x.Declared.Present);
        Assert.Equal(22, x.Attendance.Count);
        Assert.Equal(["Patricia BOURGEOIS"], x.Absent.Except(x.Excused));
        var grantors = x.Proxies.Select(p => p.Grantor).ToHashSet();
        Assert.Equal(["Patrick GIRAUD"], x.Excused.Where(e => !grantors.Contains(e)));
        Assert.Equal(
            [("Isabelle BILLARD", "Martine LANGLOIS"), ("Anne Sophie TETARD", "Jean Marie ALINE"), ("Guillaume VLC", "Michel REGE"),
             ("Charlotte BISOGNANI", "Jacques BILLAUX"), ("Martine TILLAUX", "Patrick CALLAIS")],
            x.Proxies.Select(p => (p.Grantor, p.Holder)));
        // 22 + 5 + 1 + 1 = 29 in office.
        Assert.Equal(29, x.Attendance.Count + x.Absent.Count);
        Assert.Empty(x.Codes(FindingCodes.DeclaredCountMismatch));
    }

    [Fact]
    public void LeTrait_InformationItem_NotVotedNotRejected()
    {
        var x = Read("05_le-trait_cm_2012-03-27_CM12-030.txt");

        var item = Assert.Single(x.Items);
        Assert.Equal("CM/12/030", item.Act);
        Assert.Equal("COMPTE RENDU DE DELEGATIONS", item.Title);
        Assert.Equal(27, item.TookPart);
        Assert.Equal((0, 0, 0, 27), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention, item.Recorded.NotTakingPart));
        Assert.Equal((22, 5, 27), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters));
        Assert.Equal("notVoted", item.Outcome);
        Assert.Empty(x.Codes(FindingCodes.VoteCountMismatch));
        Assert.True(x.Truncated);
    }

    [Fact]
    public void ValMarnaysien_PresentSubstitutesAbsentsProxies()
    {
        var x = Read("09_cc-val-marnaysien_2019-05-27.txt");

        Assert.Equal("Conseil communautaire", x.Body);
        Assert.Equal("2019-05-27", x.SittingDate);
        Assert.Equal("A l'accueil de loisirs à Pin", x.Place);
        Assert.Equal("Patrick HUMBERT", x.Secretary);
        Assert.Null(x.Declared.Present);
        Assert.Equal(42, x.Attendance.Count);
        Assert.Equal(
            [("BELLENEY", "PARISET"), ("HOERNER", "PERRET"), ("REIGNEY", "GEANDREAU"), ("TOURNIER", "MENETRIER"), ("VARLET", "PINASSAUD")],
            x.Attendance.Where(a => a.Replaces is not null).Select(a => (a.Replaces, a.Name)).OrderBy(p => p.Replaces, StringComparer.Ordinal));
        Assert.Equal(["HENRIET", "PELOT", "CLERGET", "MEUTELET"], x.Absent.Except(x.Excused));
        var grantors = x.Proxies.Select(p => p.Grantor).ToHashSet();
        var replaced = x.Attendance.Where(a => a.Replaces is not null).Select(a => a.Replaces).ToHashSet();
        Assert.Equal(["DUPONT", "PAULIN", "SIMON", "POURET", "THEUREL", "GLORIEUX"], x.Excused.Where(e => !grantors.Contains(e) && !replaced.Contains(e)));
        Assert.Contains("BELLENEY", x.Excused);
        Assert.Equal([("ANTOINE", "AUBRY"), ("BALLOT", "BOUCHASSON"), ("BEURAUD", "MARCHAL"), ("BAUDRY-VIEILLARD", "BOILLON")], x.Proxies.Select(p => (p.Grantor, p.Holder)));
        Assert.All(x.Proxies, p => Assert.Contains(x.Attendance, a => a.Name == p.Holder));
        Assert.Equal("Avrigney-Virey", x.Person("PARISET").Commune);
    }

    [Fact]
    public void ValMarnaysien_VotersSeatsAndApprovedMinutes()
    {
        var x = Read("09_cc-val-marnaysien_2019-05-27.txt");

        var roll = Assert.Single(x.Rolls);
        Assert.Equal((42, 4, 46), (roll.Present, roll.ProxiesInForce, roll.Voters));
        // 37 titular members present + 5 replaced + 4 absent + 6 excused + 4 represented = 56 seats.
        Assert.Contains(x.Codes(FindingCodes.UnreadableValue), f => f.Message.Contains("56 sièges", StringComparison.Ordinal));
        var minutes = Assert.Single(x.Items);
        Assert.Contains("08/04/2019", minutes.Title, StringComparison.Ordinal);
        Assert.True(minutes.Recorded!.Unanimous);
        Assert.Equal(46, minutes.Roll!.Voters);
        Assert.Equal("adopted", minutes.Outcome);
        Assert.True(x.Truncated);
    }

    [Fact]
    public void ChignyLesRoses_DateConflictAndUnnamedPresence()
    {
        var x = Read("10_chigny-les-roses_cm_2019_demandes-subventions.txt");

        Assert.Null(x.SittingDate);
        var conflict = Assert.Single(x.Codes(FindingCodes.DateConflict));
        Assert.Contains("15/04/2019", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("20/02/2019", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("Commune de CHIGNY LES ROSES", x.Authority);
        Assert.Equal("Claude DOREAU", x.Chair);
        Assert.Equal("Vincent GUY", x.Secretary);
        Assert.Equal("23:10", x.ClosedAt);
        Assert.Equal("les membres du Conseil", x.PresentUnnamed);
        Assert.Empty(x.Attendance);
        Assert.Equal((11, 1, 2), (x.Declared.Present, x.Declared.Absent, x.Declared.Excused));
        Assert.Equal(["Delphine MAXIMY"], x.Absent.Except(x.Excused));
        Assert.Equal(["Corinne DUMONT", "Laurent VALENTIN"], x.Excused);
        Assert.Equal([("Corinne DUMONT", "Annie COQUET"), ("Laurent VALENTIN", "Claude DOREAU")], x.Proxies.Select(p => (p.Grantor, p.Holder)));
        Assert.Empty(x.Codes(FindingCodes.DeclaredCountMismatch));
    }

    [Fact]
    public void ChignyLesRoses_ThirteenVotersUnanimousNoAmountAndAnUncountedSeat()
    {
        var x = Read("10_chigny-les-roses_cm_2019_demandes-subventions.txt");

        var item = Assert.Single(x.Items);
        Assert.Equal("Demandes de subventions", item.Title);
        Assert.True(item.Recorded!.Unanimous);
        Assert.Equal((11, 2, 13), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters));
        Assert.Equal("adopted", item.Outcome);
        Assert.Null(x.Grant);
        var seats = Assert.Single(x.Codes(FindingCodes.UnreadableValue));
        Assert.Contains("14 sièges", seats.Message, StringComparison.Ordinal);
        Assert.Contains("15 membres", seats.Message, StringComparison.Ordinal);
        Assert.False(x.Truncated);
    }

    [Fact]
    public void Mayenne_TimeRangesAndVotingDelegations()
    {
        var x = Read("14_cd-mayenne_commission-permanente_2012-11-19.txt");

        Assert.Equal("Commission permanente", x.Body);
        // "Conseil Général de la Mayenne" names the assembly: the authority is the département.
        Assert.Equal("Département de la Mayenne", x.Authority);
        Assert.Equal("2012-11-19", x.SittingDate);
        Assert.Equal("10:30", x.Time);
        Assert.Equal("Jean ARTHUIS", x.Chair);
        Assert.Equal(15, x.Attendance.Count);
        Assert.Contains(x.Attendance, a => a.Name == "Jean-Pierre DUPUIS");
        var morice = x.Person("MORICE");
        Assert.Equal("Marie-Cécile MORICE", morice.Name);
        Assert.Equal([new SpanEntry("11:50", null)], morice.Spans);
        Assert.Equal(["Élisabeth DOINEAU", "Marie-Cécile MORICE"], x.Excused);
        Assert.Equal([("Élisabeth DOINEAU", "Jean ARTHUIS", (string?)null), ("Marie-Cécile MORICE", "Marc BERNIER", "11:50")],
            x.Proxies.Select(p => (p.Grantor, p.Holder, p.To)));
        Assert.Equal([(14, 2, 16), (15, 1, 16)], x.Rolls.Select(r => (r.Present, r.ProxiesInForce, r.Voters)));
        Assert.Empty(x.Codes(FindingCodes.ProxyGrantorPresent));
        Assert.True(x.Truncated);
    }

    [Fact]
    public void PaysFertois_FlattenedColumns()
    {
        var x = Read("15_cc-pays-fertois_2007-02-28.txt");

        Assert.Equal("Conseil communautaire", x.Body);
        Assert.Equal("Communauté de Communes du Pays Fertois", x.Authority);
        Assert.Equal("2007-02-28", x.SittingDate);
        Assert.Equal("19:30", x.Time);
        Assert.Equal(33, x.Attendance.Count);
        Assert.Equal([("Jean-Marie RONDEAU", "Marc VALLEE"), ("Gérard TARTAR", "Jeannine VALLERAND"), ("Marie-Claire PONS", "Josiane THOMINOT"), ("Jacques BAR", "Benoît ALBEROLA")],
            x.Attendance.Where(a => a.Replaces is not null).Select(a => (a.Replaces, a.Name)));
        Assert.Contains(x.Attendance, a => a.Name == "Bernard RICHARD");
        Assert.Contains(x.Attendance, a => a.Name == "Marie RICHARD");
        Assert.Contains(x.Attendance, a => a.Name == "Françoise BIMBI");
        Assert.Contains(x.Attendance, a => a.Name == "Eric BIMBI");
        Assert.DoesNotContain(x.Attendance, a => a.Name.Contains("MARNE", StringComparison.Ordinal));
    }

    [Fact]
    public void PaysFertois_TwelveProxies_45Voters_ExcusedListCut()
    {
        var x = Read("15_cc-pays-fertois_2007-02-28.txt");

        Assert.Equal(12, x.Proxies.Count);
        Assert.Contains(x.Proxies, p => p.Grantor == "Alain DRAPIER" && p.Holder == "Bernard RICHARD");
        Assert.Contains(x.Proxies, p => p.Grantor == "Françine GUILLONNEAU" && p.Holder == "Françoise BIMBI");
        Assert.Contains(x.Proxies, p => p.Grantor == "Philippe FOURMY" && p.Holder == "Hubert HINCELIN");
        Assert.Contains(x.Proxies, p => p.Grantor == "Michel DE CUYPERE" && p.Holder == "Patrick BOISDRON");
        Assert.Contains(x.Proxies, p => p.Grantor == "Tarek BEN MANSOUR" && p.Holder == "Jean-Claude MORET");
        Assert.Contains(x.Proxies, p => p.Grantor == "Josselyne ROBCIS" && p.Holder == "Katy TRUEBA VEYSSET");
        Assert.All(x.Proxies, p => Assert.Contains(x.Attendance, a => a.Name == p.Holder));
        var roll = Assert.Single(x.Rolls);
        Assert.Equal((33, 12, 45), (roll.Present, roll.ProxiesInForce, roll.Voters));
        Assert.True(x.Truncated);
        Assert.Contains(x.Codes(FindingCodes.UnreadableValue), f => f.Message.Contains("excusés", StringComparison.Ordinal));
        Assert.Contains("Hubert DELAERE", x.Excused);
    }

    [Fact]
    public void BarnevilleCarteret_HonorificsProxiesAndGuest()
    {
        var x = Read("22_barneville-carteret_cm_2003-03-27.txt");

        Assert.Equal("Commune de Barneville-Carteret", x.Authority);
        Assert.Equal("2003-03-27", x.SittingDate);
        Assert.Equal("20:30", x.Time);
        Assert.Equal("20:45", x.OpenedAt);
        Assert.Equal("Claude DUPONT", x.Chair);
        Assert.Equal("Christian LEFEBVRE", x.Secretary);
        Assert.Equal(15, x.Attendance.Count);
        Assert.Contains(x.Attendance, a => a.Name == "LAURENT");
        Assert.Contains(x.Attendance, a => a.Name == "LEGENDRE");
        Assert.Contains(x.Attendance, a => a.Name == "PINTA");
        Assert.Contains(x.Attendance, a => a.Name == "LESAULNIER");
        Assert.Contains(x.Attendance, a => a.Name == "LOUIS DIT GUERIN");
        Assert.Equal(["MESLIN", "LEBLOND", "JAILLARD", "BELZ"], x.Excused);
        Assert.Equal([("MESLIN", "DELAMONTAGNE"), ("LEBLOND", "LECRIVAIN")], x.Proxies.Select(p => (p.Grantor, p.Holder)));
        Assert.Equal(17, Assert.Single(x.Rolls).Voters);
        Assert.Equal(["Gilles DOESSANT"], x.NonVoting);
        Assert.DoesNotContain(x.Attendance, a => a.Name.Contains("DOESSANT", StringComparison.Ordinal));
        Assert.Contains(x.Codes(FindingCodes.UnreadableValue), f => f.Message.Contains("19 sièges", StringComparison.Ordinal));
    }

    [Fact]
    public void BarnevilleCarteret_AccountsArithmetic_GlobalSurplusIsWrong()
    {
        var x = Read("22_barneville-carteret_cm_2003-03-27.txt");

        Assert.Equal(4, x.AmountChecks.Count);
        Assert.Contains(x.AmountChecks, c => c.Stated == 480813.60m && c.Matches);
        Assert.Contains(x.AmountChecks, c => c.Stated == 36700.08m && c.Matches);
        Assert.Contains(x.AmountChecks, c => c.Stated == -492409.19m && c.Matches);
        var global = Assert.Single(x.AmountChecks, c => !c.Matches);
        Assert.Equal((517513.78m, 517513.68m), (global.Stated, global.Computed));
        var finding = Assert.Single(x.Codes(FindingCodes.AmountSumMismatch));
        Assert.Contains("0,10", finding.Message, StringComparison.Ordinal);
        var minutes = Assert.Single(x.Items);
        Assert.True(minutes.Recorded!.Unanimous);
    }

    [Fact]
    public void Lyon_GlobalAmountCrossCheckedBeneficiariesCut()
    {
        var x = Read("24_ville-de-lyon_cm_2011-09-19_delib-2011-3814.txt");

        Assert.Equal("Ville de Lyon", x.Authority);
        Assert.Equal("Conseil municipal", x.Body);
        Assert.Equal("2011-09-19", x.SittingDate);
        var item = Assert.Single(x.Items);
        Assert.Equal("2011/3814", item.Act);
        Assert.Equal("2011-09-06", item.ReportDate);
        Assert.Equal("Direction des Affaires Culturelles", item.Department);
        Assert.StartsWith("ATTRIBUTION DE SUBVENTIONS DE FONCTIONNEMENT", item.Title, StringComparison.Ordinal);
        Assert.EndsWith("APPROBATION DE CONVENTIONS", item.Title, StringComparison.Ordinal);
        Assert.Null(item.Roll);
        Assert.Equal(84000m, x.Grant!.Amount);
        Assert.Null(x.Grant.Beneficiary);
        var check = Assert.Single(x.AmountChecks);
        Assert.Equal((84000m, 84000m, true), (check.Stated, check.Computed, check.Matches));
        Assert.Empty(x.Codes(FindingCodes.AmountSumMismatch));
        Assert.True(x.Truncated);
        Assert.Single(x.Codes(FindingCodes.UnreadableValue));
    }
}
