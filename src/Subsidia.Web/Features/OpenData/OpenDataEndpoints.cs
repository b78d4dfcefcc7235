using System.Text;
using Subsidia.Application.OpenData;
using Subsidia.OpenData.Export;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Features.OpenData;

/// <summary>Public open-data files: GET /api/open-data/scdl-subventions.csv and scdl-deliberations.csv.</summary>
public static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/open-data/scdl-subventions.csv", async (int? year, string? variant, OpenDataExport export, CancellationToken ct) =>
        {
            using var writer = new StringWriter();
            await export.SubventionsAsync(writer, year, variant == "etalab" ? ScdlSubventionsVariant.Etalab : ScdlSubventionsVariant.Scdl, ct);
            return Csv(writer.ToString(), "scdl-subventions.csv");
        }).WithName("ScdlSubventions").WithTags(Tags.OpenData).WithSummary("Fichier SCDL subventions (CSV)")
            .WithDescription("Les subventions au format SCDL subventions 2.1 (?variant=etalab pour le format réglementaire Etalab), ?year= pour une année. Lecture publique.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        app.MapGet("/api/open-data/scdl-deliberations.csv", async (int? year, OpenDataExport export, CancellationToken ct) =>
        {
            using var writer = new StringWriter();
            await export.DeliberationsAsync(writer, year, ct);
            return Csv(writer.ToString(), "scdl-deliberations.csv");
        }).WithName("ScdlDeliberations").WithTags(Tags.OpenData).WithSummary("Fichier SCDL délibérations (CSV)")
            .WithDescription("Les délibérations publiées au format SCDL délibérations, ?year= pour une année. Lecture publique.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Csv(string text, string name) =>
        TypedResults.File(new UTF8Encoding(false).GetBytes(text), "text/csv; charset=utf-8", name);
}
