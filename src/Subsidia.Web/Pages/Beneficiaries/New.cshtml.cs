using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Grants;

namespace Subsidia.Web.Pages.Beneficiaries;

/// <summary>Enters a beneficiary; a wrong SIRET is refused with the reason and nothing is stored.</summary>
[Authorize(Policy = Policies.EditGrants)]
public sealed class NewModel(GrantCommands commands) : PageModel
{
    public string? Error { get; private set; }

    public string? Name { get; private set; }

    public string? Siret { get; private set; }

    public string? Rna { get; private set; }

    /// <summary>The legal form chosen, given back after a refusal.</summary>
    public LegalForm Form { get; private set; } = LegalForm.Association;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? name, LegalForm form, string? siret, string? rna, CancellationToken ct)
    {
        var result = await commands.CreateBeneficiaryAsync(User, name ?? "", form, siret, rna, ct);
        if (result.Done)
        {
            return Redirect("/beneficiaires");
        }

        (Error, Name, Siret, Rna, Form) = (result.Message, name, siret, rna, form);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
