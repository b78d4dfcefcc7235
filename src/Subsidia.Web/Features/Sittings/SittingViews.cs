using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Findings;

namespace Subsidia.Web.Features.Sittings;

public sealed record SpanView(string? From, string? To);

public sealed record AttendanceView(string Name, string? Replaces, IReadOnlyList<SpanView> Spans, IReadOnlyList<SpanView> Except);

public sealed record ProxyView(string Grantor, string Holder, string? From, string? To);

public sealed record TallyView(int? For, int? Against, int? Abstention, int? NotTakingPart, bool Unanimous);

public sealed record RollView(int Present, int ProxiesInForce, int Voters, int Quorum, bool QuorumMet);

public sealed record CandidateView(IReadOnlyList<string> Positions, int Voters, bool QuorumMet, bool MatchesRecorded);

public sealed record FindingView(string Code, string Severity, string? Item, string Message)
{
    public static FindingView From(Finding f) => new(f.Code, f.SeverityName, f.Item, f.Message);
}

public sealed record ItemView(
    Guid Id,
    string Report,
    string? Act,
    string Title,
    string? Position,
    string? Rapporteur,
    string? Committee,
    string? CommitteeOpinion,
    string VoteMode,
    TallyView Recorded,
    RollView? Roll,
    IReadOnlyList<CandidateView> Candidates,
    IReadOnlyList<string> Interested,
    string Outcome,
    IReadOnlyList<FindingView> Findings);

public sealed record SittingSummary(Guid Id, string Authority, string Body, DateOnly Date, string? Place, int MembersInOffice, int Items);

public sealed record SittingView(
    Guid Id,
    string Authority,
    string Body,
    DateOnly Date,
    string? Place,
    DateOnly? ConvenedOn,
    DateOnly? PublishedOn,
    TimeOnly? OpenedAt,
    TimeOnly? ClosedAt,
    int MembersInOffice,
    int Quorum,
    string Rules,
    string? Secretary,
    IReadOnlyList<string> Chairs,
    string PositionScheme,
    IReadOnlyList<string> OrderOfPassage,
    IReadOnlyList<AttendanceView> Attendance,
    IReadOnlyList<string> Absent,
    IReadOnlyList<ProxyView> Proxies,
    IReadOnlyList<ItemView> Items,
    IReadOnlyList<FindingView> Findings,
    bool IsSigned);

public sealed record DeliberationView(
    string Act,
    string Report,
    string Title,
    Guid SittingId,
    DateOnly SittingDate,
    string Body,
    string Authority,
    string? Position,
    TallyView Recorded,
    RollView? Roll,
    IReadOnlyList<CandidateView> Candidates,
    IReadOnlyList<string> Interested,
    string Outcome,
    IReadOnlyList<FindingView> Findings);

