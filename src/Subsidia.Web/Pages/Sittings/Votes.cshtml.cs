using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages.Sittings;

public sealed class VotesModel(SittingQueries queries, SittingCommands commands, IAuthorizationService authorization)
    : SittingEditor(queries, authorization)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVoteAsync(Guid id, Guid itemId, int? @for, int? against, int? abstention, int? notTakingPart,
        bool unanimous, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var result = await commands.RecordVoteAsync(User, id, itemId, new VoteInput(@for, against, abstention, notTakingPart, unanimous), ct);
        return await AfterAsync(result, id, "Vote enregistré.", ct);
    }

    public async Task<IActionResult> OnPostPositionAsync(Guid id, Guid itemId, string? position, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var result = await commands.PlaceItemAsync(User, id, itemId, position, ct);
        return await AfterAsync(result, id, "Position du rapport enregistrée.", ct);
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, bool confirm, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        if (!confirm)
        {
            await LoadAsync(id, ct);
            Errors = ["Cochez la case qui confirme la clôture et la signature."];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await commands.SignAsync(User, id, ct);
        return await AfterAsync(result, id, "Séance close et signée : ses actes sont verrouillés.", ct);
    }
}
