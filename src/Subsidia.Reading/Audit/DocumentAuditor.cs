using System.Globalization;
using System.Text.RegularExpressions;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;
using Subsidia.Reading.Model;
using Subsidia.Reading.Reading;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Audit;

/// <summary>
/// Builds the domain sitting from what was read, runs the roll engine on it, and checks the document's own counts
/// against its lists. Fills the extract's attendance, proxies, items, rolls and findings.
/// </summary>
public static class DocumentAuditor
{
    /// <summary>Council sizes of communes (CGCT L2121-2).</summary>
    private static readonly int[] MunicipalCouncilSizes = [7, 11, 15, 19, 23, 27, 29, 33, 35, 39, 43, 45, 49, 53, 55, 59, 61, 65, 69];

    /// <summary>Turns what was read into domain objects; <paramref name="into"/>, when given, is the authority the
    /// document is filed under (an authority importing its own registers, whatever name the document gives it).</summary>
    public static DocumentImport Audit(ReadDocument doc, Authority? into = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var x = doc.Extract;
        AddChairsToAttendance(doc);
        WriteLists(doc);

        var authorityName = x.Authority ?? "Collectivité non précisée";
        var bodyName = x.Body ?? "Assemblée";
        var authority = into ?? new Authority(StableId.For("authority", authorityName), authorityName);
        var assembly = new Assembly(StableId.For("assembly", authority.Name, bodyName), authority.Id, bodyName, KindOf(bodyName));
        var members = new Dictionary<Person, Member>();
        var titulars = TitularSeats(doc);
        var inOfficeStated = x.MembersInOffice is not null;
        var estimate = Math.Max(1, x.MembersInOffice ?? Math.Max(titulars.Count, (x.Declared.Present ?? 0) + doc.Absent.Count));
        var date = doc.SittingDate ?? DateOnly.MinValue;
        var sitting = new Sitting(StableId.For("sitting", assembly.Id.ToString(), FrenchText.Format(date)), assembly.Id, date, estimate);
        sitting.Describe(x.Place, Parse(x.ConvenedOn), Parse(x.PublishedOn), ParseTime(x.OpenedAt ?? x.Time), ParseTime(x.ClosedAt));

        var (scheme, positions, clock) = Timeline(doc);
        sitting.SetOrderOfPassage(scheme == KeyScheme.Question ? PositionScheme.Question : scheme == KeyScheme.Act ? PositionScheme.Act : PositionScheme.Report, positions);
        foreach (var (key, time) in clock)
        {
            sitting.SetPositionTime(key, time);
        }

        x.Positions.AddRange(positions);

        var substitutes = doc.Attendance.Where(a => a.Replaces is not null && a.Replaces != a.Person)
            .GroupBy(a => a.Person).ToDictionary(g => g.Key, g => g.First().Replaces!);

        Member MemberOf(Person p)
        {
            if (members.TryGetValue(p, out var m))
            {
                return m;
            }

            var id = StableId.For("member", assembly.Id.ToString(), p.Name.Given ?? "", p.Name.Family);
            Member? titular = null;
            if (substitutes.TryGetValue(p, out var replaced) && !substitutes.ContainsKey(replaced))
            {
                titular = MemberOf(replaced);
            }

            m = titular is { Role: MemberRole.Titular }
                ? assembly.AddSubstitute(id, titular, p.Name.Family, p.Name.Given, p.Name.Civility)
                : assembly.AddMember(id, p.Name.Family, p.Name.Given, p.Name.Civility, p.Name.Commune);
            members[p] = m;
            return m;
        }

        foreach (var a in doc.Attendance)
        {
            var member = MemberOf(a.Person);
            var replaces = a.Replaces is null ? (Guid?)null : MemberOf(a.Replaces).Id;
            var spans = a.Spans.Count == 0 ? [(null, null)] : a.Spans;
            foreach (var (from, to) in spans)
            {
                var record = sitting.AddAttendance(member.Id, KeyText(from), KeyText(to), replaces);
                foreach (var (gf, gt) in a.Except)
                {
                    record.AddGap(KeyText(gf), KeyText(gt));
                }
            }
        }

        // A register that gives only its counts ("Présents : 38 – Représentés : 5 – Votants : 43") and names nobody:
        // the declared numbers sit and hold proxies, so that each act's vote is checked against them.
        var countsOnly = doc.Attendance.Count == 0 && x.PresentUnnamed is null && doc.Proxies.Count == 0 && doc.Absent.Count == 0
            && x.Declared.Present is > 0;

        // "Etaient présents : les membres du Conseil": the declared number sit, the named holders among them.
        if ((x.PresentUnnamed is not null || countsOnly) && x.Declared.Present is { } declaredPresent)
        {
            var named = doc.Attendance.Select(a => a.Person).ToHashSet();
            foreach (var holder in doc.Proxies.Select(p => p.Holder).Concat(doc.Chairs).Concat(doc.Secretary is null ? [] : [doc.Secretary]))
            {
                if (!doc.Absent.Contains(holder) && named.Add(holder))
                {
                    sitting.AddAttendance(MemberOf(holder).Id);
                }
            }

            var unnamedPresent = new List<Member>();
            for (var k = named.Count; k < declaredPresent; k++)
            {
                var placeholder = assembly.AddMember(StableId.For("member", assembly.Id.ToString(), "présent non nommé", k.ToString(CultureInfo.InvariantCulture)),
                    $"Membre présent non nommé n°{k + 1}");
                sitting.AddAttendance(placeholder.Id);
                unnamedPresent.Add(placeholder);
            }

            var declaredProxies = x.Declared.Proxies ?? (x.Declared.Voters is { } v && v >= declaredPresent ? v - declaredPresent : 0);
            for (var k = 0; countsOnly && k < declaredProxies && k < unnamedPresent.Count; k++)
            {
                var grantor = assembly.AddMember(StableId.For("member", assembly.Id.ToString(), "représenté non nommé", k.ToString(CultureInfo.InvariantCulture)),
                    $"Membre représenté non nommé n°{k + 1}");
                sitting.AddProxy(grantor.Id, unnamedPresent[k].Id, null, null);
            }
        }

        foreach (var p in doc.Absent)
        {
            MemberOf(p);
        }

        foreach (var p in doc.Proxies)
        {
            sitting.AddProxy(MemberOf(p.Grantor).Id, MemberOf(p.Holder).Id, KeyText(p.From), KeyText(p.To));
        }

        foreach (var chair in doc.Chairs)
        {
            sitting.AddChair(MemberOf(chair).Id);
        }

        if (doc.Secretary is not null)
        {
            sitting.SetSecretary(MemberOf(doc.Secretary).Id);
            x.Secretary = doc.Secretary.Display;
        }

        x.Chair = doc.Chairs.FirstOrDefault()?.Display;
        x.Chairs.AddRange(doc.Chairs.Select(c => c.Display));

        // Items.
        var engineItems = new List<(ReadItem Read, AgendaItem Item)>();
        var numbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < doc.Items.Count; k++)
        {
            var read = doc.Items[k];
            var number = read.Key ?? (k + 1).ToString(CultureInfo.InvariantCulture);
            if (!numbers.Add(number))
            {
                number = $"{number}#{k + 1}";
                numbers.Add(number);
            }

            var position = PositionOf(read, number, scheme, positions);
            var item = sitting.AddItem(number, read.Entry.Title ?? "", position, read.Entry.Act);
            item.Describe(read.Entry.Rapporteur, read.Entry.Committee, Parse(read.Entry.CommitteeDate), read.Entry.CommitteeOpinion);
            if (read.Entry.Act is not null)
            {
                // The document's publication and prefecture stamp are those of the acts it carries.
                if (Parse(x.PublishedOn) is { } publishedOn)
                {
                    item.RecordPublication(publishedOn);
                }

                if (Parse(x.PrefectureReceivedOn) is { } receivedOn)
                {
                    item.RecordPrefectureReceipt(receivedOn);
                }
            }

            if (read.Entry.Recorded is { } r)
            {
                item.RecordTally(r.For, r.Against, r.Abstention, r.NotTakingPart, r.Unanimous);
            }

            foreach (var p in read.Interested)
            {
                item.DeclareInterested(MemberOf(p).Id);
            }

            foreach (var (p, choice) in read.Votes)
            {
                item.RecordMemberVote(MemberOf(p).Id, choice switch
                {
                    "against" => VoteChoice.Against,
                    "abstain" => VoteChoice.Abstain,
                    "notTakingPart" => VoteChoice.NotTakingPart,
                    _ => VoteChoice.For,
                });
            }

            read.Entry.Position = position;
            engineItems.Add((read, item));
        }

