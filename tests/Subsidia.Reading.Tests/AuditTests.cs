using Subsidia.Domain.Findings;
using Subsidia.Reading.Model;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Tests;

/// <summary>Layouts and contradictions the development documents do not show, written for the purpose.</summary>
public class AuditTests
{
    private const string Municipal = """
        REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

        L'an deux mille vingt-trois, le vendredi vingt-quatre mars, à dix-huit heures trente, le Conseil Municipal de la Commune de Saint-Exemple, dûment convoqué le 17 mars 2023, s'est réuni en séance publique à la mairie, sous la présidence de M. Jean DESWAENE, Maire.

        Nombre de conseillers en exercice : 15
        Présents : 10 - Votants : 12

        Etaient présents : M. Jean DESWAENE, Mme Anne MARTIN, M. Paul DURAND, Mme Claire PETIT, M. Luc MOREAU, M. Marc SIMON, Mme Julie LAURENT, M. Pierre LEROY, M. Hugo BLANC (à partir de la question n°2)
        Absents excusés : M. Louis GARNIER (pouvoir à M. Paul DURAND), Mme Sophie FAURE (pouvoir à M. Paul DURAND), M. Jean DEWAENE (procuration à Mme Anne MARTIN), Mme Claire PETIT (pouvoir à M. Marc SIMON)
        Absents : M. Yves ROUX, Mme Lise GIRARD
        Secrétaire de séance : Mme Julie LAURENT

        Question n°1 - Approbation du budget primitif

        Pour : 12
        Contre : 0
        Abstention : 0
        """;

    private const string Community = """
        Communauté de Communes du Val d'Exemple
        Conseil communautaire du 12 janvier 2023 à 18h00
        Nombre de délégués en exercice : 20
        Délégués présents : M. Paul ROY, M. Eric VIDAL (suppléant de M. Paul ROY), Mme Nina FABRE (jusqu'à 19h30), M. Ali BENALI, Mme Rose CLAIR
        Délégués absents : M. Tom NOIR
        Pouvoirs : M. Tom NOIR à Mme Nina FABRE

        Rapport n°1 - Fixation des tarifs

        Pour : 6
        Contre : 0
        Abstention : 0
        """;

    private static ExtractDocument Read(string text) => DeliberationReader.ReadText(text, "essai.txt").Extract;

    [Fact]
    public void InterestedMembers_AStatementOfTheRule_NamesNobody()
    {
        var text = Community.Replace("Rapport n°1 - Fixation des tarifs", """
            Rapport n°1 - Subvention au club

            M. Ali BENALI, conseiller intéressé, ne prend pas part au vote.
            Les conseillers intéressés ne prennent pas part au vote : ils ne sont comptés ni parmi les suffrages exprimés, ni parmi les votants.
            """, StringComparison.Ordinal);

        var item = Assert.Single(Read(text).Items);

        Assert.Equal(["Ali BENALI"], item.Interested);
    }

    [Fact]
    public void DateInWords_AndHeaders()
    {
        var x = Read(Municipal);

        Assert.Equal("2023-03-24", x.SittingDate);
        Assert.Equal("18:30", x.Time);
        Assert.Equal("2023-03-17", x.ConvenedOn);
        Assert.Equal("Conseil municipal", x.Body);
        Assert.Equal("Commune de Saint-Exemple", x.Authority);
        Assert.Equal("Jean DESWAENE", x.Chair);
        Assert.Equal("Julie LAURENT", x.Secretary);
        Assert.Equal((10, 12), (x.Declared.Present, x.Declared.Voters));
        Assert.Equal(9, x.Attendance.Count);
        Assert.Equal([new SpanEntry("2", null)], x.Person("BLANC").Spans);
    }

    [Theory]
    [InlineData("L'an deux mille vingt et un, le vendredi vingt-six mars", "2021-03-26")]
    [InlineData("L'an deux mil trois, le vingt sept mars", "2003-03-27")]
    [InlineData("L'an deux mille douze, le premier juin", "2012-06-01")]
    [InlineData("L'an mil neuf cent quatre-vingt-dix-neuf, le trente et un décembre", "1999-12-31")]
    public void DatesInWords(string sentence, string expected)
    {
        Assert.Equal(expected, Read(sentence + ", le Conseil s'est réuni.").SittingDate);
    }

