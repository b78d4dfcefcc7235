using System.Text.RegularExpressions;
using Subsidia.Domain.Findings;
using Subsidia.Reading.Model;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>
/// Forecast budgets, as tables (expenses | revenues columns, one section per table) or as prose, read as trees:
/// a line whose amount is the sum of the lines right after it is their parent (R-25).
/// </summary>
internal static class BudgetReader
{
    public static void Read(ReadDocument doc)
    {
        var budget = new BudgetEntry();
        ReadTables(doc, budget);
        if (budget.Sections.Count == 0)
        {
            ReadProse(doc, budget);
        }

        if (budget.Sections.Count == 0)
        {
            return;
        }

        var stated = StatedTotal(doc.Text);
        var sum = budget.Sections.Sum(s => s.Total ?? 0m);
        budget.Total = stated ?? (budget.Sections.All(s => s.Total is not null) ? sum : null);
        if (stated is not null && budget.Sections.All(s => s.Total is not null))
        {
            Check(doc, "Budget prévisionnel total", stated.Value, sum);
        }

        doc.Extract.Budget = budget;
    }

    private static decimal? StatedTotal(string text)
    {
        var m = TotalSentence.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var v = m.Groups["v"].Value;
        var value = FrenchText.ParseAmount(v);
        return value is null ? null : Regex.IsMatch(v, @"k\s*€", RegexOptions.IgnoreCase) ? value * 1000m : value;
    }

    private static void ReadTables(ReadDocument doc, BudgetEntry budget)
    {
        var lines = doc.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // A table row has three cells at least: a line with fewer than two tabs is not one (most lines).
            if (lines[i].AsSpan().Count('\t') < 2)
            {
                continue;
            }

            var cells = lines[i].Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length < 3 || !FrenchText.Fold(cells[0]).StartsWith("depenses", StringComparison.Ordinal) && !FrenchText.Fold(cells[0]).StartsWith("charges", StringComparison.Ordinal))
            {
                continue;
            }

            var revenueColumn = Array.FindIndex(cells, c => FrenchText.Fold(c).StartsWith("recettes", StringComparison.Ordinal) || FrenchText.Fold(c).StartsWith("produits", StringComparison.Ordinal));
            if (revenueColumn < 2)
            {
                continue;
            }

            var name = "";
            for (var k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                var first = lines[k].Split('\t')[0].Trim();
                if (first.Length > 0)
                {
                    name = first;
                    break;
                }
            }

            var section = new BudgetSection { Name = name.Length > 0 ? name : $"Section {budget.Sections.Count + 1}" };
            var expenses = new List<(string Label, decimal? Amount)>();
            var revenues = new List<(string Label, decimal? Amount)>();
            decimal? expenseTotal = null, revenueTotal = null;
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                var row = lines[j].Split('\t').Select(c => c.Trim()).ToArray();
                if (row.All(c => c.Length == 0))
                {
                    break;
                }

                string Cell(int c) => c < row.Length ? row[c] : "";
                var leftLabel = Cell(0);
                var leftAmount = FrenchText.ParseAmount(Cell(1));
                var rightLabel = Cell(revenueColumn);
                var rightAmount = FrenchText.ParseAmount(Cell(revenueColumn + 1));
                if (FrenchText.Fold(leftLabel).StartsWith("total", StringComparison.Ordinal))
                {
                    expenseTotal = leftAmount;
                    revenueTotal = FrenchText.Fold(rightLabel).StartsWith("total", StringComparison.Ordinal) ? rightAmount : null;
                    j++;
                    break;
                }

                if (leftLabel.Length > 0)
                {
                    expenses.Add((leftLabel, leftAmount));
                }

