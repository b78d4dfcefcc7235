using System.Diagnostics;
using System.Globalization;
using System.Text;
using Subsidia.Reading;
using Subsidia.Reading.Audit;
using Subsidia.Reading.Reading;

// Usage:
//   Subsidia.Reading.Bench [COUNT] [--warmup N]  reads COUNT generated extracts (default 10 000) after N others
//                                           (default 200) and prints documents/s and MB/s
//   Subsidia.Reading.Bench extract FILE…    runs the extract command (json) on files, for inspection
//   Subsidia.Reading.Bench fingerprint [COUNT] [FILE…]  one hash of everything read from COUNT generated extracts and the files
//   Subsidia.Reading.Bench profile [COUNT]  time per phase of the reader (headers, lists, items, …, audit)
//   Subsidia.Reading.Bench patterns [COUNT] [--read]  time per pattern: over whole texts, or (--read) as the reader uses them
//   Subsidia.Reading.Bench generate SEED    prints one generated extract
if (args.Length > 0 && args[0] == "extract")
{
    var format = args.Contains("--text") ? "text" : "json";
    return ExtractCommand.Run(args.Skip(1).Where(a => a != "--text").ToList(), format, Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "fingerprint")
{
    // Every extract (generated, then the files given) serialised and hashed: a change of the reader's output shows
    // as a different hash, so an optimisation can be checked to read exactly the same thing.
    var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
    using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
    void Add(ReadResult result)
    {
        sha.AppendData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(result.Extract, ExtractCommand.JsonOptions));
        var import = result.Import;
        var summary = string.Join("\n", import.People.Select(p => p.ToString())
            .Concat(import.Evaluation.Items.Select(i => $"{i.Roll?.Key}|{i.Roll?.PresentCount}|{i.Roll?.ProxiesInForceCount}|{i.Roll?.Quorum}|{i.Roll?.QuorumMet}|{i.Outcome}|{i.Candidates.Count}"))
            .Concat(import.Evaluation.AllFindings.Select(f => f.ToString())));
        sha.AppendData(Encoding.UTF8.GetBytes(summary));
    }

    for (var i = 0; i < n; i++)
    {
        Add(DeliberationReader.ReadText(GeneratedExtract.Make(i), $"gen-{i:00000}.txt"));
    }

    foreach (var file in args.Skip(2))
    {
        Add(DeliberationReader.ReadFile(file));
    }

    Console.WriteLine(Convert.ToHexString(sha.GetHashAndReset()));
    return 0;
}

if (args.Length > 1 && args[0] == "generate")
{
    // One generated extract, as the benchmark reads it.
    Console.Write(GeneratedExtract.Make(int.Parse(args[1], CultureInfo.InvariantCulture)));
    return 0;
}

