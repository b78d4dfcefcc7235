namespace Subsidia.Domain.Subsidies.ActionProgrammes;

/// <summary>
/// The beneficiary's programme (plan d'actions, annex 1 of the conventions): objectives → actions → deliverables →
/// indicators, each indicator with a target and the actual values reported at the interim and final reports.
/// </summary>
/// <remarks>
/// Documents do not always tie deliverables and indicators to one action (the 2012 seed lists them per objective):
/// they then belong to the objective, with no action.
/// </remarks>
public sealed class ActionProgramme
{
    private readonly List<ProgrammeObjective> _objectives = [];
    private readonly List<string> _territorialIndicators = [];

    private ActionProgramme() { Title = ""; }

    public ActionProgramme(Guid id, string title, DateOnly? periodStart = null, DateOnly? periodEnd = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (periodStart > periodEnd)
        {
            throw new ArgumentException("La période du programme se termine avant de commencer.", nameof(periodEnd));
        }

        Id = id;
        Title = title.Trim();
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    /// <summary>First day of the programme (inclusive).</summary>
    public DateOnly? PeriodStart { get; private set; }
    /// <summary>Last day of the programme (inclusive).</summary>
    public DateOnly? PeriodEnd { get; private set; }
    public IReadOnlyList<ProgrammeObjective> Objectives => _objectives;
    /// <summary>What the beneficiary reports on the territory beyond the programme's targets (annex 3 of the conventions).</summary>
    public IReadOnlyList<string> TerritorialIndicators => _territorialIndicators;

    /// <summary>Every action of every objective.</summary>
    public IEnumerable<ProgrammeAction> Actions => _objectives.SelectMany(o => o.Actions);

    /// <summary>Every indicator of every objective.</summary>
    public IEnumerable<Indicator> Indicators => _objectives.SelectMany(o => o.Indicators);

    public void AddTerritorialIndicator(string indicator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        _territorialIndicators.Add(indicator.Trim());
    }

    public ProgrammeObjective AddObjective(string number, string title, string? note = null)
    {
        var objective = new ProgrammeObjective(Guid.NewGuid(), number, title, _objectives.Count, note);
        _objectives.Add(objective);
        return objective;
    }

    /// <summary>
    /// Mean achievement of the indicators that have a target and a reported value at <paramref name="stage"/>
    /// (each capped at 100 %); null when none has been reported.
    /// </summary>
    public decimal? Achievement(ReportStage stage)
    {
        var values = Indicators.Select(i => i.Achievement(stage)).Where(a => a is not null).Select(a => Math.Min(1m, a!.Value)).ToList();
        return values.Count == 0 ? null : values.Average();
    }
}

/// <summary>An objective of the programme ("Objectif 1 - Détecter et susciter des projets collaboratifs").</summary>
public sealed class ProgrammeObjective
{
    private readonly List<ProgrammeAction> _actions = [];
    private readonly List<Deliverable> _deliverables = [];
    private readonly List<Indicator> _indicators = [];

    private ProgrammeObjective() { Number = ""; Title = ""; }

    internal ProgrammeObjective(Guid id, string number, string title, int order, string? note)
    {
        Note = note;
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Number = number?.Trim() ?? "";
        Title = title.Trim();
        Order = order;
    }

    public Guid Id { get; private set; }
    /// <summary>"1", "2"… as the document numbers it; empty when it does not.</summary>
    public string Number { get; private set; }
    public string Title { get; private set; }
    public int Order { get; private set; }
    /// <summary>What the document adds ("financées dans le cadre d'un autre programme, reprises à titre indicatif").</summary>
    public string? Note { get; private set; }
    public IReadOnlyList<ProgrammeAction> Actions => _actions;
    /// <summary>Deliverables (livrables) of the objective; <see cref="Deliverable.ActionId"/> ties one to an action.</summary>
    public IReadOnlyList<Deliverable> Deliverables => _deliverables;
    /// <summary>Indicators of the objective; <see cref="Indicator.ActionId"/> ties one to an action.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;

    public ProgrammeAction AddAction(string title, string? description = null, decimal? budget = null, DateOnly? scheduledOn = null)
    {
        var action = new ProgrammeAction(Guid.NewGuid(), title, description, budget, scheduledOn, _actions.Count);
        _actions.Add(action);
        return action;
    }

    public Deliverable AddDeliverable(string title, ProgrammeAction? action = null)
    {
        var deliverable = new Deliverable(Guid.NewGuid(), title, action?.Id, _deliverables.Count);
        _deliverables.Add(deliverable);
        return deliverable;
    }

    /// <summary>Adds an indicator. For a qualitative indicator leave <paramref name="target"/> null.</summary>
    public Indicator AddIndicator(string label, IndicatorKind kind, decimal? target = null, string? unit = null,
        ProgrammeAction? action = null, bool lowerIsBetter = false)
    {
        var indicator = new Indicator(Guid.NewGuid(), label, kind, target, unit, action?.Id, lowerIsBetter, _indicators.Count);
        _indicators.Add(indicator);
        return indicator;
    }

    public IEnumerable<Deliverable> DeliverablesOf(ProgrammeAction action) => _deliverables.Where(d => d.ActionId == action.Id);

