using System.Globalization;
using Subsidia.Documents.Templating;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Documents.Conventions;

/// <summary>What a convention is written from: the grant file (convention, budget, programme, schedule, decision).</summary>
/// <param name="Grant">The grant file; its <see cref="GrantFile.Convention"/> must be set.</param>
/// <param name="SignedAt">"Besançon": the place in "Fait à … le".</param>
/// <param name="Copies">Number of originals ("Fait en deux exemplaires").</param>
/// <param name="Court">The court named in the disputes article.</param>
public sealed record ConventionRecord(GrantFile Grant, string? SignedAt = null, int Copies = 2, string Court = "Tribunal administratif de Besançon");

/// <summary>Builds the fields of Templates/convention.html (listed in Templates/LISEZMOI.md).</summary>
public static class ConventionModels
{
    private static Dictionary<string, object?> Fields() => new(StringComparer.Ordinal);

    public static Dictionary<string, object?> Convention(ConventionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var grant = record.Grant;
        var convention = grant.Convention ?? throw new ArgumentException("Le dossier n'a pas de convention.", nameof(record));
        var f = Fields();
        f["titre"] = convention.Title;
        f["collectivite"] = convention.AuthorityName;
        f["collectivite_representant"] = Represented(convention.AuthorityRepresentative);
        f["collectivite_signataire_nom"] = convention.AuthorityRepresentative?.Name;
        f["collectivite_signataire_qualite"] = Quality(convention.AuthorityRepresentative);
        f["ordonnateur"] = convention.AuthorityRepresentative is { } ar
            ? $"{(IsFeminine(ar) ? "la" : "le")} {ar.Title} de {convention.AuthorityName}"
            : $"l'exécutif de {convention.AuthorityName}";
        f["beneficiaire"] = convention.BeneficiaryName;
        f["beneficiaire_representant"] = Represented(convention.BeneficiaryRepresentative);
        f["beneficiaire_signataire_nom"] = convention.BeneficiaryRepresentative?.Name;
        f["beneficiaire_signataire_qualite"] = Quality(convention.BeneficiaryRepresentative);
        f["objet"] = convention.Subject;
        f["montant"] = French.Money(convention.Amount);
        f["plafond"] = convention.AmountIsCeiling;
        f["redistribution_autorisee"] = convention.RedistributionAllowed;
        f["conservation_annees"] = convention.RetentionYears.ToString(CultureInfo.InvariantCulture);
        f["prise_effet"] = convention.EntryIntoForce switch
        {
            EntryIntoForceRule.OnTransmissionToPrefect => "à compter de sa date de transmission au représentant de l'État",
            EntryIntoForceRule.OnSignature => "à compter de sa signature par les deux parties",
            _ => "à compter de sa notification au bénéficiaire",
        };
        f["fin"] = convention.EndsOn is { } end ? Words.DayMonthYear(end) : null;
        f["fait_a"] = record.SignedAt;
        f["exemplaires"] = record.Copies switch { 1 => "un exemplaire", 2 => "deux exemplaires", 3 => "trois exemplaires", 4 => "quatre exemplaires", var n => $"{n} exemplaires" };
        f["tribunal"] = record.Court;

        var visas = convention.Visas.ToList();
        var decision = grant.Decision;
        if (decision is not null)
        {
            // A visa left blank in the model ("Vu la délibération … en date du.....") is replaced by the decision itself,
            // naming the body that actually decided (R-11).
            visas.RemoveAll(v => v.StartsWith("Vu la délibération", StringComparison.OrdinalIgnoreCase) && v.Contains("...", StringComparison.Ordinal));
            var body = Words.Of(decision.DecidingBody, decision.BodyKind);
            visas.Add($"Vu la délibération n°{decision.ActNumber} {body} en date du {Words.DayMonthYear(decision.DecidedOn)}");
            f["deliberation"] = $"délibération n°{decision.ActNumber} {body} du {Words.DayMonthYear(decision.DecidedOn)}";
        }
        else
        {
            f["deliberation"] = null;
        }

        f["visas"] = visas;
        f["obligations"] = convention.Duties.OrderBy(d => d.DueOn).Select(d => Pair("libelle", d.Label, "echeance", Words.DayMonthYear(d.DueOn))).ToList();
        f["a_des_obligations"] = convention.Duties.Count > 0;

        AddSchedule(f, grant.Schedule);
        AddProgramme(f, grant.Programme);
        AddBudget(f, grant.Budget);
        return f;
    }

