using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Subsidia.OpenData.Export;
using Subsidia.OpenData.Import;
using Subsidia.OpenData.Validation;

// Generates N SCDL subventions rows, exports them with the writer, validates the file with the validator and
// imports it; prints the figures recorded in docs/benchmarks.md. Usage: [--rows N] [--keep].
var rows = 1_000_000;
var keep = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--rows" && i + 1 < args.Length)
    {
        rows = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--keep")
    {
        keep = true;
    }
}

var path = Path.Combine(Path.GetTempPath(), $"subsidia-bench-{Environment.ProcessId}.csv");
Console.WriteLine($"Machine : {Environment.ProcessorCount} cœurs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
Console.WriteLine($"Lignes  : {rows.ToString("N0", CultureInfo.InvariantCulture)}");

var sirets = Enumerable.Range(0, 5000).Select(Generated.Siret).ToArray();
var natures = new[] { AidNature.Cash, AidNature.Cash, AidNature.Cash, AidNature.InKind, AidNature.Cash | AidNature.InKind };

var process = Process.GetCurrentProcess();
TimeSpan Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime;
}

var cpu = Cpu();
var watch = Stopwatch.StartNew();
long written;
using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
{
    written = ScdlSubventionsWriter.Write(writer, Generate(rows));
}

var exportTime = watch.Elapsed;
var exportCpu = Cpu() - cpu;
var size = new FileInfo(path).Length;
Console.WriteLine($"Export  : {Seconds(exportTime)} s (CPU {Seconds(exportCpu)} s), {size / 1_000_000.0:F1} Mo, {written / exportTime.TotalSeconds:N0} lignes/s");

// Validation: the figure the 5-second target is about (cold JIT included, like the CLI).
cpu = Cpu();
watch.Restart();
var report = TableValidator.ForSchema("scdl-subventions").Validate(path);
var validateTime = watch.Elapsed;
var validateCpu = Cpu() - cpu;
Console.WriteLine($"Validation : {Seconds(validateTime)} s (CPU {Seconds(validateCpu)} s), {report.Rows / validateTime.TotalSeconds:N0} lignes/s, {report.ErrorCount} erreur(s), valide = {report.Valid}");
foreach (var e in report.Errors.Take(5))
{
    Console.WriteLine($"  ligne {e.Row} {e.Field} {e.Rule} {e.Message}");
}

// The same file checked with the batched parallel mode, for comparison.
cpu = Cpu();
watch.Restart();
var parallel = new TableValidator(TableSchema.Embedded("scdl-subventions"), "scdl-subventions", SchemaExtras.For("scdl-subventions"))
{
    Parallelism = Environment.ProcessorCount,
}.Validate(path);
var parallelTime = watch.Elapsed;
var parallelCpu = Cpu() - cpu;
Console.WriteLine($"Validation parallèle ({Environment.ProcessorCount} fils) : {Seconds(parallelTime)} s (CPU {Seconds(parallelCpu)} s), {parallel.ErrorCount} erreur(s)");

cpu = Cpu();
watch.Restart();
var imported = ScdlSubsidyImporter.Import(path);
var importTime = watch.Elapsed;
var importCpu = Cpu() - cpu;
Console.WriteLine($"Import (dry run) : {Seconds(importTime)} s (CPU {Seconds(importCpu)} s), {imported.RowsRead} lignes, {imported.RowsRejected} rejetées, total {imported.Total.ToString("N2", CultureInfo.InvariantCulture)} €, {imported.Issues.Count} signalements");
Console.WriteLine($"Charge de la machine (load average 1/5/15 min) : {LoadAverage()}");
Console.WriteLine($"Mémoire max (working set) : {process.PeakWorkingSet64 / 1_000_000} Mo ; GC gen0/1/2 : {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");

if (!keep)
{
    File.Delete(path);
}

return report.Valid && imported.RowsRead == rows ? 0 : 1;

IEnumerable<ScdlSubventionRow> Generate(int count)
{
    var start = new DateOnly(2024, 1, 1);
    for (var i = 0; i < count; i++)
    {
        var day = start.AddDays(i % 700);
        var staged = i % 3 == 0;
        var hasSiret = i % 7 != 0;
        yield return new ScdlSubventionRow
        {
            AttributorName = "Grand Besançon Métropole",
            AttributorSiret = sirets[0],
            ConventionDate = day,
            DecisionReference = $"2024/2024.{i % 100000:D5}",
            BeneficiaryName = i % 11 == 0 ? $"Association \"Les amis n°{i}\", culture et loisirs" : $"Association sportive n°{i}",
            BeneficiarySiret = hasSiret ? sirets[1 + (i % (sirets.Length - 1))] : null,
            BeneficiaryRna = hasSiret ? null : $"W{(250000000 + i % 99999999).ToString(CultureInfo.InvariantCulture)}",
            Purpose = i % 13 == 0 ? "Programme d'actions\nsur deux lignes ; fonctionnement" : "Soutien au fonctionnement de l'association pour l'année",
            Amount = 23000m + (i % 50000) * 10.25m,
            Nature = natures[i % natures.Length],
            Conditions = staged ? PaymentKind.Instalments : PaymentKind.OnePayment,
            PaymentFrom = day.AddDays(10),
            PaymentTo = staged ? day.AddDays(375) : null,
            RaeId = i % 17 == 0 ? "12345" : null,
            EuNotified = i % 5 == 0,
            Share = i % 4 == 0 ? 0.5m : 1m,
            AidScheme = i % 19 == 0 ? "65d5b6c7-102c-4440-ac3b-768f708edc0a" : null,
        };
    }
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "inconnue";

static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

internal static class Generated
{
    /// <summary>A SIRET with a valid Luhn key, derived from <paramref name="seed"/>.</summary>
    public static string Siret(int seed)
    {
        var body = (10_000_000_000_000L + seed * 7_919L * 1_000L + seed).ToString(CultureInfo.InvariantCulture)[..13];
        for (var key = 0; key < 10; key++)
        {
            var candidate = body + key.ToString(CultureInfo.InvariantCulture);
            if (Subsidia.Domain.Identifiers.Siret.ChecksumHolds(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Aucune clé de Luhn.");
    }
}
