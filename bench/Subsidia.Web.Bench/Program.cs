// Server time per page of the web application, measured by a scripted client on loopback.
//   dotnet run -c Release --project bench/Subsidia.Web.Bench -- [generated sittings, default 2000] [requests per page, default 30] [generated grants, default 100000]
// Data: the two demo sittings (S1: 140 members, 33 proxies; S2: 33 members) plus N generated sittings of a 45-member
// council with 50 acts each (N = 2000 gives 100 000 acts in the register), and G generated grant files (10 000
// beneficiaries with three years of history, decided by the generated subsidy acts, with payment schedules), on a
// fresh SQLite file.
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;
using Subsidia.Web.Accounts;

internal static class WebBench
{
    public static async Task Main(string[] args)
    {
        var sittings = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var grants = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
        var file = Path.Combine(Path.GetTempPath(), $"subsidia-bench-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={file}";

        // The web project's folder as content root (run from the repository root).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SUBSIDIA_WEB", Path.GetFullPath(Path.Combine("src", "Subsidia.Web")));
        await using var app = new BenchApp(connection);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var watch = Stopwatch.StartNew();
        await Generate(connection, sittings);
        var (grant, _, programme) = await GenerateGrants(connection, grants);
        Console.WriteLine($"Données : 2 séances de démonstration + {sittings} séances générées ({sittings * 50} actes, 45 membres chacune), {grants} subventions générées, SQLite, générées en {watch.Elapsed.TotalSeconds:F0} s");

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(null, "bench", "mot-de-passe-du-banc", [Roles.Secretariat, Roles.GrantsOfficer], CancellationToken.None);
        }

        using var handler = new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        var login = await client.GetStringAsync(new Uri("/connexion", UriKind.Relative));
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var form = new FormUrlEncodedContent([new("UserName", "bench"), new("Password", "mot-de-passe-du-banc"), new("__RequestVerificationToken", token)]))
        {
            using var signedIn = await client.PostAsync(new Uri("/connexion", UriKind.Relative), form);
            if (signedIn.StatusCode != System.Net.HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Connexion refusée : {(int)signedIn.StatusCode}");
            }
        }

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var s1 = Regex.Match(home, "href=\"/seances/([0-9a-f-]+)\">09/05/2012").Groups[1].Value;
        var generated = Regex.Match(home, "href=\"/seances/([0-9a-f-]+)\">").Groups[1].Value;
        string[] pages =
        [
            "/",
            $"/seances/{s1}",
            $"/seances/{s1}/presences",
            $"/seances/{s1}/votes",
            $"/seances/{generated}/presences",
            $"/seances/{generated}/votes",
            "/actes",
            "/actes?objet=association&matiere=7.5",
            "/actes/acte?numero=2012%2F001753",
            "/api/sittings",
            $"/api/sittings/{s1}",
            "/api/deliberations?number=2012/001753",
            "/subventions",
            $"/subventions/{grant}",
            "/subventions/echeances",
            "/subventions/nouvelle",
            "/beneficiaires",
            $"/programmes/{programme}",
            "/import",
            "/api/grants",
            $"/api/grants/{grant}",
            "/api/obligations",
        ];

        Console.WriteLine($"{"page",-58} {"médiane",9} {"p95",9} {"octets",9}");
        foreach (var page in pages)
        {
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < requests + 3; i++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{page} : {(int)response.StatusCode}");
                }

                if (i >= 3)
                {
                    times.Add(elapsed);
                }

