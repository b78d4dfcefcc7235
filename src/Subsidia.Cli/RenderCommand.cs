using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Subsidia.Documents;
using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Conventions;
using Subsidia.Documents.Demo;

namespace Subsidia.Cli;

/// <summary>`render extract|convention|deliberations-list|minutes|closing-sheet … --out FILE`: documents to files.</summary>
internal static class RenderCommand
{
    private static readonly string[] Kinds = ["extract", "convention", "deliberations-list", "minutes", "closing-sheet"];

    public static Command Create(Option<string?> database)
    {
        var kind = new Argument<string>("document") { Description = string.Join(", ", Kinds) };
        kind.AcceptOnlyFromAmong(Kinds);
        var number = new Option<string?>("--number") { Description = "Numéro de la délibération (extract) ou de la décision de subvention (convention)" };
        var sitting = new Option<Guid?>("--sitting") { Description = "Identifiant de la séance (liste, procès-verbal, feuille de clôture)" };
        var output = new Option<string>("--out") { Description = "Fichier à écrire (.pdf ou .docx)", Required = true };
        var command = new Command("render", "Produit un document (PDF ou DOCX selon l'extension du fichier).") { kind, number, sitting, output };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!;
            var docx = path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
            await using var db = await CliDatabase.OpenAsync(parse.GetValue(database), ct);
            await using var renderer = new DocumentRenderer();
            byte[]? bytes;
            var what = parse.GetValue(kind)!;
            if (what == "convention")
            {
                var act = parse.GetValue(number);
                var grant = await db.GrantFilesWithEverything().AsNoTracking().FirstOrDefaultAsync(g => g.Decision!.ActNumber == act, ct);
                bytes = grant?.Convention is null ? null
                    : docx ? renderer.ConventionDocx(new ConventionRecord(grant)) : await renderer.ConventionPdfAsync(new ConventionRecord(grant), ct);
            }
            else
            {
                var act = parse.GetValue(number);
                var sittingId = parse.GetValue(sitting) ?? await db.AgendaItems.Where(i => i.ActNumber == act)
                    .Select(i => EF.Property<Guid>(i, "SittingId")).FirstOrDefaultAsync(ct);
                var record = await LoadAsync(db, sittingId, ct);
                var item = record?.Sitting.Items.FirstOrDefault(i => i.ActNumber == act);
                bytes = (what, record, item) switch
                {
                    (_, null, _) => null,
                    ("extract", _, null) => null,
                    ("extract", _, _) => docx ? renderer.ExtractDocx(record, item) : await renderer.ExtractPdfAsync(record, item, ct),
                    ("deliberations-list", _, _) => await renderer.DeliberationListPdfAsync(record, ct),
                    ("minutes", _, _) => await renderer.MinutesPdfAsync(record, ct),
                    _ => await renderer.ClosingSheetPdfAsync(record, ct),
                };
            }

            if (bytes is null)
            {
                await Console.Error.WriteLineAsync("Rien à produire : délibération, séance ou convention introuvable (voir --number et --sitting).");
                return 2;
            }

            await File.WriteAllBytesAsync(path, bytes, ct);
            await Console.Out.WriteLineAsync($"{path} écrit ({bytes.Length / 1024 + 1} Kio).");
            return 0;
        });
        return command;
    }

    private static async Task<SittingRecord?> LoadAsync(Data.SubsidiaDbContext db, Guid sittingId, CancellationToken ct)
    {
        var sitting = await db.SittingsWithEverything().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sittingId, ct);
        if (sitting is null)
        {
            return null;
        }

        var assembly = await db.Assemblies.AsNoTracking().Include(a => a.Members).FirstAsync(a => a.Id == sitting.AssemblyId, ct);
        var authority = await db.Authorities.AsNoTracking().FirstAsync(a => a.Id == assembly.AuthorityId, ct);
        return SittingRecord.Evaluate(authority, assembly, sitting, GrandBesanconActTexts.All);
    }
}
