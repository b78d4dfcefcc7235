using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Grants;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Web.Pages.Shared;

namespace Subsidia.Web.Pages.Beneficiaries;

/// <summary>Beneficiaries with their history of grants across years and funders, searched and shown a page at a time.</summary>
public sealed class IndexModel(SubsidiaDbContext db) : PageModel
{
    /// <summary>Beneficiaries per page: the list stays light with tens of thousands of them.</summary>
    public const int PageSize = 50;

    /// <summary>Name, SIRET or RNA (part of it).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public Pager Pager => new("/beneficiaires", Query, PageNumber, Total, PageSize, "Pages de la liste des bénéficiaires");

    public IReadOnlyList<Beneficiary> Beneficiaries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Beneficiaries.AsNoTracking().Matching(Query);

        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pager.Pages);
        Beneficiaries = await query.OrderBy(b => b.Name).ThenBy(b => b.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(b => b.History).ToListAsync(ct);
    }
}
