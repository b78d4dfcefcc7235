using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages;

public sealed class IndexModel(SittingQueries queries) : PageModel
{
    public IReadOnlyList<SittingSummary> Sittings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sittings = await queries.ListAsync(ct);
}