if (args.Length > 0 && args[0] == "patterns")
{
    // Every pattern of the reader (static TieredRegex fields) searched through the whole of each generated extract,
    // compiled, on this thread's CPU clock: which patterns cost most when run over a whole text. The reader runs most
    // of them on a part only (a heading, a list, a paragraph), so this ranks patterns, it does not time a read.
    var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
    var texts = Enumerable.Range(0, n).Select(i => Subsidia.Reading.Text.FrenchText.Clean(GeneratedExtract.Make(i))).ToList();
    // Single patterns, and patterns in tables of tuples (the list section markers).
    static IEnumerable<(string Name, Subsidia.Reading.Text.TieredRegex Regex)> Found(string name, object? value) => value switch
    {
        Subsidia.Reading.Text.TieredRegex r => [(name, r)],
        Array a => a.Cast<object?>().SelectMany((e, i) => Found($"{name}[{i}]", e)),
        System.Runtime.CompilerServices.ITuple t => Enumerable.Range(0, t.Length).SelectMany(i => Found(name, t[i])),
        _ => [],
    };
    var fields = typeof(DeliberationReader).Assembly.GetTypes()
        .Where(t => !t.ContainsGenericParameters)
        .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Where(f => f.FieldType == typeof(Subsidia.Reading.Text.TieredRegex) || f.FieldType.IsArray)
            .SelectMany(f => Found($"{t.Name}.{f.Name}", f.GetValue(null))))
        .ToList();
    if (args.Contains("--read"))
    {
        // The searches the reader really makes while reading the extracts (after a warm-up), per pattern.
        var names = fields.GroupBy(f => f.Regex).ToDictionary(g => g.Key, g => g.First().Name);
        var spent = new Dictionary<Subsidia.Reading.Text.TieredRegex, (TimeSpan Time, long Calls)>();
        foreach (var t in texts.Take(100))
        {
            DeliberationReader.ReadText(t, "warmup.txt");
        }

        Subsidia.Reading.Text.TieredRegex.Observer = (r, time) =>
        {
            var (sum, calls) = spent.GetValueOrDefault(r);
            spent[r] = (sum + time, calls + 1);
        };
        foreach (var t in texts)
        {
            DeliberationReader.ReadText(t, "read.txt");
        }

        Subsidia.Reading.Text.TieredRegex.Observer = null;
        foreach (var (r, (time, calls)) in spent.OrderByDescending(e => e.Value.Time).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{time.TotalMilliseconds / n,8:0.0000} ms/doc {(double)calls / n,8:0.0} calls/doc  {names.GetValueOrDefault(r, r.ToString()[..Math.Min(60, r.ToString().Length)])}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{spent.Count} patterns used, {spent.Values.Sum(v => v.Time.TotalMilliseconds) / n:0.000} ms/doc in searches"));
        return 0;
    }

    var costs = new List<(string Name, double Ms, long Matches)>();
    foreach (var (name, regex) in fields)
    {
        var compiled = new System.Text.RegularExpressions.Regex(regex.ToString(), regex.Options | System.Text.RegularExpressions.RegexOptions.Compiled);
        foreach (var t in texts.Take(20))
        {
            _ = compiled.Matches(t).Count;
        }

        var matches = 0L;
        var start = ThreadClock.Nanoseconds();
        foreach (var t in texts)
        {
            matches += compiled.Matches(t).Count;
        }

        costs.Add((name, (ThreadClock.Nanoseconds() - start) / 1e6 / n, matches));
    }

    foreach (var (name, ms, matches) in costs.OrderByDescending(c => c.Ms).Take(40))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,8:0.0000} ms/doc {matches,8} matches  {name}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fields.Count} patterns, {costs.Sum(c => c.Ms):0.000} ms/doc in all"));
    return 0;
}

if (args.Length > 0 && args[0] == "profile")
{
    // The processor time of each phase of the reader on this thread, summed over the generated extracts (after a
    // warm-up): unlike the wall clock, it does not count the time other processes take on a shared machine.
    var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
    var texts = Enumerable.Range(0, n).Select(GeneratedExtract.Make).ToList();
    DocumentImport? import = null;
    var phases = new (string Name, Action<ReadDocument> Run)[]
    {
        ("headers", HeaderReader.Read), ("(sections)", d => ListsReader.FindSections(d.Text)), ("(split)", d => { foreach (var sec in ListsReader.FindSections(d.Text)) { foreach (var li in ListText.Split(sec.Content(d.Text))) { _ = PersonText.ParseName(li.Value, li.Civility); } } }), ("lists", ListsReader.Read), ("items", ItemsReader.Read), ("grant", GrantReader.Read),
        ("budget", BudgetReader.Read), ("checks", ChecksReader.Read), ("audit", d => import = DocumentAuditor.Audit(d)),
        ("(engine)", d =>
        {
            // The roll engine alone, again, on the sitting the audit built: evaluation and the roll at every position.
            var engine = new Subsidia.Domain.Assemblies.RollEngine(import!.Sitting, import.Assembly.Members);
            _ = engine.Evaluate();
            for (var i = 0; i < engine.Timeline.Count; i++)
            {
                _ = engine.RollAt(i);
            }
        }),
    };
    var ticks = new long[phases.Length + 1];
    var allocated = new long[phases.Length + 1];
    for (var round = 0; round < 2; round++)
    {
        Array.Clear(ticks);
        Array.Clear(allocated);
        foreach (var t in round == 0 ? texts.Take(200) : texts)
        {
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadClock.Nanoseconds();
            var doc = new ReadDocument("profile.txt", Subsidia.Reading.Text.FrenchText.Clean(t));
            ticks[0] += ThreadClock.Nanoseconds() - start;
            allocated[0] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            for (var p = 0; p < phases.Length; p++)
            {
                bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                start = ThreadClock.Nanoseconds();
                phases[p].Run(doc);
                ticks[p + 1] += ThreadClock.Nanoseconds() - start;
                allocated[p + 1] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            }
        }
    }

    var total = ticks.Sum();
    var names = new[] { "clean" }.Concat(phases.Select(p => p.Name)).ToList();
    for (var p = 0; p < ticks.Length; p++)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{names[p],-10} {ticks[p] / 1e6 / n,8:0.000} ms/doc {100.0 * ticks[p] / total,5:0.0} % {allocated[p] / 1024.0 / n,8:0.0} KB/doc allocated"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total      {total / 1e6 / n,8:0.000} ms/doc (this thread's CPU time)"));
    return 0;
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var warmupAt = Array.IndexOf(args, "--warmup");
var warmup = warmupAt >= 0 && warmupAt + 1 < args.Length ? int.Parse(args[warmupAt + 1], CultureInfo.InvariantCulture) : 200;
var corpus = Enumerable.Range(0, count).Select(GeneratedExtract.Make).ToList();
var bytes = corpus.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

