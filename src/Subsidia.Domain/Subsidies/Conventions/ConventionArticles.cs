using Subsidia.Domain.Calendar;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Domain.Subsidies.Conventions;

/// <summary>An article of a convention as the software writes it.</summary>
/// <param name="Number">1 to 10.</param>
/// <param name="Title">"Objet", "Montant et modalités de versement de la subvention"…</param>
/// <param name="Paragraphs">The French text, one paragraph per entry.</param>
public sealed record ConventionArticle(int Number, string Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Writes the articles of a convention from the grant's data, in the order of the Grand Besançon conventions: object,
/// programme, amount and payment terms, duration and entry into force, obligations, control, modification and
/// repayment, termination, disputes, delegation; then the list of annexes.
/// </summary>
/// <remarks>
/// Loi 2000-321 art. 10 and décret 2001-495 (R-22): object, amount, payment terms, conditions of use; since loi
/// 2021-875, control and evaluation and the fate of unspent balances (R-25). CGCT L1611-4 (R-24): redistribution only
/// if expressly allowed. R-18/R-35: entry into force on the transmission to the prefect. Every amount is computed.
/// </remarks>
public static class ConventionArticles
{
    /// <summary>The articles of <paramref name="grant"/>'s convention.</summary>
    /// <param name="grant">A grant file with a decision, a convention and a payment schedule.</param>
    /// <param name="court">The competent administrative court ("Tribunal Administratif de Besançon"); a generic wording when null.</param>
    /// <param name="calendar">The holiday calendar for the request deadline; metropolitan France when null.</param>
    public static IReadOnlyList<ConventionArticle> Build(GrantFile grant, string? court = null, FrenchCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(grant);
        calendar ??= FrenchCalendar.Metropolitan;
        var convention = grant.Convention ?? throw new InvalidOperationException("Ce dossier n'a pas de convention.");
        var schedule = grant.Schedule ?? throw new InvalidOperationException("Ce dossier n'a pas d'échéancier de versement.");
        var authority = convention.AuthorityName;
        var beneficiary = convention.BeneficiaryName;
        var amount = French.Money(convention.Amount);
        var articles = new List<ConventionArticle>
        {
            new(1, "Objet",
            [
                $"La présente convention a pour objet de définir les conditions dans lesquelles {authority} apporte son soutien à {beneficiary} et les modalités de versement d'une subvention de {amount}.",
                convention.Subject,
            ]),
            new(2, "Programme d'actions", ProgrammeParagraphs(grant, beneficiary)),
            new(3, "Montant et modalités de versement de la subvention", PaymentParagraphs(grant, convention, schedule, authority, amount)),
            new(4, "Durée et délai de validité", DurationParagraphs(grant, convention, schedule, authority, beneficiary, calendar)),
            new(5, $"Obligations de {beneficiary}",
            [
                $"{beneficiary} s'engage à utiliser la subvention octroyée exclusivement à la réalisation de l'objet qui l'a motivée tel que défini à l'article 1er.",
                convention.RedistributionAllowed
                    ? $"{beneficiary} est expressément autorisé(e) à reverser tout ou partie de l'aide à d'autres organismes (article L1611-4 du CGCT)."
                    : $"{beneficiary} ne peut redistribuer tout ou partie de l'aide de {authority} au profit d'un autre organisme (article L1611-4 du CGCT).",
                $"{beneficiary} accepte que la subvention ne puisse en aucun cas donner lieu à profit et qu'elle soit limitée au montant nécessaire pour équilibrer les recettes et dépenses de l'action.",
                $"{beneficiary} s'engage à mentionner le soutien financier de {authority} dans ses actions de communication, proportionnellement à son montant par rapport aux partenaires publics et privés.",
            ]),
            new(6, "Modalités de contrôle",
            [
                $"Le contrôle de l'utilisation des aides est effectué au vu des justificatifs produits. En outre, les services de {authority} sont habilités à procéder à toute autre forme de contrôle, notamment sur place, avant et après le versement de l'aide.",
            ]),
            new(7, "Modification et reversement",
            [
                $"Toute modification significative du programme ou de son mode de financement doit être notifiée par écrit à {authority} et acceptée par celle-ci ; elle peut donner lieu à un avenant.",
                $"{authority} pourra exiger le reversement total ou partiel de l'aide en cas d'utilisation différente de celle qui l'a motivée, d'inexécution partielle ou totale des conditions de son octroi, de manquement aux obligations contractuelles ou de modification significative non notifiée.",
                "Lorsque les dépenses réalisées sont inférieures au budget prévisionnel, la subvention est réduite à due proportion et le trop-perçu est reversé.",
            ]),
            new(8, "Résiliation de la convention",
            [
                "En cas de non-respect des engagements inscrits dans la présente convention, celle-ci pourra être résiliée par l'une ou l'autre des parties, avec un préavis d'un mois suivant l'envoi d'une lettre recommandée avec avis de réception valant mise en demeure.",
                $"{authority} pourra également résilier la convention, sans préavis ni indemnité, s'il apparaît que {beneficiary} a fait des déclarations fausses ou incomplètes pour obtenir l'aide.",
            ]),
            new(9, "Litiges",
            [
                $"Tout litige relatif à l'interprétation et à l'exécution de la présente convention sera de la compétence du {court ?? "tribunal administratif territorialement compétent"}.",
            ]),
            new(10, "Délégation d'attribution",
            [
                $"L'ordonnateur et le comptable assignataires sont respectivement {Executive(convention)} et le comptable public de {authority}.",
            ]),
        };
        return articles;
    }

    /// <summary>The annexes the convention refers to, as present on the file.</summary>
    public static IReadOnlyList<string> Annexes(GrantFile grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var annexes = new List<string>();
        if (grant.Programme is not null)
        {
            annexes.Add($"Annexe {annexes.Count + 1} - {grant.Programme.Title}");
        }

        if (grant.Budget is not null)
        {
            annexes.Add($"Annexe {annexes.Count + 1} - {grant.Budget.Title}");
        }

        if (grant.Programme is { TerritorialIndicators.Count: > 0 })
        {
            annexes.Add($"Annexe {annexes.Count + 1} - Indicateurs territoriaux");
        }

        return annexes;
    }

    private static List<string> ProgrammeParagraphs(GrantFile grant, string beneficiary)
    {
        var paragraphs = new List<string>();
        if (grant.Programme is { } programme)
        {
            var actions = programme.Actions.Count();
            var objectives = programme.Objectives.Count;
            paragraphs.Add(objectives > 1
                ? $"{beneficiary} s'engage à conduire le programme décrit en annexe : {French.Plural(objectives, "objectif", "objectifs")} et {French.Plural(actions, "action", "actions")}."
                : $"{beneficiary} s'engage à conduire le programme décrit en annexe : {French.Plural(actions, "action", "actions")}.");
        }

        if (grant.Budget is { } budget)
        {
            paragraphs.Add($"Le budget prévisionnel de l'ensemble s'élève à {French.Money(budget.Total)} ; la part des financements publics en représente {Percent.Of(budget.PublicShare)}.");
        }

        if (paragraphs.Count == 0)
        {
            paragraphs.Add($"{beneficiary} s'engage à conduire les actions conformes à l'objet de la subvention.");
        }

        return paragraphs;
    }

    private static List<string> PaymentParagraphs(GrantFile grant, Convention convention, PaymentSchedule schedule, string authority, string amount)
    {
        var paragraphs = new List<string>
        {
            grant.Budget is { } budget
                ? $"{authority} attribue au bénéficiaire une subvention de {amount}, pour un budget prévisionnel global de {French.Money(budget.Total)}."
                : $"{authority} attribue au bénéficiaire une subvention de {amount}.",
        };
        if (convention.AmountIsCeiling)
        {
            paragraphs.Add("Ce montant est un plafond non révisable à la hausse.");
        }

        paragraphs.Add("La subvention sera versée de la façon suivante :");
        foreach (var instalment in schedule.Instalments)
        {
            var planned = French.Money(schedule.PlannedAmount(instalment));
            var share = instalment.Share is { } s ? $"{Percent.Printed(s * 100m)}, soit {planned}" : planned;
            var what = instalment.IsBalance ? $"le solde, soit {planned}" : share;
            paragraphs.Add($"- {(instalment.Optional ? "le cas échéant, " : "")}{what}, {PaymentContext.Describe(instalment.Condition)}.");
        }

        return paragraphs;
    }

    private static List<string> DurationParagraphs(GrantFile grant, Convention convention, PaymentSchedule schedule, string authority, string beneficiary,
        FrenchCalendar calendar)
    {
        var entry = convention.EntryIntoForce switch
        {
            EntryIntoForceRule.OnTransmissionToPrefect => "La présente convention prend effet à compter de sa date de transmission au représentant de l'État",
            EntryIntoForceRule.OnSignature => "La présente convention prend effet à compter de sa signature par les deux parties",
            _ => "La présente convention prend effet à compter de sa notification",
        };
        var paragraphs = new List<string>
        {
            entry + (convention.EndsOn is { } end ? $" et cessera au plus tard le {French.Date(end)}." : "."),
        };
        if (schedule.RequestDeadlineMonths is { } months)
        {
            var what = schedule.Instalments.Count > 1 && schedule.Instalments.Any(i => i.IsBalance) ? "une demande de paiement du solde" : "une demande de paiement";
            var deadline = grant.NotifiedOn is not null && schedule.RequestDeadline(grant.PaymentContext(calendar)) is { } d
                ? $" (soit au plus tard le {French.Date(d)})"
                : "";
            paragraphs.Add($"La participation financière de {authority} doit donner lieu à {what} dans un délai de {months} mois à compter de la date de notification de la présente convention{deadline}, faute de quoi elle sera réputée caduque et pourra donner lieu à un remboursement dans les conditions de l'article 7.");
        }

        paragraphs.Add($"{beneficiary} s'engage, aux fins de contrôle, à conserver les pièces justificatives des dépenses effectuées dans le cadre de la présente convention pendant une durée de {convention.RetentionYears} ans.");
        return paragraphs;
    }

    /// <summary>"la Présidente de Grand Besançon Métropole", "le Président de …".</summary>
    private static string Executive(Convention convention)
    {
        if (convention.AuthorityRepresentative is not { } representative)
        {
            return $"l'exécutif de {convention.AuthorityName}";
        }

        var article = representative.Title.StartsWith("Présidente", StringComparison.OrdinalIgnoreCase) ? "la" : "le";
        return $"{article} {representative.Title} de {convention.AuthorityName}";
    }
}
