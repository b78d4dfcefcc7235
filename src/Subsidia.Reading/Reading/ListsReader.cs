using System.Text.RegularExpressions;
using Subsidia.Reading.Text;
using Subsidia.Reading.Model;

namespace Subsidia.Reading.Reading;

internal enum SectionKind
{
    Present,
    Absent,
    Excused,
    ExcusedProxies,
    Proxies,
    Grantors,
    Holders,
    Secretary,
    NonVoting,
    End,
}

internal sealed record Section(SectionKind Kind, int Start, int ContentStart, int End, string Heading)
{
    public string Content(string text) => text[ContentStart..End];
}

/// <summary>Attendance, substitutes, absences, proxies and the secretary, from the lists of the extract.</summary>
internal static class ListsReader
{
    private static readonly (SectionKind Kind, TieredRegex Pattern)[] Markers =
    [
        (SectionKind.ExcusedProxies, new TieredRegex(@"(?:Absents?(?:\(s\))?\s+)?excus[ée]s?(?:\(s\))?\s+(?:(?:ayant\s+(?:remis|donn[ée])|avec)\s+(?:un\s+)?(?:pouvoir|procuration)s?|(?:et\s+)?repr[ée]sent[ée]s?(?:\(s\))?)", RegexOptions.IgnoreCase, "excus")
        {
            Starts = ["absent", "excus"],
        }),
        (SectionKind.Proxies, new TieredRegex(@"(?:(?:Membres|[ÉE]lus|Conseill[eè]res?|D[ée]l[ée]gu[ée]e?s?)\s+)?absente?s?(?:\(s\))?\s+(?:ayant\s+(?:donn[ée]|remis)|qui\s+ont\s+donn[ée])\s+(?:un\s+)?(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)s?|D[ée]l[ée]gu[ée]s\s+(?:absents\s+)?(?:ayant\s+donn\S*(?:\s+(?:pouvoir|procuration)s?)?|repr[ée]sent[ée]s\s+par\s+pouvoir)|Conseillers\s+(?:absents\s+)?(?:ayant\s+donn\S*\s+(?:pouvoir|procuration)s?|repr[ée]sent[ée]s)|Procurations?(?:\(s\))?(?:\s+de\s+vote)?\s*(?=:)|Pouvoirs\s*(?=:)|Membres\s+repr[ée]sent[ée]s|Absents?\s+repr[ée]sent[ée]s|(?<=(?:^|\n|[.;]\s)\s*)(?:[EÉ]taient\s+)?[Rr]epr[ée]sent[ée]s\s*(?=:\s*\D)", RegexOptions.IgnoreCase)
        {
            Starts = ["del", "conseill", "procuration", "pouvoirs", "membres", "elus", "absent", "etaient", "repr"],
        }),
        (SectionKind.Grantors, new TieredRegex(@"Mandants\s*(?=:)", RegexOptions.IgnoreCase, "mandants")),
        (SectionKind.Holders, new TieredRegex(@"Mandataires\s*(?=:)", RegexOptions.IgnoreCase, "mandataires")),
        (SectionKind.Absent, new TieredRegex(@"[EÉ]taient\s+absents?(?:\s+non\s+excus[ée]s)?(?!\s+excus)|Absents?(?:\(s\))?\s+non\s+excus[ée]s?(?:\(s\))?|(?<=^|\n|\.\s|\s)Absent(?:e|s|es)?(?:\(e?s\))?\s*(?=:)|D[ée]l[ée]gu[ée]s\s+absents(?!\s+(?:ayant|excus|repr))|Membres\s+absents", RegexOptions.IgnoreCase, "absent")
        {
            Starts = ["etaient", "absent", "del", "membres"],
        }),
        (SectionKind.Excused, new TieredRegex(@"Absents?(?:\(s\))?\s+excus[ée]s?(?:\(s\))?|[EÉ]taient\s+(?:absents\s+)?excus[ée]s|S'[ÉE]TAIENT\s+FAIT\s+EXCUSER|S'[ée]taient\s+fait\s+excuser|(?<=^|\n|\.\s|\s)Excus[ée](?:e|s|es)?(?:\(e?s\))?\s*(?=:)|D[ée]l[ée]gu[ée]s\s+absents\s+excus[ée]s|Membres\s+excus[ée]s", RegexOptions.IgnoreCase, "excus")
        {
            Starts = ["absent", "etaient", "s'etaient", "excus", "del", "membres"],
        }),
        (SectionKind.Present, new TieredRegex(@"(?:[EÉ]taient\s+pr[ée]sents?(?:\s+(?:à\s+la\s+s[ée]ance|en\s+s[ée]ance))?|(?<!\b(?:des|les|aux|de|ses)\s+)(?:D[ée]l[ée]gu[ée]s|Membres|Conseillers)(?:\s+(?:titulaires|suppl[ée]ants|communautaires|municipaux|d[ée]partementaux|r[ée]gionaux))?\s+pr[ée]sents(?:\s+avec\s+voix\s+d[ée]lib[ée]rative)?(?!\s+et\s+repr)|(?<=(?:^|\n|[.;]\s)\s*)Pr[ée]sent(?:e|s|es)?(?:\(e?s\))?\s*(?=:))(?!\s*:?\s*\d)", RegexOptions.IgnoreCase)
        {
            Starts = ["etaient", "del", "membres", "conseillers", "pres"],
        }),
        (SectionKind.NonVoting, new TieredRegex(@"Assistaient\s+(?:[ée]galement\s+)?(?:à\s+la\s+s[ée]ance)?|[EÉ]taient\s+(?:[ée]galement|aussi)\s+pr[ée]sents|Invit[ée]s?\s*(?=:)|(?<=(?:^|\n)\s*)Sans\s+voix\s+d[ée]lib[ée]rative|D[ée]l[ée]gu[ée]s\s+suppl[ée]ants\s+pr[ée]sents\s+sans\s+voix\s+d[ée]lib[ée]rative", RegexOptions.IgnoreCase, "assistaient", "galement", "aussi", "invit", "sans")
        {
            Starts = ["assistaient", "etaient", "invit", "sans", "del"],
        }),
        (SectionKind.Secretary, new TieredRegex(@"Secr[ée]taires?(?:\s+de\s+(?:la\s+)?s[ée]ance|\s+[ée]lue?)?\s*(?=:)", RegexOptions.IgnoreCase, "secr")),
        (SectionKind.End, new TieredRegex(@"formant\s+la\s+majorit[ée]|Nombre\s+d|Ordre\s+de\s+passage|La\s+s[ée]ance\s+est|D[ée]lib[ée]ration\s+n°|Rapport\s+n°|(?<=\s)-\d+-(?=\s)|Les\s+d[ée]cisions|Monsieur\s+le\s+Maire\s+(?:ouvre|remercie|propose)|M\.\s+le\s+Pr[ée]sident|Date\s+de|Qui\s+ont\s+pris\s+part|Le\s+quorum|La\s+s[ée]ance\s+(?:est\s+)?ouverte|Le\s+Conseil|Apr[èe]s\s+en\s+avoir", RegexOptions.IgnoreCase)
        {
            Starts = ["formant", "nombre", "ordre", "la", "del", "rapport", "-0", "-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "le",
                "monsieur", "m.", "date", "qui", "apr"],
        }),
    ];

