using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Demo;
using Subsidia.Data.Demo;
using Subsidia.Testing;

namespace Subsidia.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("subsidia-cli-").FullName;

    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Extract_Seed000_PrintsTheContractJson()
    {
        var run = await Cli.RunAsync(_dir, "extract", Cli.Fixture("000_fe76a314d73536d6.txt"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("subsidia.extract/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(140, json.RootElement.GetProperty("membersInOffice").GetInt32());
    }

    [Fact]
    public async Task Extract_MissingFile_Exits2WithAMessage()
    {
        var run = await Cli.RunAsync(_dir, "extract", Path.Combine(_dir, "absent.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Import_TheSameFileTwice_ChangesNothing(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var first = await Cli.RunAsync(_dir, "import", Cli.Fixture("002_43010903adc3bf85.txt"), "--database", database.ConnectionString);
        int sittings, members;
        using (var db = database.Open())
        {
            sittings = await db.Sittings.CountAsync();
            members = await db.Members.CountAsync();
        }

        var second = await Cli.RunAsync(_dir, "import", Cli.Fixture("002_43010903adc3bf85.txt"), "--database", database.ConnectionString);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("importé", first.Out, StringComparison.Ordinal);
        Assert.Equal(1, sittings);
        Assert.Equal(33, members);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("déjà importé", second.Out, StringComparison.Ordinal);
        using var after = database.Open();
        Assert.Equal(sittings, await after.Sittings.CountAsync());
        Assert.Equal(members, await after.Members.CountAsync());
    }

    [Fact]
    public async Task ImportDryRun_ScdlFile_PrintsTheSummaryAndStoresNothing()
    {
        var run = await Cli.RunAsync(_dir, "import", Cli.Fixture("scdl-subv_ToulouseMetropole_2022_excel-mangled.csv"), "--dry-run", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(396, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(88_789_356.48m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Contains(json.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("value").GetString() == "2,43E+13");
        Assert.False(Directory.Exists(Path.Combine(_dir, "data")));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ImportScdl_RecordsBeneficiariesHistory(string engine)
    {
        using var database = TestDatabase.Create(engine);

        var run = await Cli.RunAsync(_dir, "import", Cli.Fixture("scdl-subv_HauteGaronne-datalocale_2017.csv"), "--database", database.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        using var db = database.Open();
        var history = (await db.Beneficiaries.Include(b => b.History).ToListAsync()).SelectMany(b => b.History).ToList();
        // 69 rows, 357 558,85 € in all; row 35 names no beneficiary (6 000 €): reported, not stored under an invented name.
        Assert.Equal(68, history.Count);
        Assert.Equal(357_558.85m - 6_000m, history.Sum(h => h.Amount));
        Assert.Contains("ligne 35 : bénéficiaire non nommé", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Import_UnderAnAuthority_FilesBothRegistersUnderIt_WhateverNameTheDocumentsGive(string engine)
    {
        using var database = TestDatabase.Create(engine);

        var run = await Cli.RunAsync(_dir, "import", Cli.Fixture("000_fe76a314d73536d6.txt"), Cli.Fixture("002_43010903adc3bf85.txt"),
            "--authority", "Grand Besançon Métropole", "--format", "text", "--database", database.ConnectionString);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("Le document nomme la collectivité « Communauté d'Agglomération du Grand Besançon » : séance rattachée à « Grand Besançon Métropole ».",
            run.Out, StringComparison.Ordinal);
        using var db = database.Open();
        var authority = await db.Authorities.SingleAsync();
        Assert.Equal("Grand Besançon Métropole", authority.Name);
        Assert.Equal(2, await db.Assemblies.CountAsync(a => a.AuthorityId == authority.Id));
        Assert.Equal(2, await db.Sittings.CountAsync());
    }

    [Fact]
    public async Task Demo_ComesFromReadingTheSeedExtracts_AndLoadsOnce()
    {
        var database = Path.Combine(_dir, "demo-twice.db");

        var first = await Cli.RunAsync(_dir, "demo", "--database", database);
        var second = await Cli.RunAsync(_dir, "demo", "--database", database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 séances importées depuis les extraits de registre, 2 dossiers de subvention ajoutés.", first.Out, StringComparison.Ordinal);
        Assert.Contains("déjà chargées", second.Out, StringComparison.Ordinal);
        using var db = Subsidia.Data.Database.Open("Data Source=" + database);
        Assert.Equal(2, await db.ImportedDocuments.CountAsync());
        Assert.Equal(1, await db.Authorities.CountAsync());
        var act = await db.AgendaItems.SingleAsync(i => i.ActNumber == "2012/001753");
        var grant = await db.GrantFiles.SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
        Assert.Equal(act.Id, grant.Decision!.AgendaItemId);
        Assert.Equal(act.PrefectureReceivedOn, grant.Decision.PrefectureReceivedOn);
    }

    [Fact]
    public async Task AuditAndDeadlines_OnTheDemo_ReportTheSeedFindings()
    {
        var database = Path.Combine(_dir, "demo.db");
        Assert.Equal(0, (await Cli.RunAsync(_dir, "demo", "--database", database)).ExitCode);

        var audit = await Cli.RunAsync(_dir, "audit", "--format", "json", "--database", database);
        var deadlines = await Cli.RunAsync(_dir, "deadlines", "--on", "2025-11-20", "--format", "json", "--database", database);

        using var findings = JsonDocument.Parse(audit.Out);
        var codes = findings.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("ITEM_POSITION_UNKNOWN", codes);
        Assert.Contains("BODY_MISMATCH", codes);
        Assert.Contains("STATED_COUNT_MISMATCH", codes);
        using var obligations = JsonDocument.Parse(deadlines.Out);
        Assert.Contains(obligations.RootElement.GetProperty("obligations").EnumerateArray(),
            o => o.GetProperty("dueOn").GetString() == "2025-11-15" && o.GetProperty("state").GetString() == "Late");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Export_DemoOpenData_PassesTheValidator_OnceTheSiretIsKnownAndTheConventionsSigned(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await DemoLoader.LoadAsync(db, TimeProvider.System);
            // Identity the administrator enters, and the signatures the grants officer records.
            (await db.Authorities.SingleAsync()).SetIdentity(null, "21310458100011", "025");
            foreach (var beneficiary in await db.Beneficiaries.ToListAsync())
            {
                beneficiary.SetSiret(beneficiary.Name.Contains("Pôle", StringComparison.Ordinal) ? "44137080600016" : "81956028500010");
            }

            foreach (var grant in await db.GrantFilesWithEverything().ToListAsync())
            {
                grant.Convention!.Sign(grant.Decision!.DecidedOn.AddDays(20));
            }

            await db.SaveChangesAsync();
        }

        foreach (var (what, schema) in new[] { ("scdl-deliberations", "scdl-deliberations"), ("scdl-subventions", "scdl-subventions") })
        {
            var file = Path.Combine(_dir, what + ".csv");
            var export = await Cli.RunAsync(_dir, "export", what, "--out", file, "--database", database.ConnectionString);
            var validate = await Cli.RunAsync(_dir, "validate", file, "--schema", schema);

            Assert.Equal(0, export.ExitCode);
            Assert.Equal(3, File.ReadAllLines(file).Length);
            Assert.True(validate.ExitCode == 0, validate.Out + validate.Error);
        }

        var deliberations = await File.ReadAllTextAsync(Path.Combine(_dir, "scdl-deliberations.csv"));
        Assert.Contains("2024/2024.00385,2024-12-05,7.5", deliberations, StringComparison.Ordinal);
        Assert.Contains(",33,21,21,0,0,", deliberations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ExtractAndConvention_WriteDocuments()
    {
        var database = Path.Combine(_dir, "demo.db");
        Assert.Equal(0, (await Cli.RunAsync(_dir, "demo", "--database", database)).ExitCode);
        var pdf = Path.Combine(_dir, "extrait.pdf");
        var docx = Path.Combine(_dir, "convention.docx");

        var extract = await Cli.RunAsync(_dir, "render", "extract", "--number", "2012/001753", "--out", pdf, "--database", database);
        var convention = await Cli.RunAsync(_dir, "render", "convention", "--number", "2024/2024.00385", "--out", docx, "--database", database);
        var missing = await Cli.RunAsync(_dir, "render", "minutes", "--number", "1999/1", "--out", Path.Combine(_dir, "x.pdf"), "--database", database);

        Assert.Equal(0, extract.ExitCode);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
        Assert.Equal(0, convention.ExitCode);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(docx))[..2]);
        Assert.Equal(2, missing.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Acknowledge_RecordsTheReceipt_AndTheActBecomesExecutory(string engine)
    {
        using var database = TestDatabase.Create(engine);
        Assert.Equal(0, (await Cli.RunAsync(_dir, "demo", "--database", database.ConnectionString)).ExitCode);
        var ar = Path.Combine(_dir, "ar.xml");
        await File.WriteAllTextAsync(ar, """
            <?xml version="1.0" encoding="UTF-8"?>
            <actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" actes:IDActe="025-242500361-20241205-2024_2024_00385-DE" actes:DateReception="2024-12-09">
              <actes:ActeRecu actes:CodeNatureActe="1" actes:Date="2024-12-05" actes:NumeroInterne="2024_2024_00385">
                <actes:CodeMatiere1 actes:CodeMatiere="7"/>
                <actes:Objet>Association CMQ MSI</actes:Objet>
              </actes:ActeRecu>
              <actes:ClassificationDateVersionEnCours>2024-01-15</actes:ClassificationDateVersionEnCours>
            </actes:ARActe>
            """);
        var notAnAr = Path.Combine(_dir, "other.xml");
        await File.WriteAllTextAsync(notAnAr, "<autre/>");

        var run = await Cli.RunAsync(_dir, "acknowledge", ar, "--database", database.ConnectionString);
        var bad = await Cli.RunAsync(_dir, "acknowledge", notAnAr, "--database", database.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        // Published on 12/12/2024 (the extract), received on 09/12/2024: executory on the later date.
        Assert.Contains("exécutoire depuis le 12/12/2024", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        using var db = database.Open();
        var item = await db.AgendaItems.SingleAsync(i => i.ActNumber == "2024/2024.00385");
        Assert.Equal(new DateOnly(2024, 12, 9), item.PrefectureReceivedOn);
        Assert.Equal("025-242500361-20241205-2024_2024_00385-DE", item.PrefectureActId);
        var grant = await db.GrantFiles.SingleAsync(g => g.Id == GrandBesanconGrants.Cmq2024Id);
        Assert.Equal(new DateOnly(2024, 12, 12), grant.Decision!.ExecutoryOn);
    }

    [Fact]
    public async Task Transmit_WritesTheActesBundle_OnceTheAuthorityIsIdentified()
    {
        var database = Path.Combine(_dir, "demo.db");
        Assert.Equal(0, (await Cli.RunAsync(_dir, "demo", "--database", database)).ExitCode);
        var bundle = Path.Combine(_dir, "acte.tar.gz");

        var refused = await Cli.RunAsync(_dir, "transmit", "--number", "2024/2024.00385", "--classification", "2024-01-15", "--out", bundle, "--database", database);
        using (var db = Subsidia.Data.Database.Open("Data Source=" + database))
        {
            (await db.Authorities.SingleAsync()).SetIdentity("242500361", null, "25");
            await db.SaveChangesAsync();
        }

        var run = await Cli.RunAsync(_dir, "transmit", "--number", "2024/2024.00385", "--classification", "2024-01-15", "--out", bundle, "--database", database);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("SIREN", refused.Error, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("025-242500361-20241205-", run.Out, StringComparison.Ordinal);
        await using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(bundle), System.IO.Compression.CompressionMode.Decompress);
        using var tar = new System.Formats.Tar.TarReader(gzip);
        var names = new List<string>();
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            names.Add(entry.Name);
        }

        Assert.Contains(names, n => n.EndsWith("-1-1_0.xml", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("99_DE-", StringComparison.Ordinal) && n.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_Unreadable_Exits2()
    {
        var binary = Path.Combine(_dir, "binary.csv");
        await File.WriteAllBytesAsync(binary, [0, 1, 2, 0, 255, 254, 0, 0]);

        var run = await Cli.RunAsync(_dir, "validate", binary, "--schema", "scdl-subventions");

        Assert.Equal(2, run.ExitCode);
    }
}
