using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Subsidia.Web.Pages.Accounts;

public sealed class SignInModel(SignInManager<IdentityUser> signIn, Subsidia.Web.Accounts.AccountService accounts) : PageModel
{
    /// <summary>No account exists yet: the page points to the first-run page.</summary>
    public bool FirstRun { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre identifiant.")]
    [Display(Name = "Identifiant")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre mot de passe.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => FirstRun = !await accounts.AnyAsync(ct);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Compte verrouillé après plusieurs essais : réessayez dans quelques minutes."
            : "Identifiant ou mot de passe incorrect.");
        return Page();
    }
}
