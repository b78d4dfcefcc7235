using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Data.Demo;

/// <summary>One seed grant: the beneficiary, the authority's programme and envelope, and the grant file with its annexes.</summary>
/// <param name="Beneficiary">The beneficiary and its history of grants.</param>
/// <param name="Programme">The authority's multi-year programme.</param>
/// <param name="Envelope">The year's envelope the grant is charged to.</param>
/// <param name="Grant">The grant file: request, instruction, decision, budget, programme, convention, schedule.</param>
/// <param name="Decision">The seed sitting whose agenda item decided the grant.</param>
public sealed record SeedGrant(Beneficiary Beneficiary, BudgetProgramme Programme, Envelope Envelope, GrantFile Grant, SeedCase Decision);

/// <summary>
/// The two Grand Besançon grants of ../shared/seeds with their convention annexes, transcribed from the documents.
/// Only what the documents state is typed here; every total, share, instalment amount, deadline and state comes out of
/// the domain (<see cref="ForecastBudget"/>, <see cref="PaymentSchedule"/>, <see cref="ObligationSchedule"/>). Dates the
/// documents do not give (notification, signature, prefecture receipt in 2024) are left unknown.
/// </summary>
public static class GrandBesanconGrants
{
    /// <summary>The acts that decided the two seed grants.</summary>
    public const string Pole2012Act = "2012/001753", Cmq2024Act = "2024/2024.00385";

    /// <summary>The @ctes matter the secretariat files both decisions under (7.5 Subventions); the extracts do not state it.</summary>
    public const string DecisionMatter = "7.5";

    public static readonly Guid Pole2012Id = StableId.For("grant", Pole2012Act);
    public static readonly Guid Cmq2024Id = StableId.For("grant", Cmq2024Act);

    /// <summary>Seed 000: 15 000 € to the Pôle des Microtechniques for 2012 (délibération 2012/001753, rapport 3.6).</summary>
    public static SeedGrant Pole2012() => Pole2012(GrandBesanconSeeds.Council2012());

    /// <summary>Seed 000, linked to the agenda item of <paramref name="council"/> (load both from the same call to keep ids aligned).</summary>
    public static SeedGrant Pole2012(SeedCase council)
    {
        ArgumentNullException.ThrowIfNull(council);
        var item = council.Sitting.Items.Single(i => i.Number == "3.6");

        var beneficiary = new Beneficiary(StableId.For("beneficiary", "Pôle des Microtechniques"), "Pôle des Microtechniques", LegalForm.Association);
        beneficiary.Rename("Association du Pôle des Microtechniques", "PmT");
        beneficiary.SetRepresentative(new Representative("Etienne BOYER", "Président", "Monsieur"));

        var programme = new BudgetProgramme(StableId.For("programme", "Grand Besançon", "PPIF 2012-2016", "Soutien compétitivité"),
            GrandBesanconSeeds.AuthorityId, "Soutien compétitivité", ProgrammeKind.Ppif, 2012, 2016);
        var envelope = programme.OpenEnvelope(StableId.For("envelope", "Soutien compétitivité", "BP 2012"), 2012, BudgetStage.Primitive, 360_000m);

        var request = new GrantRequest(
            "Soutien au fonctionnement du Pôle des Microtechniques pour l'année 2012 : animation de la filière des microtechniques dans le cadre de la politique nationale des pôles de compétitivité",
            15_000m, new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31));
        request.Declare(SubsidyNature.Cash, SubsidyPurpose.Operating, isRenewal: true, multiYear: false, republicanCommitmentAccepted: null,
            attestationSignedBy: null);
        var grant = new GrantFile(Pole2012Id, GrandBesanconSeeds.AuthorityId, beneficiary.Id, request);
        grant.Instruct(new GrantInstruction(item.Committee ?? "Economie, Emploi et Insertion", item.CommitteeDate, item.CommitteeOpinion));
        grant.Decide(new GrantDecision(council.Sitting.Id, item.Id, item.Number, item.ActNumber ?? Pole2012Act, council.Assembly.Name,
            council.Assembly.Kind, council.Sitting.Date, 15_000m, publishedOn: item.PublishedOn, prefectureReceivedOn: item.PrefectureReceivedOn));
        var amount = grant.AmountGranted!.Value;

        grant.ChargeTo(envelope.Id);
        envelope.Charge(grant.Id, amount, council.Sitting.Date, $"{beneficiary.Name} - soutien au fonctionnement 2012");
        beneficiary.RecordGrant(council.Sitting.Date.Year, GrandBesanconSeeds.AuthorityId, council.Authority.Name, amount, council.Sitting.Date, grant.Id);

