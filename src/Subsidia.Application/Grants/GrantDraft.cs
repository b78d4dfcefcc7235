using System.Globalization;
using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;

namespace Subsidia.Application.Grants;

/// <summary>
/// What the grant creation form holds, as typed: amounts are kept as text so that a wrong entry comes back to the user
/// unchanged with the reason, never lost. The budget tree is a flat list per side whose <see cref="LineDraft.Level"/>
/// says how deep each line hangs (a line is a sub-line of the nearest line above it one level up).
/// </summary>
public sealed class GrantDraft
{
    public Guid? BeneficiaryId { get; set; }
    /// <summary>What the beneficiary list is narrowed to (name, sigle or SIRET): the form lists a few matches, not every beneficiary.</summary>
    public string? BeneficiaryQuery { get; set; }
    /// <summary>What the act list is narrowed to (act number or object).</summary>
    public string? ActQuery { get; set; }
    public Guid? EnvelopeId { get; set; }
    /// <summary>The agenda item whose act decided the grant; null when no act has decided it yet.</summary>
    public Guid? ActItemId { get; set; }
    public string? Subject { get; set; }
    public string? AmountRequested { get; set; }
    public string? AmountGranted { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public SubsidyPurpose Purpose { get; set; } = SubsidyPurpose.Project;
    /// <summary>The contrat d'engagement républicain is accepted .</summary>
    public bool RepublicanCommitment { get; set; }
    public string? BudgetTitle { get; set; }
    public List<SectionDraft> Sections { get; set; } = [];
    public string? ProgrammeTitle { get; set; }
    public List<ActionDraft> Actions { get; set; } = [];

    /// <summary>An empty form: one section with one expense line and one revenue line from the granting authority.</summary>
    public static GrantDraft Blank() => new()
    {
        BudgetTitle = "Budget prévisionnel",
        Sections = [SectionDraft.Blank("Budget de l'action")],
        ProgrammeTitle = "Programme d'actions",
    };

    /// <summary>
    /// Applies an editing command of the form without JavaScript (a submit button's value): <c>find-beneficiary</c> and
    /// <c>find-act</c> (the lists are narrowed to the typed search), <c>add-section</c>,
    /// <c>del-section:S</c>, <c>add:S:expense|revenue</c>, <c>sub:S:side:I</c>, <c>del:S:side:I</c>, <c>add-action</c>,
    /// <c>del-action:I</c>. Returns the id of the field where the user goes on (the new row, or the button that adds
    /// one after a removal), or null for a value it does not know.
    /// </summary>
    public string? Apply(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parts = command.Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        switch (parts[0])
        {
            case "find-beneficiary":
                return "Draft_BeneficiaryId";
            case "find-act":
                return "Draft_ActItemId";
            case "add-section":
                Sections.Add(SectionDraft.Blank(""));
                return $"Draft_Sections_{Sections.Count - 1}__Name";
            case "del-section" when At(1) is var s && s >= 0 && s < Sections.Count:
                Sections.RemoveAt(s);
                return "ajouter-section";
            case "add-action":
                Actions.Add(new ActionDraft());
                return $"Draft_Actions_{Actions.Count - 1}__Objective";
            case "del-action" when At(1) is var a && a >= 0 && a < Actions.Count:
                Actions.RemoveAt(a);
                return "ajouter-action";
            case "add" or "sub" or "del" when At(1) is var s && s >= 0 && s < Sections.Count && parts.Length > 2:
                var lines = parts[2] == "revenue" ? Sections[s].Revenues : parts[2] == "expense" ? Sections[s].Expenses : null;
                if (lines is null)
                {
                    return null;
                }

                var side = parts[2] == "revenue" ? BudgetSide.Revenue : BudgetSide.Expense;
                var list = side == BudgetSide.Revenue ? "Revenues" : "Expenses";
                if (parts[0] == "add")
                {
                    lines.Add(LineDraft.New(side, 0));
                    return $"Draft_Sections_{s}__{list}_{lines.Count - 1}__Label";
                }

                var i = At(3);
                if (i < 0 || i >= lines.Count)
                {
                    return null;
                }

                var end = SubtreeEnd(lines, i);
                if (parts[0] == "sub")
                {
                    lines.Insert(end, LineDraft.New(side, Math.Min(lines[i].Level + 1, BudgetDrafts.MaxLevel)));
                    return $"Draft_Sections_{s}__{list}_{end}__Label";
                }

                lines.RemoveRange(i, end - i);
                return $"ajouter-{s}-{parts[2]}";
            default:
                return null;
        }
    }

    /// <summary>The index after line <paramref name="i"/> and every line below it.</summary>
    private static int SubtreeEnd(List<LineDraft> lines, int i)
    {
        var end = i + 1;
        while (end < lines.Count && lines[end].Level > lines[i].Level)
        {
            end++;
        }

        return end;
    }
}

/// <summary>A section of the forecast budget with its expense and revenue lines.</summary>
public sealed class SectionDraft
{
    public string? Name { get; set; }
    public List<LineDraft> Expenses { get; set; } = [];
    public List<LineDraft> Revenues { get; set; } = [];

