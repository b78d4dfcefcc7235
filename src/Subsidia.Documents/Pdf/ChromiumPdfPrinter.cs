using Microsoft.Playwright;
using Subsidia.Documents.Templating;

namespace Subsidia.Documents.Pdf;

/// <summary>Where Chromium is and how it is started (docs: ../shared/docs/stack.md).</summary>
public sealed record ChromiumOptions
{
    /// <summary>Debian's Chromium. Playwright's own browser download is never used.</summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    /// <summary>The flags the project's machines need (no network, no sandbox as root).</summary>
    public IReadOnlyList<string> Args { get; init; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>Renders running at once on the shared browser.</summary>
    public int MaxConcurrentRenders { get; init; } = 2;

    /// <summary>Time allowed for one page to load and print.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Prints HTML to PDF with one headless Chromium, started on first use and shared by every render (start-up costs
/// about 0.6 s). Thread-safe: each render gets its own browser context; a crashed browser is started again.
/// </summary>
public sealed class ChromiumPdfPrinter : IAsyncDisposable, IDisposable
{
    private readonly ChromiumOptions _options;
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private readonly SemaphoreSlim _renderSlots;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    public ChromiumPdfPrinter(ChromiumOptions? options = null)
    {
        _options = options ?? new ChromiumOptions();
        _renderSlots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentRenders));
    }

    /// <summary>Number of times a browser was launched (1 when it is shared as intended).</summary>
    public int Launches { get; private set; }

    /// <summary>Prints an HTML document on A4 with the page number in the footer; fonts are embedded by Chromium.</summary>
    public async Task<byte[]> PrintAsync(string html, string footerLabel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _renderSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var browser = await BrowserAsync(cancellationToken).ConfigureAwait(false);
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                JavaScriptEnabled = false,
                Offline = true,
            }).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            var timeout = (float)_options.Timeout.TotalMilliseconds;
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = false,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = Footer(footerLabel),
                Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "18mm", Right = "18mm" },
                Outline = false,
                Tagged = true,
            }).ConfigureAwait(false);
        }
        finally
        {
            _renderSlots.Release();
        }
    }

    private static string Footer(string label) =>
        "<div style=\"width:100%;padding:0 18mm;font-family:'Liberation Sans','DejaVu Sans',sans-serif;font-size:7.5pt;color:#444;" +
        "display:flex;justify-content:space-between\">" +
        $"<span>{MiniTemplate.Escape(FrenchTypography.Fix(label))}</span>" +
        "<span>Page <span class=\"pageNumber\"></span> sur <span class=\"totalPages\"></span></span></div>";

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } ready)
        {
            return ready;
        }

        await _startLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            if (_browser is not null)
            {
                await _browser.DisposeAsync().ConfigureAwait(false);
                _browser = null;
            }

            if (!File.Exists(_options.ExecutablePath))
            {
                throw new InvalidOperationException(
                    $"Chromium est introuvable ({_options.ExecutablePath}) : installez le paquet Debian « chromium ».");
            }

            _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ExecutablePath,
                Headless = true,
                Args = _options.Args,
                Timeout = (float)_options.Timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            Launches++;
            return _browser;
        }
        finally
        {
            _startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await _browser.DisposeAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        _startLock.Dispose();
        _renderSlots.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
