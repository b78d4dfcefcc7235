using Subsidia.Documents.Templating;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Common;

namespace Subsidia.Documents.Assemblies;

/// <summary>
/// Builds the fields of the assembly templates (extract, list of deliberations, minutes, closing sheet) from the
/// domain objects and the roll engine's evaluation. The field names are the ones the templates use; they are listed
/// in Templates/LISEZMOI.md.
/// </summary>
public static class AssemblyModels
{
    private static Dictionary<string, object?> Fields() => new(StringComparer.Ordinal);

    /// <summary>Fields common to every document of a sitting.</summary>
    public static Dictionary<string, object?> Sitting(SittingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (authority, assembly, sitting) = (record.Authority, record.Assembly, record.Sitting);
        var writer = new AttendanceWriter(assembly, sitting);
        var present = writer.Present();
        var hasCommunes = present.Any(p => p.Commune is not null);
        var groups = hasCommunes
            ? present.GroupBy(p => p.Commune ?? "").OrderBy(g => g.Key, StringComparer.Create(French.Culture, true))
                .Select(g => Group(g.Key, g.Select(PresentField)))
                .ToList()
            : [Group("", present.Select(PresentField))];
        var absent = writer.Absent();
        var absentGroups = hasCommunes
            ? absent.GroupBy(m => m.Commune ?? "").OrderBy(g => g.Key, StringComparer.Create(French.Culture, true))
                .Select(g => Group(g.Key, g.Select(m => PresentField(new AttendanceWriter.PresentLine(m, AttendanceWriter.Name(m), null, m.Commune)))))
                .ToList()
            : [Group("", absent.Select(m => PresentField(new AttendanceWriter.PresentLine(m, AttendanceWriter.Name(m), null, m.Commune))))];
        var proxies = writer.Proxies();
        var secretary = sitting.SecretaryId is { } s ? writer.Name(s) : null;
        var f = Fields();
        f["collectivite"] = authority.Name;
        f["assemblee"] = assembly.Name;
        f["de_l_assemblee"] = Words.Of(assembly);
        f["l_assemblee"] = Words.Capitalise(Words.The(assembly));
        f["date_seance"] = French.Date(sitting.Date);
        f["date_seance_longue"] = Words.LongDate(sitting.Date);
        f["lieu"] = sitting.Place;
        f["convoque_le"] = sitting.ConvenedOn is { } c ? Words.DayMonthYear(c) : null;
        f["ouverture"] = sitting.OpenedAt is { } o ? Words.Time(o) : null;
        f["cloture"] = sitting.ClosedAt is { } cl ? Words.Time(cl) : null;
        f["membres_en_exercice"] = Words.Count(sitting.MembersInOffice);
        f["quorum"] = Words.Count(record.Evaluation.Quorum);
        f["regle_de_vote"] = $"{record.Evaluation.Rules.Name} ({record.Evaluation.Rules.Source})";
        f["presidence"] = writer.Chairs();
        f["ordre_de_passage"] = OrderOfPassage(sitting);
        f["ordre_par_questions"] = sitting.PositionScheme == PositionScheme.Question;
        f["presents"] = groups;
        f["nombre_presents"] = Words.Count(present.Count);
        f["absents"] = absentGroups.Where(g => ((List<Dictionary<string, object?>>)g["membres"]!).Count > 0).ToList();
        f["nombre_absents"] = Words.Count(absent.Count);
        f["a_des_absents"] = absent.Count > 0;
        f["secretaire"] = secretary;
        f["pouvoirs"] = proxies.Select(p =>
        {
            var proxy = Fields();
            proxy["mandant"] = p.Grantor;
            proxy["mandataire"] = p.Holder;
            proxy["mention"] = p.Span.Length == 0 ? null : p.Span;
            proxy["texte"] = p.ToString();
            return proxy;
        }).ToList();
        f["nombre_pouvoirs"] = Words.Count(proxies.Count);
        f["a_des_pouvoirs"] = proxies.Count > 0;
        f["suppleants"] = writer.SittingSubstitutes().Select(p => $"{AttendanceWriter.Name(p.Substitute)}, suppléant{(p.Substitute.Civility == "Mme" ? "e" : "")} de {AttendanceWriter.Name(p.Titular)}").ToList();
        f["date_publication_liste"] = sitting.PublishedOn is { } p ? French.Date(p) : null;
        f["limite_publication_liste"] = French.Date(sitting.Date.AddDays(7));
        return f;
    }

    private static Dictionary<string, object?> Group(string commune, IEnumerable<Dictionary<string, object?>> members)
    {
        var g = Fields();
        g["commune"] = commune.Length == 0 ? null : commune;
        var list = members.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            list[i]["dernier"] = i == list.Count - 1;
        }

