using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Subsidia.Data;
using Subsidia.Web.Accounts;
using Subsidia.Domain.Common;
using Subsidia.Reading.Model;
using Subsidia.Web.Features.Imports;

namespace Subsidia.Web.Pages.Import;

/// <summary>What was read in each uploaded file, with the findings; "Confirmer l'import" stores it, "Abandonner" removes the upload.</summary>
public sealed class ReviewModel(SubsidiaDbContext db, AuditLog audit, TimeProvider clock, IConfiguration configuration)
    : ImportPage(db, audit, clock, configuration)
{
    public StagedBatch? Batch { get; private set; }

    public IReadOnlyList<StagedPreview> Previews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid batch, CancellationToken ct)
    {
        Batch = await FindBatchAsync(batch, ct);
        if (Batch is null)
        {
            return NotFound();
        }

        if (Batch.Results is not null)
        {
            return Redirect($"/import/{batch:N}/resultat");
        }

        Previews = await Workflow.PreviewAsync(Batch, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid batch, CancellationToken ct)
    {
        var found = await FindBatchAsync(batch, ct);
        if (found is null)
        {
            return NotFound();
        }

        await Workflow.ConfirmAsync(found, User, ct);
        return Redirect($"/import/{batch:N}/resultat");
    }

    public async Task<IActionResult> OnPostAbandonAsync(Guid batch, CancellationToken ct)
    {
        var found = await FindBatchAsync(batch, ct);
        if (found is null)
        {
            return NotFound();
        }

        if (found.Results is null)
        {
            Workflow.Staging.Delete(batch);
        }

        return Redirect("/import");
    }

    /// <summary>"2012-05-09" as "09/05/2012"; anything else as written.</summary>
    public static string Day(string? iso) =>
        iso is null ? "non lue" : DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? French.Date(d) : iso;

    /// <summary>"du point 2 au point 5", "dès l'ouverture", "jusqu'à la clôture".</summary>
    public static string Span(string? from, string? to) => (from, to) switch
    {
        (null, null) => "toute la séance",
        (null, _) => $"jusqu'au point {to}",
        (_, null) => $"à partir du point {from}",
        _ => $"du point {from} au point {to}",
    };

    public static string Attendance(AttendanceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var spans = string.Join(", ", entry.Spans.Select(s => Span(s.From, s.To)));
        var except = entry.Except.Count == 0 ? "" : " sauf " + string.Join(", ", entry.Except.Select(s => Span(s.From, s.To)));
        return entry.Name + (entry.Replaces is null ? "" : $" (suppléant de {entry.Replaces})") + $" : {spans}{except}";
    }

    public static string Severity(string severity) => severity switch
    {
        "error" => "erreur",
        "warning" => "avertissement",
        "info" => "information",
        _ => severity,
    };

    public static string Kind(string kind) => kind == "scdl-subventions" ? "fichier SCDL subventions" : "document de délibération";
}
