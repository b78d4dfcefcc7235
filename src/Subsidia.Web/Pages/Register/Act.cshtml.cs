using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Features.Register;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages.Register;

/// <summary>One act: its sitting, its vote reconciled with the roll, its findings, its documents.</summary>
public sealed class ActModel(RegisterQueries register, SittingQueries sittings) : PageModel
{
    public ActSummary? Act { get; private set; }

    public DeliberationView? Deliberation { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "numero")] string? number, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return NotFound();
        }

        Act = await register.FindAsync(number, ct);
        if (Act is null || (!Act.IsPublic && User.Identity?.IsAuthenticated != true))
        {
            return NotFound();
        }

        var found = await sittings.FindDeliberationsAsync(Act.Number, ct);
        Deliberation = found.Count > 0 ? found[0] : null;
        return Deliberation is null ? NotFound() : Page();
    }
}