    public IEnumerable<Indicator> IndicatorsOf(ProgrammeAction action) => _indicators.Where(i => i.ActionId == action.Id);
}

/// <summary>An action of an objective.</summary>
public sealed class ProgrammeAction
{
    private ProgrammeAction() { Title = ""; }

    internal ProgrammeAction(Guid id, string title, string? description, decimal? budget, DateOnly? scheduledOn, int order)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title.Trim();
        Description = description;
        Budget = budget;
        ScheduledOn = scheduledOn;
        Order = order;
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    /// <summary>Details as the document gives them (sub-items, public, partners).</summary>
    public string? Description { get; private set; }
    /// <summary>The action's budget when the document states one (2024: action 1, 4 000 €).</summary>
    public decimal? Budget { get; private set; }
    /// <summary>The date the action is planned for, when stated ("mercredi 24 septembre 2025").</summary>
    public DateOnly? ScheduledOn { get; private set; }
    public int Order { get; private set; }
}

/// <summary>A deliverable (livrable).</summary>
public sealed class Deliverable
{
    private Deliverable() { Title = ""; }

    internal Deliverable(Guid id, string title, Guid? actionId, int order)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title.Trim();
        ActionId = actionId;
        Order = order;
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    /// <summary>The action it belongs to; null when the document ties it to the objective only.</summary>
    public Guid? ActionId { get; private set; }
    public int Order { get; private set; }
    /// <summary>Date the deliverable was reported as produced.</summary>
    public DateOnly? DeliveredOn { get; private set; }

    public void MarkDelivered(DateOnly on) => DeliveredOn = on;
}

/// <summary>What an indicator measures.</summary>
public enum IndicatorKind
{
    /// <summary>A number of things (30 company visits).</summary>
    Count,
    /// <summary>A percentage (present at 90 % of steering committees); target and actual in percent.</summary>
    Rate,
    /// <summary>An amount in euros.</summary>
    Money,
    /// <summary>Met or not (a welcome booklet distributed).</summary>
    Qualitative,
}

/// <summary>The report at which an actual value is given.</summary>
public enum ReportStage
{
    /// <summary>Bilan intermédiaire.</summary>
    Interim,
    /// <summary>Rapport final.</summary>
    Final,
}

/// <summary>An indicator with its target and the actual values reported.</summary>
public sealed class Indicator
{
    private Indicator() { Label = ""; }

    internal Indicator(Guid id, string label, IndicatorKind kind, decimal? target, string? unit, Guid? actionId, bool lowerIsBetter, int order)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (kind == IndicatorKind.Qualitative && target is not null)
        {
            throw new ArgumentException("Un indicateur qualitatif n'a pas de cible chiffrée.", nameof(target));
        }

        if (target < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), "Une cible ne peut pas être négative.");
        }

        Id = id;
        Label = label.Trim();
        Kind = kind;
        Target = target;
        Unit = unit;
        ActionId = actionId;
        LowerIsBetter = lowerIsBetter;
        Order = order;
    }

    public Guid Id { get; private set; }
    /// <summary>The indicator as the document words it.</summary>
    public string Label { get; private set; }
    public IndicatorKind Kind { get; private set; }
    /// <summary>The target (30, 90 for 90 %); null for a qualitative indicator or when none is stated.</summary>
    public decimal? Target { get; private set; }
    /// <summary>"visites", "jours"…</summary>
    public string? Unit { get; private set; }
    public Guid? ActionId { get; private set; }
    /// <summary>True when the target is a maximum (site updated less than 45 days before consultation).</summary>
    public bool LowerIsBetter { get; private set; }
    public int Order { get; private set; }
    /// <summary>Value given in the interim report (1 or 0 for a qualitative indicator).</summary>
    public decimal? InterimActual { get; private set; }
    /// <summary>Value given in the final report (1 or 0 for a qualitative indicator).</summary>
    public decimal? FinalActual { get; private set; }

    /// <summary>Records the value reported at a stage.</summary>
    public void Report(ReportStage stage, decimal actual)
    {
        if (actual < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(actual), "Une valeur constatée ne peut pas être négative.");
        }

        if (stage == ReportStage.Interim)
        {
            InterimActual = actual;
        }
        else
        {
            FinalActual = actual;
        }
    }

    /// <summary>Records whether a qualitative indicator is met at a stage.</summary>
    public void ReportMet(ReportStage stage, bool met) => Report(stage, met ? 1m : 0m);

    /// <summary>
    /// Achievement at a stage: actual / target (target / actual when lower is better), 1 or 0 for a qualitative
    /// indicator; null when nothing was reported or there is no target. Not capped: 1.2 means 120 %.
    /// </summary>
    public decimal? Achievement(ReportStage stage)
    {
        var actual = stage == ReportStage.Interim ? InterimActual : FinalActual;
        if (actual is null)
        {
            return null;
        }

        if (Kind == IndicatorKind.Qualitative)
        {
            return actual > 0 ? 1m : 0m;
        }

        if (Target is not { } target)
        {
            return null;
        }

        if (LowerIsBetter)
        {
            return actual == 0 ? 1m : Math.Min(1m, target / actual.Value);
        }

        return target == 0 ? 1m : actual.Value / target;
    }
}
