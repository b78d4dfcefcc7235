using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Subsidia.Documents;
using Subsidia.Application.Grants;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Grants;

namespace Subsidia.Web.Pages.Grants;

/// <summary>A grant file: schedule, budget, obligations; signature, notification, documents and payment orders for those allowed.</summary>
public sealed class DetailsModel(GrantQueries queries, GrantCommands commands, IAuthorizationService authorization, AccountsDbContext accounts,
    DocumentRenderer renderer, TimeProvider clock) : PageModel
{
    public GrantView? Grant { get; private set; }

    public ConventionState? Convention { get; private set; }

    public ActionProgrammeView? ActionProgramme { get; private set; }

    /// <summary>The generations of the convention, from the audit log: when, by whom, the SHA-256 of the document.</summary>
    public IReadOnlyList<(DateTime At, string Actor, string? Fingerprint)> Generations { get; private set; } = [];

    /// <summary>The convention form as typed (kept when the generation is refused).</summary>
    public ConventionDraft? ConventionInput { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanOrder { get; private set; }

    public string? Message { get; private set; }

    public bool Done { get; private set; }

    public DateOnly Today => queries.Today;

    /// <summary>The programme's indicators with their targets and the values the reports gave.</summary>
    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? creee, CancellationToken ct)
    {
        if (creee is not null)
        {
            (Message, Done) = ("Subvention enregistrée.", true);
        }

        return await ShowAsync(id, ct);
    }

    public Task<IActionResult> OnPostConventionAsync(Guid id, ConventionDraft convention, CancellationToken ct)
    {
        ConventionInput = convention;
        return RunAsync(id, Policies.EditGrants, async () =>
        {
            var result = await commands.GenerateConventionAsync(User, id, convention, renderer, ct);
            if (result.Done)
            {
                ConventionInput = null;
            }

            return result;
        }, ct);
    }

    public Task<IActionResult> OnPostSignAsync(Guid id, DateOnly on, CancellationToken ct) =>
        RunAsync(id, Policies.EditGrants, () => commands.SignConventionAsync(User, id, on, ct), ct);

    public Task<IActionResult> OnPostNotifyAsync(Guid id, DateOnly on, CancellationToken ct) =>
        RunAsync(id, Policies.EditGrants, () => commands.NotifyAsync(User, id, on, ct), ct);

    public Task<IActionResult> OnPostDocumentAsync(Guid id, DocumentKind kind, DateOnly on, CancellationToken ct) =>
        RunAsync(id, Policies.EditGrants, () => commands.ReceiveDocumentAsync(User, id, kind, on, ct), ct);

    public Task<IActionResult> OnPostIndicatorAsync(Guid id, Guid indicatorId, ReportStage stage, string? actual, CancellationToken ct) =>
        RunAsync(id, Policies.EditGrants, () => commands.ReportIndicatorAsync(User, id, indicatorId, stage, actual, ct), ct);

    public Task<IActionResult> OnPostOrderAsync(Guid id, Guid instalmentId, string? amount, DateOnly on, CancellationToken ct) =>
        RunAsync(id, Policies.OrderPayments, () =>
            decimal.TryParse((amount ?? "").Replace(" ", "", StringComparison.Ordinal).Replace('\u00A0', ' ').Replace(" ", "", StringComparison.Ordinal),
                NumberStyles.Number, CultureInfo.GetCultureInfo("fr-FR"), out var value) && value > 0
                ? commands.OrderPaymentAsync(User, id, instalmentId, value, on, ct)
                : Task.FromResult(new CommandResult(false, $"Montant illisible : « {amount} » (exemple : 7 500,00).")), ct);

    private async Task<IActionResult> RunAsync(Guid id, string policy, Func<Task<CommandResult>> command, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var result = await command();
        Message = result.Message;
        Done = result.Done;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        Grant = await queries.GetAsync(id, null, ct);
        if (Grant is null)
        {
            return NotFound();
        }

        Convention = await queries.ConventionStateAsync(id, ct);
        ActionProgramme = await queries.ActionProgrammeAsync(id, ct);
        Indicators = await commands.IndicatorsAsync(id, ct);
        var key = id.ToString();
        var generations = await accounts.AuditEntries.AsNoTracking()
            .Where(e => e.Action == "convention.generation" && e.EntityId == key).OrderBy(e => e.Sequence).ToListAsync(ct);
        Generations = generations.Select(e => (TimeZoneInfo.ConvertTime(e.At, clock.LocalTimeZone).DateTime, e.Actor, Fingerprint(e.After))).ToList();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditGrants)).Succeeded;
        CanOrder = (await authorization.AuthorizeAsync(User, Policies.OrderPayments)).Succeeded;
        return Page();
    }

    private static string? Fingerprint(string? after)
    {
        if (after is null)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(after);
        return json.RootElement.TryGetProperty("docx", out var docx) ? docx.GetString() : null;
    }
}
