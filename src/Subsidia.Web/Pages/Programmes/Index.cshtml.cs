using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;

namespace Subsidia.Web.Pages.Programmes;

/// <summary>Budget programmes and the consumption of their envelopes: voted, committed, paid .</summary>
public sealed class IndexModel(GrantQueries queries) : PageModel
{
    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await queries.ProgrammesAsync(ct);
}

/// <summary>One programme, each envelope with its chart, its table and the grants charged to it.</summary>
public sealed class DetailsModel(GrantQueries queries) : PageModel
{
    public ProgrammeView? Programme { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Programme = await queries.ProgrammeAsync(id, ct);
        return Programme is null ? NotFound() : Page();
    }
}

/// <summary>The geometry of the consumption chart, computed on the server (no script draws it).</summary>
public sealed record EnvelopeChart(string Key, string Title, EnvelopeConsumption Envelope)
{
    public const int LabelWidth = 110;
    public const int BarArea = 420;
    public const int RowHeight = 44;

    public decimal Scale => Math.Max(Math.Max(Envelope.Voted, Envelope.Committed), Math.Max(Envelope.Paid, 1m));

    public IReadOnlyList<(string Label, decimal Amount, string Css)> Bars =>
    [
        ("Voté", Envelope.Voted, "bar-voted"),
        ("Engagé", Envelope.Committed, Envelope.Committed > Envelope.Voted ? "bar-over" : "bar-committed"),
        ("Payé", Envelope.Paid, "bar-paid"),
    ];

    public int Width(decimal amount) => amount <= 0 ? 0 : Math.Max(1, (int)Math.Round(amount / Scale * BarArea, MidpointRounding.AwayFromZero));

    /// <summary>A share of the credits voted, "3,6 %".</summary>
    public string ShareOfVoted(decimal amount) =>
        Envelope.Voted == 0 ? "sans objet" : (amount / Envelope.Voted * 100m).ToString("0.0", Domain.Common.French.Culture) + "\u00A0%";

    public string Description =>
        $"Crédits votés {Domain.Common.French.Money(Envelope.Voted)} ; engagés {Domain.Common.French.Money(Envelope.Committed)} ({ShareOfVoted(Envelope.Committed)} des crédits) ; " +
        $"payés {Domain.Common.French.Money(Envelope.Paid)} ({ShareOfVoted(Envelope.Paid)}) ; " +
        (Envelope.Available >= 0
            ? $"disponibles {Domain.Common.French.Money(Envelope.Available)}."
            : $"enveloppe dépassée de {Domain.Common.French.Money(-Envelope.Available)}.");
}
