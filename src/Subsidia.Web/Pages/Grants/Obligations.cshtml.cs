using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;

namespace Subsidia.Web.Pages.Grants;

/// <summary>Obligations this month, late and lapsed, on any date.</summary>
public sealed class ObligationsModel(GrantQueries queries) : PageModel
{
    /// <summary>Rows shown per group; the full lists are downloads.</summary>
    public int ShownPerGroup => 200;

    public DateOnly On { get; private set; }

    public IReadOnlyList<(string Title, IReadOnlyList<ObligationView> Rows)> Groups { get; private set; } = [];

    public async Task OnGetAsync(DateOnly? on, CancellationToken ct)
    {
        On = on ?? queries.Today;
        var all = await queries.ObligationsAsync(On, ct);
        var monthEnd = new DateOnly(On.Year, On.Month, 1).AddMonths(1).AddDays(-1);
        Groups =
        [
            ("Ce mois-ci", all.Where(o => o.State is "Due" or "Upcoming" && o.DueOn is { } d && d >= On && d <= monthEnd).ToList()),
            ("En retard", all.Where(o => o.State == "Late").ToList()),
            ("Caduques", all.Where(o => o.State == "Lapsed").ToList()),
            ("À venir", all.Where(o => o.State is "Upcoming" or "Due" && (o.DueOn is null || o.DueOn > monthEnd)).ToList()),
        ];
    }
}
