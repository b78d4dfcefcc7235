using Subsidia.Domain.Assemblies;

namespace Subsidia.Documents.Assemblies;

/// <summary>
/// Everything the assembly documents are written from: the authority, the body with its members, the sitting and
/// the roll engine's evaluation of it, plus the texts of the acts (keyed by act number or report number).
/// </summary>
public sealed record SittingRecord(
    Authority Authority,
    Assembly Assembly,
    Sitting Sitting,
    SittingEvaluation Evaluation,
    IReadOnlyDictionary<string, ActText>? Texts = null)
{
    /// <summary>Evaluates the sitting with <see cref="RollEngine"/> and bundles the result.</summary>
    public static SittingRecord Evaluate(Authority authority, Assembly assembly, Sitting sitting, IReadOnlyDictionary<string, ActText>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var evaluation = new RollEngine(sitting, assembly.Members).Evaluate();
        return new SittingRecord(authority, assembly, sitting, evaluation, texts);
    }

    /// <summary>The item with this act number or report number.</summary>
    public AgendaItem Item(string actOrReportNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actOrReportNumber);
        return Sitting.Items.FirstOrDefault(i => string.Equals(i.ActNumber, actOrReportNumber, StringComparison.OrdinalIgnoreCase))
            ?? Sitting.Items.FirstOrDefault(i => string.Equals(i.Number, actOrReportNumber, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Aucune délibération ni aucun rapport « {actOrReportNumber} » dans la séance.", nameof(actOrReportNumber));
    }

    /// <summary>The evaluation of one item.</summary>
    public ItemEvaluation EvaluationOf(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Evaluation.Items.FirstOrDefault(e => e.Item.Id == item.Id)
            ?? throw new ArgumentException($"Le rapport n°{item.Number} n'a pas été évalué avec cette séance.", nameof(item));
    }

    /// <summary>The text of an act, when one was given.</summary>
    public ActText TextOf(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Texts is null)
        {
            return new ActText();
        }

        if (item.ActNumber is not null && Texts.TryGetValue(item.ActNumber, out var byAct))
        {
            return byAct;
        }

        return Texts.TryGetValue(item.Number, out var byNumber) ? byNumber : new ActText();
    }
}
