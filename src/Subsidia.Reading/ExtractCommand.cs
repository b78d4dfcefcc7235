using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Subsidia.Domain.Common;
using Subsidia.Reading.Model;

namespace Subsidia.Reading;

/// <summary>
/// The <c>extract FILE… [--format json|text]</c> command (docs/contract.md): reads deliberation documents without
/// touching any database. Exit 0 when every file was read (even with findings), 2 when one cannot be read.
/// </summary>
public static class ExtractCommand
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(IReadOnlyList<string> files, string format, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        format = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (format is not ("json" or "text"))
        {
            stderr.WriteLine($"Format inconnu « {format} » : utilisez json ou text.");
            return 2;
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("Aucun fichier à lire : indiquez un ou plusieurs fichiers .txt, .md ou .pdf.");
            return 2;
        }

        var extracts = new List<ExtractDocument>();
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                extracts.Add(DeliberationReader.ReadFile(file).Extract);
            }
            catch (UnreadableDocumentException e)
            {
                stderr.WriteLine(e.Message);
                failed = true;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"{Path.GetFileName(file)} : lecture impossible ({e.Message.ReplaceLineEndings(" ")}).");
                failed = true;
            }
            catch (UnauthorizedAccessException)
            {
                stderr.WriteLine($"{Path.GetFileName(file)} : accès refusé.");
                failed = true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stderr.WriteLine($"{Path.GetFileName(file)} : lecture interrompue par une erreur interne ({e.GetType().Name} : {e.Message.ReplaceLineEndings(" ")}).");
                failed = true;
            }
        }

        if (extracts.Count > 0)
        {
            if (format == "json")
            {
                stdout.WriteLine(extracts.Count == 1 && files.Count == 1
                    ? JsonSerializer.Serialize(extracts[0], JsonOptions)
                    : JsonSerializer.Serialize(extracts, JsonOptions));
            }
            else
            {
                foreach (var x in extracts)
                {
                    stdout.Write(TextReport.Write(x));
                }
            }
        }

        return failed ? 2 : 0;
    }
}

/// <summary>A readable French summary of an extract.</summary>
public static class TextReport
{
    public static string Write(ExtractDocument x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var sb = new StringBuilder();
        sb.AppendLine($"== {x.Source}");
        Line(sb, "Collectivité", x.Authority);
        Line(sb, "Assemblée", x.Body);
        Line(sb, "Séance du", x.SittingDate is null ? null : French.Date(DateOnly.Parse(x.SittingDate, System.Globalization.CultureInfo.InvariantCulture)));
        Line(sb, "Heure", x.Time ?? x.OpenedAt);
        Line(sb, "Lieu", x.Place);
        Line(sb, "Convoquée le", x.ConvenedOn);
        Line(sb, "Publiée le", x.PublishedOn);
        Line(sb, "Reçue en préfecture le", x.PrefectureReceivedOn);
        Line(sb, "Membres en exercice", x.MembersInOffice?.ToString(French.Culture));
        if (x.Declared.Present is not null || x.Declared.Proxies is not null || x.Declared.Voters is not null)
        {
            Line(sb, "Décompte déclaré", $"présents {Show(x.Declared.Present)}, procurations {Show(x.Declared.Proxies)}, votants {Show(x.Declared.Voters)}");
        }

        Line(sb, "Présidence", x.Chairs.Count > 0 ? French.List(x.Chairs) : null);
        Line(sb, "Secrétaire de séance", x.Secretary);
        if (x.OrderOfPassage.Count > 0)
        {
            Line(sb, "Ordre de passage", string.Join(", ", x.OrderOfPassage));
        }

        var substitutes = x.Attendance.Count(a => a.Replaces is not null);
        sb.AppendLine($"Présents nommés : {x.Attendance.Count} (dont {substitutes} suppléant{(substitutes > 1 ? "s" : "")}) ; absents : {x.Absent.Count} ; procurations : {x.Proxies.Count}");
        if (x.PresentUnnamed is not null)
        {
            Line(sb, "Présents", x.PresentUnnamed);
        }

        foreach (var item in x.Items)
        {
            var label = item.Report is not null ? $"Rapport n°{item.Report}" : item.Act is not null ? $"Acte {item.Act}" : "Point";
            sb.AppendLine($"-- {label}{(item.Act is not null && item.Report is not null ? $" (délibération n°{item.Act})" : "")} : {item.Title}");
            if (item.Recorded is { } r)
            {
                sb.AppendLine($"   Vote enregistré : pour {Show(r.For)}, contre {Show(r.Against)}, abstention {Show(r.Abstention)}, ne prenant pas part {Show(r.NotTakingPart)}{(r.Unanimous ? ", à l'unanimité" : "")}");
            }

            sb.AppendLine(item.Roll is { } roll
                ? $"   Calcul : {roll.Present} présents + {roll.ProxiesInForce} pouvoirs = {roll.Voters} votants{(roll.Quorum is { } q ? $" ; quorum {q} {(roll.QuorumMet == true ? "atteint" : "non atteint")}" : "")}"
                : "   Calcul : position du rapport inconnue, voir les constats");
            if (item.Interested.Count > 0)
            {
                sb.AppendLine($"   Conseillers intéressés : {French.List(item.Interested)}");
            }
        }

        if (x.Grant is { } g)
        {
            sb.AppendLine($"Subvention : {Show(g.Amount)} à {g.Beneficiary ?? "bénéficiaire non précisé"}");
            foreach (var i in g.Instalments)
            {
                sb.AppendLine($"   - {(i.Share is { } s ? $"{s * 100:0.##} %" : "?")} soit {Show(i.Amount)} : {i.Condition}{(i.Optional ? " (le cas échéant)" : "")}");
            }
        }

        if (x.Budget is { } b)
        {
            sb.AppendLine($"Budget prévisionnel : {Show(b.Total)} ({string.Join(", ", b.Sections.Select(s => $"{s.Name} {Show(s.Total)}"))})");
        }

        sb.AppendLine(x.Findings.Count == 0 ? "Aucun constat." : $"Constats ({x.Findings.Count}) :");
        foreach (var f in x.Findings)
        {
            sb.AppendLine($"   [{f.Severity}] {f.Code}{(f.Item is null ? "" : $" ({f.Item})")} : {f.Message}");
        }

        sb.AppendLine();
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string label, string? value)
    {
        if (value is not null)
        {
            sb.AppendLine($"{label} : {value}");
        }
    }

    private static string Show(int? n) => n?.ToString(French.Culture) ?? "non indiqué";

    private static string Show(decimal? amount) => amount is { } a ? French.Money(a) : "montant non indiqué";
}
