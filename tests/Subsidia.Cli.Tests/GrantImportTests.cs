using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Imports;
using Subsidia.Data.Demo;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.Payments;
using Subsidia.Testing;

namespace Subsidia.Cli.Tests;

/// <summary>The import creates the grant file a deliberation decides from what it states, and nothing else (docs/decisions/0014).</summary>
public sealed class GrantImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("subsidia-grant-import-").FullName;

    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Import_Seed000_StoresTheGrantFileItsScheduleAndItsBudgetTreeAsRead(string engine)
    {
        using var database = TestDatabase.Create(engine);
        ImportedFile result;
        using (var db = database.OpenMigrated())
        {
            result = await new ImportService(db, TimeProvider.System).ImportAsync(Cli.Fixture("000_fe76a314d73536d6.txt"), CancellationToken.None);
        }

        Assert.Equal("importé", result.Outcome);
        var imported = Assert.Single(result.Grants);
        Assert.Equal(("créé", "2012/001753", 15_000m), (imported.Outcome, imported.Act, imported.Amount));
        Assert.Equal(["le SIRET du bénéficiaire", "l'enveloppe budgétaire à laquelle la subvention est imputée",
            "la nature des financeurs (propres, publics, privés) des recettes du budget prévisionnel", "la convention (parties, signataires, objet)"],
            imported.ToComplete);

        using var read = database.Open();
        var grant = await read.GrantFilesWithEverything().SingleAsync();
        var act = await read.AgendaItems.SingleAsync(i => i.ActNumber == "2012/001753");
        var beneficiary = await read.Beneficiaries.Include(b => b.History).SingleAsync();
        Assert.Equal(GrandBesanconGrants.Pole2012Id, grant.Id);
        Assert.Equal(act.Id, grant.Decision!.AgendaItemId);
        Assert.Equal(15_000m, grant.AmountGranted);
        Assert.Equal(15_000m, grant.Request.AmountRequested);
        Assert.Equal("Pôle des Microtechniques", beneficiary.Name);
        Assert.Null(beneficiary.Siret);
        Assert.Equal(grant.Id, Assert.Single(beneficiary.History).GrantFileId);

        var schedule = grant.Schedule!;
        var instalments = schedule.Instalments.OrderBy(i => i.Rank).ToList();
        Assert.Equal([7_500m, 4_500m, 3_000m], instalments.Select(schedule.PlannedAmount));
        Assert.Equal([false, true, false], instalments.Select(i => i.Optional));
        Assert.Equal([PaymentCondition.Signature, PaymentCondition.InterimReports, PaymentCondition.FinalReports], instalments.Select(i => i.Condition));
        Assert.Equal(24, schedule.RequestDeadlineMonths);

        var budget = grant.Budget!;
        // Sections and lines are compared without their order: the budget tables keep no position yet.
        Assert.Equal([71_000m, 446_000m], budget.Sections.Select(s => s.ExpenseTotal).Order());
        Assert.Equal([71_000m, 446_000m], budget.Sections.Select(s => s.RevenueTotal).Order());
        Assert.Equal(6, budget.Sections.Single(s => s.Name == "Action collective").Expenses.Single(l => l.Label == "Frais de fonctionnement et de structure").Children.Count);
        Assert.All(budget.Sections.SelectMany(s => s.Revenues), l => Assert.Null(l.Funder));
        Assert.DoesNotContain(budget.Check(15_000m), f => f.Code == FindingCodes.AmountSumMismatch);
        Assert.Null(grant.Convention);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Import_TheSameDocumentTwice_OrAnotherCopyOfIt_CreatesNoSecondGrant(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var copy = Path.Combine(_dir, "002-copie.txt");
        await File.WriteAllTextAsync(copy, await File.ReadAllTextAsync(Cli.Fixture("002_43010903adc3bf85.txt")) + "\n(copie)\n");
        using var db = database.OpenMigrated();
        var service = new ImportService(db, TimeProvider.System);

        var first = await service.ImportAsync(Cli.Fixture("002_43010903adc3bf85.txt"), CancellationToken.None);
        var counts = await CountsAsync(db);
        var again = await service.ImportAsync(Cli.Fixture("002_43010903adc3bf85.txt"), CancellationToken.None);
        var other = await service.ImportAsync(copy, CancellationToken.None);

        Assert.Equal("créé", Assert.Single(first.Grants).Outcome);
        Assert.Equal((1, 1), (counts.Grants, counts.Beneficiaries));
        Assert.Equal("déjà importé", again.Outcome);
        Assert.Equal("déjà importé", other.Outcome);
        Assert.Equal("reconnu", Assert.Single(other.Grants).Outcome);
        Assert.Equal(counts, await CountsAsync(db));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Import_AGrantWithoutItsBeneficiaryOrItsAmount_InventsNoGrant_AndStoresTheRest(string engine)
    {
        var seed = await File.ReadAllTextAsync(Cli.Fixture("002_43010903adc3bf85.txt"));
        var unnamed = Path.Combine(_dir, "sans-beneficiaire.txt");
        await File.WriteAllTextAsync(unnamed, seed.Replace(
            "L'association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents (CMQ MSI), représentée", "Représentée",
            StringComparison.Ordinal));
        var unreadable = Path.Combine(_dir, "montant-illisible.txt");
        await File.WriteAllTextAsync(unreadable, seed.Replace("20 000 €", "….. €", StringComparison.Ordinal));

        foreach (var (file, reason) in new[] { (unnamed, "le bénéficiaire n'est pas nommé"), (unreadable, "le montant accordé est illisible ou absent") })
        {
            using var database = TestDatabase.Create(engine);
            using var db = database.OpenMigrated();

            var result = await new ImportService(db, TimeProvider.System).ImportAsync(file, CancellationToken.None);

            Assert.Equal("importé", result.Outcome);
            Assert.Equal("non créé", Assert.Single(result.Grants).Outcome);
            Assert.Contains(result.Notes, n => n.StartsWith($"Constat {FindingCodes.UnreadableValue} : Subvention non créée", StringComparison.Ordinal)
                && n.Contains(reason, StringComparison.Ordinal));
            Assert.Equal(0, await db.GrantFiles.CountAsync());
            Assert.Equal(0, await db.Beneficiaries.CountAsync());
            Assert.Equal(1, await db.Sittings.CountAsync());
            Assert.Equal(33, await db.Members.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Import_ADocumentThatDoesNotStateTheAmountRequested_LeavesItToComplete(string engine)
    {
        var unstated = Path.Combine(_dir, "sans-demande.txt");
        await File.WriteAllTextAsync(unstated, (await File.ReadAllTextAsync(Cli.Fixture("002_43010903adc3bf85.txt")))
            .Replace("La demande de financement pour Grand Besançon Métropole est de 20 000 €.", "", StringComparison.Ordinal));
        using var database = TestDatabase.Create(engine);
        using var db = database.OpenMigrated();

        var result = await new ImportService(db, TimeProvider.System).ImportAsync(unstated, CancellationToken.None);

        Assert.Equal("le montant demandé", Assert.Single(result.Grants).ToComplete[0]);
        var grant = await db.GrantFiles.AsNoTracking().SingleAsync();
        Assert.Null(grant.Request.AmountRequested);
        Assert.Equal(20_000m, grant.AmountGranted);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CliImport_ListsTheGrantFile_InTextAndInJson(string engine)
    {
        using var forText = TestDatabase.Create(engine);
        using var forJson = TestDatabase.Create(engine);

        var text = await Cli.RunAsync(_dir, "import", Cli.Fixture("002_43010903adc3bf85.txt"), "--database", forText.ConnectionString);
        var json = await Cli.RunAsync(_dir, "import", Cli.Fixture("002_43010903adc3bf85.txt"), "--format", "json", "--database", forJson.ConnectionString);

        Assert.True(text.ExitCode == 0, text.Out + text.Error);
        Assert.Contains("  dossier de subvention créé : Association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents, 20\u202F000,00\u00A0€, délibération n° 2024/2024.00385",
            text.Out, StringComparison.Ordinal);
        Assert.Contains("À compléter par l'instructeur : le SIRET du bénéficiaire, l'enveloppe budgétaire", text.Out, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.Out + json.Error);
        using var parsed = JsonDocument.Parse(json.Out);
        var grant = Assert.Single(Assert.Single(parsed.RootElement.EnumerateArray()).GetProperty("grants").EnumerateArray());
        Assert.Equal("créé", grant.GetProperty("outcome").GetString());
        Assert.Equal("2024/2024.00385", grant.GetProperty("act").GetString());
        Assert.Equal(20_000m, grant.GetProperty("amount").GetDecimal());
    }

    private static async Task<(int Grants, int Beneficiaries, int Sittings, int Documents)> CountsAsync(Subsidia.Data.SubsidiaDbContext db) =>
        (await db.GrantFiles.CountAsync(), await db.Beneficiaries.CountAsync(), await db.Sittings.CountAsync(), await db.ImportedDocuments.CountAsync());
}
