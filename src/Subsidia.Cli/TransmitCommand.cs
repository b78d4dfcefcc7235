using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Subsidia.Documents;
using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Demo;
using Subsidia.OpenData.Actes;

namespace Subsidia.Cli;

/// <summary>`transmit --number ACT --classification DATE --out FILE.tar.gz`: the @ctes bundle of an act (metadata XML and act PDF).</summary>
internal static class TransmitCommand
{
    public static Command Create(Option<string?> database)
    {
        var number = new Option<string>("--number") { Description = "Numéro de la délibération", Required = true };
        var classification = new Option<string>("--classification")
        {
            Description = "Date de version de la classification de la préfecture (AAAA-MM-JJ)",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Archive à écrire (.tar.gz)", Required = true };
        var command = new Command("transmit", "Prépare l'envoi @ctes d'une délibération (XML de métadonnées et PDF de l'acte).") { number, classification, output };
        command.SetAction(async (parse, ct) =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(classification), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var version))
            {
                await Console.Error.WriteLineAsync($"Date de classification illisible : « {parse.GetValue(classification)} » (attendu AAAA-MM-JJ).");
                return 2;
            }

            var act = parse.GetValue(number)!;
            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            var sittingId = await db.AgendaItems.Where(i => i.ActNumber == act).Select(i => EF.Property<Guid>(i, "SittingId")).FirstOrDefaultAsync(ct);
            var sitting = await db.SittingsWithEverything().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sittingId, ct);
            if (sitting is null)
            {
                await Console.Error.WriteLineAsync($"Aucune délibération ne porte le numéro {act}.");
                return 2;
            }

            var assembly = await db.Assemblies.AsNoTracking().Include(a => a.Members).FirstAsync(a => a.Id == sitting.AssemblyId, ct);
            var authority = await db.Authorities.AsNoTracking().FirstAsync(a => a.Id == assembly.AuthorityId, ct);
            var item = sitting.Items.First(i => i.ActNumber == act);
            var missing = new List<string>();
            if (authority.Siren is null)
            {
                missing.Add("le SIREN de la collectivité");
            }

            if (authority.DepartmentCode is null)
            {
                missing.Add("son département");
            }

            if (item.Matter is null)
            {
                missing.Add("la matière ACTES de l'acte");
            }

            if (missing.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Envoi impossible : il manque {string.Join(", ", missing)}.");
                return 2;
            }

            var id = ActesIdentifier.Create(authority.DepartmentCode!, authority.Siren!, sitting.Date, act);
            await using var renderer = new DocumentRenderer();
            var pdf = await renderer.ExtractPdfAsync(SittingRecord.Evaluate(authority, assembly, sitting, GrandBesanconActTexts.All), item, ct);
            var transmission = new ActesTransmission { Id = id, MatterCode = item.Matter!, Subject = item.Title, ClassificationDate = version };
            await using (var file = File.Create(parse.GetValue(output)!))
            {
                ActesBundle.WriteTarGz(file, transmission, pdf, DateTimeOffset.UtcNow);
            }

            await Console.Out.WriteLineAsync($"{parse.GetValue(output)} écrit : acte {id}.");
            return 0;
        });
        return command;
    }
}