// Warm-up, on other generated extracts than those measured: the regular expressions are compiled after their first
// uses and the runtime recompiles hot methods in the background for a while; `--warmup N` reads N first (default 200).
for (var i = 0; i < warmup; i++)
{
    DeliberationReader.ReadText(GeneratedExtract.Make(count + i), $"warmup-{i}.txt");
}

var findings = 0L;
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var threadBefore = ThreadClock.Nanoseconds();
var gcBefore = GC.CollectionCount(0);
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var stopwatch = Stopwatch.StartNew();
for (var i = 0; i < corpus.Count; i++)
{
    findings += DeliberationReader.ReadText(corpus[i], $"gen-{i:00000}.txt").Extract.Findings.Count;
}

stopwatch.Stop();
var threadCpu = (ThreadClock.Nanoseconds() - threadBefore) / 1e9;
var gen0 = GC.CollectionCount(0) - gcBefore;
var allocatedPerDocument = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / Math.Max(1, count);
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
var seconds = stopwatch.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"documents={count} warmup={warmup} bytes={bytes} avgBytes={bytes / Math.Max(1, count)} wallSeconds={seconds:0.000} cpuSeconds={cpu:0.000} docsPerWallSecond={count / seconds:0} docsPerCpuSecond={count / cpu:0} MBPerWallSecond={bytes / 1_000_000.0 / seconds:0.00} MBPerCpuSecond={bytes / 1_000_000.0 / cpu:0.00} findings={findings} thread=1 threadCpuSeconds={threadCpu:0.000} docsPerThreadCpuSecond={count / threadCpu:0} gen0Collections={gen0} allocatedKBPerDoc={allocatedPerDocument:0}"));
return 0;

