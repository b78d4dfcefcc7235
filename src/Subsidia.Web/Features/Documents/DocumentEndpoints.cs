using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Documents;
using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Conventions;
using Subsidia.Documents.Demo;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Features.Documents;

/// <summary>
/// Documents out: GET /api/deliberations/extract.pdf|docx?number=…, /api/grants/{id}/convention.pdf|docx,
/// /api/sittings/{id}/deliberations-list.pdf, minutes.pdf, closing-sheet.pdf. Published acts are public.
/// </summary>
public static class DocumentEndpoints
{
    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/deliberations/extract.pdf", (string? number, SubsidiaDbContext db, SittingQueries queries, DocumentRenderer renderer, CancellationToken ct) =>
            Extract(number, true, db, queries, renderer, ct)).WithName("ExtractPdf")
            .WithTags(Tags.Documents).WithSummary("Extrait du registre d'une délibération (PDF)").WithDescription("?number=… : l'extrait certifié de l'acte, en PDF. 400 sans numéro, 404 si aucun acte ne porte ce numéro.")
            .Produces(StatusCodes.Status200OK, contentType: Pdf).Produces<ProblemDetailsView>(StatusCodes.Status400BadRequest).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);
        app.MapGet("/api/deliberations/extract.docx", (string? number, SubsidiaDbContext db, SittingQueries queries, DocumentRenderer renderer, CancellationToken ct) =>
            Extract(number, false, db, queries, renderer, ct)).WithName("ExtractDocx")
            .WithTags(Tags.Documents).WithSummary("Extrait du registre d'une délibération (DOCX)").WithDescription("?number=… : l'extrait de l'acte, en DOCX modifiable. 400 sans numéro, 404 si aucun acte ne porte ce numéro.")
            .Produces(StatusCodes.Status200OK, contentType: Docx).Produces<ProblemDetailsView>(StatusCodes.Status400BadRequest).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);

        app.MapGet("/api/sittings/{id:guid}/deliberations-list.pdf", (Guid id, SittingQueries queries, DocumentRenderer renderer, CancellationToken ct) =>
            SittingDocument(id, queries, (r, c) => renderer.DeliberationListPdfAsync(r, c), "liste-des-deliberations.pdf", ct)).WithName("DeliberationListPdf")
            .WithTags(Tags.Documents).WithSummary("Liste des délibérations d'une séance (PDF)").WithDescription("La liste des délibérations de la séance {id}, avec le vote de chacune. 404 si la séance n'existe pas.")
            .Produces(StatusCodes.Status200OK, contentType: Pdf).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);
        app.MapGet("/api/sittings/{id:guid}/minutes.pdf", (Guid id, SittingQueries queries, DocumentRenderer renderer, CancellationToken ct) =>
            SittingDocument(id, queries, (r, c) => renderer.MinutesPdfAsync(r, c), "proces-verbal.pdf", ct)).WithName("MinutesPdf")
            .WithTags(Tags.Documents).WithSummary("Projet de procès-verbal d'une séance (PDF)").WithDescription("Le procès-verbal de la séance {id} : présences, pouvoirs, points et votes. 404 si la séance n'existe pas.")
            .Produces(StatusCodes.Status200OK, contentType: Pdf).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);
        app.MapGet("/api/sittings/{id:guid}/closing-sheet.pdf", (Guid id, SittingQueries queries, DocumentRenderer renderer, CancellationToken ct) =>
            SittingDocument(id, queries, (r, c) => renderer.ClosingSheetPdfAsync(r, c), "feuille-de-cloture.pdf", ct)).WithName("ClosingSheetPdf")
            .WithTags(Tags.Documents).WithSummary("Feuille de clôture d'une séance (PDF)").WithDescription("La feuille de clôture de la séance {id}, à signer. 404 si la séance n'existe pas.")
            .Produces(StatusCodes.Status200OK, contentType: Pdf).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);

        app.MapGet("/api/grants/{id:guid}/convention.pdf", (Guid id, SubsidiaDbContext db, DocumentRenderer renderer, CancellationToken ct) =>
            Convention(id, true, db, renderer, ct)).WithName("ConventionPdf")
            .WithTags(Tags.Documents).WithSummary("Convention d'une subvention (PDF)").WithDescription("La convention du dossier {id} avec ses annexes (programme, budget, échéancier). 404 si le dossier n'existe pas ou n'a pas de convention.")
            .Produces(StatusCodes.Status200OK, contentType: Pdf).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);
        app.MapGet("/api/grants/{id:guid}/convention.docx", (Guid id, SubsidiaDbContext db, DocumentRenderer renderer, CancellationToken ct) =>
            Convention(id, false, db, renderer, ct)).WithName("ConventionDocx")
            .WithTags(Tags.Documents).WithSummary("Convention d'une subvention (DOCX)").WithDescription("La convention du dossier {id}, en DOCX modifiable. 404 si le dossier n'existe pas ou n'a pas de convention.")
            .Produces(StatusCodes.Status200OK, contentType: Docx).Produces<ProblemDetailsView>(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Extract(string? number, bool pdf, SubsidiaDbContext db, SittingQueries queries, DocumentRenderer renderer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return TypedResults.BadRequest(new ProblemDetailsView("Numéro manquant", "Indiquez le numéro de la délibération : ?number=2012/001753."));
        }

        var wanted = number.Trim();
        var sittingId = await db.AgendaItems.Where(i => i.ActNumber == wanted).Select(i => EF.Property<Guid>(i, "SittingId")).FirstOrDefaultAsync(ct);
        var loaded = sittingId == Guid.Empty ? null : await queries.LoadAsync(sittingId, ct);
        if (loaded is not { } l)
        {
            return TypedResults.NotFound(new ProblemDetailsView("Délibération introuvable", $"Aucune délibération ne porte le numéro {wanted}."));
        }

        var record = SittingRecord.Evaluate(l.Authority, l.Assembly, l.Sitting, GrandBesanconActTexts.All);
        var item = l.Sitting.Items.First(i => i.ActNumber == wanted);
        var name = "extrait-" + wanted.Replace('/', '-');
        return pdf
            ? TypedResults.File(await renderer.ExtractPdfAsync(record, item, ct), Pdf, name + ".pdf")
            : TypedResults.File(renderer.ExtractDocx(record, item), Docx, name + ".docx");
    }

    private static async Task<IResult> SittingDocument(Guid id, SittingQueries queries,
        Func<SittingRecord, CancellationToken, Task<byte[]>> render, string name, CancellationToken ct)
    {
        if (await queries.LoadAsync(id, ct) is not { } l)
        {
            return TypedResults.NotFound(new ProblemDetailsView("Séance introuvable", $"Aucune séance n'a l'identifiant {id}."));
        }

        return TypedResults.File(await render(SittingRecord.Evaluate(l.Authority, l.Assembly, l.Sitting, GrandBesanconActTexts.All), ct), Pdf, name);
    }

    private static async Task<IResult> Convention(Guid id, bool pdf, SubsidiaDbContext db, DocumentRenderer renderer, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (grant?.Convention is null)
        {
            return TypedResults.NotFound(new ProblemDetailsView("Convention introuvable", $"Le dossier {id} n'existe pas ou n'a pas de convention."));
        }

        var record = new ConventionRecord(grant);
        return pdf
            ? TypedResults.File(await renderer.ConventionPdfAsync(record, ct), Pdf, "convention.pdf")
            : TypedResults.File(renderer.ConventionDocx(record), Docx, "convention.docx");
    }
}