    [Theory]
    [InlineData("deux mille vingt et un", 2021)]
    [InlineData("dix-neuf", 19)]
    [InlineData("quatre-vingt-dix-sept", 97)]
    [InlineData("soixante-quinze", 75)]
    [InlineData("mil neuf cent quatre-vingt-huit", 1988)]
    public void NumbersInWords(string words, int expected) => Assert.Equal(expected, FrenchText.NumberFromWords(words));

    [Fact]
    public void ProxyChecks_SamePerson_DeclaredCounts_VoteCount()
    {
        var x = Read(Municipal);

        Assert.All(x.Codes(FindingCodes.ProxyHolderMultiple), f => Assert.Contains("Paul DURAND", f.Message, StringComparison.Ordinal));
        Assert.Contains(x.Codes(FindingCodes.ProxyHolderMultiple), f => f.Item == "1");
        Assert.Contains(x.Codes(FindingCodes.ProxyGrantorPresent), f => f.Message.Contains("Claire PETIT", StringComparison.Ordinal));
        var same = Assert.Single(x.Codes(FindingCodes.PossibleSamePerson));
        Assert.Contains("DESWAENE", same.Message, StringComparison.Ordinal);
        Assert.Contains("DEWAENE", same.Message, StringComparison.Ordinal);
        var declared = x.Codes(FindingCodes.DeclaredCountMismatch).Select(f => f.Message).ToList();
        Assert.Contains(declared, m => m.Contains("10 présents", StringComparison.Ordinal));
        Assert.Contains(declared, m => m.Contains("12 votants", StringComparison.Ordinal));
        Assert.Contains(declared, m => m.Contains("15 membres en exercice", StringComparison.Ordinal) && m.Contains("14", StringComparison.Ordinal));
        var item = Assert.Single(x.Items);
        Assert.Equal(("1", "1"), (item.Report, item.Position));
        Assert.Equal(10, item.Roll!.Voters);
        Assert.Single(x.Codes(FindingCodes.VoteCountMismatch));
    }

    [Fact]
    public void SubstituteConflict_QuorumAndClockTimes()
    {
        var x = Read(Community);

        Assert.Equal("Communauté de Communes du Val d'Exemple", x.Authority);
        Assert.Equal("2023-01-12", x.SittingDate);
        Assert.Equal("Paul ROY", x.Person("VIDAL").Replaces);
        Assert.Equal([new SpanEntry(null, "19:30")], x.Person("FABRE").Spans);
        Assert.Equal(["ouverture", "à partir de 19:30"], x.Positions);
        Assert.NotEmpty(x.Codes(FindingCodes.SubstituteConflict));
        Assert.Contains(x.Codes(FindingCodes.ProxyHolderAbsent), f => f.Message.Contains("Tom NOIR", StringComparison.Ordinal));
        var item = Assert.Single(x.Items);
        Assert.Null(item.Roll);
        var unknown = Assert.Single(x.Codes(FindingCodes.ItemPositionUnknown));
        Assert.Equal("1", unknown.Item);
        Assert.All(x.Rolls, r => Assert.False(r.QuorumMet));
        Assert.Equal(11, x.Rolls[0].Quorum);
    }

    [Fact]
    public void UnanimityWithoutCounts_AndNamedVotes()
    {
        var x = Read(Community.Replace("Pour : 6\nContre : 0\nAbstention : 0", "Adopté à l'unanimité.\nOnt voté contre : M. Ali BENALI", StringComparison.Ordinal));

        var item = Assert.Single(x.Items);
        Assert.True(item.Recorded!.Unanimous);
        Assert.Null(item.Recorded.For);
        Assert.Equal([new NamedVote("Ali BENALI", "against")], item.Votes);
    }

    [Fact]
    public void NonVotingMembersAreLeftOut()
    {
        var x = Read("""
            Séance du 3 février 2022
            Etaient présents : M. Paul ROY, Mme Rose CLAIR, M. Jean NOEL (sans voix délibérative)
            Assistaient également : Mme Eva DIRECT, directrice générale des services
            """);

        Assert.Equal(["Paul ROY", "Rose CLAIR"], x.Attendance.Select(a => a.Name));
        Assert.Contains("Jean NOEL", x.NonVoting);
        Assert.Contains("Eva DIRECT", x.NonVoting);
    }