    public static void Read(ReadDocument doc)
    {
        var sections = FindSections(doc.Text);
        List<ListItem>? grantors = null;
        List<ListItem>? holders = null;
        foreach (var section in sections)
        {
            var content = section.Content(doc.Text);
            switch (section.Kind)
            {
                case SectionKind.Present:
                    ReadPresent(doc, content);
                    break;
                case SectionKind.Absent:
                    ReadAbsent(doc, content, excused: false, proxies: false);
                    break;
                case SectionKind.Excused:
                    ReadAbsent(doc, content, excused: true, proxies: false);
                    break;
                case SectionKind.ExcusedProxies:
                    ReadAbsent(doc, content, excused: true, proxies: true);
                    break;
                case SectionKind.Proxies:
                    ReadAbsent(doc, content, excused: Regex.IsMatch(section.Heading, "excus", RegexOptions.IgnoreCase), proxies: true, listedAbsent: false);
                    break;
                case SectionKind.Grantors:
                    grantors = ListText.Split(content);
                    break;
                case SectionKind.Holders:
                    holders = ListText.Split(content);
                    break;
                case SectionKind.Secretary:
                    if (doc.Secretary is null && PersonText.ParseName(PersonText.CutSentence(content)) is { } s)
                    {
                        doc.Secretary = doc.People.Resolve(s);
                    }

                    break;
                case SectionKind.NonVoting:
                    foreach (var item in ListText.Split(content))
                    {
                        if (PersonText.ParseName(item.Value, item.Civility) is { } guest)
                        {
                            doc.NonVoting.Add(doc.People.Resolve(guest));
                        }
                    }

                    break;
                default:
                    break;
            }

            if (doc.Extract.Truncated && section.End >= doc.Text.TrimEnd().Length - 1 && section.Kind != SectionKind.End)
            {
                doc.Missing.Add(section.Kind switch
                {
                    SectionKind.Present => "la fin de la liste des présents",
                    SectionKind.Absent => "la fin de la liste des absents",
                    SectionKind.Excused => "la fin de la liste des excusés",
                    SectionKind.ExcusedProxies or SectionKind.Proxies or SectionKind.Grantors or SectionKind.Holders => "la liste des procurations (en tout ou partie)",
                    _ => "la suite de la liste",
                });
            }
        }

        if (grantors is not null && holders is not null)
        {
            PairProxies(doc, grantors, holders);
        }

        ReadSecretarySentence(doc);
        ReadGuests(doc);
    }

