using Microsoft.AspNetCore.Http.HttpResults;

namespace Subsidia.Web.Features.Sittings;

/// <summary>GET /api/sittings, /api/sittings/{id}, /api/deliberations?number=… (docs/contract.md).</summary>
public static class SittingEndpoints
{
    public static IEndpointRouteBuilder MapSittingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sittings", async (SittingQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(ct))).WithName("ListSittings")
            .WithTags(Tags.Sittings)
            .WithSummary("Liste des séances")
            .WithDescription("Toutes les séances enregistrées : collectivité, assemblée, date (AAAA-MM-JJ), lieu, membres en exercice et nombre de points. Lecture publique.");

        app.MapGet("/api/sittings/{id:guid}", async Task<Results<Ok<SittingView>, NotFound<ProblemDetailsView>>> (Guid id, SittingQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } view
                ? TypedResults.Ok(view)
                : TypedResults.NotFound(new ProblemDetailsView("Séance introuvable", $"Aucune séance n'a l'identifiant {id}.")))
            .WithName("GetSitting")
            .WithTags(Tags.Sittings)
            .WithSummary("Une séance, avec ses points, présences, pouvoirs et le calcul de chaque point")
            .WithDescription("La séance d'identifiant {id} : ordre de passage, présences (plages), pouvoirs, et pour chaque point le vote enregistré, " +
                "le calcul (présents, pouvoirs en vigueur, votants, quorum) et les constats. 404 si la séance n'existe pas.");

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
        }).WithName("GetDeliberation")
            .WithTags(Tags.Deliberations)
            .WithSummary("Une délibération par son numéro d'acte")
            .WithDescription("?number=2012/001753 : l'acte avec le vote enregistré (recorded), le calcul des présences (roll) et les constats (findings). " +
                "400 sans numéro, 404 si aucun acte ne porte ce numéro.");

        return app;
    }
}

/// <summary>The OpenAPI tags of the HTTP API (French, as the documentation reads).</summary>
public static class Tags
{
    public const string Sittings = "Séances";
    public const string Deliberations = "Délibérations";
    public const string Grants = "Subventions";
    public const string Obligations = "Obligations";
    public const string OpenData = "Données ouvertes";
    public const string Documents = "Documents";
}

/// <summary>A problem answer (RFC 9457 fields) in French.</summary>
public sealed record ProblemDetailsView(string Title, string Detail);