/// <summary>Reads sittings from the database and computes their rolls for the API and the pages.</summary>
public sealed class SittingQueries(SubsidiaDbContext db)
{
    public async Task<IReadOnlyList<SittingSummary>> ListAsync(CancellationToken ct)
    {
        var rows = await (from s in db.Sittings
                          join a in db.Assemblies on s.AssemblyId equals a.Id
                          join au in db.Authorities on a.AuthorityId equals au.Id
                          select new { s.Id, Authority = au.Name, Body = a.Name, s.Date, s.Place, s.MembersInOffice, Items = s.Items.Count })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Date)
            .Select(r => new SittingSummary(r.Id, r.Authority, r.Body, r.Date, r.Place, r.MembersInOffice, r.Items)).ToList();
    }

    public async Task<SittingView?> GetAsync(Guid id, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, ct);
        return loaded is null ? null : View(loaded.Value.Sitting, loaded.Value.Assembly, loaded.Value.Authority);
    }

    public async Task<IReadOnlyList<DeliberationView>> FindDeliberationsAsync(string number, CancellationToken ct)
    {
        var wanted = number.Trim();
        var sittingIds = await db.AgendaItems.Where(i => i.ActNumber == wanted)
            .Select(i => EF.Property<Guid>(i, "SittingId")).Distinct().ToListAsync(ct);
        var result = new List<DeliberationView>();
        foreach (var sittingId in sittingIds)
        {
            var loaded = await LoadAsync(sittingId, ct);
            if (loaded is null)
            {
                continue;
            }

            var (sitting, assembly, authority) = loaded.Value;
            var view = View(sitting, assembly, authority);
            foreach (var item in view.Items.Where(i => i.Act == wanted))
            {
                result.Add(new DeliberationView(wanted, item.Report, item.Title, sitting.Id, sitting.Date, assembly.Name, authority.Name,
                    item.Position, item.Recorded, item.Roll, item.Candidates, item.Interested, item.Outcome, item.Findings));
            }
        }

        return result;
    }

    public async Task<(Sitting Sitting, Assembly Assembly, Authority Authority)?> LoadAsync(Guid id, CancellationToken ct)
    {
        var sitting = await db.SittingsWithEverything().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sitting is null)
        {
            return null;
        }

        var assembly = await db.Assemblies.Include(a => a.Members).FirstAsync(a => a.Id == sitting.AssemblyId, ct);
        var authority = await db.Authorities.FirstAsync(a => a.Id == assembly.AuthorityId, ct);
        return (sitting, assembly, authority);
    }

    public static SittingView View(Sitting sitting, Assembly assembly, Authority authority)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(authority);
        var engine = new RollEngine(sitting, assembly.Members);
        var evaluation = engine.Evaluate();
        var names = assembly.Members.ToDictionary(m => m.Id, m => m.FullName);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : "?";

        var attendance = sitting.Attendances
            .GroupBy(a => (a.MemberId, a.ReplacesMemberId))
            .Select(g => new AttendanceView(Name(g.Key.MemberId), g.Key.ReplacesMemberId is { } r ? Name(r) : null,
                g.Select(a => new SpanView(a.From, a.To)).ToList(),
                g.SelectMany(a => a.Gaps).Select(x => new SpanView(x.From, x.To)).ToList()))
            .ToList();
        var sat = sitting.Attendances.SelectMany(a => new[] { a.MemberId }.Concat(a.ReplacesMemberId is { } r ? [r] : [])).ToHashSet();
        var absent = assembly.Members.Where(m => m.Role == MemberRole.Titular && !sat.Contains(m.Id)).Select(m => m.FullName).ToList();

        var items = evaluation.Items.OrderBy(e => e.Item.Rank).Select(e => new ItemView(
            e.Item.Id, e.Item.Number, e.Item.ActNumber, e.Item.Title, e.Item.PositionKey, e.Item.Rapporteur, e.Item.Committee,
            e.Item.CommitteeOpinion, e.Item.VoteMode.ToString(),
            Tally(e.Item.Recorded),
            e.Roll is null ? null : new RollView(e.Roll.PresentCount, e.Roll.ProxiesInForceCount, e.Roll.Voters, e.Roll.Quorum, e.Roll.QuorumMet),
            e.Candidates.Select(c => new CandidateView(c.Keys, c.Voters, c.QuorumMet, c.MatchesRecorded)).ToList(),
            e.Item.Interests.Select(i => Name(i.MemberId)).ToList(),
            e.Outcome.ToString(),
            e.Findings.Select(FindingView.From).ToList())).ToList();

        return new SittingView(sitting.Id, authority.Name, assembly.Name, sitting.Date, sitting.Place, sitting.ConvenedOn, sitting.PublishedOn,
            sitting.OpenedAt, sitting.ClosedAt, sitting.MembersInOffice, engine.Quorum, engine.Rules.Name,
            sitting.SecretaryId is { } sec ? Name(sec) : null,
            sitting.Chairs.Select(c => Name(c.MemberId)).ToList(),
            sitting.PositionScheme.ToString(),
            sitting.Positions.OrderBy(p => p.Index).Select(p => p.Key).ToList(),
            attendance, absent,
            sitting.Proxies.Select(p => new ProxyView(Name(p.GrantorId), Name(p.HolderId), p.From, p.To)).ToList(),
            items,
            evaluation.SittingFindings.Select(FindingView.From).ToList(),
            sitting.IsSigned);
    }

    private static TallyView Tally(RecordedTally t) => new(t.For, t.Against, t.Abstain, t.NotTakingPart, t.Unanimous);
}
