using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;

namespace Subsidia.Data.Demo;

/// <summary>One seed case: the authority, the body and the sitting, as the register extract describes them.</summary>
public sealed record SeedCase(Authority Authority, Assembly Assembly, Sitting Sitting);

/// <summary>
/// The two Grand Besançon sittings of ../shared/seeds, transcribed from the documents (names, spans, proxies,
/// recorded tallies). Nothing here is computed: the rolls, quorums and findings come from <see cref="RollEngine"/>.
/// This transcription also serves as the reference the document reader is checked against.
/// </summary>
public static class GrandBesanconSeeds
{
    public static readonly Guid AuthorityId = StableId.For("authority", "Grand Besançon");

    public static Authority Authority() => new(AuthorityId, "Grand Besançon Métropole", null, "025");

    /// <summary>Seed 000: Conseil de Communauté, 9 May 2012, délibération 2012/001753 (rapport 3.6).</summary>
    public static SeedCase Council2012()
    {
        var assembly = new Assembly(StableId.For("assembly", "Grand Besançon", "Conseil de Communauté"), AuthorityId,
            "Conseil de Communauté", AssemblyKind.Council);
        var sitting = new Sitting(StableId.For("sitting", "Conseil de Communauté", "2012-05-09"), assembly.Id, new DateOnly(2012, 5, 9), 140);
        sitting.Describe("Salle des séances de la CCIT du Doubs - 46 avenue Villarceau - 25000 Besançon", null, null,
            new TimeOnly(18, 0), new TimeOnly(20, 10));
        sitting.SetOrderOfPassage(PositionScheme.Report,
        [
            "0.1", "2.1", "2.2", "1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "5.5",
            "5.6", "5.7", "6.1", "7.1", "7.2", "7.3", "7.4", "9.1", "9.2", "9.3", "9.4", "9.5", "3.1", "3.2", "3.3", "3.4",
            "3.5", "3.6", "3.7", "3.8", "3.9", "10.1", "10.2",
        ]);
        var s = new SittingScript(assembly, sitting);

        // Etaient présents (titular members in their own right).
        s.Present("Amagney", "M.", "Thomas", "JAVAUX");
        s.Present("Arguel", "M.", "André", "AVIS", from: "2.1");
        s.Present("Audeux", "Mme", "Françoise", "GALLIOU");
        s.Present("Auxon-Dessous", "M.", "Jacques", "CANAL");
        s.Present("Auxon-Dessous", "M.", "Jean-Pierre", "BASSELIN");
        s.Present("Auxon-Dessus", "M.", "Serge", "RUTKOWSKI");
        s.Present("Auxon-Dessus", "Mme", "Geneviève", "VERRO");
        s.Present("Avanne-Aveney", "M.", "Laurent", "DELMOTTE");
        s.Present("Avanne-Aveney", "M.", "Jean-Pierre", "TAILLARD", from: "2.1");
        s.Present("Besançon", "M.", "Frédéric", "ALLEMANN", from: "7.4");
        s.Present("Besançon", "M.", "Teddy", "BENETEAU DE LAPRAIRIE");
        s.Present("Besançon", "M.", "Nicolas", "BODIN");
        s.Present("Besançon", "M.", "Pascal", "BONNET", from: "7.4");
        s.Present("Besançon", "Mme", "Marie-Odile", "CRABBÉ-DIAWARA");
        s.Present("Besançon", "M.", "Benoît", "CYPRIANI", from: "2.1");
        s.Present("Besançon", "M.", "Yves-Michel", "DAHOUÏ", from: "2.1");
        s.Present("Besançon", "M.", "Jean-Jacques", "DEMONET");
        s.Present("Besançon", "M.", "Cyril", "DEVESA");
        s.Present("Besançon", "Mme", "Odile", "FAIVRE-PETITJEAN");
        s.Present("Besançon", "Mme", "Béatrice", "FALCINELLA");
        s.Present("Besançon", "M.", "Jean-Louis", "FOUSSERET");
        s.Present("Besançon", "Mme", "Catherine", "GELIN", from: "2.1");
        s.Present("Besançon", "M.", "Didier", "GENDRAUD", from: "1.2.1");
        s.Present("Besançon", "Mme", "Fanny", "GERDIL-DJAOUAT");
        s.Present("Besançon", "M.", "Jean-Marie", "GIRERD");
        s.Present("Besançon", "M.", "Philippe", "GONON");
        s.Present("Besançon", "M.", "Jean-Pierre", "GOVIGNAUX");
        s.Present("Besançon", "Mme", "Martine", "JEANNIN", to: "7.3");
        s.Present("Besançon", "Mme", "Solange", "JOLY");
        s.Present("Besançon", "M.", "Jean-Sébastien", "LEUBA");
        s.Present("Besançon", "M.", "Christophe", "LIME", from: "2.1");
        s.Present("Besançon", "M.", "Michel", "LOYAT");
        s.Present("Besançon", "M.", "Jacques", "MARIOT");
        s.Present("Besançon", "Mme", "Carine", "MICHEL");
        s.Present("Besançon", "M.", "Frank", "MONNEUR", from: "2.1");
        s.Present("Besançon", "Mme", "Nohzat", "MOUNTASSIR");
        s.Present("Besançon", "M.", "Michel", "OMOURI", from: "2.1");
        s.Present("Besançon", "Mme", "Danièle", "POISSENOT");
        s.Present("Besançon", "Mme", "Françoise", "PRESSE");
        s.Present("Besançon", "M.", "Jean-Claude", "ROY", to: "2.2");
        s.Present("Besançon", "Mme", "Joëlle", "SCHIRRER");
        s.Present("Besançon", "Mme", "Catherine", "THIEBAUT");
        s.Present("Besançon", "Mme", "Corinne", "TISSIER", from: "2.1");
        s.Present("Besançon", "Mme", "Sylvie", "WANLIN");
        s.Present("Beure", "M.", "Philippe", "CHANEY", from: "2.1");
        s.Present("Boussières", "M.", "Roland", "DEMESMAY");
        s.Present("Braillans", "M.", "Alain", "BLESSEMILLE");
        s.Present("Busy", "M.", "Philippe", "SIMONIN");
        s.Present("Chalezeule", "M.", "Christian", "MAGNIN-FEYSOT");
        s.Present("Chalezeule", "M.", "Raymond", "REYLE", to: "9.2");
        s.Present("Champagny", "M.", "Claude", "VOIDEY");
        s.Present("Châtillon-le-Duc", "Mme", "Catherine", "BOTTERON", to: "4.2");
        s.Present("Chauconne", "M.", "Bernard", "VOUGNON");
        s.Present("Chaudfontaine", "M.", "Jacky", "LOUISSON");
        s.Present("Chemaudin", "M.", "Bruno", "COSTANTINI");
        s.Present("Dannemarie-sur-Crête", "M.", "Gérard", "GALLIOT");
        s.Present("Fontain", "M.", "Jean-Paul", "DILLSCHNEIDER");
        s.Present("Franois", "M.", "Claude", "PREIONI");
        s.Present("Gennes", "Mme", "Maryse", "MILLET", to: "9.4");
        s.Present("Grandfontaine", "M.", "François", "LOPEZ");
        s.Present("La Chevillotte", "M.", "Jean", "PIQUARD");
        s.Present("La Vèze", "M.", "Jacques", "CURTY");
        s.Present("Mamirolle", "M.", "Daniel", "HUOT");
        s.Present("Mamirolle", "M.", "Robert", "POURCELOT");
        s.Present("Marchaux", "M.", "Bernard", "BECOULET");
        s.Present("Miserey-Salines", "M.", "Marcel", "FELT");
        s.Present("Miserey-Salines", "M.", "Denis", "JOLY");
        s.Present("Montfaucon", "M.", "Michel", "CARTERON");
        s.Present("Montfaucon", "M.", "Pierre", "CONTOZ");
        s.Present("Montferrand-le-Château", "M.", "Marcel", "COTTINY");
        s.Present("Montferrand-le-Château", "Mme", "Séverine", "MONLLOR", from: "2.1");
        s.Present("Morre", "M.", "Jean-Michel", "CAYUELA");
        s.Present("Morre", "M.", "Gérard", "VALLET");
        s.Present("Nancray", "M.", "Jean-Pierre", "MARTIN");
        s.Present("Noironte", "M.", "Bernard", "MADOUX");
        s.Present("Novillars", "M.", "Bernard", "BOURDAIS");
        s.Present("Pelousey", "Mme", "Catherine", "BARTHELET");
        s.Present("Pirey", "M.", "Robert", "STEPOURJINE");
        s.Present("Pouilley-les-Vignes", "M.", "Jean-Marc", "BOUSSET");
        s.Present("Roche-lez-Beaupré", "M.", "Stéphane", "COURBET", from: "2.1");
        s.Present("Routelle", "M.", "Claude", "SIMONIN");
        s.Present("Saône", "Mme", "Maryse", "BILLOT");
        s.Present("Saône", "M.", "Alain", "VIENNET");
        s.Present("Serre-les-Sapins", "M.", "Gabriel", "BAULIEU");
        s.Present("Tallenay", "M.", "Jean-Yves", "PRALON");
        s.Present("Thise", "M.", "Jean", "TARBOURIECH");
        s.Present("Torpes", "M.", "Dominique", "GRUBER");
        s.Present("Vaire-Arcier", "M.", "Patrick", "RACINE");
        s.Present("Vaire-le-Petit", "Mme", "Michèle", "DE WILDE");

        // "représenté par" : the substitute sits for the titular member, over the stated span.
        s.Represented("Châtillon-le-Duc", "M.", "Philippe", "GUILLAUME", "M.", "Denis", "GALLET");
        s.Represented("Deluz", "Mme", "Sylvaine", "BARASSI", "M.", "Fabrice", "TAILLARD", subTo: "0.1", selfFrom: "2.1");
        s.Represented("Ecole-Valentin", "M.", "Yves", "GUYEN", "Mme", "Brigitte", "ANDREOSSO");
        s.Represented("Larnod", "Mme", "Gisèle", "ARDIET", "M.", "Hugues", "TRUDET", subFrom: "2.1");
        s.Represented("Rancenay", "M.", "Michel", "LETHIER", "M.", "Pierre", "PIGUET");
        s.Represented("Roche-lez-Beaupré", "M.", "Jean-Pierre", "ISSARTEL", "M.", "Joël", "JOSSO");
        s.Represented("Vaux-les-Prés", "M.", "Bernard", "GAVIGNET", "Mme", "Anne", "GROSJEAN", subTo: "2.1", selfFrom: "1.1.1");

        // Etaient absents.
        s.Absent("Besançon", "Mme", "Hayatte", "AKODAD");
        s.Absent("Besançon", "M.", "Eric", "ALAUZET");
        s.Absent("Besançon", "M.", "Patrick", "BONTEMPS");
        s.Absent("Besançon", "M.", "Emmanuel", "DUMONT");
        s.Absent("Besançon", "Mme", "Françoise", "FELLMANN");
        s.Absent("Besançon", "M.", "Abdel", "GHEZALI");
        s.Absent("Besançon", "M.", "Jean-François", "GIRARD");
        s.Absent("Besançon", "M.", "Nicolas", "GUILLEMET");
        s.Absent("Besançon", "M.", "Lazhar", "HAKKAR");
        s.Absent("Besançon", "Mme", "Valérie", "HINCELIN");
        s.Absent("Besançon", "Mme", "Sylvie", "JEANNIN");
        s.Absent("Besançon", "Mme", "Annie", "MENETRIER");
        s.Absent("Besançon", "Mme", "Jacqueline", "PANIER");
        s.Absent("Besançon", "Mme", "Elisabeth", "PEQUIGNOT");
        s.Absent("Besançon", "Mme", "Béatrice", "RONZI");
        s.Absent("Besançon", "Mme", "Monique", "ROPERS");
        s.Absent("Besançon", "M.", "Jean", "ROSSELOT");
        s.Absent("Besançon", "Mme", "Marie-Noëlle", "SCHOELLER");
        s.Absent("Besançon", "Mme", "Nicole", "WEINMAN");
        s.Absent("Besançon", "Mme", "Zahira", "YASSIR-COUVAL");
        s.Absent("Beure", "M.", "Auguste", "KOELLER");
        s.Absent("Boussières", "M.", "Bertrand", "ASTRIC");
        s.Absent("Chalezeule", "M.", "Christophe", "CURTY");
        s.Absent("Champoux", "M.", "Thierry", "CHATOT");
        s.Absent("Champvans-les-Moulins", "M.", "Jean-Marie", "ROTH");
        s.Absent("Chemaudin", "M.", "Gilbert", "GAVIGNET");
        s.Absent("Dannemarie-sur-Crête", "M.", "Jean-Pierre", "PROST");
        s.Absent("Ecole-Valentin", "M.", "André", "BAVEREL");
        s.Absent("Franois", "Mme", "Françoise", "GILLET");
        s.Absent("Grandfontaine", "M.", "Laurent", "SANSEIGNE");
        s.Absent("Le Gratteris", "M.", "Cédric", "LINDECKER");
        s.Absent("Marchaux", "Mme", "Brigitte", "VIONNET");
        s.Absent("Mazerolles-le-Salain", "M.", "Daniel", "PARIS");
        s.Absent("Nancray", "M.", "Daniel", "ROLET");
        s.Absent("Novillars", "M.", "Philippe", "BELUCHE");
        s.Absent("Osselle", "M.", "Jacques", "MENIGOZ");
        s.Absent("Pelousey", "M.", "Claude", "OYTANA");
        s.Absent("Pirey", "M.", "Jacques", "COINTET");
        s.Absent("Pouilley-les-Vignes", "M.", "Jean-Michel", "FAIVRE");
        s.Absent("Pugyey", "Mme", "Marie-Noëlle", "LATHUILIERE");
        s.Absent("Serre-les-Sapins", "M.", "Christian", "BOILLEY");
        s.Absent("Thise", "M.", "Bernard", "MOYSE");
        s.Absent("Thoraise", "M.", "Jean-Michel", "MAY");
        s.Absent("Vorges-les-Pins", "M.", "Patrick", "VERDIER");

        sitting.SetSecretary(s.Find("D", "HUOT"));
        sitting.AddChair(s.Find("JL", "FOUSSERET"));

        // Procurations de vote: Mandants / Mandataires, paired in order.
        s.Proxy("JM", "ROTH", "JP", "BASSELIN");
        s.Proxy("H", "AKODAD", "C", "MICHEL");
        s.Proxy("P", "BONTEMPS", "J", "DEMONET");
        s.Proxy("E", "DUMONT", "D", "POISSENOT");
        s.Proxy("F", "FELLMANN", "YM", "DAHOUÏ", from: "2.1");
        s.Proxy("D", "GENDRAUD", "JP", "GOVIGNAUX", to: "1.1.2");
        s.Proxy("A", "GHEZALI", "F", "GERDIL-DJAOUAT");
        s.Proxy("JF", "GIRARD", "JY", "PRALON");
        s.Proxy("N", "GUILLEMET", "N", "MOUNTASSIR");
        s.Proxy("L", "HAKKAR", "T", "BENETEAU DE LAPRAIRIE");
        s.Proxy("S", "JEANNIN", "B", "FALCINELLA");
        s.Proxy("A", "MENETRIER", "C", "LIME", from: "2.1");
        s.Proxy("J", "PANIER", "J", "SCHIRRER");
        s.Proxy("B", "RONZI", "M", "LOYAT");
        s.Proxy("M", "ROPERS", "C", "GELIN", from: "2.1");
        s.Proxy("J", "ROSSELOT", "JM", "GIRERD");
        s.Proxy("JC", "ROY", "J", "MARIOT", from: "1.1.1");
        s.Proxy("MN", "SCHOELLER", "JL", "FOUSSERET");
        s.Proxy("N", "WEINMAN", "F", "MONNEUR", from: "2.1");
        s.Proxy("Z", "YASSIR-COUVAL", "B", "CYPRIANI", from: "2.1");
        s.Proxy("A", "KOELLER", "P", "CHANEY", from: "2.1");
        s.Proxy("B", "ASTRIC", "R", "DEMESMAY");
        s.Proxy("C", "CURTY", "S", "COURBET", from: "2.1");
        s.Proxy("R", "REYLE", "C", "MAGNIN-FEYSOT", from: "9.3");
        s.Proxy("C", "BOTTERON", "D", "GALLET", from: "5.1");
        s.Proxy("A", "BAVEREL", "B", "ANDREOSSO");
        s.Proxy("M", "MILLET", "P", "CONTOZ", from: "9.5");
        s.Proxy("B", "VIONNET", "B", "BECOULET");
        s.Proxy("D", "PARIS", "C", "PREIONI");
        s.Proxy("S", "MONLLOR", "M", "COTTINY", to: "0.1");
        s.Proxy("P", "BELUCHE", "B", "BOURDAIS");
        s.Proxy("J", "MENIGOZ", "MO", "CRABBÉ-DIAWARA");
        s.Proxy("JM", "FAIVRE", "JM", "BOUSSET");
        s.Proxy("C", "BOILLEY", "G", "BAULIEU");
        s.Proxy("B", "MOYSE", "J", "TARBOURIECH");

        var item = sitting.AddItem("3.6",
            "Soutien à la compétitivité des entreprises et des filières d'excellence - Pôle des Microtechniques - Soutien au fonctionnement pour l'année 2012",
            positionKey: "3.6", actNumber: "2012/001753");
        item.Describe("Jean-Pierre MARTIN, Vice-Président", "Economie, Emploi et Insertion", null, null, "7.5");
        item.RecordTally(124, 0, 0, null, unanimous: true);
        item.RecordPrefectureReceipt(new DateOnly(2012, 5, 16)); // stamp "Reçu le 16 MAI 2012"
        return new SeedCase(Authority(), assembly, sitting);
    }

