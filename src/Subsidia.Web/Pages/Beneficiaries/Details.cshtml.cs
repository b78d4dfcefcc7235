using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Beneficiaries;

namespace Subsidia.Web.Pages.Beneficiaries;

/// <summary>A grant file of the beneficiary, as its page lists it.</summary>
public sealed record BeneficiaryGrant(Guid Id, string Subject, decimal? AmountRequested, decimal? AmountGranted, DateOnly? DecidedOn, string? Act);

/// <summary>One beneficiary: who it is, what it received year by year (from every funder), and its grant files here.</summary>
public sealed class DetailsModel(SubsidiaDbContext db) : PageModel
{
    public Beneficiary? Beneficiary { get; private set; }

    public IReadOnlyList<BeneficiaryGrant> Grants { get; private set; } = [];

    /// <summary>Amounts received per year, every funder together, oldest first: the chart.</summary>
    public IReadOnlyList<(int Year, decimal Amount)> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Beneficiary = await db.Beneficiaries.AsNoTracking().Include(b => b.History).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (Beneficiary is null)
        {
            return NotFound();
        }

        Years = Beneficiary.History.GroupBy(h => h.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(h => h.Amount))).ToList();
        var grants = await db.GrantFiles.AsNoTracking().Where(g => g.BeneficiaryId == id)
            .Select(g => new { g.Id, g.Request.Subject, g.Request.AmountRequested, Amount = (decimal?)g.Decision!.Amount,
                DecidedOn = (DateOnly?)g.Decision!.DecidedOn, Act = g.Decision!.ActNumber })
            .ToListAsync(ct);
        Grants = grants.OrderByDescending(g => g.DecidedOn).ThenBy(g => g.Subject, StringComparer.Ordinal)
            .Select(g => new BeneficiaryGrant(g.Id, g.Subject, g.AmountRequested, g.Amount, g.DecidedOn, g.Act)).ToList();
        return Page();
    }

}

/// <summary>The legal forms in French, in the order a form offers them.</summary>
public static class LegalForms
{
    public static IReadOnlyList<LegalForm> All { get; } = Enum.GetValues<LegalForm>();

    public static string Label(LegalForm form) => form switch
    {
        LegalForm.Association => "Association",
        LegalForm.Foundation => "Fondation ou fonds de dotation",
        LegalForm.Company => "Entreprise",
        LegalForm.PublicBody => "Organisme public",
        _ => "Autre",
    };
}
