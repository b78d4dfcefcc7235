using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Subsidia.Application.Audit;
using Subsidia.Application.Demo;
using Subsidia.Application.Grants;
using Subsidia.Application.Imports;
using Subsidia.Application.OpenData;
using Subsidia.Domain.Common;
using Subsidia.OpenData.Export;
using Subsidia.OpenData.Validation;
using Subsidia.Reading;

namespace Subsidia.Cli;

/// <summary>The commands of docs/contract.md, each a thin shell over the library that does the work.</summary>
internal static class Commands
{
    public static void Register(RootCommand root, Option<string?> database)
    {
        root.Subcommands.Add(Extract());
        root.Subcommands.Add(Import(database));
        root.Subcommands.Add(Audit(database));
        root.Subcommands.Add(Deadlines(database));
        root.Subcommands.Add(Export(database));
        root.Subcommands.Add(Validate());
        root.Subcommands.Add(Demo(database));
        root.Subcommands.Add(RenderCommand.Create(database));
        root.Subcommands.Add(Acknowledge(database));
        root.Subcommands.Add(TransmitCommand.Create(database));
    }

    private static Option<string> Format(params string[] allowed)
    {
        var format = new Option<string>("--format") { Description = string.Join(" ou ", allowed), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(allowed);
        return format;
    }

    private static Command Extract()
    {
        var files = new Argument<string[]>("files") { Description = "Documents à lire (.txt, .md, .pdf)", Arity = ArgumentArity.OneOrMore };
        var format = Format("json", "text");
        var command = new Command("extract", "Lit des extraits de registre et affiche ce qui a été lu et constaté, sans toucher la base.") { files, format };
        command.SetAction(parse => ExtractCommand.Run(parse.GetValue(files)!, parse.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    private static Command Import(Option<string?> database)
    {
        var files = new Argument<string[]>("files") { Description = "Extraits de registre ou fichiers SCDL subventions (CSV)", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Lit et résume sans rien enregistrer" };
        var authorityName = new Option<string?>("--authority") { Description = "Collectivité sous laquelle ranger les séances lues (créée si elle n'existe pas), quel que soit le nom que leur donne le document" };
        var format = Format("json", "text");
        var command = new Command("import", "Enregistre ce que lit extract, et les fichiers SCDL subventions ; réimporter ne change rien.") { files, dryRun, authorityName, format };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files)!;
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Fichier introuvable : {string.Join(", ", missing)}");
                return 2;
            }

            if (parse.GetValue(dryRun))
            {
                var summary = ImportService.DryRun(paths);
                await Console.Out.WriteLineAsync(parse.GetValue(format) == "json"
                    ? summary.ToJson()
                    : $"{French.Plural(summary.Documents, "document", "documents")}, {summary.Rows} lignes dont {summary.RowsRejected} rejetées, total {French.Money(summary.Total)}, {French.Plural(summary.Issues.Count, "anomalie", "anomalies")}.");
                return 0;
            }

            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            var service = new ImportService(db, TimeProvider.System);
            var into = parse.GetValue(authorityName) is { Length: > 0 } named ? await ImportService.AuthorityNamedAsync(db, named, ct) : null;
            var results = new List<ImportedFile>();
            var progress = new Progress(Console.Error, paths.Length, "fichiers importés");
            foreach (var path in paths)
            {
                results.Add(await service.ImportAsync(path, into, ct));
                progress.Step();
            }

            progress.Done();
            if (parse.GetValue(format) == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(results, JsonOptions.Default));
            }
            else
            {
                foreach (var r in results)
                {
                    await Console.Out.WriteLineAsync($"{r.File} : {r.Outcome} ({r.Created} créés, {r.Matched} reconnus, {r.Skipped} ignorés)");
                    foreach (var grant in r.Grants)
                    {
                        await Console.Out.WriteLineAsync(
                            $"  dossier de subvention {grant.Outcome} : {grant.Beneficiary ?? "bénéficiaire non lu"}, {(grant.Amount is { } amount ? French.Money(amount) : "montant non lu")}{(grant.Act is null ? "" : $", délibération n° {grant.Act}")}");
                    }

                    foreach (var note in r.Notes)
                    {
                        await Console.Out.WriteLineAsync($"  - {note}");
                    }
                }
            }

            return results.Any(r => r.Outcome is "refusé" or "illisible") ? 2 : 0;
        });
        return command;
    }