        var people = members.Values.Concat(assembly.Members).Distinct().ToList();
        var engine = new RollEngine(sitting, people);

        // Items whose place is unknown but whose roll is the same wherever they were taken.
        foreach (var (read, item) in engineItems.Where(e => e.Item.PositionKey is null && positions.Count > 0))
        {
            var interested = item.Interests.Select(i => i.MemberId).ToList();
            var voters = Enumerable.Range(0, positions.Count).Select(i => engine.RollAt(i, interested).Voters).Distinct().Count();
            if (voters == 1)
            {
                sitting.PlaceItem(item.Id, positions[0]);
            }
        }

        engine = new RollEngine(sitting, people);
        var evaluation = engine.Evaluate();
        var hasRoll = doc.Attendance.Count > 0 || ((x.PresentUnnamed is not null || countsOnly) && x.Declared.Present is not null);
        foreach (var (read, item) in engineItems)
        {
            var ev = evaluation.Items.Single(e => e.Item == item);
            read.Entry.Roll = ev.Roll is null || !hasRoll ? null : new RollEntry
            {
                Position = ev.Roll.Key,
                Present = ev.Roll.PresentCount,
                ProxiesInForce = ev.Roll.ProxiesInForceCount,
                Voters = ev.Roll.Voters,
                Quorum = inOfficeStated ? ev.Roll.Quorum : null,
                QuorumMet = inOfficeStated ? ev.Roll.QuorumMet : null,
            };
            read.Entry.Outcome = ev.Outcome switch
            {
                VoteOutcome.Adopted => "adopted",
                VoteOutcome.Rejected => "rejected",
                VoteOutcome.NotVoted => "notVoted",
                _ => read.Entry.Recorded is null ? null : "undetermined",
            };
            foreach (var f in ev.Findings.Where(f => (inOfficeStated || f.Code != FindingCodes.QuorumNotMet) && (hasRoll || f.Code is not (FindingCodes.ItemPositionUnknown or FindingCodes.VoteCountMismatch))))
            {
                x.Findings.Add(new FindingEntry(f.Code, f.SeverityName, read.Entry.Report ?? read.Entry.Act ?? f.Item, f.Message));
            }

            x.Items.Add(read.Entry);
        }

