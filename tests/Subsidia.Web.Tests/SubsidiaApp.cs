using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Testing;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>The web application on a fresh database of one engine, with the demo data loaded at start.</summary>
public sealed partial class SubsidiaApp : WebApplicationFactory<Program>
{
    /// <summary>The password of every account the tests create.</summary>
    public const string Password = "mot-de-passe-de-test";

    private readonly TestDatabase _database;

    public SubsidiaApp(string engine) => _database = TestDatabase.Create(engine);

    public TestDatabase Database => _database;

    /// <summary>The application's clock, when a test fixes it (the system's otherwise).</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:Subsidia", _database.ConnectionString);
        builder.UseEnvironment("Development");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>Creates an account with these roles (the first one created is not the first-run administrator).</summary>
    public async Task CreateAccountAsync(string userName, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var result = await accounts.CreateAsync(null, userName, Password, roles, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A client that keeps cookies, does not follow redirects, and is signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/connexion", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>GETs the page, takes its antiforgery token, and POSTs the form to it (or to <paramref name="action"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = TokenPattern().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"pas de jeton antiforgery sur {page}");
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(action ?? page, UriKind.Relative), content);
    }

    /// <summary>A clock stopped at one instant, in Paris.</summary>
    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
