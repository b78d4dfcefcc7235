using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Pages.Accounts;

/// <summary>The audit log, read-only, with the verification of its hash chain.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AuditLogModel(AuditLog audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Verification = await audit.VerifyAsync(ct);
        Entries = await audit.LatestAsync(200, ct);
    }
}
