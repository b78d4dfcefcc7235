using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Subsidia.Application.Grants;
using Subsidia.Application.OpenData;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Features.Grants;

/// <summary>GET /api/grants, /api/grants/{id}, /api/obligations, /api/obligations.ics (docs/contract.md).</summary>
public static class GrantEndpoints
{
    public static IEndpointRouteBuilder MapGrantEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/grants", async (int? limit, int? offset, string? q, HttpResponse response, GrantQueries queries, CancellationToken ct) =>
            {
                var size = Math.Clamp(limit ?? 1000, 1, 10_000);
                var from = Math.Max(0, offset ?? 0);
                var page = await queries.PageAsync(q, from, size, ct);
                response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (from + size < page.Total)
                {
                    response.Headers.Link = $"</api/grants?offset={from + size}&limit={size}{(string.IsNullOrWhiteSpace(q) ? "" : "&q=" + Uri.EscapeDataString(q))}>; rel=\"next\"";
                }

                return TypedResults.Ok(page.Grants);
            })
            .WithName("ListGrants").WithTags(Tags.Grants).WithSummary("Liste des subventions")
            .WithDescription("Chaque dossier de subvention : bénéficiaire, objet, montant, année, délibération et date de décision, les plus récemment décidés d'abord. "
                + "Par pages : limit (1 000 par défaut, 10 000 au plus) et offset ; q cherche dans le bénéficiaire, l'objet et le numéro d'acte. "
                + "L'en-tête X-Total-Count donne le nombre de dossiers et Link la page suivante. Lecture publique.");

        app.MapGet("/api/grants/{id:guid}", async Task<Results<Ok<GrantView>, NotFound<ProblemDetailsView>, BadRequest<ProblemDetailsView>>> (
            Guid id, string? on, GrantQueries queries, CancellationToken ct) =>
        {
            if (!TryDate(on, out var day))
            {
                return TypedResults.BadRequest(BadDate(on));
            }

            return await queries.GetAsync(id, day, ct) is { } view
                ? TypedResults.Ok(view)
                : TypedResults.NotFound(new ProblemDetailsView("Subvention introuvable", $"Aucun dossier de subvention n'a l'identifiant {id}."));
        }).WithName("GetGrant").WithTags(Tags.Grants).WithSummary("Une subvention : montant, bénéficiaire, échéancier, budget, obligations")
            .WithDescription("Le dossier {id} avec ses versements (montant, condition, état), son budget (sections, total, part publique) et ses obligations " +
                "(nature, échéance, état, source) à la date ?on=AAAA-MM-JJ (aujourd'hui par défaut). 400 si la date est illisible, 404 si le dossier n'existe pas.");

        app.MapGet("/api/obligations", async Task<Results<Ok<ObligationsView>, BadRequest<ProblemDetailsView>>> (
            string? on, bool? all, int? limit, int? offset, HttpResponse response, GrantQueries queries, CancellationToken ct) =>
        {
            if (!TryDate(on, out var day))
            {
                return TypedResults.BadRequest(BadDate(on));
            }

            var date = day ?? queries.Today;
            var size = Math.Clamp(limit ?? 1000, 1, 10_000);
            var from = Math.Max(0, offset ?? 0);
            var page = await queries.ObligationPageAsync(date, all == true ? ObligationList.All : ObligationList.Outstanding, from, size, ct);
            response.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            if (from + size < page.Total)
            {
                response.Headers.Link = $"</api/obligations?on={date:yyyy-MM-dd}{(all == true ? "&all=true" : "")}&offset={from + size}&limit={size}>; rel=\"next\"";
            }

            return TypedResults.Ok(new ObligationsView(date, page.Obligations));
        }).WithName("ListObligations").WithTags(Tags.Obligations).WithSummary("Obligations dues, en retard ou caduques à une date")
            .WithDescription("?on=AAAA-MM-JJ (aujourd'hui par défaut) ; ?all=true liste aussi les obligations remplies ou à venir. "
                + "Par échéance puis bénéficiaire, les obligations sans date connue en dernier ; par pages : limit (1 000 par défaut, 10 000 au plus) et offset. "
                + "L'en-tête X-Total-Count donne le nombre d'obligations et Link la page suivante. 400 si la date est illisible.");

        app.MapGet("/api/obligations.ics", async (Guid? beneficiary, OpenDataExport export, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Text(await export.ObligationsCalendarAsync(beneficiary, clock.GetUtcNow(), ct), "text/calendar; charset=utf-8"))
            .WithName("ObligationsCalendar").WithTags(Tags.Obligations).WithSummary("Calendrier iCalendar des obligations")
            .WithDescription("Les échéances des obligations au format iCalendar (text/calendar), pour un agenda ; ?beneficiary= restreint à un bénéficiaire.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

        return app;
    }

    private static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    private static ProblemDetailsView BadDate(string? text) => new("Date illisible", $"« {text} » n'est pas une date AAAA-MM-JJ.");
}

/// <summary>Obligations on a date.</summary>
public sealed record ObligationsView(DateOnly On, IReadOnlyList<ObligationView> Obligations);
