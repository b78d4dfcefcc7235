using Subsidia.Data.Demo;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Conventions;

namespace Subsidia.Domain.Tests.Subsidies;

public class ConventionArticlesTests
{
    [Fact]
    public void Build_Pole2012_TenArticles()
    {
        var articles = ConventionArticles.Build(GrandBesanconGrants.Pole2012().Grant, "Tribunal Administratif de Besançon");

        Assert.Equal(Enumerable.Range(1, 10), articles.Select(a => a.Number));
    }

    [Fact]
    public void Build_Pole2012_Article3ListsTheComputedInstalments()
    {
        var article = ConventionArticles.Build(GrandBesanconGrants.Pole2012().Grant).Single(a => a.Number == 3);

        var text = string.Join("\n", article.Paragraphs);

        Assert.Contains("plafond non révisable à la hausse", text, StringComparison.Ordinal);
        Assert.Contains("50\u00A0%, soit " + French.Money(7_500m), text, StringComparison.Ordinal);
        Assert.Contains("le cas échéant, 30\u00A0%, soit " + French.Money(4_500m), text, StringComparison.Ordinal);
        Assert.Contains("le solde, soit " + French.Money(3_000m), text, StringComparison.Ordinal);
        Assert.Contains(French.Money(517_000m), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Cmq2024Notified_Article4StatesTheComputedRequestDeadline()
    {
        var grant = GrandBesanconGrants.Cmq2024().Grant;
        grant.Notify(new DateOnly(2024, 12, 16));

        var text = string.Join("\n", ConventionArticles.Build(grant).Single(a => a.Number == 4).Paragraphs);

        Assert.Contains("au plus tard le 17/02/2025", text, StringComparison.Ordinal);
        Assert.Contains("cessera au plus tard le 31/12/2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoRedistributionClause_Article5ForbidsIt()
    {
        var text = string.Join("\n", ConventionArticles.Build(GrandBesanconGrants.Cmq2024().Grant).Single(a => a.Number == 5).Paragraphs);

        Assert.Contains("ne peut redistribuer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annexes_Pole2012_ProgrammeBudgetAndTerritorialIndicators()
    {
        Assert.Equal(3, ConventionArticles.Annexes(GrandBesanconGrants.Pole2012().Grant).Count);
    }
}
