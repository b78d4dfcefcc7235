using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Grants;

namespace Subsidia.Web.Pages.Programmes;

/// <summary>Creates a budget programme; its envelopes are then opened year by year on its page.</summary>
[Authorize(Policy = Policies.EditGrants)]
public sealed class NewModel(SubsidiaDbContext db, GrantCommands commands) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Authorities { get; private set; } = [];

    [BindProperty]
    public Guid? AuthorityId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public ProgrammeKind Kind { get; set; } = ProgrammeKind.ApCp;

    [BindProperty]
    public int? FirstYear { get; set; }

    [BindProperty]
    public int? LastYear { get; set; }

    public string? Error { get; private set; }

    public static IReadOnlyList<(ProgrammeKind Kind, string Label)> Kinds { get; } =
    [
        (ProgrammeKind.ApCp, "Autorisation de programme / crédits de paiement (AP/CP)"),
        (ProgrammeKind.AeCp, "Autorisation d'engagement / crédits de paiement (AE/CP)"),
        (ProgrammeKind.Ppif, "Plan pluriannuel d'investissement et de fonctionnement (PPIF)"),
    ];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await commands.CreateProgrammeAsync(User, AuthorityId, Name, Kind, FirstYear, LastYear, ct);
        if (result.Id is { } id)
        {
            return Redirect($"/programmes/{id}");
        }

        Error = result.Message;
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Authorities.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        Authorities = rows.Select(a => (a.Id, a.Name)).ToList();
        AuthorityId ??= Authorities.Count == 1 ? Authorities[0].Id : null;
    }
}
