using Microsoft.AspNetCore.Http.HttpResults;

namespace Subsidia.Web.Features.Sittings;

/// <summary>GET /api/sittings, /api/sittings/{id}, /api/deliberations?number=… (docs/contract.md).</summary>
public static class SittingEndpoints
{
    public static IEndpointRouteBuilder MapSittingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sittings", async (SittingQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(ct))).WithName("ListSittings");

        app.MapGet("/api/sittings/{id:guid}", async Task<Results<Ok<SittingView>, NotFound<ProblemDetailsView>>> (Guid id, SittingQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } view
                ? TypedResults.Ok(view)
                : TypedResults.NotFound(new ProblemDetailsView("Séance introuvable", $"Aucune séance n'a l'identifiant {id}.")))
            .WithName("GetSitting");

        app.MapGet("/api/deliberations", async Task<Results<Ok<DeliberationView>, NotFound<ProblemDetailsView>, BadRequest<ProblemDetailsView>>> (string? number, SittingQueries queries, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(number))
            {
                return TypedResults.BadRequest(new ProblemDetailsView("Numéro manquant", "Indiquez le numéro de la délibération : ?number=2012/001753."));
            }

            var found = await queries.FindDeliberationsAsync(number, ct);
            return found.Count > 0
                ? TypedResults.Ok(found[0])
                : TypedResults.NotFound(new ProblemDetailsView("Délibération introuvable", $"Aucune délibération ne porte le numéro {number}."));
        }).WithName("GetDeliberation");

        return app;
    }
}

/// <summary>A problem answer (RFC 9457 fields) in French.</summary>
public sealed record ProblemDetailsView(string Title, string Detail);
