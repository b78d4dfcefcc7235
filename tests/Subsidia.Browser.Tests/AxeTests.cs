using Microsoft.Playwright;
using Xunit.Sdk;

namespace Subsidia.Browser.Tests;

/// <summary>The accessibility check itself: it must fail on a page that breaks the rules, or the journeys prove nothing.</summary>
[Collection(BrowserJourneys.Name)]
public class AxeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AssertAccessible_FailsOnAnUnlabelledFieldAndPoorContrast()
    {
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"fr\"><head><title>Essai</title></head><body><main><h1>Essai</h1>" +
            "<input type=\"text\" /><p style=\"color:#ccc;background:#fff\">texte pâle</p></main></body></html>");

        var failure = await Assert.ThrowsAsync<TrueException>(() => BrowserFixture.AssertAccessibleAsync(page));

        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
    }
}