    [Fact]
    public void OtherWordings_VotesWithoutColons_ProxyFrom_SecretarySentence_InterestedMember()
    {
        var x = Read("""
            Conseil municipal du 7 avril 2022
            Présidence : M. Paul ROY
            Membres en exercice : 7 - Présents : 5 - Représentés : 1 - Votants : 6
            Etaient présents : M. Paul ROY, Mme Rose CLAIR, M. Ali BENALI, Mme Nina FABRE, M. Eric VIDAL
            Absents : M. Tom NOIR, Mme Léa BRUN
            Pouvoirs : Pouvoir de M. Tom NOIR à Mme Nina FABRE
            Mme Rose CLAIR a été désignée secrétaire de séance.

            Délibération n°2022-014 - Subvention au club de football

            M. Eric VIDAL, président du club, ne prend pas part au vote.
            Pour 4 - Contre 1 - Abstentions 0
            """);

        Assert.Equal("2022-04-07", x.SittingDate);
        Assert.Equal("Paul ROY", x.Chair);
        Assert.Equal("Rose CLAIR", x.Secretary);
        Assert.Equal((7, 5, 1, 6), (x.MembersInOffice, x.Declared.Present, x.Declared.Proxies, x.Declared.Voters));
        Assert.Equal([("Tom NOIR", "Nina FABRE")], x.Proxies.Select(p => (p.Grantor, p.Holder)));
        var item = Assert.Single(x.Items);
        Assert.Equal("2022-014", item.Act);
        Assert.Equal(["Eric VIDAL"], item.Interested);
        Assert.Equal((4, 1, 0), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention));
        Assert.Equal((4, 1, 5), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters));
        Assert.Equal("adopted", item.Outcome);
        Assert.Empty(x.Codes(FindingCodes.VoteCountMismatch));
        Assert.Empty(x.Codes(FindingCodes.DeclaredCountMismatch));
    }

    [Fact]
    public void InlineHeadingsAndRepresentedList()
    {
        var x = Read("""
            Séance du conseil municipal du 2 juin 2021. Le conseil de la commune de Valmont s'est réuni à la mairie.
            Nombre de conseillers en exercice : 11. Présents : M. Paul ROY, Mme Rose CLAIR, M. Ali BENALI, Mme Nina FABRE, M. Eric VIDAL, M. Jean GRIS. Représentés : M. Tom NOIR par M. Paul ROY. Excusés ayant donné pouvoir : Mme Léa BRUN à Mme Rose CLAIR. Absents : M. Marc BLEU, Mme Zoé VERT, M. Luc ROUX.
            """);

        Assert.Equal("2021-06-02", x.SittingDate);
        Assert.Equal("Commune de Valmont", x.Authority);
        Assert.Equal(6, x.Attendance.Count);
        Assert.Equal([("Tom NOIR", "Paul ROY"), ("Léa BRUN", "Rose CLAIR")], x.Proxies.Select(p => (p.Grantor, p.Holder)));
        Assert.Equal(["Marc BLEU", "Zoé VERT", "Luc ROUX"], x.Absent.Except(x.Excused).Except(x.Proxies.Select(p => p.Grantor)));
        Assert.Equal(8, Assert.Single(x.Rolls).Voters);
        Assert.Empty(x.Codes(FindingCodes.DeclaredCountMismatch));
    }

    [Fact]
    public void ValuesLostToOcr_AreReportedNotGuessed()
    {
        var x = Read("""
            Séance du 9 mai 2012
            Conseillers en exercice : l4O
            Etaient présents : M. Paul ROY, Mme Rose CLAIR

            Rapport n°2.1 - Budget annexe

            Pour : l2
            Contre : 0
            """);

        Assert.Null(x.MembersInOffice);
        var item = Assert.Single(x.Items);
        Assert.Null(item.Recorded!.For);
        Assert.Equal(0, item.Recorded.Against);
        Assert.Contains(x.Codes(FindingCodes.UnreadableValue), f => f.Message.Contains("« Pour : l2 »", StringComparison.Ordinal));
        Assert.Contains(x.Codes(FindingCodes.UnreadableValue), f => f.Message.Contains("l4O", StringComparison.Ordinal));
    }
}
