using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Pages.Accounts;

/// <summary>Creates the first administrator; exists only while no account does.</summary>
public sealed class FirstRunModel(AccountService accounts, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Choisissez un identifiant.")]
    [Display(Name = "Identifiant de l'administrateur")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe (12 caractères au moins)")]
    public string Password { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await accounts.AnyAsync(ct) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await accounts.AnyAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.CreateAsync(null, UserName, Password, [Roles.Administrator], ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: false);
        return LocalRedirect("/comptes");
    }
}
