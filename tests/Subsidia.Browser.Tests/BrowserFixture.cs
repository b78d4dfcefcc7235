using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Subsidia.Testing;
using Subsidia.Web.Accounts;

namespace Subsidia.Browser.Tests;

/// <summary>The web application on a real loopback port (Kestrel), on a fresh SQLite database with the demo data.</summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create("sqlite");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:Subsidia", _database.ConnectionString);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Development");
    }

    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
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

/// <summary>One server, one Debian Chromium, the accounts the journeys use; shared by every journey.</summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string Password = "mot-de-passe-de-test";

    private static readonly string ProjectDirectory = typeof(BrowserFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    private readonly BrowserApp _app = new();
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>test-artifacts/browser/ at the repository root (git-ignored).</summary>
    public static string ArtifactsDirectory { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", "..", "test-artifacts", "browser"));

    public static string AxeScript { get; } = File.ReadAllText(Path.Combine(ProjectDirectory, "node_modules", "axe-core", "axe.min.js"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        BaseAddress = _app.Start();
        using (var scope = _app.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            foreach (var (name, role) in new[] { ("secretaire", Roles.Secretariat), ("elu", Roles.ElectedMember), ("admin", Roles.Administrator) })
            {
                var result = await accounts.CreateAsync(null, name, Password, [role], CancellationToken.None);
                Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    public void Dispose() => _app.Dispose();

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // A shared 2-core machine (CI, parallel builds) can take several seconds for a page: wait up to a minute
        // before calling a step failed, rather than Playwright's 30 s.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Runs a journey on a new page; when a step fails, keeps a screenshot (ECHEC-name.png) and adds the page's address,
    /// status line and visible text to the failure, so that a run on another machine (CI) says where and why.
    /// </summary>
    public async Task RunAsync(string name, Func<IPage, Task> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var page = await NewPageAsync();
        try
        {
            await steps(page);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            throw new JourneyFailedException(name, page.Url, await DescribeAsync(page, name), failure);
        }
        finally
        {
            // Each journey's context (cookies, connections) is closed: the next one starts clean.
            await page.Context.CloseAsync();
        }
    }

    private static async Task<string> DescribeAsync(IPage page, string name)
    {
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, "ECHEC-" + name + ".png"), Timeout = 5000 });
            var text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5000 });
            return text.Length > 1500 ? text[..1500] + "…" : text;
        }
        catch (PlaywrightException e)
        {
            return "(page illisible : " + e.Message + ")";
        }
    }

    /// <summary>Runs axe-core (WCAG 2.0/2.1 A and AA rules, which RGAA 4 follows) on the page; fails on any violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))" +
            ".violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })))");
        using var violations = JsonDocument.Parse(json);
        Assert.True(violations.RootElement.GetArrayLength() == 0, $"axe-core sur {page.Url} : {json}");
    }

    /// <summary>Keeps a full-page screenshot under test-artifacts/browser/.</summary>
    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Waits until the page's address matches, by looking at the address (polled), not for a load event: once the
    /// address has changed, WaitForURLAsync waits for the page's "load" event, which a loaded machine has twice
    /// seen never come for a page that was there.
    /// </summary>
    public static Task WaitForAddressAsync(IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 60_000 });

    /// <summary>Signs in through the login page.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/connexion");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Identifiant").FillAsync(userName);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        // Signed in when the page offers to sign out: waiting for that element only. Waiting for the next page's
        // "load" event (directly, or through WaitForURLAsync once the address has already changed) timed out twice
        // on a loaded machine although the page was there, fully rendered.
        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).WaitForAsync();
        Assert.DoesNotContain("/connexion", page.Url, StringComparison.Ordinal);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<BrowserFixture>
{
    public const string Name = "navigateur";
}

/// <summary>A journey step failed: the step's own failure, with where the browser was.</summary>
public sealed class JourneyFailedException(string journey, string url, string pageText, Exception inner)
    : Exception($"Parcours {journey} en échec sur {url} : {inner.Message}\n--- texte de la page ---\n{pageText}", inner);