    public static SectionDraft Blank(string name) => new()
    {
        Name = name,
        Expenses = [LineDraft.New(BudgetSide.Expense, 0)],
        Revenues = [LineDraft.New(BudgetSide.Revenue, 0)],
    };
}

/// <summary>A line as typed: label, amount (blank on a parent means "the sum of its sub-lines"), funder for revenue.</summary>
public sealed class LineDraft
{
    /// <summary>0 for a line of the section, 1 for a sub-line, 2 for a sub-line of a sub-line.</summary>
    public int Level { get; set; }
    public string? Label { get; set; }
    public string? Amount { get; set; }
    /// <summary>Revenue only: who funds it; null on a sub-line means "as its parent".</summary>
    public FunderKind? Funder { get; set; }
    /// <summary>Revenue only: the granting authority's own line (its total must equal the subsidy).</summary>
    public bool GrantingAuthority { get; set; }

    public static LineDraft New(BudgetSide side, int level) =>
        new() { Level = level, Funder = side == BudgetSide.Revenue && level == 0 ? FunderKind.Public : null };
}

/// <summary>An action of the programme: its objective, what is done, its budget and an indicator with its target.</summary>
public sealed class ActionDraft
{
    public string? Objective { get; set; }
    public string? Title { get; set; }
    public string? Budget { get; set; }
    public string? Indicator { get; set; }
    public string? Target { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Objective) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Budget)
        && string.IsNullOrWhiteSpace(Indicator) && string.IsNullOrWhiteSpace(Target);
}

/// <summary>A refusal tied to the form field it is about (<see cref="Field"/> is the input's id).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Totals of a section as the server computes them from the tree.</summary>
public sealed record SectionTotals(decimal Expenses, decimal Revenues, decimal PublicRevenue);

/// <summary>Totals of the whole budget: the public share is public funding over the revenues .</summary>
public sealed record BudgetTotals(IReadOnlyList<SectionTotals> Sections, decimal Expenses, decimal Revenues, decimal PublicRevenue,
    decimal PublicSharePercent, decimal AuthorityRevenue, bool Balanced);

/// <summary>
/// Reads a <see cref="GrantDraft"/>: amounts in French notation, the budget tree built with the domain's
/// <see cref="ForecastBudget"/> (so totals and checks are the domain's, R-25), the action programme.
/// </summary>
public static class BudgetDrafts
{
    /// <summary>Deepest level of a line: three levels, what <c>GrantFilesWithEverything</c> loads.</summary>
    public const int MaxLevel = 2;

    /// <summary>Reads "15 000,00", "15000", "15 000 €", "15000.5"; null when blank; false when unreadable (letters, three decimals).</summary>
    public static bool TryMoney(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var clean = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0' && c != '€').ToArray()).Replace('.', ',');
        // At most two decimals: "15.000" or "15,000" is refused rather than read as fifteen euros.
        var comma = clean.IndexOf(',', StringComparison.Ordinal);
        if (clean.Count(c => c == ',') > 1 || (comma >= 0 && clean.Length - comma - 1 is 0 or > 2)
            || !decimal.TryParse(clean, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, French.Culture, out var value))
        {
            return false;
        }

        amount = value;
        return true;
    }

    /// <summary>The reason for an unreadable amount, naming the field.</summary>
    public static string Unreadable(string field, string? text) =>
        $"{field} : « {text} » n'est pas un montant en euros (exemple : 15 000,00).";

