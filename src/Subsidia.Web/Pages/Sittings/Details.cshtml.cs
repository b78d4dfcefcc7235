using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages.Sittings;

public sealed class DetailsModel(SittingQueries queries) : PageModel
{
    public SittingView? Sitting { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Sitting = await queries.GetAsync(id, ct);
        return Sitting is null ? NotFound() : Page();
    }
}