    private static Command Audit(Option<string?> database)
    {
        var format = Format("json", "text");
        var command = new Command("audit", "Relance tous les contrôles sur la base et affiche les constats.") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            Progress? progress = null;
            var (sittings, grants, findings) = await new AuditService(db).RunAsync((done, total) =>
            {
                progress ??= new Progress(Console.Error, total, "contrôles");
                progress.Step();
            }, ct);
            progress?.Done();
            if (parse.GetValue(format) == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { sittings, grants, findings }, JsonOptions.Default));
                return 0;
            }

            await Console.Out.WriteLineAsync($"{French.Plural(sittings, "séance contrôlée", "séances contrôlées")}, {French.Plural(grants, "subvention contrôlée", "subventions contrôlées")}, {French.Plural(findings.Count, "constat", "constats")}.");
            foreach (var f in findings)
            {
                await Console.Out.WriteLineAsync($"[{f.Severity}] {f.Code} – {f.Where}{(f.Date is { } d ? $" du {French.Date(d)}" : "")}{(f.Item is null ? "" : $", rapport {f.Item}")} : {f.Message}");
            }

            return 0;
        });
        return command;
    }

    private static Command Deadlines(Option<string?> database)
    {
        var on = new Option<string?>("--on") { Description = "Date (AAAA-MM-JJ), aujourd'hui par défaut" };
        var format = Format("json", "text");
        var all = new Option<bool>("--all") { Description = "Toutes les obligations, pas seulement les échues, en retard ou caduques" };
        var command = new Command("deadlines", "Liste les obligations échues, en retard ou caduques à une date.") { on, format, all };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(on);
            DateOnly? day = null;
            if (text is not null)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"Date illisible : « {text} » (attendu AAAA-MM-JJ).");
                    return 2;
                }

                day = parsed;
            }

            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            var queries = new GrantQueries(db, TimeProvider.System);
            var date = day ?? queries.Today;
            var obligations = (await queries.ObligationsAsync(date, ct))
                .Where(o => parse.GetValue(all) || o.State is "Due" or "Late" or "Lapsed").ToList();
            if (parse.GetValue(format) == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { on = date, obligations }, JsonOptions.Default));
                return 0;
            }

            await Console.Out.WriteLineAsync($"Obligations au {French.Date(date)} : {obligations.Count}.");
            foreach (var o in obligations)
            {
                await Console.Out.WriteLineAsync($"{(o.DueOn is { } due ? French.Date(due) : "date inconnue"),-14} {StateLabel(o.State),-12} {o.Beneficiary} – {o.Label} ({o.Source})");
            }

            return 0;
        });
        return command;
    }

    private static string StateLabel(string state) => state switch
    {
        "Upcoming" => "à venir",
        "Due" => "à faire",
        "Met" => "fait",
        "Late" => "en retard",
        "Lapsed" => "caduque",
        _ => state,
    };

    private static Command Export(Option<string?> database)
    {
        var what = new Argument<string>("what") { Description = "scdl-subventions ou scdl-deliberations" };
        what.AcceptOnlyFromAmong("scdl-subventions", "scdl-deliberations");
        var year = new Option<int?>("--year") { Description = "Année (AAAA)" };
        var output = new Option<string?>("--out") { Description = "Fichier à écrire (sortie standard par défaut)" };
        var variant = new Option<string>("--variant") { Description = "scdl ou etalab (format réglementaire)", DefaultValueFactory = _ => "scdl" };
        variant.AcceptOnlyFromAmong("scdl", "etalab");
        var command = new Command("export", "Écrit le fichier de données ouvertes (SCDL).") { what, year, output, variant };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            var export = new OpenDataExport(db);
            var path = parse.GetValue(output);
            await using var file = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            var writer = (TextWriter?)file ?? Console.Out;
            var result = parse.GetValue(what) == "scdl-deliberations"
                ? await export.DeliberationsAsync(writer, parse.GetValue(year), ct)
                : await export.SubventionsAsync(writer, parse.GetValue(year),
                    parse.GetValue(variant) == "etalab" ? ScdlSubventionsVariant.Etalab : ScdlSubventionsVariant.Scdl, ct);
            await writer.FlushAsync(ct);
            await Console.Error.WriteLineAsync($"{French.Plural((int)result.Rows, "ligne écrite", "lignes écrites")}{(path is null ? "" : $" dans {path}")}.");
            foreach (var note in result.Skipped)
            {
                await Console.Error.WriteLineAsync($"  - {note}");
            }

            return 0;
        });
        return command;
    }

    private static Command Validate()
    {
        var file = new Argument<string>("file") { Description = "Fichier CSV à contrôler" };
        var schema = new Option<string>("--schema") { Description = "scdl-subventions ou scdl-deliberations", Required = true };
        schema.AcceptOnlyFromAmong("scdl-subventions", "scdl-deliberations");
        var format = Format("json", "text");
        var command = new Command("validate", "Contrôle un fichier SCDL, à la ligne et à la colonne près (0 valide, 1 invalide, 2 illisible).") { file, schema, format };
        command.SetAction(parse => ValidateCommand.Run(parse.GetValue(file)!, parse.GetValue(schema)!, parse.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    private static Command Acknowledge(Option<string?> database)
    {
        var files = new Argument<string[]>("files") { Description = "Accusés de réception @ctes (XML)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("acknowledge", "Enregistre les accusés de réception de la préfecture (date de réception, caractère exécutoire).") { files };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            var service = new Subsidia.Application.Actes.AcknowledgmentService(db);
            var status = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                try
                {
                    var (recorded, message) = await service.RecordAsync(await File.ReadAllTextAsync(file, ct), ct);
                    await (recorded ? Console.Out : Console.Error).WriteLineAsync($"{Path.GetFileName(file)} : {message}");
                    status = recorded ? status : 1;
                }
                catch (Exception e) when (e is FormatException or IOException)
                {
                    await Console.Error.WriteLineAsync($"{Path.GetFileName(file)} : {e.Message}");
                    status = 2;
                }
            }

            return status;
        });
        return command;
    }

    private static Command Demo(Option<string?> database)
    {
        var command = new Command("demo", "Charge les données de démonstration (les deux séances et subventions de Grand Besançon).");
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            var load = await DemoLoader.LoadAsync(db, TimeProvider.System, ct);
            await Console.Out.WriteLineAsync(load.SittingsAdded == 0 && load.GrantsAdded == 0
                ? "Les données de démonstration sont déjà chargées."
                : $"{French.Plural(load.SittingsAdded, "séance importée", "séances importées")} depuis les extraits de registre, {French.Plural(load.GrantsAdded, "dossier de subvention ajouté", "dossiers de subvention ajoutés")}.");
            return 0;
        });
        return command;
    }
}