        foreach (var f in evaluation.SittingFindings)
        {
            x.Findings.Add(new FindingEntry(f.Code, f.SeverityName, f.Item, f.Message));
        }

        var rolls = new List<PositionRoll>();
        for (var i = 0; hasRoll && i < positions.Count; i++)
        {
            var roll = engine.RollAt(i);
            rolls.Add(roll);
            x.Rolls.Add(new RollEntry
            {
                Position = roll.Key,
                Present = roll.PresentCount,
                ProxiesInForce = roll.ProxiesInForceCount,
                Voters = roll.Voters,
                Quorum = inOfficeStated ? roll.Quorum : null,
                QuorumMet = inOfficeStated ? roll.QuorumMet : null,
            });
        }

        CheckDeclared(doc, titulars, rolls);
        CheckSamePerson(doc);
        if (!inOfficeStated)
        {
            ReportMissingInOffice(doc, titulars.Count);
        }

        var imported = members.Select(kv => new ImportedPerson(kv.Value.Id, kv.Key.Display, kv.Value.FamilyName, kv.Value.GivenName,
            kv.Value.Civility, kv.Value.Commune, kv.Value.Role, kv.Value.SubstituteForId,
            ImportedPerson.KeyFor(kv.Value.FamilyName, kv.Value.GivenName))).ToList();
        return new DocumentImport(authority, assembly, sitting, evaluation, imported, inOfficeStated, x.SittingDate is not null);
    }

    private static AssemblyKind KindOf(string body) => FrenchText.Fold(body) switch
    {
        var b when b.StartsWith("bureau", StringComparison.Ordinal) => AssemblyKind.Bureau,
        var b when b.StartsWith("commission", StringComparison.Ordinal) => AssemblyKind.StandingCommittee,
        _ => AssemblyKind.Council,
    };

    /// <summary>A chair who is named nowhere else sat (they presided): "sous la présidence de Jean ARTHUIS".</summary>
    private static void AddChairsToAttendance(ReadDocument doc)
    {
        if (doc.Attendance.Count == 0)
        {
            return;
        }

        foreach (var chair in doc.Chairs)
        {
            var listed = doc.Attendance.Any(a => a.Person == chair || a.Replaces == chair) || doc.Absent.Contains(chair) || doc.NonVoting.Contains(chair);
            if (!listed)
            {
                doc.AttendanceOf(chair).Spans.Add((null, null));
            }
        }
    }

    private static void WriteLists(ReadDocument doc)
    {
        var x = doc.Extract;
        foreach (var a in doc.Attendance)
        {
            var entry = new AttendanceEntry { Name = a.Person.Display, Replaces = a.Replaces?.Display, Commune = a.Person.Name.Commune };
            foreach (var (from, to) in a.Spans.Count == 0 ? [(null, null)] : a.Spans)
            {
                entry.Spans.Add(new SpanEntry(from?.Value, to?.Value));
            }

            foreach (var (from, to) in a.Except)
            {
                entry.Except.Add(new SpanEntry(from.Value, to?.Value));
            }

            x.Attendance.Add(entry);
        }

        x.Absent.AddRange(doc.Absent.Select(p => p.Display));
        x.Excused.AddRange(doc.Absent.Where(doc.Excused.Contains).Select(p => p.Display));
        x.NonVoting.AddRange(doc.NonVoting.Select(p => p.Display));
        foreach (var p in doc.Proxies)
        {
            x.Proxies.Add(new ProxyEntry { Grantor = p.Grantor.Display, Holder = p.Holder.Display, From = p.From?.Value, To = p.To?.Value });
        }
    }

    /// <summary>The seats the lists account for: titular members present, replaced, absent or represented.</summary>
    private static HashSet<Person> TitularSeats(ReadDocument doc)
    {
        var seats = new HashSet<Person>();
        foreach (var a in doc.Attendance)
        {
            seats.Add(a.Replaces ?? a.Person);
        }

        foreach (var p in doc.Absent.Concat(doc.Proxies.Select(p => p.Grantor)))
        {
            seats.Add(p);
        }

        return seats;
    }

    private static (KeyScheme Scheme, List<string> Positions, List<(string Key, TimeOnly Time)> Clock) Timeline(ReadDocument doc)
    {
        var keys = doc.Attendance.SelectMany(a => a.Spans.SelectMany(s => new[] { s.From, s.To }).Concat(a.Except.SelectMany(e => new[] { e.From, e.To })))
            .Concat(doc.Proxies.SelectMany(p => new[] { p.From, p.To }))
            .OfType<OrderKey>()
            .ToList();
        var stated = doc.Extract.OrderOfPassage;
        if (stated.Count > 0 && (keys.Count == 0 || keys.All(k => k.Scheme == (doc.OrderScheme ?? KeyScheme.Report))))
        {
            return (doc.OrderScheme ?? KeyScheme.Report, stated.ToList(), []);
        }

        var itemKeys = new List<string>();
        for (var k = 0; k < doc.Items.Count; k++)
        {
            var key = doc.Items[k].Key ?? (k + 1).ToString(CultureInfo.InvariantCulture);
            if (!itemKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                itemKeys.Add(key);
            }
        }

        if (keys.Count > 0)
        {
            var scheme = keys.GroupBy(k => k.Scheme).OrderByDescending(g => g.Count()).First().Key;
            var values = keys.Where(k => k.Scheme == scheme).Select(k => k.Value).Distinct().ToList();
            // Without a stated order, the acts read in document order are the order of passage when every key the
            // spans name is one of them ("à partir du point 3" in minutes that list points 1 to 5).
            if (scheme != KeyScheme.Clock && doc.Items.Count >= 2 && doc.Items.All(i => i.Key is not null)
                && values.All(v => itemKeys.Contains(v, StringComparer.OrdinalIgnoreCase)))
            {
                return (scheme, itemKeys, []);
            }

            switch (scheme)
            {
                case KeyScheme.Question:
                {
                    var max = values.Max(v => int.Parse(v, CultureInfo.InvariantCulture));
                    return (scheme, Enumerable.Range(1, max).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(), []);
                }

                case KeyScheme.Act:
                {
                    var parsed = values.Select(v => ActNumber.Match(v)).Where(m => m.Success)
                        .Select(m => (Prefix: m.Groups[1].Value, N: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Year: m.Groups[3].Value)).ToList();
                    var result = new List<string>();
                    foreach (var g in parsed.GroupBy(p => (p.Prefix, p.Year)).OrderBy(g => g.Key.Year, StringComparer.Ordinal))
                    {
                        var min = g.Min(p => p.N);
                        var max = g.Max(p => p.N);
                        result.AddRange(Enumerable.Range(min, max - min + 1).Select(n => $"{g.Key.Prefix}{n}/{g.Key.Year}"));
                    }

                    return (scheme, result, []);
                }

                case KeyScheme.Clock:
                {
                    var opening = ParseTime(doc.Extract.OpenedAt ?? doc.Extract.Time) ?? TimeOnly.MinValue;
                    var clock = new List<(string, TimeOnly)> { ("ouverture", opening) };
                    foreach (var t in values.Select(v => TimeOnly.Parse(v, CultureInfo.InvariantCulture)).Where(t => t > opening).Order())
                    {
                        clock.Add(($"à partir de {FrenchText.Format(t)}", t));
                    }

                    return (scheme, clock.Select(c => c.Item1).ToList(), clock);
                }

                default:
                    return (scheme, values.OrderBy(v => v, Comparer<string>.Create(CompareReports)).ToList(), []);
            }
        }

        return (KeyScheme.Report, itemKeys.Count > 0 ? itemKeys : ["séance"], []);
    }

    private static int CompareReports(string a, string b)
    {
        var pa = a.Split('.');
        var pb = b.Split('.');
        for (var i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            var va = i < pa.Length && int.TryParse(pa[i], out var x) ? x : -1;
            var vb = i < pb.Length && int.TryParse(pb[i], out var y) ? y : -1;
            if (va != vb)
            {
                return va.CompareTo(vb);
            }
        }

        return 0;
    }

    private static string? PositionOf(ReadItem item, string number, KeyScheme scheme, List<string> positions)
    {
        var candidate = scheme switch
        {
            KeyScheme.Report or KeyScheme.Question when item.Entry.Report is null || item.NumberScheme == scheme => number,
            KeyScheme.Act => item.Entry.Act is { } a && SpanText.ReadKey(a) is { Scheme: KeyScheme.Act } k ? k.Value : null,
            _ => null,
        };
        return candidate is null ? null : positions.FirstOrDefault(p => string.Equals(p, candidate, StringComparison.OrdinalIgnoreCase));
    }

    private static void CheckDeclared(ReadDocument doc, HashSet<Person> seats, List<PositionRoll> rolls)
    {
        var x = doc.Extract;
        var d = x.Declared;
        var listsComplete = !x.Truncated;
        var named = doc.Attendance.Count > 0;
        if (d.Present is { } present && named)
        {
            var atOpening = doc.Attendance.Count(a => a.AtOpening);
            if (atOpening != present && rolls.All(r => r.PresentCount != present))
            {
                Mismatch(doc, $"Le document déclare {present} présents, mais sa liste en nomme {atOpening} à l'ouverture et {Describe(rolls.Select(r => r.PresentCount))} selon les points.");
            }
        }

        var proxiesComplete = listsComplete || !doc.Missing.Any(m => m.Contains("procuration", StringComparison.Ordinal));
        if (d.Proxies is { } proxies && proxiesComplete && (doc.Proxies.Count > 0 || named) && doc.Proxies.Count != proxies)
        {
            Mismatch(doc, $"Le document déclare {proxies} procurations mais en énumère {doc.Proxies.Count}.");
        }

        if (d.Voters is { } voters)
        {
            if (d.Present is { } p && d.Proxies is { } q && p + q != voters)
            {
                Mismatch(doc, $"Le document déclare {voters} votants pour {p} présents et {q} procurations ({p + q}).");
            }
            else if (named && proxiesComplete && rolls.Count > 0 && rolls.All(r => r.Voters != voters))
            {
                Mismatch(doc, $"Le document déclare {voters} votants, nombre qu'aucun point n'atteint d'après ses listes ({Describe(rolls.Select(r => r.Voters))}).");
            }
        }

        if (x.MembersInOffice is { } inOffice && listsComplete && doc.Absent.Count > 0 && named && seats.Count != inOffice)
        {
            Mismatch(doc, $"Le document déclare {inOffice} membres en exercice mais ses listes (présents, suppléés, absents, représentés) en comptent {seats.Count}.");
        }

        if (d.Absent is { } absent)
        {
            var count = doc.Absent.Count(p => !doc.Excused.Contains(p));
            if (count != absent && (count > 0 || doc.Excused.Count > 0))
            {
                Mismatch(doc, $"Le document déclare {absent} absents mais en nomme {count}.");
            }
        }

        if (d.Excused is { } excused && doc.Excused.Count != excused)
        {
            Mismatch(doc, $"Le document déclare {excused} absents excusés mais en nomme {doc.Excused.Count}.");
        }

        foreach (var item in x.Items)
        {
            if (item.TookPart is { } took && item.Roll is { } roll && took != roll.Voters)
            {
                Mismatch(doc, $"Le {Label(item)} indique {took} membres ayant pris part à la délibération ; les listes donnent {roll.Voters} votants.");
            }
        }
    }

    private static string Label(ItemEntry item) => item.Report is not null ? $"rapport n°{item.Report}" : item.Act is not null ? $"acte {item.Act}" : "point";

    private static string Describe(IEnumerable<int> values)
    {
        var distinct = values.Distinct().Order().ToList();
        return distinct.Count == 0 ? "aucun" : distinct.Count == 1 ? distinct[0].ToString(CultureInfo.InvariantCulture) : $"de {distinct[0]} à {distinct[^1]}";
    }

    private static void Mismatch(ReadDocument doc, string message) =>
        doc.AddFinding(FindingCodes.DeclaredCountMismatch, Severity.Warning, null, message);

    private static void ReportMissingInOffice(ReadDocument doc, int seats)
    {
        var x = doc.Extract;
        var accounted = x.PresentUnnamed is not null && x.Declared.Present is { } p ? p + doc.Absent.Count : seats;
        if (accounted == 0)
        {
            return;
        }

        var message = $"Le nombre de membres en exercice n'est pas indiqué : le quorum ne peut pas être vérifié ({accounted} sièges décomptés par le document).";
        if (x.Body == "Conseil municipal" && !MunicipalCouncilSizes.Contains(accounted))
        {
            var next = MunicipalCouncilSizes.FirstOrDefault(s => s > accounted);
            if (next > 0)
            {
                message += $" Aucun conseil municipal ne compte {accounted} sièges (CGCT L2121-2) : au moins {next - accounted} siège{(next - accounted > 1 ? "s" : "")} n'{(next - accounted > 1 ? "ont" : "a")} pas été décompté{(next - accounted > 1 ? "s" : "")} (conseil de {next} membres ou plus).";
            }
        }

        doc.AddFinding(FindingCodes.UnreadableValue, Severity.Info, null, message);
    }

    /// <summary>Two spellings of one name: one letter more or less, or two letters swapped, with compatible given names.</summary>
    private static void CheckSamePerson(ReadDocument doc)
    {
        var people = doc.People.People.Where(p => !p.Name.Family.StartsWith("Membre présent", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
            {
                var a = people[i].Name;
                var b = people[j].Name;
                var ka = a.FamilyKey;
                var kb = b.FamilyKey;
                if (ka == kb || Math.Abs(ka.Length - kb.Length) > 1 || Math.Min(ka.Length, kb.Length) < 5 || !NearSpelling(ka, kb) || !a.GivenCompatible(b))
                {
                    continue;
                }

                doc.AddFinding(FindingCodes.PossibleSamePerson, Severity.Warning, null,
                    $"« {people[i].Display} » et « {people[j].Display} » désignent probablement la même personne (orthographes voisines) : à vérifier avant de compter l'un et l'autre.");
            }
        }
    }

    private static bool NearSpelling(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) == 1)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            var i = 0;
            while (i < shorter.Length && shorter[i] == longer[i])
            {
                i++;
            }

            return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
        }

        if (a.Length == b.Length)
        {
            var first = -1;
            for (var k = 0; k < a.Length; k++)
            {
                if (a[k] != b[k])
                {
                    first = k;
                    break;
                }
            }

            return first >= 0 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
        }

        return false;
    }

    private static string? KeyText(OrderKey? key) => key?.Value;

    private static DateOnly? Parse(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static TimeOnly? ParseTime(string? hhmm) =>
        hhmm is not null && TimeOnly.TryParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static readonly TieredRegex ActNumber = new(@"^([A-Z]+)(\d+)/(\d+)$");
}
