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

    [Fact]
    public async Task AFailedJourney_SaysWhereTheBrowserWas_AndWhatThePageShowed()
    {
        var failure = await Assert.ThrowsAsync<JourneyFailedException>(() => fixture.RunAsync("essai", async page =>
        {
            await page.GotoAsync("/connexion");
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).CountAsync());
        }));

        Assert.Contains("/connexion", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Identifiant", failure.Message, StringComparison.Ordinal);
        Assert.IsType<EqualException>(failure.InnerException);
        Assert.True(File.Exists(Path.Combine(BrowserFixture.ArtifactsDirectory, "ECHEC-essai.png")));
    }
}
