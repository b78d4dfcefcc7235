using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Domain.Assemblies;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages.Sittings;

/// <summary>
/// What the secretariat's sitting pages share: reading is open to every signed-in account, every POST is checked
/// against <see cref="Policies.EditSittings"/> on the server (403 otherwise), a signed sitting answers 409.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public abstract class SittingEditor(SittingQueries queries, IAuthorizationService authorization) : PageModel
{
    public SittingView? View { get; private set; }

    public Sitting? Sitting { get; private set; }

    public Assembly? Assembly { get; private set; }

    /// <summary>The signed-in user may change sittings (the forms are shown; the server checks again on POST).</summary>
    public bool CanEdit { get; private set; }

    public IReadOnlyList<string> Errors { get; protected set; } = [];

    [TempData]
    public string? Message { get; set; }

    protected async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await queries.LoadAsync(id, ct);
        if (loaded is null)
        {
            return false;
        }

        (Sitting, Assembly, var authority) = loaded.Value;
        View = SittingQueries.View(Sitting, Assembly, authority);
        CanEdit = !Sitting.IsSigned && (await authorization.AuthorizeAsync(User, Policies.EditSittings)).Succeeded;
        return true;
    }

    protected async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Policies.EditSittings)).Succeeded;

    /// <summary>Maps a command's outcome: back to the page with a message, or the page again with the errors.</summary>
    protected async Task<IActionResult> AfterAsync(CommandResult result, Guid id, string done, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Status)
        {
            case CommandStatus.Done:
                Message = done;
                return RedirectToPage(new { id });
            case CommandStatus.NotFound:
                return NotFound();
            default:
                await LoadAsync(id, ct);
                Errors = result.Errors;
                Response.StatusCode = result.Status == CommandStatus.Locked ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }
}
