using Microsoft.EntityFrameworkCore;
using Subsidia.Data.Demo;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Testing;

namespace Subsidia.Data.Tests;

public class GrantPersistenceTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Pole2012_StoredAndLoaded_KeepsItsBudgetTreeAndSchedule(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.Open())
        {
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
            var budget = grant.Budget!;

            Assert.Equal(15_000m, grant.AmountGranted);
            Assert.Equal([446_000m, 71_000m], budget.Sections.OrderBy(s => s.Order).Select(s => s.ExpenseTotal).ToArray());
            Assert.Equal(517_000m, budget.Total);
            Assert.Equal(15_000m, budget.GrantingAuthorityRevenue);
            Assert.Equal(56.9m, ForecastBudget.ToPercent(budget.PublicShare));
            Assert.DoesNotContain(budget.Check(15_000m), f => f.Code == FindingCodes.AmountSumMismatch);
            Assert.Equal(9, grant.Programme!.Objectives.Count);
            var schedule = grant.Schedule!;
            Assert.Equal([7_500m, 4_500m, 3_000m], schedule.Instalments.OrderBy(i => i.Rank).Select(schedule.PlannedAmount).ToArray());
            Assert.Equal([false, true, false], schedule.Instalments.OrderBy(i => i.Rank).Select(i => i.Optional).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Cmq2024_Envelope_And_History_AreStored(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.Open())
        {
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Cmq2024Id);
            var beneficiary = await db.Beneficiaries.Include(b => b.History).SingleAsync(b => b.Id == grant.BeneficiaryId);
            var envelope = await db.Envelopes.Include(e => e.Charges).SingleAsync(e => e.Id == grant.EnvelopeId);

            Assert.Equal(35_900m, grant.Budget!.Total);
            Assert.Equal(55.7m, ForecastBudget.ToPercent(grant.Budget.GrantingAuthorityShare));
            Assert.Equal(548_820m, envelope.Amount);
            Assert.Equal(20_000m, envelope.Committed);
            Assert.Equal(
                [(2022, 9_000m), (2023, 19_800m), (2024, 20_000m)],
                beneficiary.YearlyTotals(GrandBesanconSeeds.AuthorityId).ToArray());
            Assert.Equal(4, grant.Programme!.Actions.Count());
            Assert.NotEmpty(grant.Obligations(FrenchCalendar.Metropolitan));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PaymentOrder_Stored_IsCountedAgainstTheCeiling(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
            grant.Convention!.Sign(new DateOnly(2012, 6, 1));
            var first = grant.Schedule!.Instalments.MinBy(i => i.Rank)!;
            var decision = grant.OrderPayment(first.Id, 7_500m, new DateOnly(2012, 6, 15), FrenchCalendar.Metropolitan);
            Assert.True(decision.Accepted, decision.Message);
            await db.SaveChangesAsync();
        }

        using (var db = database.Open())
        {
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
            Assert.Equal(new DateOnly(2012, 6, 1), grant.Convention!.SignedOn);
            Assert.Equal(7_500m, Assert.Single(grant.Schedule!.Orders).Amount);
            Assert.Equal(7_500m, grant.Schedule.RemainingUnderCeiling);
        }
    }
}
