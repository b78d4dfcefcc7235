using System.Globalization;
using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>The acts: numbers, titles, rapporteurs, committees, recorded votes and interested members.</summary>
internal static class ItemsReader
{
    public static void Read(ReadDocument doc)
    {
        var text = doc.Text;
        var anchors = new List<(int Index, string? Act, string? Report, string? Title)>();
        var questions = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in ActHeading.Matches(text))
        {
            if (!m.Groups["act"].Value.Any(char.IsDigit))
            {
                continue;
            }

            var heading = m.Groups["title"].Success ? Title(m.Groups["title"].Value) : CapitalTitleAfter(text, m.Index + m.Length);
            anchors.Add((m.Index, m.Groups["act"].Value.Trim().TrimEnd('.', ','), null, string.IsNullOrEmpty(heading) ? null : heading));
        }

        foreach (Match m in ReportHeading.Matches(text))
        {
            if (m.Value.TrimStart().StartsWith("Question", StringComparison.OrdinalIgnoreCase))
            {
                questions.Add(m.Groups["report"].Value.TrimEnd('.'));
            }

            anchors.Add((m.Index, null, m.Groups["report"].Value.TrimEnd('.'), m.Groups["title"].Success ? Title(m.Groups["title"].Value) : null));
        }

        foreach (Match m in NumberedTitle.Matches(text))
        {
            anchors.Add((m.Index, m.Groups["act"].Value, null, Title(m.Groups["title"].Value + ContinuedTitle(text, m.Index + m.Length))));
        }

        foreach (Match m in TitleThenAct.Matches(text))
        {
            anchors.Add((m.Index, m.Groups["act"].Value, null, Title(m.Groups["title"].Value)));
        }

        // "Délibération 2023-21 : Subvention …" at the start of a line, without "n°".
        foreach (Match m in BareActHeading.Matches(text))
        {
            anchors.Add((m.Index, m.Groups["act"].Value, null, Title(m.Groups["title"].Value)));
        }

        // "N° 2023-014" on its own line (the title on the "Objet :" line after it), or "N° 2023-014 – Subvention …".
        foreach (Match m in NumberLine.Matches(text))
        {
            anchors.Add((m.Index, m.Groups["act"].Value, null, m.Groups["title"].Success ? Title(m.Groups["title"].Value) : null));
        }

        // An act number followed closely by its report is one item.
        anchors = anchors.OrderBy(a => a.Index).ToList();
        var merged = new List<(int Index, string? Act, string? Report, string? Title)>();
        foreach (var a in anchors)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                var close = a.Index - last.Index < 400;
                if (close && last.Act is not null && last.Report is null && a.Report is not null && a.Act is null)
                {
                    merged[^1] = (last.Index, last.Act, a.Report, a.Title);
                    continue;
                }

                if (close && last.Report is not null && last.Act is null && a.Act is not null && a.Report is null)
                {
                    merged[^1] = (last.Index, a.Act, last.Report, last.Title ?? a.Title);
                    continue;
                }