/// <summary>Generated register extracts: varied sizes, spans, proxies, substitutes, votes and a convention.</summary>
internal static class GeneratedExtract
{
    private static readonly string[] Given = ["Jean", "Marie", "Pierre", "Anne", "Luc", "Sophie", "Paul", "Claire", "Marc", "Julie", "Jean-Pierre", "Marie-Odile"];
    private static readonly string[] Family = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER"];
    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Make(int seed)
    {
        var r = new Random(seed);
        var members = 20 + r.Next(60);
        var names = Enumerable.Range(0, members).Select(i => $"{Given[(i + seed) % Given.Length]} {Family[i % Family.Length]}{(i >= Family.Length ? "-" + Family[(i / Family.Length + seed) % Family.Length] : "")}").Distinct().ToList();
        var present = names.Take(names.Count * 3 / 4).ToList();
        var absent = names.Skip(present.Count).ToList();
        var reports = Enumerable.Range(1, 8 + r.Next(10)).Select(i => $"{1 + i / 4}.{1 + i % 4}").Distinct().ToList();
        var sb = new StringBuilder();
        var day = 1 + r.Next(28);
        var month = Months[r.Next(12)];
        var year = 2005 + r.Next(20);
        sb.AppendLine("Extrait du Registre des délibérations du Conseil de Communauté\n");
        sb.AppendLine($"Séance du {day} {month} {year}\n");
        sb.AppendLine($"Conseillers communautaires en exercice : {names.Count}\n");
        sb.AppendLine($"Le Conseil de Communauté, régulièrement convoqué le {Math.Max(1, day - 6)} {month} {year}, s'est réuni à la salle des séances, sous la présidence de M. {present[0]}.\n");
        sb.AppendLine($"Ordre de passage des rapports : {string.Join(", ", reports)}.\n");
        sb.AppendLine("La séance est ouverte à 18h00 et levée à 20h10.\n");
        sb.Append("Etaient présents : ");
        sb.Append(string.Join(", ", present.Select((n, i) => $"{(i % 2 == 0 ? "M." : "Mme")} {n}{(i % 7 == 3 ? $" (à partir du {reports[1]})" : i % 11 == 5 ? $" (jusqu'au {reports[^2]})" : "")}")));
        sb.AppendLine(".\n");
        sb.AppendLine($"Etaient absents : {string.Join(", ", absent.Select(n => "M. " + n))}.\n");
        sb.AppendLine($"Secrétaire de séance : M. {present[1]}\n");
        sb.Append("Procurations de vote : ");
        sb.Append(string.Join(", ", absent.Take(Math.Min(absent.Count, present.Count - 2)).Select((n, i) => $"M. {n} donne pouvoir à M. {present[i + 2]}")));
        sb.AppendLine("\n");
        sb.AppendLine($"Délibération n°{year}/{seed:000000}\n");
        var report = reports[r.Next(reports.Count)];
        sb.AppendLine($"Rapport n°{report} - Soutien au fonctionnement de l'association n°{seed}\n");
        sb.AppendLine($"Rapporteur : M. {present[2]}, Vice-Président\n");
        sb.AppendLine("Commission : Economie, Emploi et Insertion\n");
        sb.AppendLine(string.Concat(Enumerable.Repeat("Le présent rapport expose le contexte, les objectifs et le plan de financement de l'action soutenue. ", 5 + r.Next(20))));
        sb.AppendLine($"\nA l'unanimité, le Conseil de Communauté accorde une subvention de {10 + r.Next(40)} 000 €.\n");
        sb.AppendLine($"Rapport adopté à l'unanimité :\n\nPour : {present.Count + absent.Count}\n\nContre : 0\n\nAbstention : 0\n");
        var amount = (10 + r.Next(40)) * 1000;
        sb.AppendLine("Convention\n\nEntre :\n\nLa Communauté, représentée par son Président, d'une part\n\nEt :\n\nL'association Exemple, représentée par son Président, d'autre part\n");
        sb.AppendLine($"Article 3 - Montant\n\nLa Communauté attribue au bénéficiaire une subvention de {amount / 1000} 000 €.\n\nLa subvention sera versée de la façon suivante :\n\n- 50 % à la signature de la présente convention, soit {amount / 2000} 000 €,\n- le solde sur demande écrite et présentation d'un rapport d'activité final.\n");
        sb.AppendLine("Article 4 - Durée\n\nLa participation doit donner lieu à une demande de paiement du solde dans un délai de 2 ans à compter de la date de notification de la présente convention, faute de quoi elle sera réputée caduque.\n");
        return sb.ToString();
    }
}

/// <summary>The calling thread's own processor time (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)).</summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static long Nanoseconds() => clock_gettime(ThreadCpuTime, out var ts) == 0 ? ts.Seconds * 1_000_000_000 + ts.Nanoseconds : 0;

#pragma warning disable CA1060, CA2101, SYSLIB1054, CA5392, IDE1006
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec ts);
#pragma warning restore CA1060, CA2101, SYSLIB1054, CA5392, IDE1006

    private struct TimeSpec
    {
#pragma warning disable CS0649
        public long Seconds;
        public long Nanoseconds;
#pragma warning restore CS0649
    }
}
