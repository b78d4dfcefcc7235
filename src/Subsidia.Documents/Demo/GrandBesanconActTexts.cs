namespace Subsidia.Documents.Demo;

/// <summary>
/// The texts of the two seed acts (../shared/seeds): budget inscription, summary, body, operative clauses,
/// signatures, publication and prefecture receipt, keyed by act number for <see cref="Assemblies.SittingRecord"/>.
/// </summary>
public static class GrandBesanconActTexts
{
    public static IReadOnlyDictionary<string, ActText> All { get; } = new Dictionary<string, ActText>(StringComparer.OrdinalIgnoreCase)
    {
        ["2012/001753"] = Council2012(),
        ["2024/2024.00385"] = Bureau2024(),
    };

    /// <summary>Délibération 2012/001753, rapport 3.6: 15 000 € to the Pôle des Microtechniques.</summary>
    public static ActText Council2012() => new()
    {
        BudgetProgramme = "BP 2012 et PPIF 2012-2016 « Soutien compétitivité »",
        BudgetAmounts = [new("Montant BP 2012 (enveloppe totale)", 360_000m), new("Montant de l'opération", 15_000m)],
        Summary =
        [
            "Depuis 2005, la CAGB soutient la démarche fédératrice du Pôle de compétitivité des Microtechniques aux côtés des autres acteurs économiques.",
            "L'année 2012 est de nouveau, comme l'année 2008, une année d'évaluation nationale des Pôles. L'Etat a par conséquent décidé de prolonger d'une année le Contrat de Performance.",
            "Il est proposé que le Grand Besançon accorde son soutien au fonctionnement du Pôle des Microtechniques pour l'année 2012, pour un montant de 15 000 €.",
        ],
        Body =
        [
            new("I. Contrat de performance - Contexte",
            [
                new("La 1re phase de la politique « Pôles de compétitivité » visait prioritairement à mettre en place et développer des projets de R&D collaboratifs."),
                new("La 2nde phase, avec les « Contrats de performance », visait la mise en synergie des Pôles avec l'ensemble des politiques et acteurs de soutien à la recherche et à l'innovation, afin de construire de véritables « écosystèmes » de croissance et d'innovation."),
                new("L'année 2012 étant une année d'audit, il est demandé au Pôle de maintenir son dynamisme sur les actions menées et de commencer à préparer l'avenir sur l'après audit. Le Pôle s'engage à collecter et informer les collectivités territoriales quant aux résultats obtenus, sur la base d'indicateurs territoriaux complémentaires aux indicateurs demandés par l'Etat."),
            ]),
            new("II. Présentation du Contrat de Performance du Pôle des Microtechniques",
            [
                new("La feuille de route stratégique du Pôle des Microtechniques pour la période 2009-2011 identifiait :"),
                new("5 axes technologiques prioritaires : la micro fabrication et la micro manipulation, la micro injection / micro moulage, les microsystèmes, le traitement de surfaces, les nanomatériaux,", true),
                new("4 marchés cibles : biomédical, transport et énergie, mesures & contrôle, luxe.", true),
            ]),
            new("III. Programme d'actions porté par le Pôle des Microtechniques pour l'année 2012",
            [
                new("Les objectifs de développement du Pôle et de son écosystème sont hiérarchisés de la manière suivante :"),
                new("détecter, susciter et assurer un suivi régulier des projets collaboratifs,", true),
                new("impliquer plus de PME dans le Pôle,", true),
                new("favoriser le développement des plateformes technologiques et des ateliers pilotes,", true),
                new("diversifier les sources de financement du Pôle,", true),
                new("impulser une action dans le domaine des ressources humaines,", true),
                new("développer le Pôle à l'international,", true),
                new("intégrer la dimension « développement durable » dans toutes les actions du Pôle,", true),
                new("adopter une stratégie de communication en cohérence avec les axes technologiques et de marchés,", true),
                new("développer des relations avec d'autres pôles de compétitivité.", true),
            ]),
            new("IV. Les partenaires du Pôle des Microtechniques",
            [
                new("L'Etat, le Conseil Régional de Franche-Comté, les Conseils Généraux du Doubs, du Jura, de la Haute-Saône et du Territoire de Belfort, la Communauté d'Agglomération du Grand Besançon, le Pays de Montbéliard Agglomération et le Syndicat Mixte du Pays Horloger sont signataires du Contrat de Performance 2009-2011."),
            ]),
            new("V. Le plan de financement 2012",
            [
                new("La demande de financement à la Communauté d'Agglomération du Grand Besançon pour l'année 2012 porte sur 15 000 €. Le programme d'activités comprend un volet « actions collectives » à destination des entreprises et des actions de « conseil en innovation »."),
                new("Voir détail du budget prévisionnel 2012 dans la convention jointe."),
            ]),
        ],
        OperativeClauses =
        [
            "accorde un soutien financier au fonctionnement de l'Association du Pôle des Microtechniques à hauteur de 15 000 € pour l'année 2012,",
            "autorise Monsieur le Président, ou son représentant, à signer la convention à intervenir pour le versement de la subvention et tout acte nécessaire à sa réalisation.",
        ],
        Signatory = new Signatory("Jean-Louis FOUSSERET", "Le Président"),
        PrefectureReceivedOn = new DateOnly(2012, 5, 16),
        SignedAt = "Besançon",
    };