    /// <summary>
    /// Builds the forecast budget of the draft. Lines without label and amount are ignored; other mistakes are added to
    /// <paramref name="errors"/> and the line is read with no amount, so that the totals can still be shown.
    /// Returns null when the draft has no line at all.
    /// </summary>
    public static ForecastBudget? Build(GrantDraft draft, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(errors);
        if (!draft.Sections.Any(s => s.Expenses.Concat(s.Revenues).Any(l => !IsBlank(l))))
        {
            return null;
        }

        var budget = new ForecastBudget(Guid.NewGuid(), string.IsNullOrWhiteSpace(draft.BudgetTitle) ? "Budget prévisionnel" : draft.BudgetTitle);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < draft.Sections.Count; s++)
        {
            var input = draft.Sections[s];
            var name = string.IsNullOrWhiteSpace(input.Name) ? $"Section {s + 1}" : input.Name.Trim();
            if (string.IsNullOrWhiteSpace(input.Name) && input.Expenses.Concat(input.Revenues).Any(l => !IsBlank(l)))
            {
                errors.Add(new($"Draft_Sections_{s}__Name", $"Budget, section {s + 1} : le nom de la section est obligatoire."));
            }

            if (name.Length > 200)
            {
                errors.Add(new($"Draft_Sections_{s}__Name", $"Budget, section {s + 1} : le nom dépasse 200 caractères."));
                name = name[..200];
            }

            if (!names.Add(name))
            {
                errors.Add(new($"Draft_Sections_{s}__Name", $"Budget, section {s + 1} : une autre section s'appelle déjà « {name} »."));
                name = $"{name} ({s + 1})";
                names.Add(name);
            }

            var section = budget.AddSection(name);
            AddLines(section, s, name, BudgetSide.Expense, input.Expenses, errors);
            AddLines(section, s, name, BudgetSide.Revenue, input.Revenues, errors);
        }

