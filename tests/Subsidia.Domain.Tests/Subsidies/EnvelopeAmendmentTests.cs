using Subsidia.Domain.Subsidies.Envelopes;

namespace Subsidia.Domain.Tests.Subsidies;

/// <summary>A budget supplémentaire or a décision modificative changes an envelope's credits, never below what is committed .</summary>
public class EnvelopeAmendmentTests
{
    private static readonly DateOnly On = new(2025, 6, 26);

    /// <summary>BP 2025 of 10 000 €, 8 000 € of it committed to one grant.</summary>
    private static Envelope Committed8000Of10000()
    {
        var programme = new BudgetProgramme(Guid.NewGuid(), Guid.NewGuid(), "Culture", ProgrammeKind.ApCp, 2025, 2027);
        var envelope = programme.OpenEnvelope(Guid.NewGuid(), 2025, BudgetStage.Primitive, 10_000m);
        envelope.Charge(Guid.NewGuid(), 8_000m, new DateOnly(2025, 2, 1), "A");
        return envelope;
    }

    [Fact]
    public void Amend_IncreaseThenDecrease_ChangesTheCreditsAndKeepsTheHistory()
    {
        var envelope = Committed8000Of10000();

        envelope.Amend(Guid.NewGuid(), BudgetStage.Supplementary, 12_500m, On, "  BS 2025, délibération 2025-041 ");
        envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, -5_000m, On.AddMonths(3), null);

        Assert.Equal(17_500m, envelope.Amount);
        Assert.Equal(10_000m, envelope.OpeningAmount);
        Assert.Equal(9_500m, envelope.Available);
        Assert.Equal(
            [(1, BudgetStage.Supplementary, 12_500m, On, "BS 2025, délibération 2025-041"), (2, BudgetStage.Amending, -5_000m, On.AddMonths(3), null)],
            envelope.Amendments.Select(a => (a.Rank, a.Stage, a.Change, a.AmendedOn, a.Reference)).ToArray());
        Assert.Equal("BP 2025", envelope.BudgetLabel);
    }

    [Fact]
    public void Amend_DecreaseDownToWhatIsCommitted_IsAllowed()
    {
        var envelope = Committed8000Of10000();

        envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, -2_000m, On, null);

        Assert.Equal(8_000m, envelope.Amount);
        Assert.Equal(0m, envelope.Available);
    }

    [Fact]
    public void Amend_DecreaseBelowWhatIsCommitted_IsRefusedWithTheMaximum_AndChangesNothing()
    {
        var envelope = Committed8000Of10000();

        var error = Assert.Throws<InvalidOperationException>(() => envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, -2_000.01m, On, null));

        Assert.Equal(
            "Diminuer les crédits de 2\u202F000,01\u00A0€ les ramènerait à 7\u202F999,99\u00A0€, sous les 8\u202F000,00\u00A0€ déjà engagés sur l'enveloppe BP 2025 : " +
            "la diminution peut aller jusqu'à 2\u202F000,00\u00A0€.",
            error.Message);
        Assert.Equal(10_000m, envelope.Amount);
        Assert.Empty(envelope.Amendments);
    }

    [Fact]
    public void Amend_DecreaseBelowZero_WithNothingCommitted_SaysTheCreditsWouldBeNegative()
    {
        var programme = new BudgetProgramme(Guid.NewGuid(), Guid.NewGuid(), "Sport", ProgrammeKind.AeCp, 2025, 2027);
        var envelope = programme.OpenEnvelope(Guid.NewGuid(), 2025, BudgetStage.Primitive, 120_000m);

        var error = Assert.Throws<InvalidOperationException>(() => envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, -150_000m, On, null));

        Assert.Equal(
            "Diminuer les crédits de 150\u202F000,00\u00A0€ les rendrait négatifs (-30\u202F000,00\u00A0€) : la diminution peut aller jusqu'à 120\u202F000,00\u00A0€.",
            error.Message);
    }

    [Fact]
    public void Amend_DecreaseOfAnOverdrawnEnvelope_IsRefused_NoDecreaseIsPossible()
    {
        var envelope = Committed8000Of10000();
        envelope.Charge(Guid.NewGuid(), 5_000m, new DateOnly(2025, 3, 1), "B");

        var error = Assert.Throws<InvalidOperationException>(() => envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, -1m, On, null));

        Assert.EndsWith("aucune diminution n'est possible tant que les engagements ne sont pas réduits.", error.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, envelope.Amount);
    }

    [Fact]
    public void Amend_IncreaseOfAnOverdrawnEnvelope_IsAllowedEvenIfStillShort()
    {
        var envelope = Committed8000Of10000();
        envelope.Charge(Guid.NewGuid(), 5_000m, new DateOnly(2025, 3, 1), "B");

        envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, 1_000m, On, null);

        Assert.Equal(11_000m, envelope.Amount);
        Assert.Equal(-2_000m, envelope.Available);
    }

    [Fact]
    public void Amend_ByTheBudgetPrimitif_IsRefused()
    {
        var envelope = Committed8000Of10000();

        var error = Assert.Throws<ArgumentException>(() => envelope.Amend(Guid.NewGuid(), BudgetStage.Primitive, 1_000m, On, null));

        Assert.Equal("stage", error.ParamName);
        Assert.Empty(envelope.Amendments);
    }

    [Fact]
    public void Amend_ByZero_IsRefused()
    {
        var envelope = Committed8000Of10000();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => envelope.Amend(Guid.NewGuid(), BudgetStage.Supplementary, 0m, On, null));

        Assert.Equal("change", error.ParamName);
    }

    [Fact]
    public void Amend_WithATooLongReference_IsRefused()
    {
        var envelope = Committed8000Of10000();

        var error = Assert.Throws<ArgumentException>(() =>
            envelope.Amend(Guid.NewGuid(), BudgetStage.Supplementary, 1_000m, On, new string('x', Envelope.ReferenceMaxLength + 1)));

        Assert.Equal("reference", error.ParamName);
        Assert.Equal(10_000m, envelope.Amount);
    }

    [Theory]
    [InlineData(BudgetStage.Primitive, "BP", "Budget primitif")]
    [InlineData(BudgetStage.Supplementary, "BS", "Budget supplémentaire")]
    [InlineData(BudgetStage.Amending, "DM", "Décision modificative")]
    public void BudgetStages_HaveTheirFrenchNames(BudgetStage stage, string abbreviation, string name)
    {
        Assert.Equal(abbreviation, BudgetStages.Abbreviation(stage));
        Assert.Equal(name, BudgetStages.Name(stage));
        Assert.Equal(stage != BudgetStage.Primitive, BudgetStages.Amendments.Contains(stage));
    }
}