    internal static List<Section> FindSections(string text)
    {
        var hits = new List<(SectionKind Kind, int Index, int Length, string Value)>();
        foreach (var (kind, pattern) in Markers)
        {
            if (!pattern.MayMatch(text))
            {
                continue;
            }

            foreach (Match m in pattern.Matches(text))
            {
                hits.Add((kind, m.Index, m.Length, m.Value));
            }
        }

        // "Madame LANGLOIS est nommée secrétaire de séance" ends the list before it, from the name on.
        if (SecretaryVerb.MayMatch(text))
        {
            foreach (Match m in SecretaryVerb.Matches(text))
            {
                var start = m.Index;
                for (var words = 0; words < 4 && start > 0; words++)
                {
                    var k = start;
                    while (k > 0 && text[k - 1] == ' ')
                    {
                        k--;
                    }

                    var w = k;
                    while (w > 0 && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not (',' or ':' or ';'))
                    {
                        w--;
                    }

                    if (w == k || !char.IsUpper(text[w]))
                    {
                        break;
                    }

                    start = w;
                }

                hits.Add((SectionKind.End, start, m.Index + m.Length - start, text[start..(m.Index + m.Length)]));
            }
        }

        // Longest match wins where markers overlap ("Absents excusés ayant remis un pouvoir" over "Absents excusés").
        var ordered = hits.OrderBy(h => h.Index).ThenByDescending(h => h.Length).ToList();
        var kept = new List<(SectionKind Kind, int Index, int Length, string Value)>();
        foreach (var h in ordered)
        {
            if (kept.Count > 0 && h.Index < kept[^1].Index + kept[^1].Length)
            {
                continue;
            }

            kept.Add(h);
        }

        var sections = new List<Section>();
        for (var i = 0; i < kept.Count; i++)
        {
            var h = kept[i];
            if (h.Kind == SectionKind.End)
            {
                continue;
            }

            var contentStart = h.Index + h.Length;
            var colon = ColonAfterHeading.Match(text, contentStart);
            if (colon.Success && colon.Index == contentStart)
            {
                contentStart += colon.Length;
            }

            var limit = i + 1 < kept.Count ? kept[i + 1].Index : text.Length;
            if (contentStart > limit)
            {
                contentStart = h.Index + h.Length;
            }

            var end = limit;
            var stop = Terminator.Match(text, contentStart, limit - contentStart);
            while (stop.Success)
            {
                // A break right after the heading does not end the list: names follow on the next lines.
                if (text[contentStart..stop.Index].Trim().Length > 0)
                {
                    end = stop.Index + (stop.Value.StartsWith('.') ? 1 : 0);
                    break;
                }

                stop = stop.NextMatch();
            }

            if (h.Kind == SectionKind.Secretary)
            {
                var nl = text.IndexOf('\n', contentStart);
                end = Math.Min(end, nl < 0 ? text.Length : nl);
            }

            sections.Add(new Section(h.Kind, h.Index, contentStart, Math.Max(contentStart, end), h.Value));
        }

        return sections;
    }

