using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages.Sittings;

/// <summary>Opens a new sitting: body, date, members, items in the order of passage.</summary>
[Authorize(Policy = Policies.EditSittings)]
public sealed class NewModel(SittingCommands commands) : PageModel
{
    public IReadOnlyList<SelectListItem> Authorities { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Collectivité")]
    public Guid? AuthorityId { get; set; }

    [BindProperty]
    [Display(Name = "ou nouvelle collectivité")]
    public string? NewAuthorityName { get; set; }

    [BindProperty]
    [Display(Name = "Assemblée")]
    public string Body { get; set; } = "";

    [BindProperty]
    [Display(Name = "Date de la séance")]
    [DataType(DataType.Date)]
    public DateOnly Date { get; set; }

    [BindProperty]
    [Display(Name = "Lieu")]
    public string? Place { get; set; }

    [BindProperty]
    [Display(Name = "Membres en exercice (vide : le nombre de membres listés)")]
    public int? MembersInOffice { get; set; }

    [BindProperty]
    [Display(Name = "Membres, un par ligne (Prénom NOM)")]
    public string Members { get; set; } = "";

    [BindProperty]
    [Display(Name = "Rapports dans l'ordre de passage, un par ligne (numéro ; objet ; n° d'acte facultatif)")]
    public string Items { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Date = DateOnly.FromDateTime(DateTime.Today);
        await FillAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            await FillAsync(ct);
            return Page();
        }

        var result = await commands.CreateAsync(User, new NewSitting(AuthorityId, NewAuthorityName, Body, Date, Place, MembersInOffice, Members, Items), ct);
        if (result.Succeeded)
        {
            TempData["Message"] = "Séance créée : saisissez maintenant les présences.";
            return Redirect($"/seances/{result.Id}/presences");
        }

        Errors = result.Errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct) =>
        Authorities = (await commands.AuthoritiesAsync(ct)).Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == AuthorityId)).ToList();
}
