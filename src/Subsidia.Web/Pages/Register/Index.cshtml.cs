using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Web.Features.Register;

namespace Subsidia.Web.Pages.Register;

/// <summary>The register: published acts for everyone, every act for signed-in accounts; search by number, date, object, matière, beneficiary.</summary>
public sealed class IndexModel(RegisterQueries register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "numero")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "objet")]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true, Name = "matiere")]
    public string? Matter { get; set; }

    [BindProperty(SupportsGet = true, Name = "beneficiaire")]
    public string? Beneficiary { get; set; }

    public IReadOnlyList<ActSummary> Acts { get; private set; } = [];

    public bool PublishedOnly { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PublishedOnly = User.Identity?.IsAuthenticated != true;
        Acts = await register.SearchAsync(new ActSearch(Number, From, To, Subject, Matter, PublishedOnly, Beneficiary: Beneficiary), ct);
    }
}
