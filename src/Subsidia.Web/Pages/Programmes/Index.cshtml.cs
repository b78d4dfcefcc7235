using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;
using Subsidia.Application.Grants;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Grants;

namespace Subsidia.Web.Pages.Programmes;

/// <summary>Budget programmes and the consumption of their envelopes: voted, committed, paid .</summary>
public sealed class IndexModel(GrantQueries queries) : PageModel
{
    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await queries.ProgrammesAsync(ct);
}

/// <summary>
/// One programme, each envelope with its chart, its table, the grants charged to it and the history of its credits;
/// grants officers open the envelope of a year from it and amend an envelope's credits (BS, DM).
/// </summary>
public sealed class DetailsModel(GrantQueries queries, GrantCommands commands, IAuthorizationService authorization) : PageModel
{
    public ProgrammeView? Programme { get; private set; }

    /// <summary>The outcome of opening an envelope: a confirmation or the reason of a refusal.</summary>
    public string? Message { get; private set; }

    public bool Refused { get; private set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public BudgetStage Stage { get; set; } = BudgetStage.Primitive;

    [BindProperty]
    public string? Amount { get; set; }

    /// <summary>The envelope whose credits are amended.</summary>
    [BindProperty]
    public Guid? AmendEnvelopeId { get; set; }

    [BindProperty]
    public BudgetStage AmendStage { get; set; } = BudgetStage.Supplementary;

    /// <summary>The signed change, "-5 000,00" or "12 500".</summary>
    [BindProperty]
    public string? AmendAmount { get; set; }

    /// <summary>The deliberation that voted the amendment, optional.</summary>
    [BindProperty]
    public string? AmendReference { get; set; }

    /// <summary>The outcome of amending the envelope <see cref="AmendEnvelopeId"/>, shown in its form.</summary>
    public ProgrammeResult? Amendment { get; private set; }

    /// <summary>The reason of the refusal when it is about <paramref name="field"/> of the form of <paramref name="envelopeId"/>.</summary>
    public string? AmendmentErrorOf(Guid envelopeId, string field) =>
        AmendEnvelopeId == envelopeId && Amendment is { Done: false } refusal && (refusal.Field ?? AmendmentFields.Amount) == field ? refusal.Message : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Programme = await queries.ProgrammeAsync(id, ct);
        return Programme is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostEnvelopeAsync(Guid id, CancellationToken ct) => RunAsync(id, async () =>
    {
        var result = await commands.OpenEnvelopeAsync(User, id, Year, Stage, Amount, ct);
        (Message, Refused) = (result.Message, !result.Done);
        if (result.Done)
        {
            (Year, Amount) = (null, null);
        }

        return result;
    }, ct);

    public Task<IActionResult> OnPostAmendAsync(Guid id, CancellationToken ct) => RunAsync(id, async () =>
    {
        Amendment = AmendEnvelopeId is { } envelope
            ? await commands.AmendEnvelopeAsync(User, id, envelope, AmendStage, AmendAmount, AmendReference, ct)
            : new ProgrammeResult(null, "Choisissez l'enveloppe dont les crédits changent.");
        if (Amendment.Done)
        {
            (AmendStage, AmendAmount, AmendReference) = (BudgetStage.Supplementary, null, null);
        }

        return Amendment;
    }, ct);

    /// <summary>
    /// Runs a command for grants officers only (403 for other roles, sign-in for visitors), then shows the page again
    /// with its outcome: 422 when the command was refused.
    /// </summary>
    private async Task<IActionResult> RunAsync(Guid id, Func<Task<ProgrammeResult>> command, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditGrants)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var result = await command();
        Programme = await queries.ProgrammeAsync(id, ct);
        if (Programme is null)
        {
            return NotFound();
        }

        if (!result.Done)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
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