        return budget;
    }

    /// <summary>The totals of a built budget, section by section, as the domain reads the trees.</summary>
    public static BudgetTotals Totals(ForecastBudget? budget, int sectionCount)
    {
        if (budget is null)
        {
            return new BudgetTotals(Enumerable.Range(0, sectionCount).Select(_ => new SectionTotals(0m, 0m, 0m)).ToList(), 0m, 0m, 0m, 0m, 0m, true);
        }

        var sections = budget.Sections.OrderBy(s => s.Order)
            .Select(s => new SectionTotals(s.ExpenseTotal, s.RevenueTotal, s.RevenueFrom(FunderKind.Public))).ToList();
        return new BudgetTotals(sections, budget.ExpenseTotal, budget.RevenueTotal, budget.PublicRevenue, ForecastBudget.ToPercent(budget.PublicShare),
            budget.GrantingAuthorityRevenue, budget.ExpenseTotal == budget.RevenueTotal);
    }

    /// <summary>The domain's checks of the budget for a subsidy of <paramref name="subsidy"/> (R-25), split into refusals and notes.</summary>
    public static (IReadOnlyList<Finding> Refusals, IReadOnlyList<Finding> Notes) Check(ForecastBudget budget, decimal subsidy)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var findings = budget.Check(subsidy);
        return (findings.Where(f => f.Severity != Severity.Info).ToList(), findings.Where(f => f.Severity == Severity.Info).ToList());
    }

    /// <summary>Builds the action programme of the draft (objectives in order of first mention); null when it has no action.</summary>
    public static ActionProgramme? BuildProgramme(GrantDraft draft, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(errors);
        var actions = draft.Actions.Select((a, i) => (Action: a, Index: i)).Where(x => !x.Action.IsEmpty).ToList();
        if (actions.Count == 0)
        {
            return null;
        }

        var programme = new ActionProgramme(Guid.NewGuid(), string.IsNullOrWhiteSpace(draft.ProgrammeTitle) ? "Programme d'actions" : draft.ProgrammeTitle,
            draft.PeriodStart, draft.PeriodEnd);
        var objectives = new Dictionary<string, ProgrammeObjective>(StringComparer.OrdinalIgnoreCase);
        foreach (var (action, index) in actions)
        {
            var where = $"Programme d'actions, action {index + 1}";
            if (string.IsNullOrWhiteSpace(action.Title))
            {
                errors.Add(new($"Draft_Actions_{index}__Title", $"{where} : l'intitulé de l'action est obligatoire."));
                continue;
            }

            if (!TryMoney(action.Budget, out var budget) || budget < 0)
            {
                errors.Add(new($"Draft_Actions_{index}__Budget", Unreadable($"{where}, budget", action.Budget)));
                budget = null;
            }

            decimal? target = null;
            if (!string.IsNullOrWhiteSpace(action.Target))
            {
                if (decimal.TryParse(action.Target.Replace('.', ',').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, French.Culture, out var t) && t >= 0)
                {
                    target = t;
                }
                else
                {
                    errors.Add(new($"Draft_Actions_{index}__Target", $"{where}, cible : « {action.Target} » n'est pas un nombre."));
                }
            }

            if (target is not null && string.IsNullOrWhiteSpace(action.Indicator))
            {
                errors.Add(new($"Draft_Actions_{index}__Indicator", $"{where} : une cible suppose un indicateur."));
            }

            var objectiveTitle = string.IsNullOrWhiteSpace(action.Objective) ? "Objectif" : action.Objective.Trim();
            if (!objectives.TryGetValue(objectiveTitle, out var objective))
            {
                objective = programme.AddObjective((objectives.Count + 1).ToString(CultureInfo.InvariantCulture), objectiveTitle);
                objectives.Add(objectiveTitle, objective);
            }

            var added = objective.AddAction(action.Title.Trim(), null, budget);
            if (!string.IsNullOrWhiteSpace(action.Indicator))
            {
                objective.AddIndicator(action.Indicator.Trim(), target is null ? IndicatorKind.Qualitative : IndicatorKind.Count, target, null, added);
            }
        }

        return programme;
    }

    private static bool IsBlank(LineDraft line) => string.IsNullOrWhiteSpace(line.Label) && string.IsNullOrWhiteSpace(line.Amount);

    private static void AddLines(BudgetSection section, int s, string sectionName, BudgetSide side, List<LineDraft> lines, List<FieldError> errors)
    {
        var list = side == BudgetSide.Expense ? "Expenses" : "Revenues";
        var sideName = side == BudgetSide.Expense ? "dépense" : "recette";
        var parents = new BudgetLine?[MaxLevel + 1];
        var previousLevel = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A level deeper than one below the line above cannot be a sub-line of it: read it one level below.
            var level = Math.Clamp(line.Level, 0, Math.Min(MaxLevel, previousLevel + 1));
            if (IsBlank(line) && !lines.Skip(i + 1).TakeWhile(l => l.Level > line.Level).Any(l => !IsBlank(l)))
            {
                continue;
            }

            var id = $"Draft_Sections_{s}__{list}_{i}_";
            var where = $"Budget, section « {sectionName} », {sideName} ligne {i + 1}";
            if (string.IsNullOrWhiteSpace(line.Label))
            {
                errors.Add(new(id + "_Label", $"{where} : le libellé est obligatoire."));
            }

            else if (line.Label.Trim().Length > 300)
            {
                errors.Add(new(id + "_Label", $"{where} : le libellé dépasse 300 caractères."));
            }

            var label = string.IsNullOrWhiteSpace(line.Label) ? $"Ligne {i + 1}" : line.Label.Trim()[..Math.Min(300, line.Label.Trim().Length)];
            if (!TryMoney(line.Amount, out var amount) || amount < 0)
            {
                errors.Add(new(id + "_Amount", Unreadable($"{where} (« {label.Trim()} »), montant", line.Amount)));
                amount = null;
            }

            var hasChildren = i + 1 < lines.Count && lines[i + 1].Level > line.Level;
            if (amount is null && !hasChildren && string.IsNullOrWhiteSpace(line.Amount))
            {
                errors.Add(new(id + "_Amount", $"{where} (« {label.Trim()} ») : le montant est obligatoire sur une ligne sans sous-lignes."));
            }

            if (side == BudgetSide.Revenue && level == 0 && line.Funder is null)
            {
                errors.Add(new(id + "_Funder", $"{where} (« {label.Trim()} ») : indiquez le financeur (autofinancement, public ou privé)."));
            }

            BudgetLine added;
            if (level == 0)
            {
                added = side == BudgetSide.Expense
                    ? section.AddExpense(label, amount)
                    : section.AddRevenue(label, amount, line.Funder ?? FunderKind.Own, grantingAuthority: line.GrantingAuthority);
            }
            else
            {
                added = parents[level - 1]!.AddChild(label, amount, grantingAuthority: side == BudgetSide.Revenue && line.GrantingAuthority,
                    funder: side == BudgetSide.Revenue ? line.Funder : null);
            }

            parents[level] = added;
            previousLevel = level;
        }
    }
}
