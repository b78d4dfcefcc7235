using Microsoft.AspNetCore.Mvc;
using Subsidia.Data;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features.Imports;

namespace Subsidia.Web.Pages.Import;

/// <summary>Upload of deliberation documents and SCDL subventions files: kept in the staging folder, nothing stored yet.</summary>
[RequestSizeLimit(ImportStaging.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportStaging.MaxRequestBytes)]
public sealed class IndexModel(SubsidiaDbContext db, AuditLog audit, TimeProvider clock, IConfiguration configuration)
    : ImportPage(db, audit, clock, configuration)
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string MaxFileSize => Workflow.Staging.MaxFileSizeText;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken ct)
    {
        var uploads = (files ?? []).Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var outcome = await Workflow.UploadAsync(uploads, User.Identity?.Name ?? "", ct);
        if (outcome.Batch is null)
        {
            Errors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"/import/{outcome.Batch.Id:N}");
    }
}