    private static string? Represented(Representative? representative)
    {
        if (representative is null)
        {
            return null;
        }

        var feminine = IsFeminine(representative);
        var civility = representative.Civility is null ? "" : representative.Civility + " ";
        return $"{(feminine ? "sa" : "son")} {representative.Title}, {civility}{representative.Name}, dûment habilité{(feminine ? "e" : "")}";
    }

    /// <summary>"Le Président", "La Présidente".</summary>
    private static string? Quality(Representative? representative) =>
        representative is null ? null : $"{(IsFeminine(representative) ? "La" : "Le")} {representative.Title}";

    private static bool IsFeminine(Representative representative) =>
        representative.Civility is { } c && (c.StartsWith("Mad", StringComparison.OrdinalIgnoreCase) || c.StartsWith("Mme", StringComparison.OrdinalIgnoreCase));

    private static void AddSchedule(Dictionary<string, object?> f, PaymentSchedule? schedule)
    {
        f["a_un_echeancier"] = schedule is not null;
        f["echeances"] = schedule is null
            ? new List<Dictionary<string, object?>>()
            : schedule.Instalments.OrderBy(i => i.Rank).Select(i =>
            {
                var amount = schedule.PlannedAmount(i);
                var e = Fields();
                e["libelle"] = i.Label;
                e["part"] = Percent(amount / schedule.Ceiling);
                e["montant"] = French.Money(amount);
                e["condition"] = PaymentContext.Describe(i.Condition);
                e["facultative"] = i.Optional;
                e["solde"] = i.IsBalance;
                return e;
            }).ToList();
        f["delai_demande"] = schedule?.RequestDeadlineMonths is { } months
            ? months % 12 == 0 ? French.Plural(months / 12, "an", "ans") : $"{months} mois"
            : null;
    }

    private static void AddProgramme(Dictionary<string, object?> f, ActionProgramme? programme)
    {
        f["a_un_programme"] = programme is not null;
        f["programme_titre"] = programme?.Title;
        f["programme_periode"] = programme is { PeriodStart: { } s, PeriodEnd: { } e } ? $"du {French.Date(s)} au {French.Date(e)}" : null;
        var actions = programme?.Actions.Count() ?? 0;
        f["nombre_actions"] = actions.ToString(CultureInfo.InvariantCulture);
        f["nombre_objectifs"] = (programme?.Objectives.Count ?? 0).ToString(CultureInfo.InvariantCulture);
        f["objectifs"] = programme is null ? [] : programme.Objectives.OrderBy(o => o.Order).Select(o =>
        {
            var obj = Fields();
            obj["numero"] = o.Number.Length == 0 ? null : o.Number.All(char.IsDigit) ? $"Objectif {o.Number}" : o.Number;
            obj["titre"] = o.Title;
            obj["note"] = o.Note;
            obj["actions"] = o.Actions.OrderBy(a => a.Order).Select(a =>
            {
                var act = Fields();
                act["titre"] = a.Title;
                act["description"] = a.Description;
                act["budget"] = a.Budget is { } b ? French.Money(b) : null;
                act["date"] = a.ScheduledOn is { } d ? French.Date(d) : null;
                return act;
            }).ToList();
            obj["livrables"] = o.Deliverables.OrderBy(d => d.Order).Select(d => d.Title).ToList();
            obj["indicateurs"] = o.Indicators.OrderBy(i => i.Order).Select(IndicatorText).ToList();
            obj["a_des_actions"] = o.Actions.Count > 0;
            obj["a_des_livrables"] = o.Deliverables.Count > 0;
            obj["a_des_indicateurs"] = o.Indicators.Count > 0;
            return obj;
        }).ToList();
        f["indicateurs_territoriaux"] = programme?.TerritorialIndicators.ToList() ?? [];
        f["a_des_indicateurs_territoriaux"] = programme?.TerritorialIndicators.Count > 0;
    }

