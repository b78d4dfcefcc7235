using System.Globalization;
using System.Text.RegularExpressions;
using Subsidia.Domain.Findings;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>Headers: authority, body, dates, times, place, counts, chairs and the order of passage.</summary>
internal static class HeaderReader
{
    private const int HeaderSpan = 4000;

    public static void Read(ReadDocument doc)
    {
        var text = doc.Text;
        var head = text.Length > HeaderSpan ? text[..HeaderSpan] : text;
        var x = doc.Extract;
        x.Authority = ReadAuthority(text);
        x.Body = ReadBody(head);
        ReadSittingDate(doc, head);
        x.ConvenedOn = DateAfter(head, Convened);
        x.PublishedOn = DateAfter(head, Published);
        ReadTimes(doc, head);
        x.Place = ReadPlace(head) ?? PlaceLine(head);
        x.MembersInOffice = Count(head, InOffice) ?? Count(head, InOfficeBefore) ?? Count(head, Composition);
        if (x.Authority is null && x.Body is { } body && Letterhead.Match(head) is { Success: true } letterhead && Regional(body))
        {
            // "DÉPARTEMENT DU JURA" over a commission permanente: the département is the authority. Over a municipal
            // council the same line only says where the commune is, and the commune is not guessed from it.
            x.Authority = FrenchText.CollapseSpaces(letterhead.Groups["kind"].Value.ToLowerInvariant() switch
            {
                var k when k.StartsWith('r') => "Région ",
                _ => "Département ",
            } + letterhead.Groups["rest"].Value.ToLowerInvariant() + PlaceName(letterhead.Groups["name"].Value.Trim()));
        }
        var illegible = IllegibleInOffice.Match(head);
        if (x.MembersInOffice is null && illegible.Success)
        {
            doc.AddFinding(Subsidia.Domain.Findings.FindingCodes.UnreadableValue, Subsidia.Domain.Findings.Severity.Warning, null,
                $"Nombre de membres en exercice illisible : « {illegible.Value.Trim()} » ; il n'est pas deviné.");
        }

        x.Declared.Present = Count(head, DeclaredPresent);
        x.Declared.Proxies = Count(head, DeclaredProxies);
        x.Declared.Voters = Count(head, DeclaredVoters);
        x.Declared.Absent = Count(head, DeclaredAbsent);
        x.Declared.Excused = Count(head, DeclaredExcused);
        ReadChairs(doc, head);
        ReadOrder(doc);
    }

    private static string? ReadAuthority(string text)
    {
        foreach (var search in AuthorityPatterns)
        {
            var m = search(text);
            if (m.Success)
            {
                var name = FrenchText.CollapseSpaces(m.Groups["name"].Value).Trim().TrimEnd('.', ',', '-', ' ');
                name = Regex.Replace(name, @"\s+(?:et|de|du|des|la|le|les|sur|en)$", "");
                if (name.Length > 3)
                {
                    // "COMMUNE DE LOUVIERS-SUR-ORNE" on a letterhead: written as a name.
                    var written = name.Any(char.IsLower) ? char.ToUpperInvariant(name[0]) + name[1..]
                        : Regex.Replace(PlaceName(name), @"\b(?:de Communes|d'Agglomération|Urbaine)\b", w => w.Value.ToLowerInvariant());

                    // "les membres du Conseil Municipal de Barneville-Carteret": the commune of that name.
                    if (m.Value.StartsWith("Conseil Municipal", StringComparison.Ordinal))
                    {
                        return "Commune de " + written;
                    }

                    // "Conseil départemental de la Haute-Vienne" is the assembly; the authority is the département
                    // (as a "DÉPARTEMENT DE …" letterhead gives it), and "Conseil régional de …" that of a région.
                    return CouncilOf.Replace(written, c => c.Groups["kind"].Value.StartsWith('r') || c.Groups["kind"].Value.StartsWith('R')
                        ? "Région " : "Département " + c.Groups["article"].Value.ToLowerInvariant());
                }
            }
        }

        // "MAIRIE DE SAINT-JEAN-DE-BRAYE" on the letterhead: the commune of that name.
        var mairie = TownHall.Match(text);
        return mairie.Success ? "Commune de " + PlaceName(mairie.Groups["city"].Value.Trim()) : null;
    }

