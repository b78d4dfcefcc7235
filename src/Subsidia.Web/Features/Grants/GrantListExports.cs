using System.Text;
using Subsidia.Application.Grants;
using Subsidia.OpenData.Export;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Features.Grants;

/// <summary>The lists users look at, as spreadsheets: GET /api/grants.csv|.xlsx and /api/obligations.csv|.xlsx.</summary>
public static class GrantListExports
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapGrantListExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/grants.{format:regex(^(csv|xlsx)$)}", async (string format, GrantQueries queries, CancellationToken ct) =>
        {
            var grants = await queries.ListAsync(ct);
            var table = new ListTable("Subventions",
                [new("Bénéficiaire"), new("Objet"), new("Montant", ColumnKind.Amount), new("Année", ColumnKind.Count), new("Délibération"), new("Date", ColumnKind.Date)],
                grants.Select(g => (IReadOnlyList<object?>)[g.Beneficiary, g.Subject, g.Amount, g.Year, g.Act, g.DecidedOn]));
            return Write(table, format, "subventions");
        }).WithName("GrantsSpreadsheet").WithTags(Tags.Grants).WithSummary("Liste des subventions en tableur (CSV ou XLSX)")
            .WithDescription("/api/grants.csv ou /api/grants.xlsx : la liste des subventions telle que la page la montre.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status200OK, contentType: Xlsx);

        app.MapGet("/api/obligations.{format:regex(^(csv|xlsx)$)}", async (string format, DateOnly? on, GrantQueries queries, CancellationToken ct) =>
        {
            var day = on ?? queries.Today;
            var obligations = await queries.ObligationsAsync(day, ct);
            var table = new ListTable("Obligations",
                [new("Échéance", ColumnKind.Date), new("Bénéficiaire"), new("Obligation"), new("État"), new("Source")],
                obligations.Select(o => (IReadOnlyList<object?>)[o.DueOn, o.Beneficiary, o.Label, Pages.Grants.Labels.State(o.State), o.Source]));
            return Write(table, format, $"obligations-{day:yyyy-MM-dd}");
        }).WithName("ObligationsSpreadsheet").WithTags(Tags.Obligations).WithSummary("Obligations à une date en tableur (CSV ou XLSX)")
            .WithDescription("/api/obligations.csv ou .xlsx?on=AAAA-MM-JJ : échéance, bénéficiaire, obligation, état et source.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status200OK, contentType: Xlsx);
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Write(ListTable table, string format, string name)
    {
        if (format == "csv")
        {
            using var writer = new StringWriter();
            ListExport.WriteCsv(writer, table);
            return TypedResults.File(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray(),
                "text/csv; charset=utf-8", name + ".csv");
        }

        using var stream = new MemoryStream();
        ListExport.WriteXlsx(stream, table);
        return TypedResults.File(stream.ToArray(), Xlsx, name + ".xlsx");
    }
}
