using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Application.Demo;
using Subsidia.Web.Accounts;
using Subsidia.Web.Features;
using Subsidia.Web.Features.Sittings;

var builder = WebApplication.CreateBuilder(args);

// http://localhost:5080 unless --urls (or ASPNETCORE_URLS) says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

var connection = builder.Configuration.GetConnectionString("Subsidia")
    ?? builder.Configuration["SUBSIDIA_DATABASE"]
    ?? Database.DefaultSqlite(Directory.GetCurrentDirectory());
// One connection per request, shared by the data and the accounts contexts: a change and its audit line commit in
// one transaction (docs/decisions/0008).
builder.Services.AddScoped(_ => new ScopedConnection(Database.CreateConnection(connection)));
builder.Services.AddDbContext<SubsidiaDbContext>((sp, o) => o.UseSubsidiaDatabase(sp.GetRequiredService<ScopedConnection>().Connection));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<SittingQueries>();
builder.Services.AddSubsidyFeatures();
builder.Services.AddSubsidiaAccounts(connection);
builder.Services.AddSittingCommands();
builder.Services.AddHealthChecks().AddDbContextCheck<SubsidiaDbContext>();
builder.Services.AddOpenApi();
builder.Services.AddRazorPages();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
    o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
});

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
    await db.Database.MigrateAsync();
    // Stored obligations of grants written before version 5 or under older rules (docs/decisions/0013).
    await db.RefreshOutdatedObligationsAsync();
    if (app.Configuration.GetValue("Subsidia:LoadDemoData", true))
    {
        await DemoLoader.LoadAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
    }
}

await app.Services.InitialiseAccountsAsync(app.Configuration);

app.UseStaticFiles();
app.UseSubsidiaAccounts();
app.MapGet("/healthz", async (Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService health, CancellationToken ct) =>
    {
        var report = await health.CheckHealthAsync(ct);
        return report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
            ? Results.Text("Healthy")
            : Results.Text(report.Status.ToString(), statusCode: StatusCodes.Status503ServiceUnavailable);
    })
    .WithTags("Service")
    .WithSummary("État du service")
    .WithDescription("Répond 200 « Healthy » quand la base de données répond, 503 sinon (sondes de supervision).")
    .Produces<string>(StatusCodes.Status200OK, "text/plain")
    .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/plain");
app.MapOpenApi("/openapi/{documentName}.json");
app.MapSittingEndpoints();
app.MapSubsidyFeatures();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The web application (visible to WebApplicationFactory in tests).</summary>
public partial class Program;
