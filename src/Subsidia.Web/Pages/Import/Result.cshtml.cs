using Microsoft.AspNetCore.Mvc;
using Subsidia.Data;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Imports;

namespace Subsidia.Web.Pages.Import;

/// <summary>What the confirmed import did with each file: created, matched, skipped, and the stored sitting.</summary>
public sealed class ResultModel(SubsidiaDbContext db, AuditLog audit, TimeProvider clock, IConfiguration configuration)
    : ImportPage(db, audit, clock, configuration)
{
    public IReadOnlyList<StagedResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid batch, CancellationToken ct)
    {
        var found = await FindBatchAsync(batch, ct);
        if (found is null)
        {
            return NotFound();
        }

        if (found.Results is null)
        {
            return Redirect($"/import/{batch:N}");
        }

        Results = found.Results;
        return Page();
    }
}
