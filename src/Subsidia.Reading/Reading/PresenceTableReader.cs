using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>
/// Attendance given as a table, one member per row and a mark in a column (the "tableau des présences" of many
/// minutes, as <c>pdftotext -layout</c> lays it out or with tabs between cells):
/// <code>
///    NOM - Prénom         Commune     Présent   Excusé   Absent   Pouvoir donné à
///    BOURGEOIS Alain      Mouthe        X
///    CUENOT Marie-Claire  Mouthe                  X               BOURGEOIS Alain
/// </code>
/// A mark belongs to the column whose heading is nearest to it; a name in the proxy column is the holder. A row whose
/// mark cannot be placed, or that has no mark and no holder, is left out (and said), never guessed.
/// </summary>
internal static class PresenceTableReader
{
    private enum Column
    {
        Name,
        Commune,
        Present,
        Excused,
        Absent,
        Proxy,
        Other,
    }

    private sealed record Cell(int Start, int End, string Text)
    {
        public double Centre => (Start + End) / 2.0;
    }

    /// <summary>Reads the first presence table of the document, when its lists named nobody.</summary>
    public static void Read(ReadDocument doc)
    {
        if (doc.Attendance.Count > 0 || !Heading.MayMatch(doc.Text))
        {
            return;
        }

        var lines = doc.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var folded = FrenchText.Fold(lines[i]);
            if (!Heading.IsMatch(folded))
            {
                continue;
            }

            var header = Cells(lines[i]).Select(c => (Cell: c, Role: RoleOf(FrenchText.Fold(c.Text)))).ToList();
            if (header.Count < 3 || header.Count(h => h.Role is Column.Present or Column.Excused or Column.Absent or Column.Proxy) < 2
                || header.All(h => h.Role != Column.Present))
            {
                continue;
            }

            if (header[0].Role is not Column.Name)
            {
                header[0] = (header[0].Cell, Column.Name);
            }

            ReadRows(doc, lines, i + 1, header);
            return;
        }
    }

    private static void ReadRows(ReadDocument doc, string[] lines, int first, List<(Cell Cell, Column Role)> header)
    {
        var statusStart = header.Where(h => h.Role is not (Column.Name or Column.Commune)).Min(h => h.Cell.Start);
        var commune = header.FirstOrDefault(h => h.Role == Column.Commune);
        var blanks = 0;
        for (var k = first; k < lines.Length; k++)
        {
            if (lines[k].Trim().Length == 0)
            {
                if (++blanks > 1)
                {
                    return;
                }

                continue;
            }

            var afterBlank = blanks > 0;
            blanks = 0;
            var cells = Cells(lines[k]);
            if (cells.Count == 0 || cells[0].Start >= statusStart || cells[0].Text.Contains(':', StringComparison.Ordinal)
                || (afterBlank && cells.Count == 1) || PersonText.ParseName(cells[0].Text) is not { } name)
            {
                return; // the table ends where a line is not a member's row ("Présidence : …", a paragraph)
            }

            if (commune.Cell is not null && cells.FirstOrDefault(c => c != cells[0] && c.Start < statusStart && Math.Abs(c.Centre - commune.Cell.Centre) < 20) is { } place)
            {
                name = name with { Commune = place.Text };
            }

            var marks = new HashSet<Column>();
            string? holder = null;
            foreach (var cell in cells.Skip(1).Where(c => c.End >= statusStart))
            {
                if (Mark.IsMatch(cell.Text))
                {
                    var nearest = header.Where(h => h.Role is Column.Present or Column.Excused or Column.Absent or Column.Proxy)
                        .OrderBy(h => Math.Abs(h.Cell.Centre - cell.Centre)).First();
                    marks.Add(nearest.Role);
                }
                else if (header.Any(h => h.Role == Column.Proxy && cell.End > h.Cell.Start - 2) && cell.Text.Any(char.IsLetter))
                {
                    holder = cell.Text;
                }
            }

            var person = doc.People.Resolve(name);
            var holderName = holder is null ? null : PersonText.ParseNamePhrase(holder);
            if (holderName is not null)
            {
                doc.Proxies.Add(new ReadProxy(person, doc.People.Resolve(holderName), null, null));
            }

            if (marks.Contains(Column.Present) && holderName is null)
            {
                doc.AttendanceOf(person).Add(new SpanPhrase());
            }
            else if (marks.Contains(Column.Excused) || marks.Contains(Column.Absent) || holderName is not null || marks.Contains(Column.Proxy))
            {
                if (!doc.Absent.Contains(person))
                {
                    doc.Absent.Add(person);
                }

                if (marks.Contains(Column.Excused))
                {
                    doc.Excused.Add(person);
                }
            }
            else
            {
                doc.AddFinding(Subsidia.Domain.Findings.FindingCodes.UnreadableValue, Subsidia.Domain.Findings.Severity.Warning, null,
                    $"Tableau des présences : la ligne de {person.Display} ne porte aucune marque lisible ; sa présence n'est pas déduite.");
            }
        }
    }

    private static Column RoleOf(string folded) => folded switch
    {
        _ when folded.Contains("pouvoir", StringComparison.Ordinal) || folded.Contains("procuration", StringComparison.Ordinal)
            || folded.Contains("mandataire", StringComparison.Ordinal) || folded.Contains("represente par", StringComparison.Ordinal) => Column.Proxy,
        _ when folded.Contains("excuse", StringComparison.Ordinal) => Column.Excused,
        _ when folded.Contains("absent", StringComparison.Ordinal) => Column.Absent,
        _ when folded.Contains("present", StringComparison.Ordinal) => Column.Present,
        _ when folded.Contains("commune", StringComparison.Ordinal) => Column.Commune,
        _ when NameHeading.IsMatch(folded) => Column.Name,
        _ => Column.Other,
    };

    /// <summary>
    /// The cells of a line: separated by tabs (each placed at its column's number, empty cells counted), or by two
    /// spaces or more (placed where they stand in the line, as a layout of columns puts them).
    /// </summary>
    private static List<Cell> Cells(string line)
    {
        var cells = new List<Cell>();
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var parts = line.Split('\t');
            for (var k = 0; k < parts.Length; k++)
            {
                if (parts[k].Trim().Length > 0)
                {
                    cells.Add(new Cell(k, k, parts[k].Trim()));
                }
            }

            return cells;
        }

        foreach (Match m in CellPattern.Matches(line))
        {
            cells.Add(new Cell(m.Index, m.Index + m.Length, m.Value.Trim()));
        }

        return cells;
    }

    private static readonly TieredRegex Heading = new(@"\bpresent(?:e|s|es)?\b.*\b(?:absent|excuse|pouvoir|procuration)|\b(?:absent|excuse)(?:e|s|es)?\b.*\bpresent", RegexOptions.IgnoreCase, "sent");

    private static readonly TieredRegex CellPattern = new(@"[^\t ](?:[^\t ]| (?! ))*");

    private static readonly TieredRegex Mark = new(@"^(?:[xX×✓✔✗]|oui|OUI)$");

    private static readonly TieredRegex NameHeading = new(@"\b(?:nom|noms|conseiller|conseillers|elus?|membres?|delegues?)\b");
}