    private static string IndicatorText(Indicator indicator)
    {
        if (indicator.Target is not { } target || indicator.Kind == IndicatorKind.Qualitative)
        {
            return indicator.Label;
        }

        var value = indicator.Kind switch
        {
            IndicatorKind.Rate => Percent(target > 1 ? target / 100m : target),
            IndicatorKind.Money => French.Money(target),
            _ => target.ToString("#,##0.##", French.Culture).Replace('\u00A0', '\u202F') + (indicator.Unit is null ? "" : " " + indicator.Unit),
        };
        var bare = target.ToString("0.##", CultureInfo.InvariantCulture);
        return System.Text.RegularExpressions.Regex.IsMatch(indicator.Label, $@"(^|\D){System.Text.RegularExpressions.Regex.Escape(bare)}(\D|$)")
            ? indicator.Label // the label already states its target ("30 visites d'entreprises")
            : $"{indicator.Label} (cible : {value})";
    }

    private static void AddBudget(Dictionary<string, object?> f, ForecastBudget? budget)
    {
        f["a_un_budget"] = budget is not null;
        f["budget_titre"] = budget?.Title;
        f["budget_total"] = budget is null ? null : French.Money(budget.Total);
        f["part_publique"] = budget is null ? null : Percent(budget.PublicShare);
        f["part_collectivite"] = budget is null ? null : Percent(budget.GrantingAuthorityShare);
        f["sections"] = budget is null ? [] : budget.Sections.OrderBy(s => s.Order).Select(Section).ToList();
    }

    private static Dictionary<string, object?> Section(BudgetSection section)
    {
        var expenses = section.Expenses.SelectMany(l => Flatten(l, 0)).ToList();
        var revenues = section.Revenues.SelectMany(l => Flatten(l, 0)).ToList();
        var revenueTotal = section.RevenueTotal;
        var rows = new List<Dictionary<string, object?>>();
        for (var i = 0; i < Math.Max(expenses.Count, revenues.Count); i++)
        {
            var row = Fields();
            var (expense, expenseDepth) = i < expenses.Count ? expenses[i] : (null, 0);
            var (revenue, revenueDepth) = i < revenues.Count ? revenues[i] : (null, 0);
            row["depense"] = expense?.Label;
            row["depense_montant"] = expense is null ? null : Amount(expense.Amount);
            row["depense_classe"] = expenseDepth > 0 ? "sub" : "";
            row["depense_classe_montant"] = expenseDepth > 0 ? "num sub-amount" : "num";
            row["recette"] = revenue?.Label;
            row["recette_montant"] = revenue is null ? null : Amount(revenue.Amount);
            row["recette_part"] = revenue is null || revenueTotal == 0 ? null
                : revenue.StatedSharePercent is { } stated ? PrintedPercent(stated) : Percent(revenue.Amount / revenueTotal);
            row["recette_classe"] = revenueDepth > 0 ? "sub" : "";
            rows.Add(row);
        }

        var s = Fields();
        s["nom"] = section.Name;
        s["lignes"] = rows;
        s["total_depenses"] = Amount(section.ExpenseTotal);
        s["total_recettes"] = Amount(revenueTotal);
        return s;
    }

    private static IEnumerable<(BudgetLine Line, int Depth)> Flatten(BudgetLine line, int depth)
    {
        yield return (line, depth);
        foreach (var child in line.Children.SelectMany(c => Flatten(c, depth + 1)))
        {
            yield return child;
        }
    }

    /// <summary>Whole euros without decimals ("12 500"), as the beneficiary's budget forms print them; cents when there are any.</summary>
    private static string Amount(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "#,##0" : "#,##0.00", French.Culture).Replace('\u00A0', '\u202F');

    /// <summary>"56,9 %".</summary>
    public static string Percent(decimal fraction) =>
        (Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero)).ToString("0.#", French.Culture) + "\u00A0%";

    private static string PrintedPercent(decimal percent) => percent.ToString("0.##", French.Culture) + "\u00A0%";

    private static Dictionary<string, object?> Pair(string k1, object? v1, string k2, object? v2)
    {
        var f = Fields();
        f[k1] = v1;
        f[k2] = v2;
        return f;
    }
}