                if (a.Act is not null && a.Act == last.Act)
                {
                    continue;
                }
            }

            merged.Add(a);
        }

        for (var i = 0; i < merged.Count; i++)
        {
            var (index, act, report, title) = merged[i];
            var item = new ReadItem { Start = index, End = i + 1 < merged.Count ? merged[i + 1].Index : text.Length };
            item.Entry.Act = act;
            item.Entry.Report = report;
            item.Entry.Title = title;
            item.NumberScheme = report is not null && questions.Contains(report) ? KeyScheme.Question : KeyScheme.Report;
            doc.Items.Add(item);
        }

        if (doc.Items.Count == 1)
        {
            // A single act: its vote may be printed before its title (register layouts).
            doc.Items[0].Start = 0;
            doc.Items[0].End = text.Length;
        }

        if (doc.Items.Count == 0)
        {
            ReadNumberedPoints(doc);
        }

        if (doc.Items.Count == 0)
        {
            ReadUnnumbered(doc);
        }

        foreach (var item in doc.Items)
        {
            ReadDetails(doc, item);
        }
    }

    /// <summary>
    /// Minutes whose points are numbered "1. Approbation du procès-verbal …", "2 - Programme …", "3) …" at the start of
    /// a line: taken as the acts only when there are two or more, numbered 1, 2, 3… in order (a numbered list inside a
    /// decision restarts or skips), each a title (a capital first, not ending with a comma).
    /// </summary>
    private static void ReadNumberedPoints(ReadDocument doc)
    {
        var text = doc.Text;
        var points = new List<(int Index, string Number, string Title)>();
        foreach (Match m in NumberedPoint.Matches(text))
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (n == points.Count + 1)
            {
                points.Add((m.Index, m.Groups["n"].Value, Title(m.Groups["title"].Value)));
            }
        }

        if (points.Count < 2)
        {
            return;
        }

        for (var i = 0; i < points.Count; i++)
        {
            var item = new ReadItem { Start = points[i].Index, End = i + 1 < points.Count ? points[i + 1].Index : text.Length };
            item.Entry.Report = points[i].Number;
            item.Entry.Title = points[i].Title;
            doc.Items.Add(item);
        }
    }

    private static readonly TieredRegex NumberedPoint = new(@"(?m)^[ \t]*(?<n>\d{1,3})[ \t]*(?:[.)]|-|–)[ \t]+(?<title>\p{Lu}[^\n]{4,200}?)[ \t]*$(?<![,;])");

    /// <summary>Minutes without numbered acts: approvals of the previous minutes and decisions "à l'unanimité".</summary>
    private static void ReadUnnumbered(ReadDocument doc)
    {
        var text = doc.Text;
        foreach (Match m in MinutesApproval.Matches(text))
        {
            var what = m.Groups["what"].Value;
            var date = FrenchText.FirstDate(m.Value);
            var title = "Approbation du " + (Regex.IsMatch(what, "proc", RegexOptions.IgnoreCase) ? "procès-verbal" : "compte rendu")
                + (date is null ? " de la séance précédente" : $" du {Subsidia.Domain.Common.French.Date(date.Value)}");
            var item = new ReadItem { Start = m.Index, End = m.Index + m.Length };
            item.Entry.Title = title;
            doc.Items.Add(item);
        }

        var decision = Decision.Match(text);
        if (decision.Success && doc.Items.All(i => decision.Index > i.End || decision.Index + decision.Length < i.Start))
        {
            var item = new ReadItem { Start = 0, End = text.Length };
            item.Entry.Title = HeadingLine(text);
            item.Start = decision.Index;
            doc.Items.Add(item);
        }

        doc.Items.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static string? HeadingLine(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().TrimStart('•', '-', '*', ' ');
            if (line.Length is > 3 and < 100 && FrenchText.FirstDate(line) is null && !Regex.IsMatch(line, @"^(?:Conseil|S[ée]ance|Extrait|Commune|Ville|R[ée]union)\b", RegexOptions.IgnoreCase))
            {
                return line;
            }
        }

        return null;
    }

    private static void ReadDetails(ReadDocument doc, ReadItem item)
    {
        var segment = doc.Text[item.Start..item.End];
        var e = item.Entry;
        if (e.Title is null && SubjectLine.Match(segment) is { Success: true } subject)
        {
            e.Title = Title(subject.Groups["title"].Value);
        }

        var rapporteur = Rapporteur.Match(segment);
        if (rapporteur.Success && PersonText.ParseName(PersonText.CutSentence(rapporteur.Groups["name"].Value)) is { } r)
        {
            e.Rapporteur = r.Display;
        }

        var committee = CommitteeTable.Match(segment);
        if (committee.Success)
        {
            e.Committee = committee.Groups["name"].Value.Trim();
            if (FrenchText.FirstDate(committee.Groups["date"].Value) is { } d)
            {
                e.CommitteeDate = FrenchText.Format(d);
            }

            e.CommitteeOpinion = committee.Groups["opinion"].Value.Trim();
        }
        else
        {
            var c = CommitteeLine.Match(segment);
            if (c.Success)
            {
                e.Committee = c.Groups["name"].Value.Trim().TrimEnd('.');
            }
            else if (CommitteeOpinionPhrase.Match(segment) is { Success: true } phrase)
            {
                // "Vu l'avis favorable de la commission Sports et Loisirs du 7 mars 2023".
                var name = FrenchText.CollapseSpaces(phrase.Groups["name"].Value).Trim();
                e.Committee = char.ToUpperInvariant(name[0]) + name[1..];
                if (FrenchText.FirstDate(phrase.Groups["date"].Value) is { } d)
                {
                    e.CommitteeDate = FrenchText.Format(d);
                }
            }
        }

        var opinion = Opinion.Match(segment);
        if (opinion.Success && e.CommitteeOpinion is null)
        {
            e.CommitteeOpinion = char.ToUpperInvariant(opinion.Groups["op"].Value[0]) + opinion.Groups["op"].Value[1..].ToLowerInvariant();
        }

        var reportDate = ReportDate.Match(segment);
        if (reportDate.Success && FrenchText.LeadingDate(segment[(reportDate.Index + reportDate.Length)..Math.Min(segment.Length, reportDate.Index + reportDate.Length + 40)]) is { } rd)
        {
            e.ReportDate = FrenchText.Format(rd);
        }

        var department = Department.Match(segment);
        if (department.Success)
        {
            var name = FrenchText.CollapseSpaces(department.Groups["name"].Value).Trim();
            e.Department = name.Any(char.IsLower) ? name : string.Join(' ', name.Split(' ').Select((w, k) =>
                k > 0 && w.Length <= 3 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        }

        var recorded = new Model.RecordedEntry();
        var any = false;
        int? Num(TieredRegex p)
        {
            var m = p.Match(segment);
            if (!m.Success)
            {
                return null;
            }

            any = true;
            return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        recorded.For = Num(For);
        recorded.Against = Num(Against);
        recorded.Abstention = Num(Abstention);
        recorded.NotTakingPart = Num(NotTakingPart);
        e.TookPart = Num(TookPart);
        recorded.Unanimous = Unanimous.IsMatch(segment);
        // "Votes contre : groupe Grenoble nous rassemble (8 voix)": a group's votes, with their number.
        foreach (Match g in GroupVotes.Matches(segment))
        {
            var n = int.Parse(g.Groups["n"].Value, CultureInfo.InvariantCulture);
            var choice = FrenchText.Fold(g.Groups["choice"].Value);
            if (choice.Contains("contre", StringComparison.Ordinal))
            {
                recorded.Against = (recorded.Against ?? 0) + n;
            }
            else if (choice.Contains("absten", StringComparison.Ordinal))
            {
                recorded.Abstention = (recorded.Abstention ?? 0) + n;
            }
            else
            {
                recorded.For = (recorded.For ?? 0) + n;
            }

            any = true;
        }

        foreach (Match bad in IllegibleCount.Matches(segment))
        {
            // "Contre : néant", "Abstention : aucune": none, said in words. "Abstentions : groupe …": not a count at all.
            var word = FrenchText.Fold(bad.Groups["value"].Value);
            if (word is "neant" or "aucun" or "aucune" or "zero" or "nul" or "nulle")
            {
                var label = FrenchText.Fold(bad.Groups["label"].Value);
                if (label.StartsWith("contre", StringComparison.Ordinal))
                {
                    recorded.Against ??= 0;
                }
                else if (label.StartsWith("absten", StringComparison.Ordinal))
                {
                    recorded.Abstention ??= 0;
                }

                continue;
            }

            if (word.Length >= 3 && word.All(char.IsLetter))
            {
                continue;
            }

            doc.AddFinding(Subsidia.Domain.Findings.FindingCodes.UnreadableValue, Subsidia.Domain.Findings.Severity.Warning, item.Key,
                $"Décompte illisible : « {bad.Value.Trim()} » ; la valeur n'est pas retenue.");
        }

        any |= recorded.Unanimous;
        e.Recorded = any ? recorded : null;

        foreach (var names in InterestedNames(segment))
        {
            foreach (var li in ListText.Split(names))
            {
                if (PersonText.ParseName(li.Value, li.Civility) is { } p)
                {
                    var person = doc.People.Resolve(p);
                    if (!item.Interested.Contains(person))
                    {
                        item.Interested.Add(person);
                        e.Interested.Add(person.Display);
                    }
                }
            }
        }

        foreach (Match m in NamedVotes.Matches(segment))
        {
            AddNamedVotes(doc, item, m.Groups["choice"].Value, m.Groups["names"].Value);
        }

        // "1 voix contre (M. Gérard JOUAULT) et 1 abstention (Mme Brigitte SOUL)", "Contre : 2 (M. X, Mme Y)".
        foreach (Match m in BracketedVoters.Matches(segment))
        {
            AddNamedVotes(doc, item, m.Groups["choice"].Value, m.Groups["names"].Value);
        }

        // "N'ont pas pris part au vote : Mme X, M. Y" and no number of them: naming them is counting them.
        var namedOut = item.Votes.Count(v => v.Choice == "notTakingPart");
        if (e.Recorded is { NotTakingPart: null } tally && namedOut > 0 && (tally.For is not null || tally.Against is not null || tally.Abstention is not null))
        {
            tally.NotTakingPart = namedOut;
        }
    }

    private static void AddNamedVotes(ReadDocument doc, ReadItem item, string choiceText, string names)
    {
        var choice = FrenchText.Fold(choiceText) switch
        {
            var c when c.Contains("contre", StringComparison.Ordinal) => "against",
            var c when c.Contains("absten", StringComparison.Ordinal) => "abstain",
            var c when c.Contains("part", StringComparison.Ordinal) => "notTakingPart",
            _ => "for",
        };
        foreach (var li in ListText.Split(names))
        {
            if (PersonText.ParseName(li.Value, li.Civility) is { } p)
            {
                var person = doc.People.Resolve(p);
                if (item.Votes.Exists(v => v.Person == person))
                {
                    continue;
                }

                item.Votes.Add((person, choice));
                item.Entry.Votes.Add(new Model.NamedVote(person.Display, choice));
            }
        }
    }

    private static string Title(string raw) => FrenchText.CollapseSpaces(raw.Replace("**", "", StringComparison.Ordinal)).Trim().TrimEnd('.', ':', ' ');

    /// <summary>
    /// "DÉLIBÉRATION N° CC-2024-087" then, on the next line, "SPORT – SUBVENTION AU CLUB …" in capitals: the title
    /// (with the capital lines that continue it). Not the assembly's own line ("LE CONSEIL COMMUNAUTAIRE,").
    /// </summary>
    private static string? CapitalTitleAfter(string text, int from)
    {
        var line = FrenchText.LinesAfter(text, from).Take(2).FirstOrDefault(l => l.Length > 0);
        if (line is null || line.Any(char.IsLower) || line.Count(char.IsLetter) < 8 || line.EndsWith(',') || NotATitle.IsMatch(line))
        {
            return null;
        }

        var at = text.IndexOf(line, from, StringComparison.Ordinal);
        return Title(line + ContinuedTitle(text, at + line.Length));
    }

    private static readonly TieredRegex NotATitle = new(@"^(?:(?:LE|LA|LES|L')\s*(?:CONSEIL|BUREAU|COMMISSION|COMIT[ÉE]|PR[ÉE]SIDENT|MAIRE)|VU\b|RAPPORT|D[ÉE]LIB[ÉE]RATION|S[ÉE]ANCE|EXTRAIT|PROC[ÈE]S)");

    /// <summary>Titles printed in capitals over several lines ("2011/3814 - ATTRIBUTION\nDE\nSUBVENTIONS …").</summary>
    private static string ContinuedTitle(string text, int from)
    {
        var result = "";
        foreach (var t in FrenchText.LinesAfter(text, from).Take(15))
        {
            if (t.Length == 0 || t.Any(char.IsLower))
            {
                break;
            }

            result += " " + t;
            if (t.EndsWith(')') && t.StartsWith('('))
            {
                break;
            }
        }

        return Regex.Replace(result, @"\s*\((?:DIRECTION|SERVICE|D[ÉE]L[ÉE]GATION)[^)]*\)\s*$", "");
    }

    /// <summary>"Délibération n° 2022-041", with its title when the heading line goes on ("… : Attribution …", "… – ATTRIBUTION …").</summary>
    private static readonly TieredRegex ActHeading = new(@"D[ée]lib[ée]ration\s+n\s*°\s*(?<act>[\w./\-]+)(?:[ \t]*[:–—-][ \t]*(?<title>\p{L}[^\n]{3,}))?", RegexOptions.IgnoreCase);

    /// <summary>"Objet : Attribution d'une subvention …" at the start of a line: the act's title when its heading has none.</summary>
    private static readonly TieredRegex SubjectLine = new(@"(?m)^[ \t]*(?:Objet|OBJET)\s*:[ \t]*(?<title>\p{L}[^\n]{3,})");

    private static readonly TieredRegex ReportHeading = new(@"(?m)^[ \t]*(?:Rapport|Question|Point|Affaire)\s+(?:n\s*°\s*)?(?<report>\d[\d.]*[a-z]?)(?:\s*[-:–]\s*(?<title>[^\n]+)|[ \t]*$)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex NumberedTitle = new(@"(?m)^[ \t]*(?<act>\d{4}/\d{2,}|\d{4}-\d{2,4}|D\s*\d+/\d+)\s*[-–]\s*(?<title>\p{L}[^\n]+)");

    private static readonly TieredRegex BareActHeading = new(@"(?m)^[ \t]*D[ée]lib[ée]ration\s+(?<act>\d[\w./\-]*\d)[ \t]*[:–—-][ \t]*(?<title>\p{L}[^\n]{3,})", RegexOptions.IgnoreCase);

    private static readonly TieredRegex NumberLine = new(@"(?m)^[ \t]*(?:[Nn]\s*°|Nº|No\.?|Num[ée]ro)[ \t]*(?<act>(?:[A-Z]{1,5}[ \t_-]?)?(?:\d{4}[-/_.]\d{1,4}|\d{1,4}[-/_.]\d{4})(?:[-/_.]\d{1,4})?)[ \t]*(?:[-–—:][ \t]*(?<title>\p{L}[^\n]{3,}))?[ \t]*$");

    private static readonly TieredRegex TitleThenAct = new(@"(?<title>\p{Lu}[\p{Lu}'’ \-]{6,}?)\s+-\s+(?<act>[A-Z]{1,4}/\d{2}/\d{2,4})") { Requires = @"[A-Z]/\d{2}/\d{2}" };

    private static readonly TieredRegex ReportDate = new(@"(?:Vu\s+le\s+)?rapport\s+en\s+date\s+du\s+", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Department = new(@"\((?<name>(?:DIRECTION|Direction|SERVICE|Service|D[ÉE]L[ÉE]GATION|P[ÔO]LE|Pôle)\s+[^()\n]{3,80})\)");

    private static readonly TieredRegex Rapporteur = new(@"Rapporteur\s*:\s*(?<name>[^\n]+)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex CommitteeTable = new(@"(?<name>Commission[^\t\n]{0,80}?)\t+(?<date>\d{1,2}/\d{1,2}/\d{4})\t+(?<opinion>[^\t\n]+)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex CommitteeLine = new(@"(?m)^[ \t]*Commission\s*:\s*(?<name>[^\n]+)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex CommitteeOpinionPhrase = new(@"avis\s+(?:favorable|d[ée]favorable|r[ée]serv[ée])\s+(?:de\s+la|du|de\s+l')\s*(?<name>(?:commission|comit[ée])\b[^,;.\n]{0,80}?)(?:\s+(?:du|en\s+date\s+du|r[ée]unie?\s+le)\s+(?<date>\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}))?\s*[,;.\n]", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Opinion = new(@"avis\s+(?:de\s+la\s+commission\s*:?\s*)?(?<op>favorable|d[ée]favorable|r[ée]serv[ée])", RegexOptions.IgnoreCase);

    // "12 voix pour" is found from "voix" back (a number is too common a start); tried first, so that at the same
    // place it wins as it did when its number came first.
    private static readonly TieredRegex For = new(@"(?<=(?<n>[0-9]+)\s+)voix\s+pour|(?<=(?:^|[:(,;]|\bpar|\bvote)\s*(?<n>[0-9]{1,3})\s+)pour\b(?!\s*:|\s+cent)|(?:\b(?:Pour|POUR)\s*\*?\s*:?|\bpour\s*:|\bvotes?\s+pour\s*:?|\bvoix\s+pour\s*:)\s*(?<n>\d+)(?!\s?\d{3}|\d|\s*(?:€|%|euros?|ans?\b|mois\b))", RegexOptions.None, "pour") { Starts = ["pour", "vote", "voix"] };

    private static readonly TieredRegex Against = new(@"(?<=(?<n>[0-9]+)\s+)(?:voix\s+)?contre\b|(?:\b(?:Contre|CONTRE)\s*\*?\s*:?|\bcontre\s*:|\bvotes?\s+contre\s*:?|\bvoix\s+contre\s*:)\s*(?<n>\d+)(?!\s?\d{3}|\d|\s*(?:€|%|euros?))", RegexOptions.None, "contre") { Starts = ["contre", "vote", "voix"] };

    private static readonly TieredRegex Abstention = new(@"(?<=(?<n>[0-9]+)\s+)abstentions?\b|(?:\b(?:Abstentions?|ABSTENTIONS?|abstentions?)(?:\(s\))?\s*\*?\s*:?)\s*(?<n>\d+)(?!\s?\d{3}|\d|\s*(?:€|%))", RegexOptions.None, "abstention") { Starts = ["abstention"] };

    private static readonly TieredRegex NotTakingPart = new(@"(?:Conseillers?\s+int[ée]ress[ée]s?|Ne\s+(?:prend|prennent)\s+pas\s+part(?:\s+au\s+vote)?|N'ont\s+pas\s+pris\s+part(?:\s+au\s+vote)?|non[ -]votants?(?:\(s\))?|Ne\s+participent?\s+pas(?:\s+au\s+vote)?)\s*\*?\s*:\s*(?<n>\d+)", RegexOptions.IgnoreCase, "ress", "part", "votant") { Starts = ["conseiller", "ne", "n'ont", "non"] };

    private static readonly TieredRegex GroupVotes = new(@"(?<choice>Votes?\s+contre|Votes?\s+pour|Abstentions?)\s*:\s*(?:le\s+|les\s+)?groupes?\s[^\n()]{2,120}\((?<n>\d{1,3})\s+voix\)", RegexOptions.IgnoreCase, "groupe");

    private static readonly TieredRegex IllegibleCount = new(@"(?<![\p{L}])(?<label>Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?|Votants|VOTANTS)\s*\*?\s*:[ \t]*(?![\d\s])(?<value>[^\s,;]{1,8})", RegexOptions.None, "pour", "contre", "abstention", "votants") { Starts = ["pour", "contre", "abstention", "votants"] };

    private static readonly TieredRegex TookPart = new(@"Qui\s+ont\s+pris\s+part\s+(?:[àa]\s+la\s+d[ée]lib[ée]ration|au\s+vote)\s*:\s*(?<n>\d+)", RegexOptions.IgnoreCase);

    // Asked only whether it occurs: written from the word "unanimité" back, so that only that word is searched.
    private static readonly TieredRegex Unanimous = new(@"(?<=[àa]\s+l['’]?\s?)unanimit[ée]|unanimement|(?<=\b(?:vote|d[ée]cision|r[ée]sultat\s+du\s+vote)\s*:\s*)unanimit[ée]", RegexOptions.IgnoreCase, "unanim")
    {
        Starts = ["unanim"],
    };

    /// <summary>
    /// The names before "ne prend pas part", "n'a pas pris part", "se retire"…, back to the start of the sentence,
    /// without the qualifier that may follow them (", conseillers intéressés,", ", en tant que …,").
    /// </summary>
    private static IEnumerable<string> InterestedNames(string segment)
    {
        foreach (Match verb in NotTakingPartVerb.Matches(segment))
        {
            var at = verb.Index - 1;
            var start = at;
            var limit = Math.Max(0, at - 300);
            while (start > limit && segment[start - 1] != '\n' && !(segment[start - 1] == ' ' && start >= 2 && segment[start - 2] == '.' && !EndsWithCivility(segment, start - 2)))
            {
                start--;
            }

            var before = segment[start..at];
            var qualifier = InterestQualifier.Match(before);
            if (qualifier.Success)
            {
                before = before[..qualifier.Index];
            }

            // "Les conseillers intéressés ne prennent pas part au vote" states the rule and names nobody.
            if (before.Trim().Length >= 3 && !OnlyDeterminer.IsMatch(before))
            {
                yield return before;
            }
        }
    }

    private static bool EndsWithCivility(string text, int dot)
    {
        var k = dot;
        while (k > 0 && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        return PersonText.IsCivility(text[k..(dot + 1)]);
    }

    private static readonly TieredRegex OnlyDeterminer = new(@"^\s*(?:les|des|ces|leurs|tous\s+les|certains|plusieurs|aucun|le|la|l')\s*$", RegexOptions.IgnoreCase);

    // Preceded by a space (the names end there): found from the verb, the space being at Index - 1.
    private static readonly TieredRegex NotTakingPartVerb = new(@"(?<=\s)(?:ne\s+(?:prend|prennent)\s+(?:pas\s+)?part|n'(?:a|ont)\s+pas\s+pris\s+part|ne\s+participent?\s+pas|se\s+(?:sont\s+)?retir[ée]e?s?|s'est\s+retir[ée]e?|quitten?t\s+la\s+salle)", RegexOptions.IgnoreCase, "part", "retir", "quitt") { Starts = ["ne", "n'a", "n'ont", "se", "s'est", "quitt"] };

    private static readonly TieredRegex InterestQualifier = new(@",?\s+(?:conseill(?:er|ère)s?\s+int[ée]ress[ée]s?|int[ée]ress[ée]s?|en\s+tant\s+que\s+[^,\n]{3,60})\s*,?\s*$", RegexOptions.IgnoreCase);

    private static readonly TieredRegex NamedVotes = new(@"(?:Ont\s+vot[ée]\s+(?<choice>pour|contre)|(?<choice>Se\s+sont\s+abstenus|S'abstiennent|Abstentions?\s+de)|(?<choice>N'ont\s+pas\s+pris\s+part\s+au\s+vote))\s*:\s*(?<names>[^\n]+)", RegexOptions.IgnoreCase, "vot", "abst") { Starts = ["ont", "se", "s'abst", "abst", "n'ont"] };

    private static readonly TieredRegex BracketedVoters = new(@"\d+\s+(?:voix\s+)?(?<choice>contre|pour|abstentions?)\s*\((?<names>(?:M\.|Mme|Mmes|MM\.|Monsieur|Madame)[^()\n]{2,300})\)|\b(?<choice>Pour|Contre|Abstentions?)\s*:\s*\d+\s*\((?<names>(?:M\.|Mme|Mmes|MM\.|Monsieur|Madame)[^()\n]{2,300})\)", RegexOptions.IgnoreCase, "(m");

    private static readonly TieredRegex MinutesApproval = new(@"(?<what>compte[- ]rendu|proc[èe]s[- ]verbal)[^.\n]{0,120}?(?:\.\s*)?(?:est\s+)?(?:approuv[ée]|adopt[ée])e?\s+(?:[àa]\s+l['’]?\s?unanimit[ée]|unanimement)|(?:approuv\w*|adopt\w*)\s+(?:le|du)\s+(?<what>compte[- ]rendu|proc[èe]s[- ]verbal)[^\n]{0,160}?(?:approuv[ée]|adopt[ée])e?\s+[àa]\s+l['’]?\s?unanimit[ée]", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Decision = new(@"(?:approuve|adopte|d[ée]cide|accorde|[ée]met\s+un\s+avis)[^.\n]{0,40}?[àa]\s+l['’]?\s?unanimit[ée]|[àa]\s+l['’]?\s?unanimit[ée][^.\n]{0,60}?(?:\n[^.\n]{0,60}?){0,3}(?:approuve|adopte|d[ée]cide|accorde)", RegexOptions.IgnoreCase);
}
