using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Beneficiaries;

namespace Subsidia.Web.Pages.Beneficiaries;

/// <summary>Beneficiaries with their history of grants across years and funders.</summary>
public sealed class IndexModel(SubsidiaDbContext db) : PageModel
{
    public IReadOnlyList<Beneficiary> Beneficiaries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Beneficiaries = await db.Beneficiaries.AsNoTracking().Include(b => b.History).OrderBy(b => b.Name).ToListAsync(ct);
}