    /// <summary>Délibération 2024/2024.00385, rapport n°10: 20 000 € to the association CMQ MSI.</summary>
    public static ActText Bureau2024() => new()
    {
        BudgetProgramme = "BP 2024 et PPIF 2024-2028 « Enseignement Supérieur »",
        BudgetAmounts = [new("Montant prévu au BP 2024", 548_820m), new("Montant de l'opération", 20_000m)],
        Summary =
        [
            "Dans le cadre de la stratégie en matière de formation et de sensibilisation des métiers auprès des jeunes sur le savoir-faire des microtechniques, et du développement économique et du recrutement des entreprises microtechniques implantées sur le territoire, Grand Besançon Métropole a adhéré dès 2019 à l'association Campus des Métiers et Qualifications Microtechniques et Systèmes Intelligents.",
            "Il est proposé de financer le programme d'actions du CMQ MSI engagé avec Grand Besançon Métropole et de verser 20 000 € sous forme d'une subvention (contributions antérieures : 9 000 € en 2022, 19 800 € en 2023).",
        ],
        Body =
        [
            new("I. Présentation du CMQ MSI",
            [
                new("Les campus des métiers et des qualifications (« CMQ ») sont un label, créé par décret du 29 septembre 2014, qui identifie un réseau d'établissements d'enseignement, d'organismes de formation, de laboratoires de recherche et de partenaires économiques et associatifs centrés sur des filières spécifiques."),
                new("Le CMQ MSI a été créé en février 2017 et évolue sous le statut associatif depuis le 3 septembre 2019. Il rassemble près de 80 adhérents et emploie 5 personnes."),
            ]),
            new("II. Les missions du CMQ MSI",
            [
                new("Le CMQ MSI offre une large gamme de formations jusqu'au plus haut niveau et valorise l'enseignement professionnel dans le domaine des microtechniques. Ses enjeux :"),
                new("le développement durable et la mixité des métiers,", true),
                new("la miniaturisation des objets et l'intégration de nombreuses fonctions dans des volumes restreints,", true),
                new("les objets connectés et l'industrie 4.0,", true),
                new("les micro et nanotechnologies.", true),
            ]),
            new("III. Le plan de financement du programme d'actions",
            [
                new("La mise en œuvre du programme d'actions proposé est de 35 900 €. La demande de financement pour Grand Besançon Métropole est de 20 000 €. Les financeurs sont également la Région, le Ministère de l'Education Nationale et du soutien privé."),
                new("Le plan de financement est détaillé dans l'annexe 2 de la convention jointe au rapport."),
            ]),
        ],
        OperativeClauses =
        [
            "se prononce favorablement sur la participation financière de Grand Besançon Métropole aux actions du CMQ MSI à hauteur de 20 000 €,",
            "autorise Madame la Présidente, ou son représentant, à signer la convention annexée au rapport.",
        ],
        Signatory = new Signatory("Anne VIGNOT", "La Présidente"),
        SecretarySignatory = new Signatory("Yves MAURICE", "Le Secrétaire de séance, Conseiller Communautaire Délégué"),
        PublishedOn = new DateOnly(2024, 12, 12),
        SignedAt = "Besançon",
    };
}