    private static void ReadPresent(ReadDocument doc, string content)
    {
        var items = ListText.Split(content);
        var withCivility = items.Count(i => i.ExplicitCivility);
        var lineLayout = items.Count(i => i.StartsLine) > items.Count / 2;
        var named = 0;
        Person? last = null;
        foreach (var item in items)
        {
            var value = item.Value;
            if (value.Length == 0)
            {
                continue;
            }

            // Column layouts flattened into lines: commune headings are lines in capitals without a civility.
            if (lineLayout && item.StartsLine && !item.ExplicitCivility && withCivility > items.Count / 3 && !value.Any(char.IsLower))
            {
                continue;
            }

            if (IsGuest(value) || item.Notes.Exists(IsGuest))
            {
                if (PersonText.ParseName(SpanText.CutAtOperator(value), item.Civility) is { } guest)
                {
                    doc.NonVoting.Add(doc.People.Resolve(guest));
                }

                continue;
            }

            // "M. Paul DURAND (Bayenghem), suppléant de M. Henri MARTIN": the comma cut the substitute from whom he replaces.
            var trailing = TrailingSubstituteOf.Match(value);
            if (trailing.Success && last is not null && PersonText.ParseNamePhrase(trailing.Groups["a"].Value) is { } replacedTitular)
            {
                doc.AttendanceOf(last).Replaces = doc.People.Resolve(replacedTitular);
                continue;
            }

            // "JL Bouchard suppléé par N Ferreira de Souza", "X représenté par Y", "Y remplace X".
            var sub = Substitution.Match(value);
            if (sub.Success)
            {
                var titular = PersonText.ParseName(sub.Groups["a"].Value, item.Civility, item.Commune);
                var substitute = PersonText.ParseNamePhrase(sub.Groups["b"].Value, item.Commune);
                if (titular is not null && substitute is not null)
                {
                    var a = doc.AttendanceOf(doc.People.Resolve(substitute));
                    a.Replaces = doc.People.Resolve(titular);
                    a.Add(SpanText.Parse(sub.Groups["b"].Value + " " + string.Join(" ", item.Notes)));
                    named++;
                    continue;
                }
            }

            var replaced = Replaces.Match(value);
            if (replaced.Success)
            {
                var substitute = PersonText.ParseName(replaced.Groups["b"].Value, item.Civility, item.Commune);
                var titular = PersonText.ParseNamePhrase(replaced.Groups["a"].Value);
                if (titular is not null && substitute is not null)
                {
                    var a = doc.AttendanceOf(doc.People.Resolve(substitute));
                    a.Replaces = doc.People.Resolve(titular);
                    a.Add(SpanText.Parse(string.Join(" ", item.Notes)));
                    named++;
                    continue;
                }
            }

            var name = PersonText.ParseName(value, item.Civility, item.Commune);
            if (name is null)
            {
                continue;
            }

            named++;
            last = doc.People.Resolve(name);
            ReadPresentNotes(doc, last, item);
        }

        if (named == 0 && content.Trim().Length > 0)
        {
            doc.Extract.PresentUnnamed = FrenchText.CollapseSpaces(content).Trim().TrimEnd('.');
        }
    }

    /// <summary>"sans voix délibérative", "voix consultative": someone who attends without voting.</summary>
    private static bool IsGuest(string text) => NoVote.MayMatch(text) && NoVote.IsMatch(text);

