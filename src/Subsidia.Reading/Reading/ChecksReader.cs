using System.Text.RegularExpressions;
using Subsidia.Domain.Findings;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>
/// Checks of the document against itself: announced counts against what is described, the body a convention cites
/// against the body that decided, blank references, and the arithmetic the text states (results, remainders).
/// </summary>
internal static class ChecksReader
{
    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
    };

    public static void Read(ReadDocument doc)
    {
        StatedCounts(doc);
        Bodies(doc);
        BlankReferences(doc);
        Results(doc);
        Remainders(doc);
        ListTotals(doc);
    }

    /// <summary>
    /// "- Union sportive de Gorron : 4 500 €" … "Soit un total de 6 500 €": a list of amounts, one per line with its label,
    /// ended by the total it states. The lines just above the total line are summed; fewer than two is no list.
    /// </summary>
    private static void ListTotals(ReadDocument doc)
    {
        var text = doc.Text;
        foreach (Match m in ListTotal.Matches(text))
        {
            if (FrenchText.ParseAmount(m.Groups["t"].Value) is not { } stated)
            {
                continue;
            }

            var lines = text[..m.Index].TrimEnd('\n', '\r', ' ', '\t').Split('\n');
            var amounts = new List<decimal>();
            for (var i = lines.Length - 1; i >= 0; i--)
            {
                var line = ListLine.Match(lines[i].TrimEnd('\r'));
                if (!line.Success || FrenchText.ParseAmount(line.Groups["a"].Value) is not { } amount)
                {
                    break;
                }

                amounts.Add(amount);
            }

            if (amounts.Count >= 2)
            {
                BudgetReader.Check(doc, $"Total de la liste de {amounts.Count} montants", stated, amounts.Sum());
            }
        }
    }

    /// <summary>"pour ses 3 actions" while "Action 1" … "Action 4" are described.</summary>
    private static void StatedCounts(ReadDocument doc)
    {
        foreach (Match m in Announced.Matches(doc.Text))
        {
            var raw = m.Groups["n"].Value;
            var n = int.TryParse(raw, out var v) ? v : SmallNumbers.GetValueOrDefault(raw);
            if (n <= 0)
            {
                continue;
            }

            var noun = FrenchText.Fold(m.Groups["noun"].Value).TrimEnd('s');
            var headings = new Regex(@"(?m)^[ \t]*(?:\d{4}\s+)?" + noun + @"s?\s+(?<k>\d+)\s*[:\-–]", RegexOptions.IgnoreCase);
            var numbers = headings.Matches(FrenchText.Fold(doc.Text)).Select(h => int.Parse(h.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            if (numbers.Count >= 2 && numbers.Count != n)
            {
                doc.AddFinding(FindingCodes.StatedCountMismatch, Severity.Warning, null,
                    $"Le texte annonce {n} {m.Groups["noun"].Value} (« {FrenchText.CollapseSpaces(doc.Text[m.Groups["lead"].Index..(m.Index + m.Length)]).Trim()} ») mais en décrit {numbers.Count} ({noun} {string.Join(", ", numbers.Order())}).");
            }
        }
    }

    /// <summary>The convention cites a deliberation of another body than the one that decided.</summary>
    private static void Bodies(ReadDocument doc)
    {
        if (doc.Extract.Body is not { } body)
        {
            return;
        }

        var kind = Kind(body);
        foreach (Match m in CitedBody.Matches(doc.Text))
        {
            var cited = HeaderReader.CanonicalBody(m.Groups["body"].Value);
            if (Kind(cited) != kind || (kind == "council" && Council(cited) != Council(body) && Council(cited) != "" && Council(body) != ""))
            {
                doc.AddFinding(FindingCodes.BodyMismatch, Severity.Warning, null,
                    $"Le document cite « {FrenchText.CollapseSpaces(m.Value).Trim()} » alors que la décision a été prise par le {body} : l'acte doit viser l'instance qui a délibéré.");
                return;
            }
        }
    }

    private static string Kind(string body) => FrenchText.Fold(body) switch
    {
        var b when b.StartsWith("bureau", StringComparison.Ordinal) => "bureau",
        var b when b.StartsWith("commission", StringComparison.Ordinal) => "committee",
        _ => "council",
    };

    private static string Council(string body) => FrenchText.Fold(body) switch
    {
        var b when b.Contains("municipal", StringComparison.Ordinal) => "municipal",
        var b when b.Contains("communaut", StringComparison.Ordinal) => "community",
        _ => "",
    };

    /// <summary>"Vu la délibération n°.....du Conseil de Communauté en date du.....": a reference left blank.</summary>
    private static void BlankReferences(ReadDocument doc)
    {
        foreach (Match m in BlankReference.Matches(doc.Text))
        {
            doc.AddFinding(FindingCodes.UnreadableValue, Severity.Info, null,
                $"Référence laissée en blanc : « {FrenchText.CollapseSpaces(m.Value).Trim()} » (numéro ou date de la délibération non renseigné).");
        }
    }

    /// <summary>"Dépenses = A / Recettes = B / D'où un excédent de C", then "excédent global de G".</summary>
    private static void Results(ReadDocument doc)
    {
        var results = new List<decimal>();
        foreach (Match m in SectionResult.Matches(doc.Text))
        {
            var expenses = FrenchText.ParseAmount(m.Groups["exp"].Value);
            var revenues = FrenchText.ParseAmount(m.Groups["rev"].Value);
            var stated = FrenchText.ParseAmount(m.Groups["res"].Value);
            if (expenses is null || revenues is null || stated is null)
            {
                continue;
            }

            var surplus = m.Groups["kind"].Value.StartsWith('e') || m.Groups["kind"].Value.StartsWith('E');
            var computed = surplus ? revenues.Value - expenses.Value : expenses.Value - revenues.Value;
            results.Add(surplus ? stated.Value : -stated.Value);
            BudgetReader.Check(doc, $"{Label(m.Groups["label"].Value)} : {(surplus ? "excédent" : "déficit")} (recettes {FrenchText.Money(revenues.Value)} − dépenses {FrenchText.Money(expenses.Value)})", stated.Value, computed);
        }

        var global = GlobalResult.Match(doc.Text);
        if (global.Success && results.Count >= 2 && FrenchText.ParseAmount(global.Groups["res"].Value) is { } g)
        {
            BudgetReader.Check(doc, "Excédent global de l'exercice (somme des résultats de section)", g, results.Sum());
        }

        foreach (Match m in Carried.Matches(doc.Text))
        {
            var a = FrenchText.ParseAmount(m.Groups["a"].Value);
            var b = FrenchText.ParseAmount(m.Groups["b"].Value);
            var c = FrenchText.ParseAmount(m.Groups["c"].Value);
            if (a is null || b is null || c is null)
            {
                continue;
            }

            var adds = !m.Groups["op"].Value.Contains("retranch", StringComparison.OrdinalIgnoreCase);
            var computed = adds ? a.Value + b.Value : a.Value - b.Value;
            var stated = m.Groups["kind"].Value.StartsWith('d') || m.Groups["kind"].Value.StartsWith('D') ? -Math.Abs(c.Value) : c.Value;
            BudgetReader.Check(doc, $"Résultat de clôture : {FrenchText.Money(a.Value)} {(adds ? "+" : "−")} {FrenchText.Money(b.Value)}", stated, computed);
        }
    }

    private static string Label(string raw)
    {
        var t = FrenchText.CollapseSpaces(raw).Trim().TrimEnd(':', ' ');
        return t.Length == 0 ? "Section" : t;
    }

    /// <summary>"une somme de 200 000 €, dont 116 000 € ont déjà été votés" against "montant global de 84 000 euros".</summary>
    private static void Remainders(ReadDocument doc)
    {
        var m = AlreadyVoted.Match(doc.Text);
        if (!m.Success || doc.Extract.Grant?.Amount is not { } amount)
        {
            return;
        }

        var total = FrenchText.ParseAmount(m.Groups["total"].Value);
        var voted = FrenchText.ParseAmount(m.Groups["voted"].Value);
        if (total is not null && voted is not null)
        {
            BudgetReader.Check(doc, $"Reste à attribuer : {FrenchText.Money(total.Value)} − {FrenchText.Money(voted.Value)} déjà votés", amount, total.Value - voted.Value);
        }
    }

    private static readonly TieredRegex ListTotal = new(@"(?m)^[ \t]*(?:soit\s+(?:un\s+(?:montant\s+)?total|au\s+total|un\s+montant\s+global)|total(?:\s+g[ée]n[ée]ral)?)\s*(?:de\s+|:\s*)?(?<t>\d[\d \u00A0\u202F.,]*\d)\s*(?:€|euros?)", RegexOptions.IgnoreCase, "total", "global");

    private static readonly TieredRegex ListLine = new(@"^[ \t]*(?:[-•*–▪]\s*)?\p{L}[^\n:]{1,150}?\s*:\s*(?<a>\d[\d \u00A0\u202F.,]*\d)\s*(?:€|euros?)\s*[;,.]?\s*$");

    // Found from the noun back ("actions" is rarer than "les"); the announcement starts where "lead" does.
    private static readonly TieredRegex Announced = new(@"(?<=\b(?<lead>(?:ses|les|des|aux|pour|en)\s+(?<n>\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+))(?<noun>actions|objectifs|axes|op[ée]rations|projets)\b", RegexOptions.IgnoreCase, "actions", "objectifs", "axes", "rations", "projets")
    {
        Starts = ["actions", "objectifs", "axes", "operations", "projets"],
    };

    private static readonly TieredRegex CitedBody = new(@"d[ée]lib[ée]ration\s*(?:n\s*°\s*[\w./]*\s*)?(?:du|de\s+la|de\s+l')\s*(?<body>Conseil\s+de\s+(?:la\s+)?Communaut[ée]|Conseil\s+communautaire|Conseil\s+municipal|Conseil\s+m[ée]tropolitain|Commission\s+permanente|Bureau)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex BlankReference = new(@"d[ée]lib[ée]ration\s+n\s*°\s*\.{3,}[^\n]{0,60}?(?:en\s+date\s+du\s*\.{3,})?", RegexOptions.IgnoreCase, "...");

    private static readonly TieredRegex SectionResult = new(@"(?<label>Section\s+d['e][^\n:]{0,40})?:?\s*\n?\s*D[ée]penses\s*[=:]\s*(?<exp>-?\s*[\d \u00A0.,]+\d)\s*€?\s*\n\s*Recettes\s*[=:]\s*(?<rev>-?\s*[\d \u00A0.,]+\d)\s*€?\s*\n[^\n]{0,40}?(?<kind>exc[ée]dent|d[ée]ficit)[^\n\d]{0,80}?(?<res>\d[\d \u00A0.,]*\d)", RegexOptions.IgnoreCase, "penses");

    private static readonly TieredRegex GlobalResult = new(@"exc[ée]dent\s+global[^\n\d]{0,60}?(?<res>\d[\d \u00A0.,]*\d)", RegexOptions.IgnoreCase, "global");

    private static readonly TieredRegex Carried = new(@"(?<a>-\s*[\d \u00A0.,]*\d)\s*€?\s*somme\s+[àa]\s+laquelle\s+on\s+(?<op>ajoute|retranche|soustrait)[^:\n]{0,80}:\s*(?<b>-?\s*[\d \u00A0.,]*\d)\s*€?\s*,?\s*soit[^\n]{0,80}?(?<kind>exc[ée]dent|d[ée]ficit)[^\n\d]{0,40}?(?<c>\d[\d \u00A0.,]*\d)", RegexOptions.IgnoreCase, "somme");

    private static readonly TieredRegex AlreadyVoted = new(@"somme\s+de\s+(?<total>\d[\d \u00A0.,]*\d)\s*(?:€|euros?)\s*,?\s*dont\s+(?<voted>\d[\d \u00A0.,]*\d)\s*(?:€|euros?)\s+ont\s+d[ée]j[àa]\s+[ée]t[ée]\s*\n?\s*vot[ée]s", RegexOptions.IgnoreCase, "somme");
}
