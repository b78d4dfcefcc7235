using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Pages.Accounts;

/// <summary>Accounts and their roles (administrator only).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Indiquez un identifiant.")]
    [Display(Name = "Identifiant")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Indiquez un mot de passe.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe initial (12 caractères au moins)")]
    public string Password { get; set; } = "";

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Accounts = await accounts.ListAsync(ct);
            return Page();
        }

        var result = await accounts.CreateAsync(User, UserName, Password, SelectedRoles, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            Accounts = await accounts.ListAsync(ct);
            return Page();
        }

        Message = $"Compte « {UserName.Trim()} » créé.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRolesAsync(string userId, List<string> roles, CancellationToken ct)
    {
        var result = await accounts.SetRolesAsync(User, userId, roles, ct);
        Message = result.Succeeded ? "Rôles enregistrés." : string.Join(" ", result.Errors.Select(e => e.Description));
        return RedirectToPage();
    }
}