    private static void ReadPresentNotes(ReadDocument doc, Person person, ListItem item)
    {
        var own = new SpanPhrase();
        var sitsInPerson = true;
        var commune = item.Commune;
        foreach (var note in item.Notes)
        {
            var rep = InNoteSubstitute.Match(note);
            if (rep.Success)
            {
                // "(représentée par M. Fabrice TAILLARD jusqu'au 0.1 et présente à partir du 2.1)".
                var parts = Regex.Split(rep.Groups["rest"].Value, @"\s+(?:et|puis)\s+(?=pr[ée]sente?\b|si[èe]ge)", RegexOptions.IgnoreCase);
                var substitute = PersonText.ParseNamePhrase(parts[0]);
                if (substitute is not null)
                {
                    var a = doc.AttendanceOf(doc.People.Resolve(substitute));
                    a.Replaces = person;
                    a.Add(SpanText.Parse(parts[0]));
                }

                sitsInPerson = false;
                for (var k = 1; k < parts.Length; k++)
                {
                    SpanText.Parse(parts[k]).MergeInto(own);
                    sitsInPerson = true;
                }

                continue;
            }

            var of = InNoteSubstituteOf.Match(note);
            if (of.Success)
            {
                // "M. VALLEE Marc (suppléant de M. RONDEAU Jean-Marie)".
                if (PersonText.ParseNamePhrase(of.Groups["a"].Value) is { } titular)
                {
                    doc.AttendanceOf(person).Replaces = doc.People.Resolve(titular);
                }

                SpanText.Parse(of.Groups["a"].Value).MergeInto(own);
                continue;
            }

            var proxy = InNoteProxy.Match(note);
            if (proxy.Success && PersonText.ParseNamePhrase(proxy.Groups["b"].Value) is { } holder)
            {
                var span = SpanText.Parse(note);
                doc.Proxies.Add(new ReadProxy(person, doc.People.Resolve(holder), span.From, span.To));
                continue;
            }

            if (SpanText.HasOperator(note))
            {
                SpanText.Parse(note).MergeInto(own);
                continue;
            }

            if (note.Length > 1 && !note.Any(char.IsDigit) && note.Length < 60)
            {
                commune ??= note;
            }
        }

        if (commune is not null && person.Name.Commune is null)
        {
            person.Name = person.Name with { Commune = commune };
        }

        if (sitsInPerson)
        {
            doc.AttendanceOf(person).Add(own);
        }
    }

    private static void ReadAbsent(ReadDocument doc, string content, bool excused, bool proxies, bool listedAbsent = true)
    {
        Person? last = null;
        foreach (var item in ListText.Split(content))
        {
            var value = item.Value;
            if (value.Length == 0)
            {
                continue;
            }

            // "Mme Hélène CORBIN, procuration à M. Fabrice ROUSSEL": the comma cut the proxy from who gave it.
            var given = last is null ? null : GivenTo.Match(value);
            if (given is { Success: true } && PersonText.ParseNamePhrase(given.Groups["b"].Value) is { } to)
            {
                var span = SpanText.Parse(given.Groups["b"].Value + " " + string.Join(" ", item.Notes));
                doc.Proxies.Add(new ReadProxy(last!, doc.People.Resolve(to), span.From, span.To));
                last = null;
                continue;
            }

            var sub = Substitution.Match(value);
            if (sub.Success)
            {
                var titular = PersonText.ParseName(sub.Groups["a"].Value, item.Civility, item.Commune);
                var substitute = PersonText.ParseNamePhrase(sub.Groups["b"].Value);
                if (titular is not null && substitute is not null)
                {
                    var t = doc.People.Resolve(titular);
                    var s = doc.People.Resolve(substitute);
                    var a = doc.AttendanceOf(s);
                    a.Replaces = t;
                    if (a.Spans.Count == 0)
                    {
                        a.Add(SpanText.Parse(sub.Groups["b"].Value + " " + string.Join(" ", item.Notes)));
                    }

                    MarkAbsent(doc, t, excused);
                    continue;
                }
            }

            var grant = Grant.Match(value);
            if (!grant.Success)
            {
                grant = GrantFrom.Match(value);
            }

            if (!grant.Success && proxies)
            {
                grant = PlainGrant.Match(value);
            }

            if (grant.Success)
            {
                var grantor = PersonText.ParseName(grant.Groups["a"].Value, item.Civility, item.Commune);
                var holder = PersonText.ParseNamePhrase(grant.Groups["b"].Value);
                if (grantor is not null && holder is not null)
                {
                    var g = doc.People.Resolve(grantor);
                    var span = SpanText.Parse(grant.Groups["b"].Value + " " + string.Join(" ", item.Notes));
                    doc.Proxies.Add(new ReadProxy(g, doc.People.Resolve(holder), span.From, span.To));
                    if (listedAbsent || doc.Attendance.All(a => a.Person != g))
                    {
                        MarkAbsent(doc, g, excused);
                    }

                    continue;
                }
            }

            var name = PersonText.ParseName(value, item.Civility, item.Commune);
            if (name is null)
            {
                continue;
            }

            var person = doc.People.Resolve(name);
            MarkAbsent(doc, person, excused);
            last = item.Notes.Count == 0 ? person : null;
            foreach (var note in item.Notes)
            {
                // Under "Membres représentés", "(représentée par Mme A. DANET)" names the holder of the proxy.
                var proxy = proxies && RepresentedBy.Match(note) is { Success: true } by ? by : InNoteProxy.Match(note);
                if (proxy.Success && PersonText.ParseNamePhrase(proxy.Groups["b"].Value) is { } holder)
                {
                    var span = SpanText.Parse(note);
                    doc.Proxies.Add(new ReadProxy(person, doc.People.Resolve(holder), span.From, span.To));
                }
                else if (note.Length > 1 && !note.Any(char.IsDigit) && !SpanText.HasOperator(note) && person.Name.Commune is null)
                {
                    person.Name = person.Name with { Commune = note };
                }
            }
        }
    }

