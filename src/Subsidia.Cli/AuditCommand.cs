using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;

namespace Subsidia.Cli;

/// <summary>`audit [--format json]`: re-runs every check over the database and prints the findings.</summary>
internal static class AuditCommand
{
    public static void Register(RootCommand root, Option<string?> database)
    {
        var format = new Option<string>("--format") { Description = "text ou json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("audit", "Relance tous les contrôles sur la base et affiche les constats.") { format };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(database), parse.GetValue(format)!, Console.Out, Console.Error, ct));
        root.Subcommands.Add(command);
    }

    public sealed record AuditFinding(string Code, string Severity, string? Item, string Message, string Body, DateOnly SittingDate, Guid SittingId);

    public static async Task<int> RunAsync(string? connection, string format, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        await using var db = await CliDatabase.OpenAsync(connection, ct);
        var assemblies = await db.Assemblies.Include(a => a.Members).ToListAsync(ct);
        var ids = await db.Sittings.OrderBy(s => s.Date).Select(s => new { s.Id, s.AssemblyId }).ToListAsync(ct);
        var findings = new List<AuditFinding>();
        var byAssembly = new Dictionary<Guid, List<Sitting>>();
        var progress = new Progress(stderr, ids.Count, "séances contrôlées");
        foreach (var id in ids)
        {
            var sitting = await db.SittingsWithEverything().AsNoTracking().SingleAsync(s => s.Id == id.Id, ct);
            var assembly = assemblies.Single(a => a.Id == sitting.AssemblyId);
            var evaluation = new RollEngine(sitting, assembly.Members).Evaluate();
            findings.AddRange(evaluation.AllFindings.Select(f => Map(f, assembly, sitting)));
            if (!byAssembly.TryGetValue(assembly.Id, out var list))
            {
                byAssembly[assembly.Id] = list = [];
            }

            list.Add(sitting);
            progress.Step();
        }

        foreach (var (assemblyId, sittings) in byAssembly)
        {
            var assembly = assemblies.Single(a => a.Id == assemblyId);
            var names = assembly.Members.ToDictionary(m => m.Id, m => m.FullName);
            foreach (var f in ProxyMandateCheck.Check(sittings, id => names.GetValueOrDefault(id, "?")))
            {
                findings.Add(Map(f, assembly, sittings[^1]));
            }
        }

        progress.Done();
        if (format == "json")
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { sittings = ids.Count, findings }, JsonOptions.Default));
        }
        else
        {
            await stdout.WriteLineAsync($"{French.Plural(ids.Count, "séance contrôlée", "séances contrôlées")}, {French.Plural(findings.Count, "constat", "constats")}.");
            foreach (var f in findings)
            {
                await stdout.WriteLineAsync($"[{f.Severity}] {f.Code} – {f.Body} du {French.Date(f.SittingDate)}{(f.Item is null ? "" : $", rapport {f.Item}")} : {f.Message}");
            }
        }

        return 0;
    }

    private static AuditFinding Map(Finding f, Assembly assembly, Sitting sitting) =>
        new(f.Code, f.SeverityName, f.Item, f.Message, assembly.Name, sitting.Date, sitting.Id);
}
