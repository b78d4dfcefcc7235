using Subsidia.Application.Grants;
using Subsidia.Application.OpenData;
using Subsidia.Documents;
using Subsidia.Web.Features.Documents;
using Subsidia.Web.Features.Grants;
using Subsidia.Web.Features.OpenData;

namespace Subsidia.Web.Features;

/// <summary>Grants, obligations, open data and documents: their services and routes.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddSubsidyFeatures(this IServiceCollection services)
    {
        services.AddScoped<GrantQueries>();
        services.AddScoped<OpenDataExport>();
        services.AddScoped<GrantCommands>();
        // One headless Chromium for every PDF, started on first use (docs/decisions/0006).
        services.AddSingleton(sp => new DocumentRenderer(clock: sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static IEndpointRouteBuilder MapSubsidyFeatures(this IEndpointRouteBuilder app)
    {
        app.MapGrantEndpoints();
        app.MapGrantListExports();
        app.MapOpenDataEndpoints();
        app.MapDocumentEndpoints();
        return app;
    }
}
