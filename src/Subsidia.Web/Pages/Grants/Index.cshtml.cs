using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;
using Subsidia.Web.Pages.Shared;

namespace Subsidia.Web.Pages.Grants;

/// <summary>The grant files, searched and shown a page at a time.</summary>
public sealed class IndexModel(GrantQueries queries) : PageModel
{
    public const int PageSize = 100;

    /// <summary>Beneficiary, object or act number (part of it).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public Pager Pager => new("/subventions", Query, PageNumber, Total, PageSize, "Pages de la liste des subventions");

    public IReadOnlyList<GrantSummary> Grants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var page = await queries.PageAsync(Query, (PageNumber - 1) * PageSize, PageSize, ct);
        Total = page.Total;
        Grants = page.Grants;
    }
}