    private static void MarkAbsent(ReadDocument doc, Person person, bool excused)
    {
        if (!doc.Absent.Contains(person))
        {
            doc.Absent.Add(person);
        }

        if (excused)
        {
            doc.Excused.Add(person);
        }
    }

    private static void PairProxies(ReadDocument doc, List<ListItem> grantors, List<ListItem> holders)
    {
        var g = grantors.Where(i => i.Value.Length > 0).ToList();
        var h = holders.Where(i => i.Value.Length > 0).ToList();
        for (var i = 0; i < Math.Min(g.Count, h.Count); i++)
        {
            var grantor = PersonText.ParseName(g[i].Value, g[i].Civility);
            var holder = PersonText.ParseName(h[i].Value, h[i].Civility);
            if (grantor is null || holder is null)
            {
                continue;
            }

            var span = SpanText.Parse(string.Join(" ", g[i].Notes));
            SpanText.Parse(string.Join(" ", h[i].Notes)).MergeInto(span);
            doc.Proxies.Add(new ReadProxy(doc.People.Resolve(grantor), doc.People.Resolve(holder), span.From, span.To));
        }

        if (g.Count != h.Count)
        {
            doc.AddFinding(Subsidia.Domain.Findings.FindingCodes.UnreadableValue, Subsidia.Domain.Findings.Severity.Warning, null,
                $"Les listes de procurations ne se correspondent pas : {g.Count} mandants pour {h.Count} mandataires ; seuls les {Math.Min(g.Count, h.Count)} premiers couples sont lus.");
        }
    }

    private static void ReadSecretarySentence(ReadDocument doc)
    {
        if (doc.Secretary is not null)
        {
            return;
        }

        var m = SecretarySentence.Match(doc.Text);
        if (m.Success && PersonText.ParseName(m.Groups["name"].Value) is { } name)
        {
            doc.Secretary = doc.People.Resolve(name);
        }
    }

    private static void ReadGuests(ReadDocument doc)
    {
        foreach (Match m in Thanks.Matches(doc.Text))
        {
            if (PersonText.ParseName(m.Groups["name"].Value) is { } name)
            {
                var person = doc.People.Resolve(name);
                if (!doc.NonVoting.Contains(person) && doc.Attendance.All(a => a.Person != person))
                {
                    doc.NonVoting.Add(person);
                }
            }
        }
    }

    private static readonly TieredRegex NoVote = new(@"sans\s+voix\s+d[ée]lib[ée]rative|voix\s+consultative", RegexOptions.IgnoreCase, "voix");

    private static readonly TieredRegex SecretaryVerb = new(@"\s(?:est|a\s+[ée]t[ée])\s+(?:nomm[ée]e?|d[ée]sign[ée]e?|[ée]lue?)\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire", RegexOptions.IgnoreCase, "secr");

    private static readonly TieredRegex ColonAfterHeading = new(@"\G[^:,\n]{0,300}?:\s*");

    private static readonly TieredRegex Terminator = new(@"\n[ \t]*\n|\.[ \t]*\n");