                if (rightLabel.Length > 0)
                {
                    revenues.Add((rightLabel, rightAmount));
                }
            }

            section.ExpensesTotal = expenseTotal;
            section.RevenuesTotal = revenueTotal;
            section.Total = expenseTotal ?? revenueTotal;
            section.Expenses.AddRange(Tree(expenses, expenseTotal));
            section.Revenues.AddRange(Tree(revenues, revenueTotal));
            CheckSide(doc, section.Name, "dépenses", section.Expenses, expenseTotal);
            CheckSide(doc, section.Name, "recettes", section.Revenues, revenueTotal);
            budget.Sections.Add(section);
            i = j;
        }
    }

    private static void ReadProse(ReadDocument doc, BudgetEntry budget)
    {
        var heading = BudgetHeading.Match(doc.Text);
        if (!heading.Success)
        {
            return;
        }

        var start = heading.Index;
        var next = NextAnnex.Match(doc.Text, heading.Index + heading.Length);
        var region = doc.Text[start..(next.Success ? next.Index : doc.Text.Length)];
        var total = StatedTotal(region);
        if (total is null)
        {
            return;
        }

        var section = new BudgetSection { Name = heading.Groups["name"].Value.Trim().TrimEnd(':', ' ') is { Length: > 0 } n ? char.ToUpperInvariant(n[0]) + n[1..] : "Budget prévisionnel", Total = total };
        foreach (var sentence in Regex.Split(region, @"(?<=[.;])\s+|\n+"))
        {
            var folded = FrenchText.Fold(sentence);
            if (TotalSentence.IsMatch(sentence))
            {
                continue;
            }

            var revenue = Regex.IsMatch(folded, @"financeur|subvention|recette|produit|aide|soutien|participation|cofinanc|region|ministere|departement|etat\b");
            var expense = Regex.IsMatch(folded, @"action|charge|depense|frais|salari|cout|achat|prestation|personnel");
            if (!revenue && !expense)
            {
                continue;
            }

            var amounts = FrenchText.EuroAmounts(sentence).ToList();
            var previous = 0;
            foreach (var (index, length, value) in amounts)
            {
                var label = FrenchText.CollapseSpaces(sentence[previous..index]).Trim();
                label = Regex.Replace(label, @"^[€\s,;.]*(?:et\s+|dont\s+)?", "");
                label = Regex.Replace(label, @"\s*(?::|[àa]\s+hauteur\s+de|s'[ée]l[èe]ve\s+[àa]|est\s+de|porte\s+sur\s+un\s+budget\s+[àa]|pour|de|[àa])\s*$", "", RegexOptions.IgnoreCase).Trim();
                previous = index + length;
                var line = new BudgetLine { Label = label.Length > 80 ? label[^80..] : label, Amount = value };
                (revenue ? section.Revenues : section.Expenses).Add(line);
            }
        }

        section.ExpensesTotal = section.Expenses.Count > 0 ? total : null;
        section.RevenuesTotal = section.Revenues.Count > 0 ? total : null;
        if (section.Expenses.Count > 0)
        {
            CheckSide(doc, section.Name, "dépenses", section.Expenses, total);
        }

        if (section.Revenues.Count > 0)
        {
            CheckSide(doc, section.Name, "recettes", section.Revenues, total);
        }

        budget.Sections.Add(section);
    }

    /// <summary>Builds the tree: a line whose amount equals the sum of the consecutive lines after it is their parent.</summary>
    internal static List<BudgetLine> Tree(List<(string Label, decimal? Amount)> rows, decimal? total)
    {
        var lines = rows.Where(r => r.Amount is not null || r.Label.TrimEnd().EndsWith(':')).ToList();
        var flat = lines.Sum(r => r.Amount ?? 0m);
        var result = new List<BudgetLine>();
        var i = 0;
        var useTree = total is not null && flat != total;
        while (i < lines.Count)
        {
            var (label, amount) = lines[i];
            var node = new BudgetLine { Label = label.TrimEnd(':', ' '), Amount = amount };
            result.Add(node);
            i++;
            if (amount is null)
            {
                // "Aides publiques :" with no amount: the lines after it, up to the next heading, are its parts.
                while (i < lines.Count && lines[i].Amount is not null)
                {
                    node.Children.Add(new BudgetLine { Label = lines[i].Label, Amount = lines[i].Amount });
                    i++;
                }

                continue;
            }

            if (!useTree)
            {
                continue;
            }

            var sum = 0m;
            for (var j = i; j < lines.Count && lines[j].Amount is not null; j++)
            {
                sum += lines[j].Amount!.Value;
                if (sum == amount && j - i >= 1)
                {
                    for (var k = i; k <= j; k++)
                    {
                        node.Children.Add(new BudgetLine { Label = lines[k].Label, Amount = lines[k].Amount });
                    }

                    i = j + 1;
                    break;
                }

                if (sum > amount)
                {
                    break;
                }
            }
        }

        return result;
    }

    internal static decimal TopLevelSum(IEnumerable<BudgetLine> lines) =>
        lines.Sum(l => l.Amount ?? l.Children.Sum(c => c.Amount ?? 0m));

    private static void CheckSide(ReadDocument doc, string section, string side, List<BudgetLine> lines, decimal? total)
    {
        if (total is null || lines.Count == 0)
        {
            return;
        }

        Check(doc, $"{section} : total des {side}", total.Value, TopLevelSum(lines));
    }

    internal static void Check(ReadDocument doc, string label, decimal stated, decimal computed)
    {
        var ok = stated == computed;
        doc.Extract.AmountChecks.Add(new AmountCheck(label, stated, computed, ok));
        if (!ok)
        {
            doc.AddFinding(FindingCodes.AmountSumMismatch, Severity.Warning, null,
                $"{label} : le document indique {FrenchText.Money(stated)} mais ses éléments totalisent {FrenchText.Money(computed)} (écart de {FrenchText.Money(stated - computed)}).");
        }
    }

    private static readonly TieredRegex TotalSentence = new(@"budget\s+(?:total\s+)?pr[ée]visionnel(?:\s+global)?[^.\n€]{0,80}?(?:s'[ée]l[èe]ve\s+[àa]|est\s+de|de|:)\s*(?<v>\d[\d \u00A0.,]*\s*k?\s*€)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex BudgetHeading = new(@"(?m)^[ \t]*Annexe\s*\d*\s*[:\-–]\s*(?<name>[^\n]*budget[^\n]*)$", RegexOptions.IgnoreCase);

    private static readonly TieredRegex NextAnnex = new(@"(?m)^[ \t]*Annexe\s*\d*\s*[:\-–]", RegexOptions.IgnoreCase);
}
