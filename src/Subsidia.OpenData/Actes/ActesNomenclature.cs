using System.Globalization;
using System.Text;

namespace Subsidia.OpenData.Actes;

/// <summary>A matière of the ACTES nomenclature at levels 1 and 2 ("7.5" Finances locales / Subventions).</summary>
public sealed record ActesMatter(int Level1, int Level2, string Level1Label, string Level2Label)
{
    /// <summary>"7.5".</summary>
    public string Code => $"{Level1}.{Level2}";

    /// <summary>The SCDL DELIB_MATIERE_NOM: both labels in lower case, without commas or brackets, joined by "/".</summary>
    public string ScdlName => $"{ActesNomenclature.ScdlLabel(Level1Label)}/{ActesNomenclature.ScdlLabel(Level2Label)}";
}

/// <summary>
/// The ACTES classification (nomenclature) at levels 1 and 2, as used by @ctes (CodeMatiere1, CodeMatiere2) and by
/// SCDL délibérations (DELIB_MATIERE_CODE, DELIB_MATIERE_NOM). The level-2 ranges are those of the SCDL schema
/// (1.1–1.7 … 9.1–9.4); the prefecture's RetourClassification is authoritative and may go down to five levels.
/// </summary>
public static class ActesNomenclature
{
    private static readonly string[] Level1 =
    [
        "Commande publique",
        "Urbanisme",
        "Domaine et patrimoine",
        "Fonction publique",
        "Institutions et vie politique",
        "Libertés publiques et pouvoirs de police",
        "Finances locales",
        "Domaines de compétences par thèmes",
        "Autres domaines de compétences",
    ];

    private static readonly string[][] Level2 =
    [
        ["Marchés publics", "Délégation de service public", "Conventions de mandat", "Autres types de contrats", "Transactions protocole d'accord transactionnel", "Maîtrise d'œuvre", "Actes spéciaux et divers"],
        ["Documents d'urbanisme", "Actes relatifs au droit d'occupation ou d'utilisation des sols", "Droit de préemption urbain"],
        ["Acquisitions", "Aliénations", "Locations", "Limites territoriales", "Autres actes de gestion du domaine public", "Autres actes de gestion du domaine privé"],
        ["Personnels titulaires et stagiaires de la F.P.T.", "Personnels contractuels", "Fonction publique hospitalière", "Autres catégories de personnels", "Régime indemnitaire"],
        ["Election exécutif", "Fonctionnement des assemblées", "Désignation de représentants", "Délégation de fonctions", "Délégation de signature", "Exercice des mandats locaux", "Intercommunalité", "Décision d'ester en justice"],
        ["Police municipale", "Pouvoir du président du conseil général", "Pouvoir du président du conseil régional", "Autres actes réglementaires", "Actes pris au nom de l'Etat"],
        ["Décisions budgétaires", "Fiscalité", "Emprunts", "Interventions économiques", "Subventions", "Contributions budgétaires", "Avances", "Fonds de concours", "Prise de participation", "Divers"],
        ["Enseignement", "Aide sociale", "Voirie", "Aménagement du territoire", "Politique de la ville-habitat-logement", "Emploi-formation professionnelle", "Transports", "Environnement", "Culture"],
        ["Autres domaines de compétences des communes", "Autres domaines de compétences des départements", "Autres domaines de compétences des régions", "Vœux et motions"],
    ];

    /// <summary>Number of level-2 matières under each level-1 matière (1 → 7, 7 → 10…).</summary>
    public static int Level2Count(int level1) => level1 is >= 1 and <= 9 ? Level2[level1 - 1].Length : 0;

    /// <summary>The level-1 label ("Finances locales" for 7); null outside 1–9.</summary>
    public static string? Level1Label(int level1) => level1 is >= 1 and <= 9 ? Level1[level1 - 1] : null;

    /// <summary>Parses "7.5" (or "7.5.1.2", keeping levels 1 and 2) into a matière; null when it is not an ACTES code.</summary>
    public static ActesMatter? Find(string? code)
    {
        if (!TryParseCode(code, out var l1, out var l2))
        {
            return null;
        }

        return new ActesMatter(l1, l2, Level1[l1 - 1], Level2[l1 - 1][l2 - 1]);
    }

    public static bool TryParseCode(string? code, out int level1, out int level2)
    {
        level1 = level2 = 0;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var parts = code.Trim().Split('.');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out level1)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out level2))
        {
            return false;
        }

        return level1 is >= 1 and <= 9 && level2 >= 1 && level2 <= Level2Count(level1);
    }

    /// <summary>The level-1 number whose label matches <paramref name="label"/> (case, accents and spaces ignored), else null.</summary>
    public static int? Level1Of(string label)
    {
        var key = Key(label);
        for (var i = 0; i < Level1.Length; i++)
        {
            if (Key(Level1[i]) == key)
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The (level 1, level 2) whose level-2 label matches, else null.</summary>
    public static (int Level1, int Level2)? Level2Of(string label)
    {
        var key = Key(label);
        for (var i = 0; i < Level2.Length; i++)
        {
            for (var j = 0; j < Level2[i].Length; j++)
            {
                if (Key(Level2[i][j]) == key)
                {
                    return (i + 1, j + 1);
                }
            }
        }

        return null;
    }

    /// <summary>SCDL form of a label: lower case, commas and brackets removed.</summary>
    internal static string ScdlLabel(string label)
    {
        var sb = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (c is not (',' or '(' or ')'))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Comparison key: lower case, no accents, letters and digits only (œ counts as oe).</summary>
    internal static string Key(string text)
    {
        var decomposed = text.Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "OE", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