    /// <summary>"SAINT-JEAN-DE-BRAYE" → "Saint-Jean-de-Braye"; a name already in mixed case is kept.</summary>
    internal static string PlaceName(string raw)
    {
        if (raw.Any(char.IsLower))
        {
            return raw;
        }

        var parts = Regex.Split(raw.ToLowerInvariant(), "([ \\-'’])");
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var particle = i > 0 && p is "de" or "du" or "des" or "la" or "le" or "les" or "sur" or "sous" or "en" or "lès" or "lez" or "et" or "d" or "l" or "aux" or "au";
            if (p.Length > 0 && char.IsLetter(p[0]) && !particle)
            {
                parts[i] = char.ToUpperInvariant(p[0]) + p[1..];
            }
        }

        return string.Concat(parts);
    }

    /// <summary>The deciding body, from the register's title or the opening sentence.</summary>
    private static string? ReadBody(string head)
    {
        var m = BodyTitle.Match(head);
        if (!m.Success)
        {
            m = BodyAnywhere.Match(head);
        }

        return m.Success ? CanonicalBody(m.Groups["body"].Value) : null;
    }

    public static string CanonicalBody(string raw)
    {
        var folded = FrenchText.Fold(FrenchText.CollapseSpaces(raw).Trim());
        return folded switch
        {
            _ when folded.StartsWith("conseil de communaute", StringComparison.Ordinal) => "Conseil de Communauté",
            _ when folded.StartsWith("conseil de la communaute", StringComparison.Ordinal) => "Conseil communautaire",
            _ when folded.StartsWith("conseil communautaire", StringComparison.Ordinal) => "Conseil communautaire",
            _ when folded.StartsWith("conseil municipal", StringComparison.Ordinal) => "Conseil municipal",
            _ when folded.StartsWith("conseil metropolitain", StringComparison.Ordinal) => "Conseil métropolitain",
            _ when folded.StartsWith("conseil departemental", StringComparison.Ordinal) => "Conseil départemental",
            _ when folded.StartsWith("conseil general", StringComparison.Ordinal) => "Conseil général",
            _ when folded.StartsWith("conseil regional", StringComparison.Ordinal) => "Conseil régional",
            _ when folded.StartsWith("commission permanente", StringComparison.Ordinal) => "Commission permanente",
            _ when folded.StartsWith("bureau", StringComparison.Ordinal) => "Bureau",
            _ when folded.StartsWith("comite syndical", StringComparison.Ordinal) => "Comité syndical",
            _ => raw.Trim(),
        };
    }

    private static void ReadSittingDate(ReadDocument doc, string head)
    {
        var claims = new List<(int Index, DateOnly Date, string Where)>();
        foreach (Match m in SittingHeading.Matches(head))
        {
            var before = head[Math.Max(0, m.Index - 40)..m.Index];
            var lineStart = head.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
            // "Approbation du procès-verbal de la séance du …" names another sitting; a line that opens with
            // "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU …" is the document's own title.
            if (NotTheSitting.IsMatch(before) && !OwnTitle.IsMatch(head[lineStart..m.Index]))
            {
                continue;
            }

            if (FrenchText.LeadingDate(head, m.Index + m.Length) is { } d)
            {
                claims.Add((m.Index, d, m.Value.Trim()));
            }
        }

        foreach (Match m in WordsDate.Matches(head))
        {
            var year = FrenchText.NumberFromWords(m.Groups["year"].Value);
            var dayText = m.Groups["day"].Value.Trim();
            var day = int.TryParse(dayText.Replace("er", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var dd)
                ? dd : FrenchText.NumberFromWords(dayText);
            var month = FrenchText.Month(m.Groups["month"].Value);
            if (year is not null && day is not null && month is not null && FrenchText.MakeDate(year.Value, month.Value, day.Value) is { } date)
            {
                claims.Add((m.Index, date, "l'an " + m.Groups["year"].Value.Trim()));
            }
        }

        foreach (Match m in WordsDateDayFirst.Matches(head))
        {
            var year = FrenchText.NumberFromWords(m.Groups["year"].Value);
            var day = FrenchText.NumberFromWords(m.Groups["day"].Value.Trim());
            var month = FrenchText.Month(m.Groups["month"].Value);
            if (year is >= 1900 and <= 2100 && day is not null && month is not null && FrenchText.MakeDate(year.Value, month.Value, day.Value) is { } date)
            {
                claims.Add((m.Index, date, "l'an " + m.Groups["year"].Value.Trim()));
            }
        }

        foreach (Match m in MetOn.Matches(head))
        {
            if (FrenchText.LeadingDate(head, m.Index + m.Length) is { } d)
            {
                claims.Add((m.Index, d, m.Value.Trim()));
            }
        }

        var distinct = claims.Select(c => c.Date).Distinct().ToList();
        if (distinct.Count == 1)
        {
            doc.SittingDate = distinct[0];
            doc.Extract.SittingDate = FrenchText.Format(distinct[0]);
        }
        else if (distinct.Count > 1)
        {
            var described = string.Join(" ; ", claims.GroupBy(c => c.Date).Select(g =>
                $"« {g.First().Where} » : {Subsidia.Domain.Common.French.Date(g.Key)}"));
            doc.AddFinding(FindingCodes.DateConflict, Severity.Error, null,
                $"Le document donne {distinct.Count} dates différentes pour la même séance ({described}) : la date de séance n'est pas retenue.");
            // The formal opening sentence dates the sitting for the record built from it.
            doc.SittingDate = claims.OrderBy(c => c.Where.StartsWith("l'an", StringComparison.Ordinal) ? 0 : 1).ThenBy(c => c.Index).First().Date;
        }
    }

    private static string? DateAfter(string head, TieredRegex pattern)
    {
        var m = pattern.Match(head);
        if (!m.Success)
        {
            return null;
        }

        var rest = head[(m.Index + m.Length)..];
        var d = FrenchText.LeadingDate(rest.TrimStart(':', ' ', '\t'));
        return d is null ? null : FrenchText.Format(d.Value);
    }

    private static void ReadTimes(ReadDocument doc, string head)
    {
        var x = doc.Extract;
        var opened = Opened.Match(head);
        if (opened.Success && FrenchText.LeadingTime(head, opened.Index + opened.Length) is { } o)
        {
            x.OpenedAt = FrenchText.Format(o);
        }

        var closed = Closed.Match(head);
        if (closed.Success && FrenchText.LeadingTime(head, closed.Index + closed.Length) is { } c)
        {
            x.ClosedAt = FrenchText.Format(c);
        }

        // The convened time: "à 18h00" after the sitting date, "à vingt heures trente", "18h30" after the date heading.
        var at = ConvenedTime.Match(head);
        if (at.Success && FrenchText.LeadingTime(head, at.Index + at.Length) is { } t)
        {
            x.Time = FrenchText.Format(t);
        }
        else if (x.SittingDate is not null)
        {
            var lead = FirstLines.Match(head);
            if (lead.Success && FrenchText.FirstTime(lead.Value) is { } t2)
            {
                x.Time = FrenchText.Format(t2);
            }
        }
    }

    private static string? ReadPlace(string head)
    {
        var m = Place.Match(head);
        if (!m.Success)
        {
            return null;
        }

        var place = FrenchText.CollapseSpaces(m.Groups["place"].Value).Trim().TrimEnd(',', '.');
        return place.Length is > 2 and < 200 ? place : null;
    }

    /// <summary>"A l'accueil de loisirs à Pin" on its own line, or "26 septembre 2013 Tavaux 18h30" in a heading.</summary>
    private static string? PlaceLine(string head)
    {
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(6).ToList();
        foreach (var line in lines)
        {
            var m = PlaceOnItsLine.Match(line);
            if (m.Success)
            {
                return m.Groups["place"].Value.Trim();
            }
        }

        var between = PlaceBetweenDateAndTime.Match(head);
        return between.Success ? between.Groups["place"].Value.Trim() : null;
    }

    private static int? Count(string text, TieredRegex pattern)
    {
        var m = pattern.Match(text);
        return m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static void ReadChairs(ReadDocument doc, string head)
    {
        var m = Presidency.Match(head);
        if (!m.Success)
        {
            return;
        }

        var rest = head[(m.Index + m.Length)..];
        var end = rest.IndexOfAny(['\n']);
        var sentence = end >= 0 ? rest[..end] : rest;
        var parts = Regex.Split(sentence, @",?\s+puis\s+(?:de\s+|par\s+)?", RegexOptions.IgnoreCase);
        foreach (var part in parts)
        {
            var name = PersonText.ParseName(PersonText.CutSentence(part));
            if (name is not null)
            {
                var person = doc.People.Resolve(name);
                doc.Chairs.Add(person);
            }
        }
    }

    private static void ReadOrder(ReadDocument doc)
    {
        // The list may be wrapped over several lines (pdftotext -layout, narrow columns): read it joined.
        var order = OrderOfPassageText.Find(doc.Text, HeaderSpan);
        var m = order is null ? null : Order.Match(order.Line);
        if (order is null || m is not { Success: true })
        {
            return;
        }

        var scheme = FrenchText.Fold(m.Groups["what"].Value) switch
        {
            var w when w.StartsWith("question", StringComparison.Ordinal) => KeyScheme.Question,
            var w when w.StartsWith("delib", StringComparison.Ordinal) => KeyScheme.Act,
            _ => KeyScheme.Report,
        };
        var unreadable = new List<string>();
        foreach (var k in OrderOfPassageText.Keys(m.Groups["list"].Value, unreadable))
        {
            var key = SpanText.ReadKey(k);
            if (key is not null && !doc.Extract.OrderOfPassage.Contains(key.Value))
            {
                doc.Extract.OrderOfPassage.Add(key.Value);
                if (key.Scheme == KeyScheme.Act)
                {
                    scheme = KeyScheme.Act;
                }
            }
        }

        foreach (var piece in order.CutAmbiguously)
        {
            doc.AddFinding(FindingCodes.UnreadableValue, Severity.Warning, null,
                $"Ordre de passage : « {piece} » est coupé en fin de ligne par un trait d'union ; il peut s'agir d'un seul numéro ou de deux, aucun n'est retenu.");
        }

        foreach (var piece in unreadable)
        {
            doc.AddFinding(FindingCodes.UnreadableValue, Severity.Warning, null,
                $"Ordre de passage : « {piece} » ne se lit pas comme un numéro de point ; il n'est pas retenu.");
        }

        doc.OrderScheme = doc.Extract.OrderOfPassage.Count > 0 ? scheme : null;
    }

    private static readonly TieredRegex CommunityCapitals = new(@"(?m)^[ \t]*(?<name>COMMUNAUT[ÉE]\s+(?:D'AGGLOM[ÉE]RATION|DE\s+COMMUNES|URBAINE)\s+(?:(?:DU|DE\s+LA|DE\s+L'|DES|DE|D')\s*)?\p{Lu}[\p{Lu}'’\- ]+?)[ \t]*$");

    private static readonly TieredRegex Syndicate = new(@"(?m)^[ \t]*(?<name>(?:SYNDICAT|Syndicat)\s+(?:INTERCOMMUNAL|MIXTE|D[ÉE]PARTEMENTAL|intercommunal|mixte|d[ée]partemental)\b[^\n]{3,120}?)[ \t]*$");

    // "Communauté d'Agglomération du Grand Besançon" or "… Métropole": one alternation in the reading, two patterns
    // in the search, so that each can skip a text without its word; the leftmost wins, the first at the same place.
    private static readonly TieredRegex Community = new(@"(?<name>Communaut[ée]\s+(?:d'[Aa]gglom[ée]ration|de\s+[Cc]ommunes|[Uu]rbaine)\s+(?:(?:du|de\s+la|de\s+l'|des|de|d')\s*)?\p{Lu}[\p{L}'\-]*(?:[ \-](?:\p{Lu}[\p{L}'\-]*|[dl]'\p{Lu}[\p{L}\-]*|du|de|des|la|le|les|sur|en|et))*)", RegexOptions.None, "communaut")
    {
        Starts = ["communaut"],
    };

    private static readonly TieredRegex Metropole = new(@"(?<name>(?<!\p{L})(?:[\p{Lu}][\p{L}'\-]+\s+)*M[ée]tropole(?:\s+(?:du|de\s+la|de\s+l'|de|d')\s*\p{Lu}[\p{L}'\-]*(?:[ \-]\p{Lu}[\p{L}'\-]*)*)?(?=[,.\s]))", RegexOptions.None, "tropole");

    private static Match CommunityFull(string text)
    {
        var community = Community.Match(text);
        var metropole = Metropole.Match(text);
        return !metropole.Success || (community.Success && community.Index <= metropole.Index) ? community : metropole;
    }

    private static readonly TieredRegex CouncilOf = new(@"^Conseil\s+(?<kind>g[ée]n[ée]ral|d[ée]partemental|r[ée]gional)\s+(?<article>de\s+la\s+|du\s+|de\s+l'|des\s+|de\s+)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Department = new(@"(?<name>Conseil\s+(?:g[ée]n[ée]ral|d[ée]partemental|r[ée]gional)\s+(?:de\s+la|du|de\s+l'|des|de)\s+(?-i:\p{Lu})[\p{L}'\-]+(?:[ \-](?-i:\p{Lu})[\p{L}'\-]+)*)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex City = new(@"(?<name>(?:VILLE|COMMUNE)\s+(?:DE\s+LA|DU|DE\s+L'|DES|DE|D')\s*\p{Lu}[\p{Lu}'\-]+(?:[ \-](?:\p{Lu}[\p{Lu}'\-]+))*(?=[ \t]*(?:\r?\n|$)))|(?<name>(?:Ville|Commune|commune)\s+(?:de\s+la|du|de\s+l'|des|de|d')\s*\p{Lu}[\p{L}'\-]+(?:[ \-](?:\p{Lu}[\p{L}'\-]+|sur|les|en|la|le|lès|lez))*)|Conseil\s+Municipal\s+de\s+(?<name>\p{Lu}[\p{L}'\-]+(?:[ \-]\p{Lu}[\p{L}'\-]+)*)");

    // Declared after the patterns it lists (static fields are set in the order of the text).
    private static readonly Func<string, Match>[] AuthorityPatterns =
        [CommunityCapitals.Match, Syndicate.Match, CommunityFull, Department.Match, City.Match];

    private static readonly TieredRegex TownHall = new(@"(?m)^[ \t]*(?:MAIRIE|Mairie)\s+(?:DE|D'|D’|de|d'|d’)\s*(?<city>\p{Lu}[\p{L}'’\-]+(?:[ \-][\p{L}'’\-]+){0,5})[ \t]*$");

    private static readonly TieredRegex BodyTitle = new(@"(?:registre\s+des\s+d[ée]lib[ée]rations|proc[èe]s[- ]verbal|compte[- ]rendu)\s+(?:de\s+la\s+s[ée]ance\s+)?(?:du|de\s+la|de\s+l')\s+(?<body>Conseil\s+de\s+(?:la\s+)?Communaut[ée]|Conseil\s+communautaire|Conseil\s+municipal|Conseil\s+m[ée]tropolitain|Conseil\s+d[ée]partemental|Conseil\s+g[ée]n[ée]ral|Conseil\s+r[ée]gional|Commission\s+permanente|Bureau|Comit[ée]\s+syndical)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex BodyAnywhere = new(@"(?<body>Conseil\s+de\s+(?:la\s+)?Communaut[ée]|Conseil\s+communautaire|Conseil\s+municipal|Conseil\s+m[ée]tropolitain|Conseil\s+d[ée]partemental|Commission\s+permanente|(?<=\b(?:le|du)\s)Bureau\b|Comit[ée]\s+syndical)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex SittingHeading = new(@"(?:S[ée]ance|SEANCE|R[ée]union|Conseil(?:\s+(?:municipal|communautaire|de\s+communaut[ée]|m[ée]tropolitain|d[ée]partemental))?|Commission\s+permanente|Comit[ée]\s+syndical|Bureau)\s+(?:(?:du|en\s+date\s+du|publique\s+du)\s+)?(?=(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s*(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|\d{1,2}/\d{1,2}/\d{4})", RegexOptions.IgnoreCase)
    {
        Starts = ["seance", "reunion", "conseil", "commission", "comite", "bureau"],
    };

    private static readonly TieredRegex NotTheSitting = new(@"(?:compte[- ]rendu|proc[èe]s[- ]verbal|d[ée]lib[ée]ration|PV|approuv\w*|convoqu\w*|convocation|publication|publi[ée]e?)\s+(?:de\s+la\s+s[ée]ance\s+)?(?:du|de\s+la|de\s+l')?\s*$", RegexOptions.IgnoreCase);

    private static readonly TieredRegex WordsDate = new(@"L'\s*an\s+(?<year>" + FrenchText.NumberWordsPattern + @")\s*,?\s*le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?<day>\d{1,2}(?:er)?|" + FrenchText.NumberWordsPattern + @")\s+(?<month>" + FrenchText.MonthPattern + ")", RegexOptions.IgnoreCase);

    private static readonly TieredRegex WordsDateDayFirst = new(@"(?<=(?:^|\n|\.\s)\s*)Le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?<day>(?:premier|" + FrenchText.NumberWordsPattern + @"))\s+(?<month>" + FrenchText.MonthPattern + @")\s+(?<year>deux\s+mille(?:[\s\-]+" + FrenchText.NumberWordsPattern + @")?|mil(?:le)?\s+neuf\s+cent(?:s)?(?:[\s\-]+" + FrenchText.NumberWordsPattern + @")?)", RegexOptions.IgnoreCase, "mil") { Starts = ["le"] };

    private static readonly TieredRegex OwnTitle = new(@"^\s*(?:proc[èe]s[- ]verbal|compte[- ]rendu)\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex MetOn = new(@"(?:s'est\s+r[ée]uni(?:e|s|es)?|se\s+sont\s+r[ée]unis|(?<=^|\n|\.\s)Le)\s+(?:le\s+)?(?=(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))", RegexOptions.IgnoreCase) { Starts = ["s'est", "se", "le"] };

    private static readonly TieredRegex Convened = new(@"(?:convoqu[ée]e?s?\s+(?:le|en\s+date\s+du)|date\s+de\s+(?:la\s+)?convocation\s*:?|convocation\s+(?:envoy[ée]e\s+)?(?:le|du)\s*:?)\s*", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Published = new(@"(?:publi[ée]e?\s+le\s*:?|(?<=\s)publication\s+le\s*:?|date\s+de\s+publication\s*:?|mise?\s+en\s+ligne\s+(?:sur\s+le\s+site[^\n]{0,60}?\s)?le\s*:?|affich[ée]e?\s+le\s*:?)\s*", RegexOptions.IgnoreCase, "publi", "ligne", "affich");

    private static readonly TieredRegex Opened = new(@"(?:s[ée]ance\s+est\s+ouverte|ouvre\s+la\s+s[ée]ance)\s+(?:[àa]\s+)?", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Closed = new(@"(?:(?:s[ée]ance\s+)?(?:est\s+)?lev[ée]e\s+(?:[àa]\s+)?|cl[ôo]tur[ée]e\s+(?:[àa]\s+)?)(?=\d|\p{L}+\s+heure)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex ConvenedTime = new(@"(?:[0-9]{4}|(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|mille(?:[ \-](?:et[ \-])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)(?:-\p{L}+)*){0,3})\s*,?\s+[àa]\s+(?=\d{1,2}\s*h|[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+heures?)|partir\s+de\s+(?=\d{1,2}\s*h)", RegexOptions.IgnoreCase)
    {
        Starts = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "mille", "partir"],
    };

    private static readonly TieredRegex FirstLines = new(@"^[^\n]{0,200}");

    private static readonly TieredRegex Place = new(@"(?:s'est\s+r[ée]uni(?:e|s|es)?|se\s+sont\s+(?:r[ée]unis|assembl[ée]s))\s+(?:en\s+(?:session|s[ée]ance)\s+(?:ordinaire|extraordinaire|publique)\s*,?\s*)?(?:le\s+[^,]{4,40},\s*)?(?:[àa]\s+partir\s+de\s+[^,]{2,12},\s*)?(?:au\s+nombre\s+prescrit\s+par\s+la\s+loi\s*,?\s*)?(?<place>(?!en\s+(?:session|s[ée]ance)\b)(?:[àa]\s+la|[àa]\s+l'|[àa]u?|en|dans|salle)\s[^\n]{2,200}?)(?=,?\s+sous\s+la\s+pr[ée]sidence|,\s|\.\s|\n)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex PlaceOnItsLine = new(@"^(?<place>(?:[AÀ]|Au|En)\s+(?:l'|la\s+|le\s+)?[\p{L}'\- ]{3,70}|Salle\s+\p{L}[^\n]{2,120})$");

    private static readonly TieredRegex PlaceBetweenDateAndTime = new(@"\d{1,2}\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\s+(?<place>\p{Lu}[\p{L}'\-]+(?:[ \-]\p{L}[\p{L}'\-]+){0,3})\s+\d{1,2}\s*h\s*\d{0,2}");

    private static readonly TieredRegex IllegibleInOffice = new(@"en\s+exercice\s*:[ \t]*(?![\d\s])[^\s,;]{1,8}", RegexOptions.IgnoreCase);

    private static bool Regional(string body) => FrenchText.Fold(body) is var b
        && (b.StartsWith("commission permanente", StringComparison.Ordinal) || b.StartsWith("conseil departemental", StringComparison.Ordinal)
            || b.StartsWith("conseil general", StringComparison.Ordinal) || b.StartsWith("conseil regional", StringComparison.Ordinal));

    private static readonly TieredRegex Letterhead = new(@"(?m)^[ \t]*(?<kind>D[ÉE]PARTEMENT|D[ée]partement|R[ÉE]GION|R[ée]gion)\s+(?<rest>(?:DU|DE\s+LA|DE\s+L'|DES|DE|D'|du|de\s+la|de\s+l'|des|de|d')\s*)?(?<name>\p{Lu}[\p{L}'’\-]+(?:[ \-][\p{L}'’\-]+){0,4})[ \t]*$");

    /// <summary>"Nombre de conseillers départementaux composant la commission : 12".</summary>
    private static readonly TieredRegex Composition = new(@"composant\s+(?:la\s+commission|le\s+bureau|l'assembl[ée]e|le\s+conseil)\s*:?\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex InOffice = new(@"en\s+exercice\s*:?\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex InOfficeBefore = new(@"(?<!\d)(?<n>\d{1,3})\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s)\s+en\s+exercice", RegexOptions.IgnoreCase);

    private static readonly TieredRegex DeclaredPresent = new(@"pr[ée]sents?\s*:?\s*(?<n>\d{1,3})\b(?!\s*(?:rue|avenue|bd|boulevard|place))", RegexOptions.IgnoreCase);

    private static readonly TieredRegex DeclaredProxies = new(@"(?:procurations?|pouvoirs|repr[ée]sent[ée]s)\s*:?\s*(?<n>\d{1,3})\b(?!\s*(?:€|%))", RegexOptions.IgnoreCase, "procuration", "pouvoir", "sent");

    private static readonly TieredRegex DeclaredVoters = new(@"votants\s*:?\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex DeclaredAbsent = new(@"absents?\s*:\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex DeclaredExcused = new(@"absents?\s+excus[ée]s\s*:\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Presidency = new(@"sous\s+la\s+pr[ée]sidence\s+(?:de\s+|d')|(?<![\p{L}])pr[ée]sid[ée]e?\s+par\s+|Pr[ée]sid(?:ence|ente?\s+de\s+(?:la\s+)?s[ée]ance)\s*:\s*", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Order = new(@"Ordre\s+de\s+passage(?:\s+des\s+(?<what>rapports|questions|points|d[ée]lib[ée]rations|affaires))?[^:\n]{0,80}:\s*(?<list>[^\n]+)", RegexOptions.IgnoreCase);

}
