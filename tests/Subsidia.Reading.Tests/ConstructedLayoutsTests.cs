namespace Subsidia.Reading.Tests;

/// <summary>
/// Documents written for the project in the common layouts of small authorities (not from the seeds or the corpus):
/// a commune's single-act extract and a community's minutes with a list of grants. They hold forms the development
/// documents do not: the act's title on its heading line, "reçu en préfecture le", a grant "de 1 500 € à l'association
/// « … »", named voters in brackets after the counts, the committee's opinion in a "vu", a list of grants with its total;
/// and a commune's minutes of three acts numbered "2021-058 - …", dated "Le douze octobre deux mille vingt et un" under a
/// "MAIRIE DE …" letterhead and a title line "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 OCTOBRE 2021".
/// </summary>
public sealed class ConstructedLayoutsTests
{
    private const string Commune = "Constructed/commune-extrait-subvention.txt";
    private const string Community = "Constructed/cc-pv-subventions-liste.txt";
    private const string Minutes = "Constructed/commune-pv-trois-actes.txt";
    private const string Departement = "Constructed/departement-cp-rapport.txt";
    private const string Points = "Constructed/commune-cr-points-arrivees.txt";
    private const string Afferents = "Constructed/commune-extrait-afferents.txt";
    private const string Town = "Constructed/ville-deux-deliberations.txt";
    private const string Substitute = "Constructed/cc-suppleant-interesse.txt";
    private const string CountsOnly = "Constructed/region-cp-comptes-seuls.txt";
    private const string Syndicate = "Constructed/syndicat-comite-suppleants.txt";
    private const string NumberAndSubject = "Constructed/commune-extrait-numero-objet.txt";
    private const string CapitalTitle = "Constructed/agglo-pv-pouvoirs-titre-capitales.txt";
    private const string TwoPayments = "Constructed/departement-cp-versement-en-deux-fois.txt";
    private const string PointsAndVoters = "Constructed/ville-cr-points-votants.txt";
    private const string PresenceColumns = "Constructed/cc-tableau-presences-colonnes.txt";
    private const string PresenceTabs = "Constructed/cc-tableau-presences-tabulations.txt";
    private const string VotesInWords = "Constructed/commune-extrait-deux-deliberations-voix.txt";
    private const string NumberedPoints = "Constructed/syndicat-pv-points-numerotes.txt";
    private const string OneNamePerLine = "Constructed/commune-pv-liste-verticale-procurations.txt";
    private const string GroupVotes = "Constructed/ville-votes-par-groupe.txt";
    private const string Initials = "Constructed/commune-initiales-representes.txt";