        grant.AttachBudget(Budget2012());
        grant.AttachProgramme(Programme2012());

        var convention = new Convention(StableId.For("convention", Pole2012Act),
            "Convention relative au Contrat de performance 2009-2011 du Pôle des Microtechniques prolongé d'une année par l'Etat et soutien au fonctionnement pour l'année 2012",
            "Communauté d'Agglomération du Grand Besançon", new Representative("Jean-Louis FOUSSERET", "Président", "Monsieur"),
            "Pôle des Microtechniques", new Representative("Etienne BOYER", "Président", "Monsieur"),
            "Définir les conditions dans lesquelles la CAGB apporte son soutien au Pôle de compétitivité des Microtechniques en 2012 et les modalités de versement d'une subvention attribuée pour l'animation de la filière des microtechniques dans le cadre de la politique nationale des pôles de compétitivité, sur la base du programme d'actions figurant en annexe 1.",
            amount);
        convention.AddVisa("Vu le Code Général des Collectivités Territoriales, et notamment son article L.1611-4");
        convention.AddVisa("Vu la délibération du Conseil de Communauté en date du.....");
        // "Conclue au titre de l'année 2012": no end date; the financial year of reference is 2012.
        convention.SetTerm(endsOn: null, financialYearEnd: new DateOnly(2012, 12, 31), retentionYears: 10, EntryIntoForceRule.OnTransmissionToPrefect);
        convention.SetStatements("Conseil de Communauté", statedActionCount: null);
        convention.AllowRedistribution(false);
        grant.AttachConvention(convention);

        var schedule = new PaymentSchedule(StableId.For("schedule", Pole2012Act), amount, requestDeadlineMonths: 24, deadlineClause: "Convention, article 4");
        schedule.AddShare("50 % à la signature de la convention", 0.50m, PaymentCondition.Signature);
        schedule.AddShare("Acompte de 30 % sur compte rendu financier et bilan intermédiaires (le cas échéant)", 0.30m, PaymentCondition.InterimReports, optional: true);
        schedule.AddBalance("Solde sur demande écrite, compte rendu financier et rapport d'activité finaux", PaymentCondition.FinalReports);
        grant.AttachSchedule(schedule);