        g["membres"] = list;
        return g;
    }

    private static Dictionary<string, object?> PresentField(AttendanceWriter.PresentLine line)
    {
        var f = Fields();
        f["nom"] = line.Name;
        f["mention"] = line.Span;
        return f;
    }

    /// <summary>"0.1, 2.1, 2.2, …" or "questions n°1 à 61".</summary>
    public static string OrderOfPassage(Sitting sitting)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        var keys = sitting.Positions.OrderBy(p => p.Index).Select(p => p.Key).ToList();
        if (sitting.PositionScheme == PositionScheme.Question && keys.Count > 1
            && keys.Select(k => int.TryParse(k, out var n) ? n : -1).Zip(keys.Skip(1).Select(k => int.TryParse(k, out var n) ? n : -1))
                .All(pair => pair.First >= 0 && pair.Second == pair.First + 1))
        {
            return $"questions n°{keys[0]} à {keys[^1]}";
        }

        return sitting.PositionScheme == PositionScheme.Question
            ? "questions n°" + string.Join(", ", keys)
            : string.Join(", ", keys);
    }

    /// <summary>The fields of the extract of one act (R-13).</summary>
    public static Dictionary<string, object?> Extract(SittingRecord record, AgendaItem item, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(item);
        var f = Sitting(record);
        var sitting = record.Sitting;
        var text = record.TextOf(item);
        var evaluation = record.EvaluationOf(item);
        var writer = new AttendanceWriter(record.Assembly, sitting);
        AddItemFields(f, record, item, evaluation, writer);

        f["programme_budgetaire"] = text.BudgetProgramme;
        f["montants"] = text.BudgetAmounts.Select(a => Pair("libelle", a.Label, "montant", French.Money(a.Amount))).ToList();
        f["a_inscription_budgetaire"] = text.BudgetProgramme is not null || text.BudgetAmounts.Count > 0;
        f["resume"] = text.Summary.ToList();
        f["sections"] = text.Body.Select(s =>
        {
            var section = Fields();
            section["titre"] = s.Heading;
            section["blocs"] = Blocks(s.Blocks);
            return section;
        }).ToList();
        f["dispositif"] = text.OperativeClauses.ToList();
        f["a_un_dispositif"] = text.OperativeClauses.Count > 0;

        var signatory = text.Signatory ?? DefaultSignatory(record, evaluation, writer);
        f["signataire_nom"] = signatory?.Name;
        f["signataire_qualite"] = signatory?.Quality;
        var secretary = text.SecretarySignatory
            ?? (sitting.SecretaryId is { } sec ? new Signatory(writer.Name(sec), writer.IsFeminine(sec) ? "La Secrétaire de séance" : "Le Secrétaire de séance") : null);
        f["secretaire_nom"] = secretary?.Name;
        f["secretaire_qualite"] = secretary?.Quality;

        var calendar = FrenchCalendar.Metropolitan;
        var published = text.PublishedOn ?? sitting.PublishedOn;
        var received = text.PrefectureReceivedOn;
        f["publie_le"] = published is { } pub ? French.Date(pub) : null;
        f["limite_recours"] = published is { } p2 ? Words.LongDate(calendar.DelaiFranc(p2, 2)) : null;
        f["tribunal"] = text.AppealCourt;
        f["recu_prefecture_le"] = received is { } r ? French.Date(r) : null;
        f["limite_deferer"] = received is { } r2 ? Words.LongDate(calendar.DelaiFranc(r2, 2)) : null;
        f["executoire_le"] = published is { } a && received is { } b ? French.Date(a > b ? a : b) : null;
        f["fait_a"] = text.SignedAt;
        f["edite_le"] = today is { } t ? French.Date(t) : null;
        return f;
    }

    private static Signatory? DefaultSignatory(SittingRecord record, ItemEvaluation evaluation, AttendanceWriter writer)
    {
        var sitting = record.Sitting;
        Guid? chair = null;
        if (evaluation.Roll is { } roll)
        {
            var timeline = new SittingTimeline(sitting);
            var terms = sitting.Chairs.Where(c => timeline.Covers(c.From, c.To, roll.Index)).ToList();
            chair = terms.Count >= 1 ? terms[^1].MemberId : null;
        }

        chair ??= sitting.Chairs.Count > 0 ? sitting.Chairs[^1].MemberId : null;
        return chair is { } id
            ? new Signatory(writer.Name(id), writer.IsFeminine(id) ? "La Présidente de séance" : "Le Président de séance")
            : null;
    }

    private static List<Dictionary<string, object?>> Blocks(IEnumerable<TextBlock> blocks)
    {
        // Consecutive bullets form one list.
        var result = new List<Dictionary<string, object?>>();
        foreach (var block in blocks)
        {
            if (block.Bullet && result.Count > 0 && result[^1]["liste"] is List<string> open)
            {
                open.Add(block.Text);
                continue;
            }

            var b = Fields();
            b["paragraphe"] = block.Bullet ? null : block.Text;
            b["liste"] = block.Bullet ? new List<string> { block.Text } : null;
            b["est_liste"] = block.Bullet;
            result.Add(b);
        }

        return result;
    }

    private static Dictionary<string, object?> Pair(string k1, object? v1, string k2, object? v2)
    {
        var f = Fields();
        f[k1] = v1;
        f[k2] = v2;
        return f;
    }

    /// <summary>Fields of one item: number, title, rapporteur, committee, roll at the item, vote.</summary>
    private static void AddItemFields(Dictionary<string, object?> f, SittingRecord record, AgendaItem item, ItemEvaluation evaluation, AttendanceWriter writer)
    {
        var sitting = record.Sitting;
        f["numero_acte"] = item.ActNumber;
        f["numero_rapport"] = item.Number;
        f["objet"] = item.Title;
        f["rapporteur"] = item.Rapporteur;
        f["commission"] = item.Committee;
        f["commission_date"] = item.CommitteeDate is { } cd ? French.Date(cd) : null;
        f["commission_avis"] = item.CommitteeOpinion;
        f["a_commission"] = item.Committee is not null;
        f["mode_de_scrutin"] = item.VoteMode switch
        {
            VoteMode.RollCall => "scrutin public (vote nominatif)",
            VoteMode.Secret => "scrutin secret",
            _ => "vote à main levée",
        };

        if (evaluation.Roll is { } roll)
        {
            f["position"] = sitting.PositionScheme == PositionScheme.Question
                ? $"à la question n°{roll.Key}"
                : $"au {roll.Index + 1}{(roll.Index == 0 ? "er" : "e")} point de l'ordre de passage (rapport n°{roll.Key})";
            f["presents_au_vote"] = Words.Count(roll.PresentCount);
            f["pouvoirs_au_vote"] = Words.Count(roll.ProxiesInForceCount);
            f["votants"] = Words.Count(roll.Voters);
            f["presents_au_vote_texte"] = French.Plural(roll.PresentCount, "membre présent", "membres présents");
            f["pouvoirs_au_vote_texte"] = French.Plural(roll.ProxiesInForceCount, "pouvoir en vigueur", "pouvoirs en vigueur");
            f["votants_texte"] = French.Plural(roll.Voters, "votant", "votants");
            f["quorum_atteint"] = roll.QuorumMet;
            f["position_connue"] = true;
        }
        else
        {
            f["position"] = null;
            f["presents_au_vote"] = null;
            f["pouvoirs_au_vote"] = null;
            f["votants"] = null;
            f["presents_au_vote_texte"] = null;
            f["pouvoirs_au_vote_texte"] = null;
            f["votants_texte"] = null;
            f["quorum_atteint"] = false;
            f["position_connue"] = false;
        }

        var interested = item.Interests.Select(i => writer.Name(i.MemberId)).ToList();
        f["interesses"] = interested.Count == 0 ? null : French.List(interested);
        f["a_des_interesses"] = interested.Count > 0;
        f["interesses_pluriel"] = interested.Count > 1;

        var t = item.Recorded;
        var unanimous = t.Unanimous && evaluation.Outcome == VoteOutcome.Adopted;
        f["resultat"] = evaluation.Outcome switch
        {
            VoteOutcome.Adopted => unanimous ? "Rapport adopté à l'unanimité" : "Rapport adopté",
            VoteOutcome.Rejected => "Rapport rejeté",
            VoteOutcome.NotVoted => "Rapport sans vote (information)",
            _ => "Résultat du vote",
        };
        f["resultat_court"] = evaluation.Outcome switch
        {
            VoteOutcome.Adopted => unanimous ? "Adopté à l'unanimité" : "Adopté",
            VoteOutcome.Rejected => "Rejeté",
            VoteOutcome.NotVoted => "Sans vote",
            _ => "Non déterminé",
        };
        f["formule"] = evaluation.Outcome switch
        {
            VoteOutcome.Adopted => $"{(unanimous ? "À l'unanimité" : "À la majorité des suffrages exprimés")}, {Words.The(record.Assembly)}",
            VoteOutcome.Rejected => $"{Words.Capitalise(Words.The(record.Assembly))}, ayant rejeté le rapport, ne prend pas les décisions proposées",
            _ => Words.Capitalise(Words.The(record.Assembly)),
        };
        f["formule_seule"] = evaluation.Outcome switch
        {
            VoteOutcome.Adopted => $"{(unanimous ? "À l'unanimité" : "À la majorité des suffrages exprimés")}, {Words.The(record.Assembly)} adopte les propositions du rapport.",
            VoteOutcome.Rejected => $"{Words.Capitalise(Words.The(record.Assembly))} rejette les propositions du rapport.",
            VoteOutcome.NotVoted => $"{Words.Capitalise(Words.The(record.Assembly))} prend acte du rapport, sans vote.",
            _ => $"{Words.Capitalise(Words.The(record.Assembly))} s'est prononcé comme indiqué ci-dessous.",
        };
        f["adopte"] = evaluation.Outcome == VoteOutcome.Adopted;
        f["pour"] = CountOrNone(t.For, item.MemberVotes.Count(v => v.Choice == VoteChoice.For), item);
        f["contre"] = CountOrNone(t.Against, item.MemberVotes.Count(v => v.Choice == VoteChoice.Against), item);
        f["abstention"] = CountOrNone(t.Abstain, item.MemberVotes.Count(v => v.Choice == VoteChoice.Abstain), item);
        f["ne_prennent_pas_part"] = t.NotTakingPart is { } n ? Words.Count(n) : interested.Count > 0 ? Words.Count(interested.Count) : null;
        f["vote_nominatif"] = item.MemberVotes.Count > 0;
        f["votes_pour"] = VotersOf(item, VoteChoice.For, writer);
        f["votes_contre"] = VotersOf(item, VoteChoice.Against, writer);
        f["votes_abstention"] = VotersOf(item, VoteChoice.Abstain, writer);
        f["votes_ne_prend_pas_part"] = VotersOf(item, VoteChoice.NotTakingPart, writer);
    }

    private static string CountOrNone(int? recorded, int named, AgendaItem item) =>
        recorded is { } r ? Words.Count(r) : item.MemberVotes.Count > 0 ? Words.Count(named) : "non indiqué";

    private static string? VotersOf(AgendaItem item, VoteChoice choice, AttendanceWriter writer)
    {
        var names = item.MemberVotes.Where(v => v.Choice == choice)
            .Select(v => v.OnBehalfOfId is { } g ? $"{writer.Name(g)} (par {writer.Name(v.MemberId)})" : writer.Name(v.MemberId))
            .ToList();
        return names.Count == 0 ? null : French.List(names);
    }

    /// <summary>Items in the order they were taken; items whose position is not stated come last, in agenda order.</summary>
    public static IReadOnlyList<AgendaItem> ItemsInOrder(Sitting sitting)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        var timeline = new SittingTimeline(sitting);
        return sitting.Items
            .OrderBy(i => timeline.IndexOf(i.PositionKey) ?? int.MaxValue)
            .ThenBy(i => i.Rank)
            .ToList();
    }

    /// <summary>The fields of the list of deliberations (R-15).</summary>
    public static Dictionary<string, object?> DeliberationList(SittingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var f = Sitting(record);
        f["deliberations"] = ItemsInOrder(record.Sitting).Select((item, index) =>
        {
            var d = Fields();
            AddItemFields(d, record, item, record.EvaluationOf(item), new AttendanceWriter(record.Assembly, record.Sitting));
            d["ordre"] = (index + 1).ToString(French.Culture);
            return d;
        }).ToList();
        f["nombre_deliberations"] = Words.Count(record.Sitting.Items.Count);
        f["deliberations_examinees"] = French.Plural(record.Sitting.Items.Count, "délibération examinée", "délibérations examinées");
        return f;
    }

    /// <summary>The fields of the minutes draft (R-16).</summary>
    public static Dictionary<string, object?> Minutes(SittingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var f = DeliberationList(record);
        var engine = new RollEngine(record.Sitting, record.Assembly.Members, record.Evaluation.Rules);
        if (engine.Timeline.Count > 0)
        {
            var opening = engine.RollAt(0);
            f["presents_ouverture"] = Words.Count(opening.PresentCount);
            f["pouvoirs_ouverture"] = Words.Count(opening.ProxiesInForceCount);
            f["quorum_ouverture_atteint"] = opening.QuorumMet;
            f["premier_point"] = opening.Key;
        }
        else
        {
            f["presents_ouverture"] = null;
            f["pouvoirs_ouverture"] = null;
            f["quorum_ouverture_atteint"] = false;
            f["premier_point"] = null;
        }

        var writer = new AttendanceWriter(record.Assembly, record.Sitting);
        var chairs = record.Sitting.Chairs.Select(c => c.MemberId).Distinct().ToList();
        f["signataires_presidence"] = chairs.Select(id => Pair("nom", writer.Name(id), "qualite",
            writer.IsFeminine(id) ? "La Présidente de séance" : "Le Président de séance")).ToList();
        return f;
    }

    /// <summary>The fields of the register's closing sheet for the sitting (R-12).</summary>
    public static Dictionary<string, object?> ClosingSheet(SittingRecord record) => Minutes(record);
}
