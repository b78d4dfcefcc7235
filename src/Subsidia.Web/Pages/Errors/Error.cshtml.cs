using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Subsidia.Web.Pages.Errors;

/// <summary>The French page shown for an error status; the status itself is kept (403 stays 403).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            403 => ("Accès refusé", "Votre compte n'a pas le rôle qui permet cette action. Demandez-le à l'administrateur."),
            401 => ("Connexion requise", "Connectez-vous pour effectuer cette action."),
            404 => ("Page introuvable", "Cette adresse ne correspond à aucune page."),
            409 => ("Action impossible", "L'objet a changé ou est verrouillé (séance signée)."),
            400 => ("Requête invalide", "Le formulaire a expiré ou n'est pas valide : rechargez la page et recommencez."),
            _ => ("Erreur", "Une erreur est survenue."),
        };
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code;
        }
    }
}
