using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Subsidia.Testing;

namespace Subsidia.Web.Tests;

/// <summary>The web application on a fresh database of one engine, with the demo data loaded at start.</summary>
public sealed class SubsidiaApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;

    public SubsidiaApp(string engine) => _database = TestDatabase.Create(engine);

    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:Subsidia", _database.ConnectionString);
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
