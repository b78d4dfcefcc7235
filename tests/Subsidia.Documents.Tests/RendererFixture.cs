using Subsidia.Data.Demo;
using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Demo;

namespace Subsidia.Documents.Tests;

/// <summary>One renderer (one Chromium) shared by the tests of the collection.</summary>
public sealed class RendererFixture : IAsyncLifetime
{
    public DocumentRenderer Renderer { get; } = new();

    public static SittingRecord Council2012()
    {
        var seed = GrandBesanconSeeds.Council2012();
        return SittingRecord.Evaluate(seed.Authority, seed.Assembly, seed.Sitting, GrandBesanconActTexts.All);
    }

    public static SittingRecord Bureau2024()
    {
        var seed = GrandBesanconSeeds.Bureau2024();
        return SittingRecord.Evaluate(seed.Authority, seed.Assembly, seed.Sitting, GrandBesanconActTexts.All);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Renderer.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RendererGroup : ICollectionFixture<RendererFixture>
{
    public const string Name = "renderer";
}