    /// <summary>Seed 002: Bureau, 5 Dec 2024, délibération 2024/2024.00385 (rapport n°10, position not stated).</summary>
    public static SeedCase Bureau2024()
    {
        var assembly = new Assembly(StableId.For("assembly", "Grand Besançon", "Bureau"), AuthorityId, "Bureau", AssemblyKind.Bureau);
        var sitting = new Sitting(StableId.For("sitting", "Bureau", "2024-12-05"), assembly.Id, new DateOnly(2024, 12, 5), 33);
        sitting.Describe("Salle Robert SCHWINT à la City - 4 rue Gabriel Plançon à Besançon", new DateOnly(2024, 11, 28),
            new DateOnly(2024, 12, 12), new TimeOnly(18, 2), new TimeOnly(19, 43));
        // Attendance is kept by question number; the extract names questions up to n°61.
        sitting.SetOrderOfPassage(PositionScheme.Question, Enumerable.Range(1, 61).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var s = new SittingScript(assembly, sitting);

        s.Present(null, "Mme", "Frédérique", "BAEHR");
        s.Present(null, "Mme", "Catherine", "BARTHELET", from: "11", to: "41");
        s.Present(null, "M.", "Gabriel", "BAULIEU", to: "45");
        s.Present(null, "Mme", "Marie-Jeanne", "BERNABEU");
        s.Present(null, "M.", "René", "BLAISON", from: "6");
        s.Present(null, "M.", "Nicolas", "BODIN", from: "12");
        s.Present(null, "M.", "François", "BOUSSO", from: "13");
        s.Present(null, "M.", "Sébastien", "COUDRY");
        s.Present(null, "Mme", "Marie", "ETEVENARD", from: "13");
        s.Present(null, "M.", "Marcel", "FELT", from: "11");
        s.Present(null, "Mme", "Lorine", "GAGLILOLO");
        s.Present(null, "M.", "Gilbert", "GAVIGNET");
        s.Present(null, "M.", "Olivier", "GRIMAITRE", from: "27");
        s.Present(null, "M.", "Yves", "GUYEN", from: "11", to: "42");
        s.Present(null, "M.", "Daniel", "HUOT");
        s.Present(null, "M.", "Denis", "JACQUIN");
        s.Present(null, "M.", "Frank", "LAIDIE");
        s.Present(null, "M.", "Christophe", "LIME");
        s.Present(null, "M.", "Christian", "MAGNIN-FEYSOT");
        s.Present(null, "M.", "Yves", "MAURICE", to: "60");
        s.Present(null, "M.", "Jean-Paul", "MICHAUD", to: "41");
        s.Present(null, "M.", "Anthony", "NAPPEZ");
        s.Present(null, "M.", "Gilles", "ORY");
        s.Present(null, "Mme", "Françoise", "PRESSE");
        s.Present(null, "M.", "Nathan", "SOURISSEAU");
        s.Present(null, "M.", "Fabrice", "TAILLARD");
        s.Present(null, "Mme", "Anne", "VIGNOT", from: "13");
        s.Present(null, "Mme", "Marie", "ZEHAF");

        s.Absent(null, "M.", "Aurélien", "LAROPPE");
        s.Absent(null, "M.", "Franck", "RACLOT");
        s.Absent(null, "M.", "Pascal", "ROUTHIER");
        s.Absent(null, "M.", "André", "TERZO");
        s.Absent(null, "M.", "Benoît", "VUILLEMIN");

        sitting.SetSecretary(s.Find("Y", "MAURICE"));
        // "sous la présidence de M. Gabriel BAULIEU, 1er Vice-Président, puis de Mme Anne VIGNOT": the hand-over point is not stated.
        sitting.AddChair(s.Find("G", "BAULIEU"));
        sitting.AddChair(s.Find("A", "VIGNOT"));

        s.Proxy("C", "BARTHELET", "A", "NAPPEZ", from: "42");
        s.Proxy("G", "BAULIEU", "M", "ZEHAF", from: "46");
        s.Proxy("O", "GRIMAITRE", "F", "LAIDIE", to: "26");
        s.Proxy("Y", "GUYEN", "M", "FELT", from: "43");
        s.Proxy("A", "LAROPPE", "A", "VIGNOT");
        s.Proxy("Y", "MAURICE", "G", "ORY", from: "61");
        s.Proxy("JP", "MICHAUD", "C", "MAGNIN-FEYSOT", from: "42");
        s.Proxy("A", "TERZO", "C", "LIME");
        s.Proxy("B", "VUILLEMIN", "D", "HUOT");

        var item = sitting.AddItem("10",
            "Association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents (CMQMSI) - Soutien financier de Grand Besançon Métropole pour son programme d'actions",
            positionKey: null, actNumber: "2024/2024.00385");
        item.Describe("M. Gabriel BAULIEU, Vice-Président", "Commission n°2", new DateOnly(2024, 11, 20), "Favorable", "7.5");
        item.DeclareInterested(s.Find("N", "BODIN"));
        item.DeclareInterested(s.Find("S", "COUDRY"));
        item.RecordTally(21, 0, 0, 2, unanimous: true);
        item.RecordPublication(new DateOnly(2024, 12, 12)); // "Publié le : 12/12/2024"
        return new SeedCase(Authority(), assembly, sitting);
    }
}
