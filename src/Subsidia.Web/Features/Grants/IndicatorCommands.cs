using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Grants;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Grants;

namespace Subsidia.Web.Features.Grants;

/// <summary>An indicator of a grant's action programme with what the reports gave (the grant page's table).</summary>
public sealed record IndicatorView(Guid Id, string Label, bool Qualitative, decimal? Target, string? Unit, bool LowerIsBetter,
    decimal? InterimActual, decimal? FinalActual, decimal? InterimAchievement, decimal? FinalAchievement);

public sealed partial class GrantCommands
{
    /// <summary>The indicators of the grant's action programme in their order, with their actuals and achievements.</summary>
    public async Task<IReadOnlyList<IndicatorView>> IndicatorsAsync(Guid grantId, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        return grant?.Programme is not { } programme
            ? []
            : programme.Indicators.OrderBy(i => i.Order).Select(i => new IndicatorView(i.Id, i.Label, i.Kind == IndicatorKind.Qualitative, i.Target, i.Unit,
                i.LowerIsBetter, i.InterimActual, i.FinalActual, i.Achievement(ReportStage.Interim), i.Achievement(ReportStage.Final))).ToList();
    }

    /// <summary>
    /// Records the value an indicator reached, as the interim or final report gives it ("12" visits; for a qualitative
    /// indicator, « atteint » or « non atteint »).
    /// </summary>
    public async Task<CommandResult> ReportIndicatorAsync(ClaimsPrincipal user, Guid grantId, Guid indicatorId, ReportStage stage, string? value, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        var indicator = grant?.Programme?.Indicators.FirstOrDefault(i => i.Id == indicatorId);
        if (grant is null || indicator is null)
        {
            return new(false, "Indicateur introuvable dans le programme d'actions de ce dossier.");
        }

        var text = (value ?? "").Trim();
        decimal actual;
        if (indicator.Kind == IndicatorKind.Qualitative)
        {
            if (text is not ("atteint" or "non atteint"))
            {
                return new(false, $"« {indicator.Label} » est qualitatif : indiquez « atteint » ou « non atteint ».");
            }

            actual = text == "atteint" ? 1m : 0m;
        }
        else if (!BudgetDrafts.TryMoney(text, out var read) || read is not { } number || number < 0)
        {
            return new(false, $"Valeur constatée illisible pour « {indicator.Label} » : « {value} » (un nombre positif, par exemple 12 ou 12,5).");
        }
        else
        {
            actual = number;
        }

        var before = stage == ReportStage.Interim ? indicator.InterimActual : indicator.FinalActual;
        indicator.Report(stage, actual);
        await audit.SaveAndRecordAsync(db, user, "subvention.indicateur", nameof(GrantFile), grant.Id.ToString(),
            new { Indicator = indicator.Label, Stage = stage.ToString(), Actual = before }, new { Indicator = indicator.Label, Stage = stage.ToString(), Actual = actual }, ct);
        var stageText = stage == ReportStage.Interim ? "au bilan intermédiaire" : "au rapport final";
        return new(true, $"« {indicator.Label} » {stageText} : {text}.");
    }
}