                bytes = body.Length;
            }

            times.Sort();
            Console.WriteLine($"{page[..Math.Min(page.Length, 58)],-58} {times[times.Count / 2],7:F1}ms {times[(int)(times.Count * 0.95)],7:F1}ms {bytes,9}");
        }

        await app.DisposeAsync();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>Grant files decided by the generated subsidy acts; returns one grant, one beneficiary and the programme to request.</summary>
    private static async Task<(Guid Grant, Guid Beneficiary, Guid Programme)> GenerateGrants(string connection, int count)
    {
        var random = new Random(7);
        Guid authorityId, programmeId;
        List<Guid> envelopes;
        List<(Guid Id, string Number, string Act, Guid Sitting, DateOnly Date)> acts;
        var beneficiaries = new List<Guid>();
        await using (var db = Database.Open(connection))
        {
            authorityId = await db.Authorities.Where(a => a.Name == "Commune de Banc-d'Essai").Select(a => a.Id).SingleAsync();
            var rows = await (from i in db.AgendaItems
                              join s in db.Sittings on EF.Property<Guid>(i, "SittingId") equals s.Id
                              where i.Matter == "7.5" && i.ActNumber != null
                              select new { i.Id, i.Number, i.ActNumber, Sitting = s.Id, s.Date }).ToListAsync();
            acts = rows.Select(r => (r.Id, r.Number, r.ActNumber!, r.Sitting, r.Date)).ToList();
            var programme = new BudgetProgramme(Guid.NewGuid(), authorityId, "Vie associative", ProgrammeKind.AeCp, 2000, 2030);
            envelopes = Enumerable.Range(2000, 31).Select(y => programme.OpenEnvelope(Guid.NewGuid(), y, BudgetStage.Primitive, 5_000_000m).Id).ToList();
            db.BudgetProgrammes.Add(programme);
            programmeId = programme.Id;
            for (var b = 0; b < 10_000; b++)
            {
                var beneficiary = new Beneficiary(Guid.NewGuid(), $"Association n°{b + 1} de Banc-d'Essai", LegalForm.Association);
                for (var y = 2021; y <= 2023; y++)
                {
                    beneficiary.RecordGrant(y, authorityId, "Commune de Banc-d'Essai", 500m * (1 + random.Next(40)));
                }

                db.Beneficiaries.Add(beneficiary);
                beneficiaries.Add(beneficiary.Id);
            }

            await db.SaveChangesAsync();
        }

        Guid first = Guid.Empty;
        for (var batch = 0; batch < count; batch += 2_000)
        {
            await using var db = Database.Open(connection);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = batch; n < Math.Min(count, batch + 2_000); n++)
            {
                var act = acts[random.Next(acts.Count)];
                var amount = 100m * (5 + random.Next(500));
                var request = new GrantRequest($"Fonctionnement {act.Date.Year} de l'association", amount, new DateOnly(act.Date.Year, 1, 1), new DateOnly(act.Date.Year, 12, 31));
                var grant = new GrantFile(Guid.NewGuid(), authorityId, beneficiaries[random.Next(beneficiaries.Count)], request);
                if (random.Next(5) > 0)
                {
                    grant.Decide(new GrantDecision(act.Sitting, act.Id, act.Number, act.Act, "Conseil municipal", AssemblyKind.Council, act.Date, amount));
                    grant.ChargeTo(envelopes[Math.Clamp(act.Date.Year - 2000, 0, envelopes.Count - 1)]);
                    var schedule = new PaymentSchedule(Guid.NewGuid(), amount, requestDeadlineMonths: 24);
                    schedule.AddShare("50 % à la notification", 0.5m, PaymentCondition.Signature);
                    schedule.AddBalance("Solde sur compte rendu financier", PaymentCondition.FinalReports);
                    grant.AttachSchedule(schedule);
                }

                db.GrantFiles.Add(grant);
                first = first == Guid.Empty ? grant.Id : first;
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        return (first, beneficiaries[0], programmeId);
    }

    private static async Task Generate(string connection, int count)
    {
        var authority = new Authority(Guid.NewGuid(), "Commune de Banc-d'Essai");
        var assembly = new Assembly(Guid.NewGuid(), authority.Id, "Conseil municipal", AssemblyKind.Council);
        var members = Enumerable.Range(1, 45).Select(i => assembly.AddMember(Guid.NewGuid(), $"MEMBRE{i:D2}", "Prénom")).ToList();
        await using (var db = Database.Open(connection))
        {
            db.Authorities.Add(authority);
            db.Assemblies.Add(assembly);
            await db.SaveChangesAsync();
        }

        var random = new Random(42);
        string[] subjects = ["Subvention à l'association sportive", "Convention avec le centre social", "Travaux de voirie", "Tarifs de la cantine", "Subvention au comité des fêtes"];
        for (var batch = 0; batch < count; batch += 50)
        {
            await using var db = Database.Open(connection);
            for (var n = batch; n < Math.Min(count, batch + 50); n++)
            {
                var sitting = new Sitting(Guid.NewGuid(), assembly.Id, new DateOnly(2000, 1, 1).AddDays(n * 3), 45);
                var keys = Enumerable.Range(1, 50).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
                sitting.SetOrderOfPassage(PositionScheme.Report, keys);
                foreach (var m in members)
                {
                    var r = random.Next(10);
                    if (r < 7)
                    {
                        sitting.AddAttendance(m.Id, r == 0 ? keys[random.Next(50)] : null, r == 1 ? keys[random.Next(50)] : null);
                    }
                    else if (r < 9)
                    {
                        sitting.AddProxy(m.Id, members[random.Next(45)].Id);
                    }
                }

                for (var i = 0; i < 50; i++)
                {
                    var subject = subjects[random.Next(subjects.Length)];
                    var item = sitting.AddItem(keys[i], $"{subject} n°{i + 1}", keys[i], $"{2000 + (n * 3 / 365)}/{n:D5}{i:D2}");
                    item.Describe(null, null, null, null, subject.StartsWith("Subvention", StringComparison.Ordinal) ? "7.5" : "9.1");
                    item.RecordTally(35, 0, 0, null, false);
                    if (random.Next(4) == 0)
                    {
                        item.RecordPublication(sitting.Date.AddDays(7));
                    }
                }

                db.Sittings.Add(sitting);
            }

            await db.SaveChangesAsync();
        }
    }
}

/// <summary>The web application on a real loopback port, on the bench database, without the first-run administrator.</summary>
internal sealed class BenchApp(string connection) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Subsidia", connection);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Production");
    }
}
