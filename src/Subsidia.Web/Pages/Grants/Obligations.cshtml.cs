using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;

namespace Subsidia.Web.Pages.Grants;

/// <summary>Obligations this month, late and lapsed, on any date.</summary>
public sealed class ObligationsModel(GrantQueries queries) : PageModel
{
    /// <summary>Rows shown per group; the full lists are downloads.</summary>
    public int ShownPerGroup => 200;

    public DateOnly On { get; private set; }

    /// <summary>Each group: its title, how many obligations it has, and the first <see cref="ShownPerGroup"/>.</summary>
    public IReadOnlyList<(string Title, int Count, IReadOnlyList<ObligationView> Rows)> Groups { get; private set; } = [];

    public async Task OnGetAsync(DateOnly? on, CancellationToken ct)
    {
        On = on ?? queries.Today;
        var groups = new List<(string, int, IReadOnlyList<ObligationView>)>();
        foreach (var (title, list) in new[] { ("Ce mois-ci", ObligationList.ThisMonth), ("En retard", ObligationList.Late),
            ("Caduques", ObligationList.Lapsed), ("À venir", ObligationList.Later) })
        {
            var page = await queries.ObligationPageAsync(On, list, 0, ShownPerGroup, ct);
            groups.Add((title, page.Total, page.Obligations));
        }

        Groups = groups;
    }
}
