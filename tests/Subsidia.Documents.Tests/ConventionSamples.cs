using Subsidia.Documents.Conventions;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Documents.Tests;

/// <summary>The 2012 convention of seed 000 (Pôle des Microtechniques), built with the subsidy model.</summary>
public static class ConventionSamples
{
    public static readonly string[] Council2012Objectives =
    [
        "Détecter et susciter des projets collaboratifs",
        "Impliquer plus d'entreprises dans le Pôle",
        "Favoriser le développement des plateformes technologiques et des ateliers pilotes",
        "Diversifier les sources de financement",
        "Ressources Humaines",
        "Développement international",
        "Développement durable et écotechnologies",
        "Communication",
        "Développer les relations avec d'autres pôles de compétitivité",
    ];

    public static ConventionRecord Council2012()
    {
        var grant = new GrantFile(StableId.For("grant", "2012/001753"), StableId.For("authority", "Grand Besançon"), StableId.For("beneficiary", "PMT"),
            new GrantRequest("Soutien au fonctionnement du Pôle des Microtechniques pour l'année 2012", 15_000m,
                new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31)));
        grant.Decide(new GrantDecision(StableId.For("sitting", "Conseil de Communauté", "2012-05-09"), null, "3.6", "2012/001753",
            "Conseil de Communauté", AssemblyKind.Council, new DateOnly(2012, 5, 9), 15_000m, null, new DateOnly(2012, 5, 16)));

        var convention = new Convention(StableId.For("convention", "2012/001753"),
            "Convention relative au Contrat de performance 2009-2011 du Pôle des Microtechniques prolongé d'une année par l'Etat et soutien au fonctionnement pour l'année 2012",
            "Communauté d'Agglomération du Grand Besançon", new Representative("Jean-Louis FOUSSERET", "Président", "Monsieur"),
            "Pôle des Microtechniques", new Representative("Etienne BOYER", "Président", "Monsieur"),
            "soutien à l'animation de la filière des microtechniques en 2012, dans le cadre de la politique nationale des pôles de compétitivité",
            15_000m);
        convention.AddVisa("Vu le Code général des collectivités territoriales, et notamment son article L1611-4");
        convention.SetTerm(new DateOnly(2012, 12, 31), new DateOnly(2012, 12, 31));
        grant.AttachConvention(convention);

        var schedule = new PaymentSchedule(StableId.For("schedule", "2012/001753"), 15_000m, requestDeadlineMonths: 24, deadlineClause: "Article 4");
        schedule.AddShare("une avance", 0.5m, PaymentCondition.Signature);
        schedule.AddShare("un acompte", 0.3m, PaymentCondition.InterimReports, optional: true);
        schedule.AddBalance("le solde", PaymentCondition.FinalReports);
        grant.AttachSchedule(schedule);

        var programme = new ActionProgramme(StableId.For("programme", "2012/001753"), "Plan d'actions 2012", new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31));
        for (var i = 0; i < Council2012Objectives.Length; i++)
        {
            var objective = programme.AddObjective($"Objectif {i + 1}", Council2012Objectives[i]);
            var action = objective.AddAction(i == 0 ? "identifier des pistes de projets collaboratifs entre les entreprises et les laboratoires" : "actions du programme 2012");
            objective.AddDeliverable(i == 0 ? "tableau de bord de suivi des projets" : "bilan de l'objectif", action);
        }

        programme.Objectives[0].AddIndicator("visites d'entreprises effectuées dans le cadre de la démarche « Voix des entreprises »", IndicatorKind.Count, 30);
        programme.Objectives[0].AddIndicator("présence du PmT aux comités de pilotage des projets labellisés", IndicatorKind.Rate, 90);
        programme.Objectives[1].AddIndicator("nouvelles PME adhérentes par an", IndicatorKind.Count, 5);
        programme.Objectives[3].AddIndicator("part de financement public du budget", IndicatorKind.Rate, 57);
        programme.Objectives[4].AddIndicator("livret d'accueil diffusé à toute la filière microtechnique", IndicatorKind.Qualitative);
        foreach (var indicator in new[] { "Effectifs", "CA Total", "CA Export", "Montants des programmes", "Brevets déposés dans le cadre de ces programmes" })
        {
            programme.AddTerritorialIndicator(indicator);
        }

        grant.AttachProgramme(programme);
        grant.AttachBudget(Budget2012());
        return new ConventionRecord(grant, "Besançon", 3);
    }

    private static ForecastBudget Budget2012()
    {
        var budget = new ForecastBudget(StableId.For("budget", "2012/001753"), "Budget prévisionnel 2012", 517_000m, 57m);
        var collective = budget.AddSection("Action collective", 446_000m, 446_000m);
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
        collective.AddRevenue("Autofinancement (adhésions, temps valorisé des industriels, autres sources)", 223_000m, FunderKind.Own, 50m, nature: ContributionNature.Mixed);
        var publicAid = collective.AddRevenue("Aides publiques", 223_000m, FunderKind.Public, 50m);
        publicAid.AddChild("Etat (DIRECCTE)", 114_050m, 25.6m);
        publicAid.AddChild("Région Franche-Comté", 44_800m, 10m);
        publicAid.AddChild("CG 25", 21_900m, 4.9m);
        publicAid.AddChild("CAGB", 10_740m, 2.4m, grantingAuthority: true);
        publicAid.AddChild("CAPM", 10_740m, 2.4m);
        publicAid.AddChild("CG39", 10_740m, 2.4m);
        publicAid.AddChild("CG70", 6_805m, 1.5m);
        publicAid.AddChild("Syndicat Mixte Pays Horloger", 3_225m, 0.7m);

        var advice = budget.AddSection("Conseil en innovation", 71_000m, 71_000m);
        advice.AddExpense("Frais de personnel", 63_500m);
        advice.AddExpense("Frais de fonctionnement et de structure associés", 7_500m);
        var aid = advice.AddRevenue("Aides publiques", null, FunderKind.Public);
        aid.AddChild("Etat (DIRECCTE)", 31_950m, 45m);
        aid.AddChild("Région Franche-Comté", 14_200m, 20m);
        aid.AddChild("CG 25", 7_100m, 10m);
        aid.AddChild("CAGB", 4_260m, 6m, grantingAuthority: true);
        aid.AddChild("CAPM", 4_260m, 6m);
        aid.AddChild("CG39", 4_260m, 6m);
        aid.AddChild("CG70", 3_195m, 4.5m);
        aid.AddChild("Syndicat Mixte Pays Horloger", 1_775m, 2.5m);
        return budget;
    }
}