    [Fact]
    public void Commune_Extract_TitleGrantAndRoll()
    {
        var x = Fixture.Read(Commune).Extract;

        var item = Assert.Single(x.Items);
        Assert.Equal("2022-041", item.Act);
        Assert.Equal("à la mairie", x.Place);
        Assert.Equal("20:30", x.Time);
        Assert.Equal("Attribution d'une subvention exceptionnelle à l'association « Les Amis du Vieux Vernoux »", item.Title);
        Assert.Equal(17, item.Roll!.Voters);
        Assert.True(item.Recorded!.Unanimous);
        // "à l'unanimité des membres présents et représentés" is not a list of people present.
        Assert.Null(x.PresentUnnamed);
        Assert.Equal(1_500m, x.Grant!.Amount);
        Assert.Equal("Les Amis du Vieux Vernoux", x.Grant.Beneficiary);
        // "Transmis en préfecture" is the sending, not the receipt: no receipt date is invented.
        Assert.Null(x.PrefectureReceivedOn);
        Assert.Equal("2022-06-17", x.PublishedOn);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Community_Minutes_TitleReceiptNamedVotesCommitteeAndListTotal()
    {
        var x = Fixture.Read(Community).Extract;

        var item = Assert.Single(x.Items);
        Assert.Equal("2023-018", item.Act);
        Assert.Equal("ATTRIBUTION DE SUBVENTIONS AUX ASSOCIATIONS SPORTIVES", item.Title);
        Assert.Equal("18:00", x.Time);
        Assert.Equal("2023-03-28", x.PrefectureReceivedOn);
        Assert.Equal("2023-03-30", x.PublishedOn);
        Assert.Equal((25, 1, 1), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention));
        Assert.Contains(item.Votes, v => v.Name == "Gérard JOUAULT" && v.Choice == "against");
        Assert.Contains(item.Votes, v => v.Name == "Brigitte SOUL" && v.Choice == "abstain");
        Assert.Equal("Commission Sports et Loisirs", item.Committee);
        Assert.Equal("2023-03-07", item.CommitteeDate);
        Assert.Equal("Favorable", item.CommitteeOpinion);
        var total = Assert.Single(x.AmountChecks);
        Assert.Equal((6_500m, 6_500m, true), (total.Stated, total.Computed, total.Matches));
        Assert.Equal(27, item.Roll!.Voters);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void AListWhoseTotalIsWrong_IsFlagged()
    {
        var text = File.ReadAllText(Fixture.PathOf(Community)).Replace("Judo club du Bocage : 1 200 €", "Judo club du Bocage : 1 300 €", StringComparison.Ordinal);

        var x = DeliberationReader.ReadText(text, "total-faux.txt").Extract;

        var total = Assert.Single(x.AmountChecks);
        Assert.Equal((6_500m, 6_600m, false), (total.Stated, total.Computed, total.Matches));
        Assert.Contains(x.Findings, f => f.Code == "AMOUNT_SUM_MISMATCH");
    }

    [Fact]
    public void Commune_Minutes_ThreeActs_DateFromTheTitleAndTheWords_AMemberLeavingForOneAct()
    {
        var x = Fixture.Read(Minutes).Extract;

        Assert.Equal("Commune de Saint-Jean-de-Braye", x.Authority);
        Assert.Equal("2021-10-12", x.SittingDate);
        Assert.Equal("19:00", x.Time);
        Assert.Equal("21:15", x.ClosedAt);
        // "légalement convoqué le six octobre": no year is written, none is supposed.
        Assert.Null(x.ConvenedOn);
        Assert.Equal(["2021-058", "2021-059", "2021-060"], x.Items.Select(i => i.Act));
        Assert.Equal("Approbation du procès-verbal de la séance du 14 septembre 2021", x.Items[0].Title);
        var grant = x.Items[1];
        Assert.Equal((19, 2), (grant.Recorded!.For, grant.Recorded.Abstention));
        Assert.Equal(["Simon LAMBERT", "Tania MERCIER"], grant.Votes.Where(v => v.Choice == "abstain").Select(v => v.Name));
        Assert.Equal(2_000m, x.Grant!.Amount);
        Assert.Equal("Comité des fêtes", x.Grant.Beneficiary);
        var canteen = x.Items[2];
        Assert.Equal(["Marc FABRE"], canteen.Interested);
        Assert.Equal(20, canteen.Roll!.Voters);
        Assert.Equal(3, x.Proxies.Count);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Departement_PermanentCommission_ReportWithItsObjectLine_AndASeatTheListsMiss()
    {
        var x = Fixture.Read(Departement).Extract;

        Assert.Equal("Département du Jura", x.Authority);
        Assert.Equal("Commission permanente", x.Body);
        Assert.Equal(12, x.MembersInOffice);
        Assert.Equal("2020-02-21", x.PublishedOn);
        var item = Assert.Single(x.Items);
        Assert.Equal("205", item.Report);
        Assert.StartsWith("Aide aux associations culturelles", item.Title, StringComparison.Ordinal);
        Assert.Equal(10, item.Roll!.Voters);
        Assert.Equal(7, item.Roll.Quorum);
        var total = Assert.Single(x.AmountChecks);
        Assert.True(total.Matches);
        // 9 present, 2 excused: one of the 12 seats is in no list.
        Assert.Equal("DECLARED_COUNT_MISMATCH", Assert.Single(x.Findings).Code);
    }

    [Fact]
    public void Commune_Points_ArrivalAndDepartureByPoint_FollowTheActsInDocumentOrder()
    {
        var x = Fixture.Read(Points).Extract;

        Assert.Equal("Commune de Louviers-sur-Orne", x.Authority);
        Assert.Equal(["1", "2", "3", "4", "5"], x.Items.Select(i => i.Report));
        Assert.Equal(["1", "2", "3", "4", "5"], x.Positions);
        // PETIT from point 3, ANDRÉ until point 4 included; two proxies throughout.
        Assert.Equal([13, 13, 14, 14, 13], x.Items.Select(i => i.Roll!.Voters));
        Assert.Equal("Gym Volontaire de Louviers", x.Grant!.Beneficiary);
        Assert.Equal(450m, x.Grant.Amount);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Commune_Extract_ExcusedAndRepresented_TookPart17_GrantAllotted()
    {
        var x = Fixture.Read(Afferents).Extract;

        Assert.Equal("dans le lieu habituel de ses séances", x.Place);
        Assert.Equal(2, x.Proxies.Count);
        Assert.Contains(x.Proxies, p => p.Grantor == "Gilles AUBERT" && p.Holder == "Catherine LOUVEL");
        var item = Assert.Single(x.Items);
        Assert.Equal("Subvention à l'Amicale des sapeurs-pompiers", item.Title);
        Assert.Equal(17, item.TookPart);
        Assert.Equal(17, item.Roll!.Voters);
        Assert.Equal(800m, x.Grant!.Amount);
        Assert.Equal("Amicale des sapeurs-pompiers de Saint-Mars-la-Brière", x.Grant.Beneficiary);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Town_ProxiesInTheAbsentList_MajorityVote_AndVoteUnanimite()
    {
        var x = Fixture.Read(Town).Extract;

        Assert.Equal("Ville de Pont-Audemer", x.Authority);
        Assert.Equal("2022-03-15", x.SittingDate);
        Assert.Equal("18:30", x.Time);
        Assert.Equal(4, x.Proxies.Count);
        Assert.Equal(["2022-12", "2022-13"], x.Items.Select(i => i.Act));
        Assert.Equal((22, 3, 1), (x.Items[0].Recorded!.For, x.Items[0].Recorded!.Against, x.Items[0].Recorded!.Abstention));
        Assert.True(x.Items[1].Recorded!.Unanimous);
        // March 2022: the health-emergency rules still set the quorum at a third of the 29 members.
        Assert.Equal(10, x.Items[0].Roll!.Quorum);
        Assert.Equal(48_750m, x.Grant!.Amount);
        Assert.Empty(x.Findings);
    }

    [Theory]
    [InlineData("Adopté à l'unanimité.")]
    [InlineData("Adopté à l unanimité.")]
    [InlineData("Adopté à l’unanimité.")]
    [InlineData("VOTE : Unanimité")]
    public void Unanimity_IsRead_EvenWithItsApostropheLost(string vote)
    {
        var text = "COMMUNE DE TESTVILLE\nSéance du conseil municipal du 3 mai 2021\nMembres en exercice : 11\n" +
            "Présents : M. Alain A, M. Bruno B, M. Claude C, M. Denis D, M. Eric E, M. Fabien F, M. Gilles G\n" +
            "Absents : M. Henri H, M. Igor I, M. Jean J, M. Kevin K\n\nDélibération n° 2021-07 : Tarifs\n" + vote + "\n";

        var item = Assert.Single(DeliberationReader.ReadText(text, "vote.txt").Extract.Items);

        Assert.True(item.Recorded!.Unanimous);
        Assert.Equal(7, item.Roll!.Voters);
    }

    [Fact]
    public void Community_SubstituteAfterAComma_AndAnInterestedHolderWhoseProxyLapses()
    {
        var x = Fixture.Read(Substitute).Extract;

        Assert.Equal("Communauté de communes du Pays de Lumbres", x.Authority);
        Assert.Equal("Henri MARTIN", x.Person("DURAND").Replaces);
        var item = Assert.Single(x.Items);
        Assert.Equal(["Anne DUBOIS"], item.Interested);
        // DUBOIS neither votes nor uses MASSON's proxy on the act about her commune.
        Assert.Equal((7, 1, 8), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters));
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Region_CountsWithoutNames_AreTheRoll_AndTheGrantsInstalments()
    {
        var x = Fixture.Read(CountsOnly).Extract;

        Assert.Equal("Région Centre-Val de Loire", x.Authority);
        var item = Assert.Single(x.Items);
        Assert.Equal("23.05.31.42", item.Act);
        // Nobody is named: the declared 38 present and 5 represented are the roll, and the 43 votes match it.
        Assert.Equal((38, 5, 43, 23, true), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters, item.Roll.Quorum, item.Roll.QuorumMet));
        Assert.Equal("Festival de Loire", x.Grant!.Beneficiary);
        Assert.Equal(25_000m, x.Grant.Amount);
        Assert.Equal([12_500m, 12_500m], x.Grant.Instalments.Select(i => i.Amount));
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Region_CountsWithoutNames_AVoteThatExceedsThem_IsFlagged()
    {
        var text = File.ReadAllText(Fixture.PathOf(CountsOnly)).Replace("Pour : 40", "Pour : 42", StringComparison.Ordinal);

        var x = DeliberationReader.ReadText(text, "trop-de-voix.txt").Extract;

        Assert.Contains(x.Findings, f => f.Code == "VOTE_COUNT_MISMATCH");
    }

    [Fact]
    public void Syndicate_TitularAndSubstituteDelegates_WithAndWithoutAVote()
    {
        var x = Fixture.Read(Syndicate).Extract;

        Assert.Equal("Syndicat Intercommunal des Eaux de la Vallée du Loir", x.Authority);
        Assert.Equal("Comité syndical", x.Body);
        Assert.Equal("2019-11-21", x.SittingDate);
        Assert.Equal("Fabrice FAUCHER", x.Person("ELOY").Replaces);
        Assert.Equal("Hélène HUBERT", x.Person("GIRAULT").Replaces);
        Assert.Contains("Igor IMBERT", x.NonVoting);
        var item = Assert.Single(x.Items);
        Assert.Equal((6, 1, 7), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters));
        // 4 titulaires, 2 replaced by their substitutes, 3 excused: 9 of the 10 seats the document declares.
        Assert.Equal("DECLARED_COUNT_MISMATCH", Assert.Single(x.Findings).Code);
    }

    [Fact]
    public void Commune_NumberOnItsLine_SubjectLine_SessionBeforePlace_GrantAfterItsAmount()
    {
        var x = Fixture.Read(NumberAndSubject).Extract;

        Assert.Equal("Commune de Saint-Martin-des-Vignes", x.Authority);
        Assert.Equal("2023-03-14", x.SittingDate);
        Assert.Equal("2023-03-07", x.ConvenedOn);
        Assert.Equal("20:30", x.Time);
        // "s'est réuni en session ordinaire, à la Mairie": the session is not the place.
        Assert.Equal("à la Mairie", x.Place);
        Assert.Equal((11, 13), (x.Declared.Present, x.Declared.Voters));
        Assert.Equal(11, x.Attendance.Count);
        Assert.Equal(2, x.Proxies.Count);
        Assert.Contains(x.Proxies, p => p.Grantor == "Nathalie ROBIN" && p.Holder == "Paul GIRARD");
        Assert.Equal(["Nathalie ROBIN", "Denis MEUNIER", "Agnès ROY"], x.Excused);
        Assert.Contains("Thierry BRUN", x.Absent);
        Assert.Equal("Odile FAURE", x.Secretary);

        // "N° 2023-014" alone on its line, the title on the "Objet :" line under it.
        var item = Assert.Single(x.Items);
        Assert.Equal("2023-014", item.Act);
        Assert.Equal("Attribution d'une subvention au Comité des fêtes", item.Title);
        Assert.True(item.Recorded!.Unanimous);
        Assert.Equal(13, item.Roll!.Voters);
        Assert.Equal("adopted", item.Outcome);
        // "une subvention de 1 200 € au Comité des fêtes de …": the beneficiary after the amount, with "au".
        Assert.Equal(1_200m, x.Grant!.Amount);
        Assert.Equal("Comité des fêtes de Saint-Martin-des-Vignes", x.Grant.Beneficiary);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Community_AbsentsWhoGaveProxies_TitleInCapitalsUnderTheNumber_PlaceOnItsLine()
    {
        var x = Fixture.Read(CapitalTitle).Extract;

        Assert.Equal("Communauté d'agglomération du Pays de Laval-sur-Loire", x.Authority);
        Assert.Equal("Conseil communautaire", x.Body);
        Assert.Equal("2024-09-19", x.SittingDate);
        Assert.Equal("18:30", x.Time);
        Assert.Equal("Salle du conseil, Hôtel communautaire, 3 rue des Tanneurs", x.Place);
        Assert.Equal(33, x.Attendance.Count);
        // "Absents ayant donné pouvoir : M. X à M. Y, …"
        Assert.Equal(5, x.Proxies.Count);
        Assert.Contains(x.Proxies, p => p.Grantor == "Roger DENIS" && p.Holder == "Eric RENAUD");
        Assert.Equal(["André FONTAINE", "Lucie GIRAUD", "René HENRY"], x.Excused);

        var item = Assert.Single(x.Items);
        Assert.Equal("CC-2024-087", item.Act);
        Assert.Equal("SPORT - SUBVENTION AU CLUB ATHLÉTIQUE LAVALLOIS POUR L'ORGANISATION DU SEMI-MARATHON", item.Title);
        Assert.Equal("Bruno GAUTHIER", item.Rapporteur);
        Assert.Equal((36, 0, 2), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention));
        Assert.Equal((33, 5, 38), (item.Roll!.Present, item.Roll.ProxiesInForce, item.Roll.Voters));
        Assert.Equal(2, item.Votes.Count(v => v.Choice == "abstain"));
        Assert.Equal("Club Athlétique Lavallois", x.Grant!.Beneficiary);
        Assert.Equal(8_000m, x.Grant.Amount);
        // 33 present, 5 proxies, 38 voters: as declared.
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Departement_NamedNonVoters_PassiveGrant_PaymentInOneSentence()
    {
        var x = Fixture.Read(TwoPayments).Extract;

        // "Conseil départemental de la Haute-Vienne" is the assembly; the authority is the département.
        Assert.Equal("Département de la Haute-Vienne", x.Authority);
        Assert.Equal("Commission permanente", x.Body);
        Assert.Equal("2024-03-04", x.SittingDate);
        Assert.Equal("10:00", x.Time);
        Assert.Equal(15, x.Attendance.Count);
        Assert.Contains(x.Proxies, p => p.Grantor == "Bernard DELAGE" && p.Holder == "Annick MORIZIO");

        var item = Assert.Single(x.Items);
        Assert.Equal("CP-2024-03-017", item.Act);
        // Two named as not taking part, no number given: 15 for + 2 = the 17 voters of the roll.
        Assert.Equal((15, 2), (item.Recorded!.For, item.Recorded.NotTakingPart));
        Assert.Equal(17, item.Roll!.Voters);
        Assert.Equal(2, item.Votes.Count(v => v.Choice == "notTakingPart"));

        // "Une subvention … de 45 000 € est attribuée à l'association « … »", paid "en deux fois : 60 % …, et le solde".
        Assert.Equal("Festival des Francophonies", x.Grant!.Beneficiary);
        Assert.Equal(45_000m, x.Grant.Amount);
        Assert.Equal(2, x.Grant.Instalments.Count);
        Assert.Equal((0.6m, 27_000m, "signature"), (x.Grant.Instalments[0].Share, x.Grant.Instalments[0].Amount, x.Grant.Instalments[0].Condition));
        Assert.True(x.Grant.Instalments[1].Balance);
        Assert.Equal((0.4m, 18_000m), (x.Grant.Instalments[1].Share, x.Grant.Instalments[1].Amount));
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Town_PointsWithVoters_ArrivalDepartureAndAnInterestedMember()
    {
        var x = Fixture.Read(PointsAndVoters).Extract;

        Assert.Equal("Ville de Château-Renard", x.Authority);
        Assert.Equal("21:15", x.ClosedAt);
        Assert.Equal(5, x.Items.Count);
        Assert.Equal(["1", "2", "3", "4", "5"], x.Items.Select(i => i.Report));
        Assert.Equal("Budget primitif 2022 - Budget principal", x.Items[1].Title);
        // 14 at the opening and 2 proxies; Kevin GARNIER from point 3, Céline HENRY until point 4.
        Assert.Equal([16, 16, 17, 17, 16], x.Rolls.Select(r => r.Voters));
        // Point 3: Annie GUERIN, president of the club, takes no part: 16 voters, as recorded.
        Assert.Equal(["Annie GUERIN"], x.Items[2].Interested);
        Assert.Equal(16, x.Items[2].Roll!.Voters);
        Assert.Equal((13, 3), (x.Items[1].Recorded!.For, x.Items[1].Recorded!.Against));
        Assert.Contains(x.AmountChecks, c => c.Stated == 6_500m && c.Matches);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Community_PresenceTable_InColumns()
    {
        var x = Fixture.Read(PresenceColumns).Extract;

        Assert.Equal("Salle polyvalente de Mouthe", x.Place);
        Assert.Equal(9, x.Attendance.Count);
        Assert.Equal("Chapelle-des-Bois", x.Attendance.Single(a => a.Name == "Philippe DAVID").Commune);
        Assert.Equal(["Marie-Claire CUENOT", "Sophie GIRARDET", "Annie ROY"], x.Absent);
        Assert.Equal(["Marie-Claire CUENOT", "Annie ROY"], x.Excused);
        Assert.Contains(x.Proxies, p => p.Grantor == "Annie ROY" && p.Holder == "Philippe DAVID");
        // The chair "M. Alain BOURGEOIS" is the table's "BOURGEOIS Alain".
        Assert.Equal("Alain BOURGEOIS", x.Chair);
        Assert.Equal((9, 2, 11), (x.Items[0].Roll!.Present, x.Items[0].Roll!.ProxiesInForce, x.Items[0].Roll!.Voters));
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Community_PresenceTable_WithTabs_AndARowWithoutAMark()
    {
        var x = Fixture.Read(PresenceTabs).Extract;

        Assert.Equal(["Paul DURAND", "Luc MOREL", "Marc ROUX", "Jeanne VIAL"], x.Attendance.Select(a => a.Name));
        Assert.Equal(["Anne LEFEVRE", "Rose PETIT"], x.Absent);
        Assert.Equal("Paul DURAND", Assert.Single(x.Proxies).Holder);
        Assert.Equal(5, x.Items[0].Roll!.Voters);
        Assert.Empty(x.Findings);

        // A row without a mark: said, not guessed.
        var text = File.ReadAllText(Fixture.PathOf(PresenceTabs)).Replace("MOREL Luc\tArc\tX", "MOREL Luc\tArc\t", StringComparison.Ordinal);
        var unmarked = DeliberationReader.ReadText(text, "sans-marque.txt").Extract;
        Assert.DoesNotContain(unmarked.Attendance, a => a.Name == "Luc MOREL");
        Assert.DoesNotContain("Luc MOREL", unmarked.Absent);
        Assert.Contains(unmarked.Findings, f => f.Code == "UNREADABLE_VALUE" && f.Message.Contains("Luc MOREL", StringComparison.Ordinal));
    }

    [Fact]
    public void Commune_ActsWithoutNumberSign_VotesInWords_FeminineHeadings()
    {
        var x = Fixture.Read(VotesInWords).Extract;

        Assert.Equal("Commune de Beauvoir-sur-Niort", x.Authority);
        Assert.Equal((12, 9, 11), (x.MembersInOffice, x.Declared.Present, x.Declared.Voters));
        // "Absente : Mme Lydie FOUCHER."
        Assert.Contains("Lydie FOUCHER", x.Absent);
        Assert.Contains(x.Proxies, p => p.Grantor == "Karine TEXIER" && p.Holder == "Josette GIRAUD");
        // "Délibération 2023-21 : …", "Délibération 2023-22 : …"
        Assert.Equal(["2023-21", "2023-22"], x.Items.Select(i => i.Act));
        Assert.Equal("Subvention de fonctionnement à l'Union sportive beauvoisienne", x.Items[0].Title);
        // "par 9 voix pour, 1 voix contre et 1 abstention"
        Assert.Equal((9, 1, 1), (x.Items[0].Recorded!.For, x.Items[0].Recorded!.Against, x.Items[0].Recorded!.Abstention));
        Assert.All(x.Items, i => Assert.Equal(11, i.Roll!.Voters));
        Assert.True(x.Items[1].Recorded!.Unanimous);
        // "… à l'Union sportive beauvoisienne pour l'année 2023": the purpose is not part of the name.
        Assert.Equal("Union sportive beauvoisienne", x.Grant!.Beneficiary);
        Assert.Equal(3_500m, x.Grant.Amount);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Syndicate_PointsNumberedOneTwo_SubstitutesWithAVote_AGrantAskedForIsNotAGrantGiven()
    {
        var x = Fixture.Read(NumberedPoints).Extract;

        Assert.Equal("Comité syndical", x.Body);
        Assert.Equal("2022-06-13", x.ConvenedOn);
        Assert.Equal("14:30", x.Time);
        Assert.Equal(["1", "2"], x.Items.Select(i => i.Report));
        Assert.Equal("Approbation du procès-verbal de la séance du 16 mars 2022", x.Items[0].Title);
        Assert.Equal("Daniel OLIVIER", x.Person("NAULEAU").Replaces);
        Assert.Equal(11, x.Attendance.Count);
        Assert.All(x.Items, i => Assert.Equal(12, i.Roll!.Voters));
        // "sollicite une subvention de 90 000 € auprès de l'Agence de l'eau": asked for, not granted.
        Assert.Null(x.Grant);
        // 9 titulars, 2 replaced, 4 excused: 15 seats named for the 16 declared.
        Assert.Equal("DECLARED_COUNT_MISMATCH", Assert.Single(x.Findings).Code);
    }

    [Fact]
    public void Commune_OneNamePerLineWithRoles_ProxyAfterAComma()
    {
        var x = Fixture.Read(OneNamePerLine).Extract;

        // "M. Fabrice ROUSSEL, Maire", "Mme Catherine DUPONT, 1re adjointe": the roles are not people.
        Assert.Equal(9, x.Attendance.Count);
        Assert.Contains(x.Attendance, a => a.Name == "Catherine DUPONT");
        // "Mme Hélène CORBIN, procuration à M. Fabrice ROUSSEL"
        Assert.Equal(2, x.Proxies.Count);
        Assert.Contains(x.Proxies, p => p.Grantor == "Hélène CORBIN" && p.Holder == "Fabrice ROUSSEL");
        Assert.Equal(["Hélène CORBIN", "Yann LAMOUREUX"], x.Excused);
        Assert.Contains("Nicolas BOUCHER", x.Absent);

        var item = Assert.Single(x.Items);
        Assert.Equal("SUBVENTION À L'ASSOCIATION LES RESTOS DU CŒUR", item.Title);
        Assert.Equal((10, 1), (item.Recorded!.For, item.Recorded.Abstention));
        Assert.Equal(11, item.Roll!.Voters);
        Assert.Equal("Association Les Restos du Cœur", x.Grant!.Beneficiary);
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void City_VotesByGroup_AreCounts_NotIllegibleValues()
    {
        var x = Fixture.Read(GroupVotes).Extract;

        var item = Assert.Single(x.Items);
        Assert.Equal("2024-0312", item.Act);
        Assert.Equal("Lucille LHEUREUX", item.Rapporteur);
        // "Votes contre : groupe … (8 voix)", "Abstentions : groupe … (5 voix)"; the votes for are not given.
        Assert.Equal((null, 8, 5), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention));
        // Not "rejected" for want of votes for, and "Abstentions : groupe" is not an illegible number.
        Assert.Equal("undetermined", item.Outcome);
        Assert.Empty(x.Findings);

        var none = DeliberationReader.ReadText("Délibération n° 2024-1 : Tarifs\nPour : 12\nContre : néant\nAbstention : aucune\n", "neant.txt").Extract;
        Assert.Equal((12, 0, 0), (none.Items[0].Recorded!.For, none.Items[0].Recorded!.Against, none.Items[0].Recorded!.Abstention));
        Assert.DoesNotContain(none.Findings, f => f.Code == "UNREADABLE_VALUE");
    }

    [Fact]
    public void Commune_InitialsPresidedBy_RepresentedBy_VotesAsNumbersThenWords()
    {
        var x = Fixture.Read(Initials).Extract;

        Assert.Equal("2024-12-05", x.SittingDate);
        Assert.Equal("18:00", x.Time);
        // "Présidée par M. Patrick LE DIFFON, Maire": the "P. LE DIFFON" of the list.
        Assert.Equal("Patrick LE DIFFON", x.Chair);
        Assert.Equal(11, x.Attendance.Count);
        // "Membres représentés : Mme L. HERVE (représentée par Mme A. DANET)": a proxy, not a substitute.
        Assert.Contains(x.Proxies, p => p.Grantor == "L. HERVE" && p.Holder == "A. DANET");
        Assert.Equal(2, x.Proxies.Count);
        var item = Assert.Single(x.Items);
        // "Vote : 13 pour, 0 contre, 0 abstention."
        Assert.Equal((13, 0, 0), (item.Recorded!.For, item.Recorded.Against, item.Recorded.Abstention));
        Assert.Equal(13, item.Roll!.Voters);
        Assert.Equal("adopted", item.Outcome);
        Assert.Equal(12_000m, x.Grant!.Amount);
        // The number of members in office is not given: said, not guessed.
        Assert.Equal("UNREADABLE_VALUE", Assert.Single(x.Findings).Code);
    }
}