    private static readonly TieredRegex TrailingSubstituteOf = new(@"^(?:suppl[ée]ante?|rempla[çc]ante?)\s+de\s+(?<a>.+)$", RegexOptions.IgnoreCase, "suppl", "rempla");

    private static readonly TieredRegex Substitution = new(@"^(?<a>.+?)\s+(?:repr[ée]sent[ée]e?|suppl[ée][ée]e?|remplac[ée]e?)\s+par\s+(?:(?:son|sa|leur)\s+suppl[ée]ante?\s+|(?:son|sa)\s+rempla[çc]ante?\s+)?(?<b>.+)$", RegexOptions.IgnoreCase, "par");

    private static readonly TieredRegex Replaces = new(@"^(?<b>.+?)\s+(?:remplace|supplée|suppl[ée]ante?\s+de|rempla[çc]ante?\s+de)\s+(?<a>.+)$", RegexOptions.IgnoreCase, "rempla", "suppl");

    private static readonly TieredRegex InNoteSubstitute = new(@"^(?:repr[ée]sent[ée]e?|suppl[ée][ée]e?|remplac[ée]e?)\s+par\s+(?:(?:son|sa)\s+suppl[ée]ante?\s+)?(?<rest>.+)$", RegexOptions.IgnoreCase, "par");

    private static readonly TieredRegex InNoteSubstituteOf = new(@"^(?:suppl[ée]ante?|rempla[çc]ante?)\s+(?:de|du)\s+(?<a>.+)$", RegexOptions.IgnoreCase, "suppl", "rempla");

    private static readonly TieredRegex InNoteProxy = new(@"(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?|mandat)\s+(?:donn[ée]e?\s+)?(?:[àa]|au)\s+(?<b>.+)$", RegexOptions.IgnoreCase, "pouvoir", "procuration", "gation", "mandat");

    private static readonly TieredRegex Grant = new(@"^(?<a>.+?)\s+(?:(?:donne|a\s+donn[ée]|ayant\s+donn[ée]|donnant|remet|a\s+remis)\s+)?(?:(?:son\s+|un\s+)?pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?|mandat)\s+(?:[àa]|au)\s+(?<b>.+)$", RegexOptions.IgnoreCase, "pouvoir", "procuration", "gation", "mandat");

    private static readonly TieredRegex GrantFrom = new(@"^(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?|mandat)\s+(?:donn[ée]e?\s+par\s+|de\s+|d')(?<a>.+?)\s+(?:[àa]|au)\s+(?<b>.+)$", RegexOptions.IgnoreCase, "pouvoir", "procuration", "gation", "mandat");

    private static readonly TieredRegex RepresentedBy = new(@"^repr[ée]sent[ée]e?\s+par\s+(?<b>.+)$", RegexOptions.IgnoreCase, "sent");

    private static readonly TieredRegex GivenTo = new(@"^(?:(?:donne|a\s+donn[ée]|ayant\s+donn[ée]|donnant)\s+)?(?:(?:son\s+|un\s+)?pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?|mandat)\s+(?:donn[ée]e?\s+)?(?:[àa]|au)\s+(?<b>.+)$", RegexOptions.IgnoreCase, "pouvoir", "procuration", "gation", "mandat");

    private static readonly TieredRegex PlainGrant = new(@"^(?<a>.+?)\s+(?:[àa]|au|par|pour)\s+(?<b>(?:M\.|Mme|MM\.|Mr|Monsieur|Madame|\p{Lu}).+)$");

    private static readonly TieredRegex SecretarySentence = new(@"(?:(?:Madame|Monsieur|M\.|Mme|Mr)[ \t]+)?(?<name>(?:\p{Lu}[\p{L}\-]*[ \t]+){0,3}\p{Lu}{2,}[\p{Lu}\-]*(?:[ \t]+\p{Lu}[\p{Ll}\-]+)?)\s+(?:est|a\s+[ée]t[ée])\s+(?:nomm[ée]e?|d[ée]sign[ée]e?|[ée]lue?)\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire");

    private static readonly TieredRegex Thanks = new(@"remercie\s+(?<name>(?:(?:Madame|Monsieur|M\.|Mme)\s+)?(?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}{2,}[\p{Lu}\-]*)\s+(?:pour\s+sa\s+pr[ée]sence|d'assister|de\s+sa\s+pr[ée]sence)");
}
