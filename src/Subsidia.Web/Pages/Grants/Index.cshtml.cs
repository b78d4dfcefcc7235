using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;

namespace Subsidia.Web.Pages.Grants;

/// <summary>The grant files, searched and shown a page at a time.</summary>
public sealed class IndexModel(GrantQueries queries) : PageModel
{
    public const int PageSize = 100;

    /// <summary>Beneficiary, object or act number (part of it).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // "page" is Razor Pages' own route value: the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<GrantSummary> Grants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var page = await queries.PageAsync(Query, (PageNumber - 1) * PageSize, PageSize, ct);
        Total = page.Total;
        Grants = page.Grants;
    }

    public string PageLink(int page) =>
        $"/subventions?p={page}" + (string.IsNullOrWhiteSpace(Query) ? "" : "&q=" + Uri.EscapeDataString(Query.Trim()));
}
