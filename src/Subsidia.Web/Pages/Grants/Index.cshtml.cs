using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;

namespace Subsidia.Web.Pages.Grants;

public sealed class IndexModel(GrantQueries queries) : PageModel
{
    public IReadOnlyList<GrantSummary> Grants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Grants = await queries.ListAsync(ct);
}