        return new SeedGrant(beneficiary, programme, envelope, grant, council);
    }

    /// <summary>Seed 002: 20 000 € to CMQ MSI for its programme December 2024 - November 2025 (délibération 2024/2024.00385, rapport 10).</summary>
    public static SeedGrant Cmq2024() => Cmq2024(GrandBesanconSeeds.Bureau2024());

    /// <summary>Seed 002, linked to the agenda item of <paramref name="bureau"/>.</summary>
    public static SeedGrant Cmq2024(SeedCase bureau)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        var item = bureau.Sitting.Items.Single(i => i.Number == "10");

        var beneficiary = new Beneficiary(StableId.For("beneficiary", "CMQ MSI"),
            "Association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents", LegalForm.Association);
        beneficiary.Rename(beneficiary.Name, "CMQ MSI");
        beneficiary.SetRepresentative(new Representative("Jean-Charles Thoulouze", "Président", "Monsieur"));
        // "Rappel contribution GBM au CMQ MSI": 2022 and 2023.
        beneficiary.RecordGrant(2022, GrandBesanconSeeds.AuthorityId, bureau.Authority.Name, 9_000m);
        beneficiary.RecordGrant(2023, GrandBesanconSeeds.AuthorityId, bureau.Authority.Name, 19_800m);

        var programme = new BudgetProgramme(StableId.For("programme", "Grand Besançon", "PPIF 2024-2028", "Enseignement Supérieur"),
            GrandBesanconSeeds.AuthorityId, "Enseignement Supérieur", ProgrammeKind.Ppif, 2024, 2028);
        var envelope = programme.OpenEnvelope(StableId.For("envelope", "Enseignement Supérieur", "BP 2024"), 2024, BudgetStage.Primitive, 548_820m);

        var request = new GrantRequest("Programme d'actions du CMQ MSI sur la période décembre 2024 - novembre 2025", 20_000m,
            new DateOnly(2024, 12, 1), new DateOnly(2025, 11, 30));
        request.Declare(SubsidyNature.Cash, SubsidyPurpose.Project, isRenewal: true, multiYear: false, republicanCommitmentAccepted: null,
            attestationSignedBy: null);
        var grant = new GrantFile(Cmq2024Id, GrandBesanconSeeds.AuthorityId, beneficiary.Id, request);
        grant.Instruct(new GrantInstruction(item.Committee ?? "Commission n°2", item.CommitteeDate, item.CommitteeOpinion));
        grant.Decide(new GrantDecision(bureau.Sitting.Id, item.Id, item.Number, item.ActNumber ?? Cmq2024Act, bureau.Assembly.Name,
            bureau.Assembly.Kind, bureau.Sitting.Date, 20_000m, publishedOn: item.PublishedOn ?? bureau.Sitting.PublishedOn, prefectureReceivedOn: item.PrefectureReceivedOn));
        var amount = grant.AmountGranted!.Value;

        grant.ChargeTo(envelope.Id);
        envelope.Charge(grant.Id, amount, bureau.Sitting.Date, $"{beneficiary.ShortName} - programme d'actions 2024-2025");
        beneficiary.RecordGrant(bureau.Sitting.Date.Year, GrandBesanconSeeds.AuthorityId, bureau.Authority.Name, amount, bureau.Sitting.Date, grant.Id);

        grant.AttachBudget(Budget2024());
        grant.AttachProgramme(Programme2024());

        var convention = new Convention(StableId.For("convention", Cmq2024Act),
            "Convention relative au soutien du programme d'actions de CMQ MSI",
            "Communauté Urbaine Grand Besançon Métropole", new Representative("Anne VIGNOT", "Présidente", "Madame"),
            "Association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents (CMQ MSI)",
            new Representative("Jean-Charles Thoulouze", "Président", "Monsieur"),
            "Définir les conditions dans lesquelles Grand Besançon Métropole apporte son soutien au CMQ MSI et les modalités de versement d'une subvention attribuée à l'Association pour ses actions couvrant la période décembre 2024 - novembre 2025.",
            amount);
        convention.AddVisa("Vu le Code Général des Collectivités Territoriales, et notamment son article L 1611-4 relatif au contrôle des structures ayant reçu une subvention par une collectivité");
        convention.AddVisa("Vu la délibération n°.....du Conseil de Communauté en date du.....");
        convention.SetTerm(endsOn: new DateOnly(2025, 12, 31), financialYearEnd: null, retentionYears: 10, EntryIntoForceRule.OnTransmissionToPrefect);
        // Article 1 speaks of "ses 3 actions" and the visa of the Conseil de Communauté: both are checked, not corrected.
        convention.SetStatements("Conseil de Communauté", statedActionCount: 3);
        convention.AddDuty(ObligationKind.InterimReview, "Bilan intermédiaire : convier GBM sur le mois de juillet 2025",
            new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31), "Convention, article 3");
        convention.AddDuty(ObligationKind.FinalReports,
            "Compte rendu financier et rapport d'activité finaux, en deux exemplaires, en fin de programme",
            null, new DateOnly(2025, 11, 15), "Convention, article 3");
        grant.AttachConvention(convention);

        var schedule = new PaymentSchedule(StableId.For("schedule", Cmq2024Act), amount, requestDeadlineMonths: 2, deadlineClause: "Convention, article 4");
        schedule.AddShare("100 % à la signature de la convention", 1.00m, PaymentCondition.Signature);
        grant.AttachSchedule(schedule);

        return new SeedGrant(beneficiary, programme, envelope, grant, bureau);
    }

    /// <summary>Annex 2 of the 2012 convention: "Budget prévisionnel 2012".</summary>
    private static ForecastBudget Budget2012()
    {
        var budget = new ForecastBudget(StableId.For("forecast-budget", Pole2012Act), "Budget prévisionnel 2012",
            statedTotal: 517_000m, statedPublicSharePercent: 57m);

        var collective = budget.AddSection("Action collective", statedExpenseTotal: 446_000m, statedRevenueTotal: 446_000m);
        collective.AddExpense("Frais de personnel", 316_500m);
        collective.AddExpense("Frais déplacements", 12_000m);
        collective.AddExpense("Valorisation temps industriels", 40_000m, ContributionNature.InKind);
        var structure = collective.AddExpense("Frais de fonctionnement et de structure", 37_500m);
        structure.AddChild("Achat matériels (mobilier, informatique, fournitures...)", 4_100m);
        structure.AddChild("Missions réception", 10_900m);
        structure.AddChild("Loyer (non assujetti à la TVA)", 10_000m);
        structure.AddChild("Charges", 1_200m);
        structure.AddChild("Assurances", 500m);
        structure.AddChild("Abonnements, téléphone, FAI + services...", 10_800m);
        collective.AddExpense("Etudes / sous-traitance externe", 40_000m);
        collective.AddRevenue("Autofinancement", 223_000m, FunderKind.Own, 50m, nature: ContributionNature.Mixed,
            note: "adhésions, temps valorisé des industriels, autres sources d'autofinancement");
        var publicAid = collective.AddRevenue("Aides publiques", 223_000m, FunderKind.Public, 50m);
        publicAid.AddChild("Etat (DIRECCTE)", 114_050m, 25.6m);
        publicAid.AddChild("Région Franche-Comté", 44_800m, 10m);
        publicAid.AddChild("CG 25", 21_900m, 4.9m);
        publicAid.AddChild("CAGB", 10_740m, 2.4m, grantingAuthority: true);
        publicAid.AddChild("CAPM", 10_740m, 2.4m);
        publicAid.AddChild("CG39", 10_740m, 2.4m);
        publicAid.AddChild("CG70", 6_805m, 1.5m);
        publicAid.AddChild("Syndicat Mixte Pays Horloger", 3_225m, 0.7m);

        var advice = budget.AddSection("Conseil en innovation", statedExpenseTotal: 71_000m, statedRevenueTotal: 71_000m);
        advice.AddExpense("Frais de personnel", 63_500m);
        advice.AddExpense("Frais de fonctionnement et de structure associés", 7_500m);
        var adviceAid = advice.AddRevenue("Aides publiques", null, FunderKind.Public);
        adviceAid.AddChild("Etat (DIRECCTE)", 31_950m, 45m);
        adviceAid.AddChild("Région Franche-Comté", 14_200m, 20m);
        adviceAid.AddChild("CG 25", 7_100m, 10m);
        adviceAid.AddChild("CAGB", 4_260m, 6m, grantingAuthority: true);
        adviceAid.AddChild("CAPM", 4_260m, 6m);
        adviceAid.AddChild("CG39", 4_260m, 6m);
        adviceAid.AddChild("CG70", 3_195m, 4.5m);
        adviceAid.AddChild("Syndicat Mixte Pays Horloger", 1_775m, 2.5m);
        return budget;
    }

    /// <summary>Annex 2 of the 2024 convention: "budget prévisionnel du programme".</summary>
    private static ForecastBudget Budget2024()
    {
        var budget = new ForecastBudget(StableId.For("forecast-budget", Cmq2024Act), "Budget prévisionnel du programme d'actions du CMQ MSI",
            statedTotal: 35_900m);
        var section = budget.AddSection("Programme d'actions décembre 2024 - novembre 2025");
        section.AddExpense("Action 1 : Gagne ton stage de 3e dans une entreprise des Microtechniques", 4_000m);
        section.AddExpense("Action 2 : les soirées des Microtechniques", 7_000m);
        section.AddExpense("Action 3 : découverte des métiers de l'aéronautique lors du Salon du Bourget", 6_000m);
        section.AddExpense("Action 4 : transition numérique de l'Industrie des Microtechniques", 3_000m);
        section.AddExpense("Charge salariale dédiée au programme", 15_900m);
        section.AddRevenue("Région Bourgogne Franche-Comté", 7_350m, FunderKind.Public);
        section.AddRevenue("Ministère de l'éducation nationale", 3_550m, FunderKind.Public);
        section.AddRevenue("Soutien privé", 5_000m, FunderKind.Private);
        section.AddRevenue("Grand Besançon Métropole", 20_000m, FunderKind.Public, grantingAuthority: true);
        return budget;
    }

    /// <summary>Annexes 1 and 3 of the 2024 convention.</summary>
    private static ActionProgramme Programme2024()
    {
        var programme = new ActionProgramme(StableId.For("action-programme", Cmq2024Act),
            "Programme d'actions du CMQ MSI sur la période décembre 2024 - novembre 2025", new DateOnly(2024, 12, 1), new DateOnly(2025, 11, 30));
        var objective = programme.AddObjective("",
            "Attractivité des formations et des métiers techniques et adaptation des formations aux besoins en compétences des entreprises industrielles du territoire");

        var a1 = objective.AddAction("Gagne ton stage de 3e dans une entreprise des Microtechniques",
            "Renouvelée le mercredi 24 septembre 2025 dans les locaux de SUPMICROTECH ; serious game, visites des plateformes techniques et scientifiques ; partenaires : Territoires d'Industrie, MICRONORA, UIMM Franche-Comté, POLYVIA, SUPMICROTECH, établissements scolaires.",
            4_000m, new DateOnly(2025, 9, 24));
        objective.AddDeliverable("Serious game de découverte des métiers", a1);
        objective.AddDeliverable("Visites des plateformes techniques et scientifiques de Supmicrotech", a1);
        objective.AddIndicator("70 élèves de 3e issus des collèges de Grand Besançon Métropole attendus", IndicatorKind.Count, 70m, "élèves", a1);
        objective.AddIndicator("15 entreprises mobilisées pour présenter les métiers des microtechniques", IndicatorKind.Count, 15m, "entreprises", a1);

        var a2 = objective.AddAction("Les soirées des Microtechniques",
            "Portes ouvertes dans 5 entreprises du Grand Besançon Métropole pour les élèves de collège et de lycée, leurs parents, les enseignants et les organismes de formation ; janvier, mars, mai, septembre et novembre 2025.",
            7_000m);
        objective.AddIndicator("5 soirées portes ouvertes au total", IndicatorKind.Count, 5m, "soirées", a2);
        objective.AddIndicator("55 participants au total de l'action", IndicatorKind.Count, 55m, "participants", a2);
        objective.AddIndicator("5 entreprises partenaires du CMQ MSI accueillent une soirée", IndicatorKind.Count, 5m, "entreprises", a2);

        var a3 = objective.AddAction("Découverte des métiers de l'aéronautique en lien avec le PMT lors du Salon du Bourget",
            "Une journée au 55e Salon International de l'Aéronautique et de l'Espace pour des élèves de 3e, 2nde et BTS, accueillis par le cluster PMT ASD ; puis une visite d'une entreprise sous-traitante de l'aéronautique du territoire.",
            6_000m);
        objective.AddIndicator("66 élèves", IndicatorKind.Count, 66m, "élèves", a3);
        objective.AddIndicator("10 accompagnateurs", IndicatorKind.Count, 10m, "accompagnateurs", a3);
        objective.AddIndicator("3 entreprises du territoire sous-traitantes de l'aéronautique découvertes", IndicatorKind.Count, 3m, "entreprises", a3);

        var a4 = objective.AddAction("Transition numérique de l'Industrie des Microtechniques : adaptation de formations aux besoins en compétences des entreprises du territoire",
            "Avec les entreprises du territoire, les lycées, France Travail et les organismes de formation (GRETA, AFPA, AFPI, ACCESS CODE SCHOOL).",
            3_000m);
        objective.AddDeliverable("Comités de pilotage avec les entreprises et les organismes de formation", a4);
        objective.AddDeliverable("Référentiels de 3 à 4 formations répondant aux besoins en compétences de la transition numérique", a4);
        objective.AddDeliverable("Plan de communication auprès des élèves de collège et de lycée dès la rentrée 2026", a4);
        objective.AddIndicator("3 à 4 nouvelles formations construites", IndicatorKind.Count, 3m, "formations", a4);
        objective.AddIndicator("Plan de communication pour faire connaître ces formations dès la rentrée 2026", IndicatorKind.Qualitative, action: a4);

        programme.AddTerritorialIndicator("Effectifs, participants concernés et leurs profils pour chaque action ; nombre d'élèves par établissement");
        programme.AddTerritorialIndicator("Pour les entreprises impliquées dans chaque action, listing de l'entreprise et de la fonction de l'interlocuteur présent");
        programme.AddTerritorialIndicator("Nombre de séances de travail avec le listing des participants");
        return programme;
    }

    /// <summary>Annexes 1 and 3 of the 2012 convention: "Plan d'actions", 9 objectives.</summary>
    private static ActionProgramme Programme2012()
    {
        var programme = new ActionProgramme(StableId.For("action-programme", Pole2012Act), "Plan d'actions 2012 du Pôle des Microtechniques",
            new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31));

        Objective(programme, "1", "Détecter et susciter des projets collaboratifs", null,
            [
                ("identifier des pistes de projets collaboratifs entre les entreprises et les laboratoires via la commission innovation et les commissions marchés du PmT",
                    "faire émerger des problématiques et des besoins de la part des entreprises via des entretiens en entreprise - démarche « Voix des entreprises » ; recouper ces problématiques avec les road map technologiques élaborées en commission innovation ; organiser des groupes de travail entre entreprises et laboratoires sur les thématiques technologiques innovantes identifiées"),
                ("optimiser la recherche de compétences pour des projets potentiels", null),
                ("montage de projet : outiller les porteurs par la mise à disposition de modèles et d'exemples, ainsi que par l'organisation de sessions d'information", null),
                ("suivi des projets", null),
            ],
            [
                "mise à jour des roadmaps technologiques du PmT", "présentation de projets en comité de validation", "mise en ligne de la valise du porteur de projet",
                "1 session d'information spécifique sur le montage de projets", "tableau de bord de suivi des projets",
                "gestion d'un projet de mise en place d'un outil de mise en relation entre industriels, recherche et formation",
            ],
            [
                ("30 visites d'entreprises effectuées dans le cadre de la démarche « Voix des entreprises »", IndicatorKind.Count, 30m),
                ("3 groupes de travail sur des thématiques innovantes", IndicatorKind.Count, 3m),
                ("1 projet collaboratif innovant issu des groupes de travail entre entreprises et laboratoires organisés par le PmT", IndicatorKind.Count, 1m),
                ("Présence du PmT à 90 % des comités de pilotage des projets labellisés", IndicatorKind.Rate, 90m),
                ("Retombées territoriales des projets (emplois créés, brevets déposés, publications, communications)", IndicatorKind.Qualitative, null),
            ]);

        Objective(programme, "2", "Impliquer plus d'entreprises dans le Pôle", null,
            [
                ("faire renouveler leur adhésion aux entreprises déjà adhérentes",
                    "identifier et caractériser les PME adhérentes qui n'ont participé à aucune action en 2011 ; identifier les PME non adhérentes impliquées dans des projets labellisés ; engager des actions correctives vis à vis des adhérents non impliqués : visites, recueil du besoin ; évolution et mise à jour de l'annuaire des membres du Pôle ; coordination des acteurs francs-comtois et animation du zoom de l'édition Micronora 2012 sur les technologies laser"),
                ("campagne de recrutement de nouveaux adhérents",
                    "formaliser le catalogue de l'offre de service du PmT suite au recueil des besoins des utilisateurs du PmT lors du Microtech Day (oct. 2011) ; démarcher directement les entreprises sur site (via la « Voix des entreprises » ou des visites de prospection) ou dans les salons"),
            ],
            [
                "Tableau de bord de la présence des adhérents", "catalogue de l'offre de service du PmT",
                "mise à jour de la base de données des acteurs de la filière microtechnique par le biais d'une campagne « information filière »",
                "annuaire des adhérents", "co-organisation du zoom de Micronora 2012",
            ],
            [
                ("2 nouvelles PME impliquées dans les commissions", IndicatorKind.Count, 2m),
                ("5 nouvelles PME adhérentes par an", IndicatorKind.Count, 5m),
                ("20 utilisateurs du Pôle s'impliquent sur le zoom Micronora 2012", IndicatorKind.Count, 20m),
            ]);

        Objective(programme, "3",
            "Favoriser le développement des plateformes technologiques et des ateliers pilotes et s'impliquer dans les réponses aux appels à projets des investissements d'avenir", null,
            [
                ("faire connaître les conditions d'utilisation des plateformes régionales et des ateliers pilotes pour augmenter leur taux d'utilisation", null),
                ("compléter les équipements existants dans le but d'anticiper les besoins futurs du territoire en poursuivant l'implication du Pôle dans les appels à projets des investissements d'avenir (IRT, PFMI, PSPC...)", null),
                ("impliquer les industriels régionaux dans les projets issus des investissements d'avenir", null),
            ],
            [
                "obtention du rapport d'utilisation annuel de la plateforme Mimento (sous réserve de l'accord de Mimento)",
                "lettres de soutien des industriels régionaux aux projets déposés dans le cadre des investissements d'avenir",
                "communication vers les entreprises sur les projets obtenus dans le cadre des investissements d'avenir et les opportunités qui seront offertes par ce biais",
                "implication du Pôle pour le montage puis la mise en œuvre en cas de succès des projets obtenus dans le cadre des investissements d'avenir",
            ],
            [
                ("3 mises en relation par le PmT d'un industriel avec une des plateformes ou équipement mutualisé régional", IndicatorKind.Count, 3m),
                ("4 industriels franc-comtois apportent leur soutien aux projets déposés dans le cadre des investissements d'avenir", IndicatorKind.Count, 4m),
                ("Présence du PmT dans la gouvernance ou au moins dans un groupe de travail des projets obtenus dans le cadre des investissements d'avenir pour lequel le pôle a été impliqué dès la phase de montage (ex. IRT M2P, PFMI SIS...)", IndicatorKind.Qualitative, null),
            ]);

        Objective(programme, "4", "Diversifier les sources de financement", null,
            [
                ("diversification des financements d'origine privée pour le fonctionnement du PmT",
                    "redéfinition du modèle économique du PmT à partir du catalogue de l'offre de service du Pôle ; prestation du PmT au service des acteurs de la filière microtechnique (ex. co-organisation zoom Micronora) ; poursuite de la facturation d'une tâche de coordination / suivi aux projets labellisés par le Pôle et financés ; recherche de pistes de mise à disposition de personnel au sein du PmT"),
                ("valorisation du temps des industriels impliqués dans le fonctionnement du PmT prévue dans le budget prévisionnel 2012", null),
            ],
            [
                "d'autres pistes de revenus sont identifiées à partir de la redéfinition du modèle économique du PmT", "une prestation du PmT est facturée",
                "la valorisation du temps de quelques uns des industriels impliqués dans le fonctionnement du PmT est inscrite dans les conventions du PmT",
                "plan de financement 2012 avec un financement public à hauteur de 57 %",
            ],
            [
                ("50 % des factures adressées aux porteurs de projet labellisés et financés pour la mini tâche de coordination et de suivi du PmT sont réglées", IndicatorKind.Rate, 50m),
                ("Equilibre financier de l'association en 2012 avec une part de financement public de 57 % du budget", IndicatorKind.Rate, 57m),
            ]);

        Objective(programme, "5", "Ressources Humaines", null,
            [
                ("favoriser la connaissance des métiers et communiquer sur le secteur microtechnique à travers les actions des commissions formation et dialogue social", null),
                ("participation du PmT à la semaine de l'industrie aux côtés de ses partenaires pour favoriser l'implication des jeunes dans les filières industrielles", null),
                ("campagne d'entretiens auprès des entreprises franc-comtoises impliquées dans des projets collaboratifs pour évaluer les besoins de formation issus des projets", null),
                ("proposition d'un modèle de livret d'accueil des nouveaux arrivants dans les entreprises microtechniques", null),
                ("mise en place d'un groupe de travail pour la réalisation de l'arborescence produit - compétences / métiers microtechniques pour attirer les ressources vers nos entreprises (cf atelier Compétences du Microtech Day)", null),
            ],
            ["participation à l'organisation de la semaine de l'industrie avec l'UIMM", "livret d'accueil"],
            [
                ("5 entreprises rencontrées dans le cadre de la campagne d'entretiens sur les besoins de formation", IndicatorKind.Count, 5m),
                ("Livret d'accueil diffusé à toute la filière microtechnique", IndicatorKind.Qualitative, null),
            ]);

        Objective(programme, "6", "Développement international", null,
            [
                ("axe Allemagne",
                    "poursuite des relations avec le cluster Microtec Süd West ; participation à la foire de Hanovre : organisation d'une visite d'entreprises ou exposition collective, stand collectif avec Mécafuture, participation à la mission Ubifrance organisée dans le cadre de la foire"),
                ("axe Suisse", "poursuite de la participation au projet Minnov'Arc et implication dans la suite du projet ; exposition ou visite des salons SIAMS, EPHJ, EPMT"),
                ("axe Europe",
                    "participation du PmT au projet Interreg ENO avec les pôles Fibres, Materialia, Mécatech (Belgique), Medical mountain (Allemagne), Competence Center for Medical Technologies (Suisse) ; participation du PmT au forum européen EPOSS (plateforme d'innovation sur les Smart System) ; poursuite du programme PPTe 2 Mécafuture (intégration de PME dans des projets européens) / participation du PmT au groupe de travail Effra de Manufacture"),
            ],
            [
                "bilan des salons Allemagne et Suisse", "plan d'action avec le cluster Microtech Süd West", "projet Interreg déposé",
                "bilan des actions menées dans le cadre du projet Minnov'Arc",
            ],
            [
                ("2 entreprises participent à la foire de Hanovre aux côtés du PmT", IndicatorKind.Count, 2m),
                ("Transmission de 20 contacts obtenus lors des salons Suisse et Allemagne ou via le forum EPOSS en direction des entreprises", IndicatorKind.Count, 20m),
            ]);

        Objective(programme, "7", "Développement durable et écotechnologies", null,
            [
                ("dimension économique : mise en œuvre du Label Entreprise Innovante des Pôles", null),
                ("dimension sociétale : poursuite des actions de la Commission Dialogue Social", null),
                ("dimension environnement",
                    "action sur les conséquences des mesures REACH pour les entreprises microtechniques ; implication du PmT dans le projet Usine du futur, si celui-ci est accepté, pour la partie diffusion et valorisation des résultats auprès des entreprises régionales ; identification et rencontre du PmT avec les pôles labellisés écotechnologies"),
            ],
            [
                "un Comité de labellisation Label Entreprise Innovante des Pôles se tient en 2012", "liste des pôles écotechnologies à approcher",
                "rencontre de deux pôles écotechnologies", "plan d'action dans le domaine pour favoriser l'émergence de projets sur les écotechnologies",
            ],
            [
                ("40 % des projets labellisés par le Pôle ont inclus un volet « développement durable » dans leur présentation au Comité de validation", IndicatorKind.Rate, 40m),
                ("2 entreprises labellisées EIP", IndicatorKind.Count, 2m),
                ("2 projets labellisés dans le domaine des écotechnologies", IndicatorKind.Count, 2m),
            ]);

        var communication = Objective(programme, "8", "Communication",
            "Les actions de communication du Pôle des microtechniques sont financées dans le cadre d'un autre programme, elles sont reprises ici à titre indicatif.",
            [
                ("élaboration du plan de communication annuel", null),
                ("renouvellement des panneaux salon et des plaquettes du PmT obsolètes", null),
                ("participer à des événements : salons, rencontres technologiques, colloques", null),
                ("coordination de la partie franc-comtoise et animation du zoom Micronora 2012 « Laser »", null),
            ],
            [
                "plan de communication annuel (détermination des salons dans lesquels le PmT a un stand)",
                "maintien à jour des données du site internet (annuaire, fiches des projets financés, actualités)", "plaquette « Avancées 2011-2012 »", "film",
                "nouvelle formule de la Micronews et de la Gazette afin d'optimiser le taux de lecture", "communiqués de presse pour le Pôle et pour ses adhérents",
                "communication sur le site web des Pôles de compétitivité",
            ],
            [
                ("8 Micronews diffusées", IndicatorKind.Count, 8m),
                ("10 Gazettes diffusées", IndicatorKind.Count, 10m),
                ("5 salons européens", IndicatorKind.Count, 5m),
                ("50 contacts pris lors des salons retransmis aux adhérents", IndicatorKind.Count, 50m),
                ("10 articles de presse sur le PmT", IndicatorKind.Count, 10m),
                ("3 communiqués de presse", IndicatorKind.Count, 3m),
                ("3 publi-rédactionnels coordonnés au nom des adhérents", IndicatorKind.Count, 3m),
                ("1 film sur une thématique microtechnique", IndicatorKind.Count, 1m),
            ]);
        communication.AddIndicator("Mise à jour du site Internet effectuée moins de 45 jours avant la date de consultation", IndicatorKind.Count, 45m, "jours",
            lowerIsBetter: true);

        Objective(programme, "9", "Développer les relations avec d'autres pôles de compétitivité",
            "Favoriser des échanges et fertilisations croisées avec d'autres pôles et clusters.",
            [
                ("au niveau régional", "participation croisée au CA de Plastipolis ; commission commune Transport et énergie avec VdF"),
                ("par thématique technologique ou marché",
                    "sur la thématique du biomédical avec les pôles Grand Est et clusters étrangers ; sur la thématique du biomédical avec le projet de la filière biomédicale Grand Est (Arve Industrie, Materialia, Cluster TIS, Nogentech, CCI, Cluster I-Care, Pôle des Technologies Médicales) ; avec les pôles de compétitivité mécaniciens dans le cadre du groupement Mécafuture"),
                ("en direction de Pôles de compétitivité marchés (adhérents clients des entreprises microtechniques)", "Aérospatial, biomédical, automobile..."),
            ],
            [
                "dépôt des projets Interreg et filière biomédicale Grand Est",
                "participation du PmT à la gouvernance de l'association Mécafuture (en cours de constitution)", "rencontres du PmT avec des pôles marchés",
            ],
            [
                ("2 projets co-labellisé avec un autre pôle de compétitivité", IndicatorKind.Count, 2m),
                ("5 membres du Pôle participent à un évènement commun organisé entre deux pôles", IndicatorKind.Count, 5m),
                ("3 pôles marchés rencontrés", IndicatorKind.Count, 3m),
            ]);

        foreach (var indicator in new[]
        {
            "Entreprises adhérentes du Pôle : effectifs", "Entreprises adhérentes du Pôle : CA total", "Entreprises adhérentes du Pôle : CA export",
            "Entreprises adhérentes participant à des projets pôles : montants des programmes",
            "Entreprises adhérentes participant à des projets pôles : montants des aides publiques liées à ces programmes",
            "Entreprises adhérentes participant à des projets pôles : brevets déposés dans le cadre de ces programmes",
            "Laboratoires : montants des programmes", "Laboratoires : montants des aides publiques", "Laboratoires : chercheurs concernés par les programmes",
            "Laboratoires : publications", "Laboratoires : brevets déposés dans le cadre de ces programmes",
        })
        {
            programme.AddTerritorialIndicator(indicator);
        }

        return programme;
    }

    private static ProgrammeObjective Objective(ActionProgramme programme, string number, string title, string? note,
        (string Title, string? Description)[] actions, string[] deliverables, (string Label, IndicatorKind Kind, decimal? Target)[] indicators)
    {
        var objective = programme.AddObjective(number, title, note);
        foreach (var (actionTitle, description) in actions)
        {
            objective.AddAction(actionTitle, description);
        }

        foreach (var deliverable in deliverables)
        {
            objective.AddDeliverable(deliverable);
        }

        foreach (var (label, kind, target) in indicators)
        {
            objective.AddIndicator(label, kind, target, kind == IndicatorKind.Rate ? "%" : null);
        }

        return objective;
    }
}
