using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Subsidia.Application.Grants;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Grants;

namespace Subsidia.Web.Pages.Grants;

/// <summary>
/// Creates a grant file with its forecast budget tree and action programme. Rows are added and removed by submitting the
/// form (it works without JavaScript); budget-tree.js only shows the totals as they are typed. The server recomputes
/// and checks everything with the domain before storing, and gives back everything typed on a refusal.
/// </summary>
[Authorize(Policy = Policies.EditGrants)]
public sealed class NewModel(GrantQueries queries, GrantCommands commands) : PageModel
{
    [BindProperty]
    public GrantDraft Draft { get; set; } = GrantDraft.Blank();

    public IReadOnlyList<FormChoice> Beneficiaries { get; private set; } = [];

    /// <summary>How many beneficiaries match the search (the list shows the first <see cref="GrantQueries.ChoiceLimit"/>).</summary>
    public int BeneficiaryMatches { get; private set; }

    /// <summary>How many acts match the search.</summary>
    public int ActMatches { get; private set; }

    public IReadOnlyList<EnvelopeChoice> Envelopes { get; private set; } = [];

    public IReadOnlyList<ActChoice> Acts { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public BudgetTotals Totals { get; private set; } = BudgetDrafts.Totals(null, 0);

    /// <summary>After a row was added or removed by submitting, the field the keyboard goes on from (autofocus).</summary>
    public string? FocusId { get; private set; }

    /// <summary>The message of the field with this id, if it was refused.</summary>
    public string? ErrorOf(string id) => Errors.FirstOrDefault(e => e.Field == id)?.Message;

    public async Task OnGetAsync(Guid? beneficiary, Guid? act, CancellationToken ct)
    {
        Draft.BeneficiaryId = beneficiary;
        Draft.ActItemId = act;
        await LoadAsync(ct);
    }

    /// <summary>The matches of a beneficiary search, for the list the script refreshes while typing.</summary>
    public async Task<IActionResult> OnGetBeneficiariesAsync(string? q, CancellationToken ct)
    {
        var (choices, matches) = await queries.BeneficiaryChoicesAsync(q, null, ct);
        return new JsonResult(new { matches, choices = choices.Select(c => new { id = c.Id, label = c.Label }) });
    }

    /// <summary>The matches of an act search.</summary>
    public async Task<IActionResult> OnGetActsAsync(string? q, CancellationToken ct)
    {
        var (choices, matches) = await queries.ActChoicesAsync(q, null, ct);
        return new JsonResult(new { matches, choices = choices.Select(c => new { id = c.ItemId, label = c.Label }) });
    }

    public async Task<IActionResult> OnPostAsync(string? op, CancellationToken ct)
    {
        // Values that did not bind (a date typed by hand in a browser without a date picker) are reported, not dropped silently.
        var unbound = ModelState.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => kv.Key).ToList();
        ModelState.Clear();
        if (!string.IsNullOrEmpty(op) && op != "save")
        {
            FocusId = Draft.Apply(op);
            await LoadAsync(ct);
            return Page();
        }

        var unreadable = unbound.Select(k => new FieldError(k.Replace('.', '_').Replace('[', '_').Replace(']', '_'),
            $"{Label(k)} : la valeur saisie n'est pas lisible.")).ToList();
        if (unreadable.Count == 0)
        {
            var result = await commands.CreateGrantAsync(User, Draft, ct);
            if (result.GrantId is { } id)
            {
                return Redirect($"/subventions/{id}?creee=1");
            }

            (Errors, Notes) = (result.Errors, result.Notes);
        }
        else
        {
            Errors = unreadable;
        }

        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static string Label(string key) => key switch
    {
        "Draft.PeriodStart" => "Début de la période (date)",
        "Draft.PeriodEnd" => "Fin de la période (date)",
        "Draft.BeneficiaryId" => "Bénéficiaire",
        "Draft.EnvelopeId" => "Programme et enveloppe",
        "Draft.ActItemId" => "Acte de décision",
        "Draft.Purpose" => "Nature de l'aide",
        _ => key,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        (Beneficiaries, BeneficiaryMatches) = await queries.BeneficiaryChoicesAsync(Draft.BeneficiaryQuery, Draft.BeneficiaryId, ct);
        Envelopes = await queries.EnvelopeChoicesAsync(ct);
        (Acts, ActMatches) = await queries.ActChoicesAsync(Draft.ActQuery, Draft.ActItemId, ct);
        var ignored = new List<FieldError>();
        Totals = BudgetDrafts.Totals(BudgetDrafts.Build(Draft, ignored), Draft.Sections.Count);
    }
}
