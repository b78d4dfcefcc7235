using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Data;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Imports;

namespace Subsidia.Web.Pages.Import;

/// <summary>What the import pages share: the <see cref="Policies.Import"/> policy (403 otherwise) and the workflow; a batch is found for its owner only.</summary>
[Authorize(Policy = Policies.Import)]
public abstract class ImportPage(SubsidiaDbContext db, AuditLog audit, TimeProvider clock, IConfiguration configuration) : PageModel
{
    protected ImportWorkflow Workflow { get; } = new(db, audit, clock, configuration);

    /// <summary>The signed-in user's batch of that id, or null (another user's batch is not found).</summary>
    protected Task<StagedBatch?> FindBatchAsync(Guid batch, CancellationToken ct) => Workflow.Staging.FindAsync(batch, User.Identity?.Name ?? "", ct);
}
