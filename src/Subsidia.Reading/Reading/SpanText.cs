using System.Text.RegularExpressions;
using Subsidia.Reading.Text;
using Subsidia.Reading.Model;

namespace Subsidia.Reading.Reading;

/// <summary>What kind of key a span bound is.</summary>
public enum KeyScheme
{
    Report,
    Question,
    Act,
    Clock,
}

/// <summary>A key of the document's own ordering: "2.1", "12" (question), "D98/13", "11:50".</summary>
public sealed record OrderKey(string Value, KeyScheme Scheme);

/// <summary>Spans read from a phrase: "(à partir du 2.1)", "(sauf D90/13 à D96/13 et départ à D107/13)".</summary>
public sealed class SpanPhrase
{
    public OrderKey? From { get; set; }
    public OrderKey? To { get; set; }
    public List<(OrderKey From, OrderKey? To)> Except { get; } = [];

    public bool IsEmpty => From is null && To is null && Except.Count == 0;

    public IEnumerable<OrderKey> Keys()
    {
        if (From is not null) yield return From;
        if (To is not null) yield return To;
        foreach (var (f, t) in Except)
        {
            yield return f;
            if (t is not null) yield return t;
        }
    }

    public void MergeInto(SpanPhrase other)
    {
        ArgumentNullException.ThrowIfNull(other);
        other.From ??= From;
        other.To ??= To;
        other.Except.AddRange(Except);
    }

    public SpanEntry ToSpan() => new(From?.Value, To?.Value);
}

/// <summary>Reads the span phrases of attendance and proxy lists.</summary>
public static class SpanText
{
    /// <summary>Reads every span operator and key of a phrase.</summary>
    public static SpanPhrase Parse(string phrase)
    {
        var result = new SpanPhrase();
        if (string.IsNullOrWhiteSpace(phrase) || !HasDigit(phrase))
        {
            // Every key has a digit ("2.1", "question n°12", "D98/13", "11h50"): without one, an operator bounds nothing.
            return result;
        }

        var mode = "";
        var expectingEnd = false;
        foreach (Match m in Tokens.Matches(phrase))
        {
            if (m.Groups["from"].Success)
            {
                mode = "from";
                expectingEnd = false;
            }
            else if (m.Groups["to"].Success)
            {
                mode = m.Value.Contains("part", StringComparison.OrdinalIgnoreCase) ? "leave" : "to";
                expectingEnd = false;
            }
            else if (m.Groups["except"].Success)
            {
                mode = "except";
                expectingEnd = false;
            }
            else if (m.Groups["range"].Success)
            {
                expectingEnd = mode == "except" && result.Except.Count > 0;
            }
            else if (m.Groups["key"].Success)
            {
                var key = ReadKey(m.Value);
                if (key is null)
                {
                    continue;
                }

                switch (mode)
                {
                    case "from":
                        result.From = key;
                        mode = "";
                        break;
                    case "to":
                        result.To = key;
                        mode = "";
                        break;
                    case "leave":
                        result.Except.Add((key, null));
                        mode = "";
                        break;
                    case "except" when expectingEnd:
                        result.Except[^1] = (result.Except[^1].From, key);
                        expectingEnd = false;
                        break;
                    case "except":
                        result.Except.Add((key, key));
                        break;
                    default:
                        break;
                }
            }
        }

        return result;
    }

    private static bool HasDigit(string phrase)
    {
        foreach (var c in phrase)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the phrase carries a span operator.</summary>
    public static bool HasOperator(string phrase) => Operator.IsMatch(phrase);

    /// <summary>The phrase up to its first span operator: "M. Fabrice TAILLARD jusqu'au 0.1" → "M. Fabrice TAILLARD".</summary>
    public static string CutAtOperator(string phrase)
    {
        var m = Operator.Match(phrase);
        return m.Success ? phrase[..m.Index].Trim().TrimEnd('-', ',').Trim() : phrase.Trim();
    }

    /// <summary>Normalises one key: "question n°11" → 11, "D 87/13" → D87/13, "11 h 50" → 11:50.</summary>
    public static OrderKey? ReadKey(string raw)
    {
        var text = raw.Trim();
        var q = QuestionKey.Match(text);
        if (q.Success)
        {
            return new OrderKey(q.Groups[1].Value, KeyScheme.Question);
        }

        var act = ActKey.Match(text);
        if (act.Success)
        {
            return new OrderKey($"{act.Groups[1].Value.ToUpperInvariant()}{act.Groups[2].Value}/{act.Groups[3].Value}", KeyScheme.Act);
        }

        var clock = ClockKey.Match(text);
        if (clock.Success)
        {
            var h = int.Parse(clock.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var min = clock.Groups[2].Success && clock.Groups[2].Value.Length > 0
                ? int.Parse(clock.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return h < 24 && min < 60 ? new OrderKey($"{h:00}:{min:00}", KeyScheme.Clock) : null;
        }

        var report = ReportKey.Match(text);
        return report.Success ? new OrderKey(report.Groups[1].Value, KeyScheme.Report) : null;
    }

    private const string FromOps = @"(?<from>[àa]\s+partir\s+(?:du|de\s+la|de\s+l'|de|d')|[àa]\s+compter\s+(?:du|de\s+la|de\s+l'|de|d')|depuis\s+(?:le|la|l')?|arriv[ée]e?s?\s+(?:[àa]|au|en)|d[èe]s\s+(?:le|la|l')?|pr[ée]sente?\s+(?:[àa]|au)(?=\s+(?:la\s+)?(?:question|D\s*\d|\d)))";
    private const string ToOps = @"(?<to>jusqu'?\s?(?:au|[àa]\s+la|[àa]\s+l'|[àa])|jusque|d[ée]part\s+(?:[àa]|au|apr[èe]s)|partie?\s+(?:[àa]|au)|quitte\s+la\s+s[ée]ance\s+(?:[àa]|au))";
    private const string KeyPattern = @"(?<key>question\s*n?\s*[°o]?\s*\d+|\bD\s*\d+\s*/\s*\d+|\b\d{1,2}\s*h\s*\d{0,2}(?!\d)|\b\d+(?:\.\d+)*)";

    private static readonly TieredRegex Tokens = new(FromOps + "|" + ToOps + @"|(?<except>\bsauf\b|\bexcept[ée]\b|\babsente?\s+(?:du|de\s+la|pour\s+la|pour\s+le))|(?<range>\s(?:[àa]|au)\s(?!partir|compter))|(?<and>\s(?:et|,)\s)|" + KeyPattern, RegexOptions.IgnoreCase);

    private static readonly TieredRegex Operator = new(FromOps + "|" + ToOps + @"|\bsauf\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex QuestionKey = new(@"question\s*n?\s*[°o]?\s*(\d+)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex ActKey = new(@"^(D)\s*(\d+)\s*/\s*(\d+)$", RegexOptions.IgnoreCase);

    private static readonly TieredRegex ClockKey = new(@"^(\d{1,2})\s*h\s*(\d{2})?$", RegexOptions.IgnoreCase);

    private static readonly TieredRegex ReportKey = new(@"^(\d+(?:\.\d+)*)$");
}
