using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Features.Sittings;

/// <summary>How a command ended: done, not found, refused because the sitting is signed, or invalid input.</summary>
public enum CommandStatus
{
    Done,
    NotFound,
    Locked,
    Invalid,
}

public sealed record CommandResult(CommandStatus Status, IReadOnlyList<string> Errors, Guid? Id = null)
{
    public static CommandResult Done(Guid? id = null) => new(CommandStatus.Done, [], id);
    public static CommandResult NotFound() => new(CommandStatus.NotFound, ["Séance introuvable."]);
    public static CommandResult Locked() => new(CommandStatus.Locked,
        ["La séance est signée : ses actes sont verrouillés. Une correction passe par un acte rectificatif."]);
    public static CommandResult Invalid(params string[] errors) => new(CommandStatus.Invalid, errors);
    public bool Succeeded => Status == CommandStatus.Done;
}

/// <summary>What the secretary types to open a new sitting.</summary>
public sealed record NewSitting(
    Guid? AuthorityId,
    string? NewAuthorityName,
    string Body,
    DateOnly Date,
    string? Place,
    int? MembersInOffice,
    string Members,
    string Items);

/// <summary>How a titular member took part in the sitting, as one row of the attendance grid.</summary>
public enum AttendanceStatus
{
    /// <summary>Absent, no proxy.</summary>
    Absent,
    /// <summary>Sat in person, possibly arriving late or leaving early.</summary>
    Present,
    /// <summary>Absent for the whole sitting, represented by a proxy holder.</summary>
    Proxy,
    /// <summary>Replaced by their substitute (suppléant).</summary>
    Substitute,
}

/// <summary>One row of the grid: a titular member, how they took part, from which item to which, and for whom.</summary>
public sealed record AttendanceRow(Guid MemberId, AttendanceStatus Status, string? From, string? To, Guid? HolderId, Guid? SubstituteId,
    string? NewSubstituteName = null);

/// <summary>A recorded tally for one item, and its position when it was not stated.</summary>
public sealed record VoteInput(int? For, int? Against, int? Abstention, int? NotTakingPart, bool Unanimous);

/// <summary>The changes a secretary makes to sittings; each one checks the lock and is written to the audit log.</summary>
public sealed class SittingCommands(SubsidiaDbContext db, SittingQueries queries, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AuthoritiesAsync(CancellationToken ct) =>
        (await db.Authorities.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .OrderBy(a => a.Name, StringComparer.Create(French.Culture, true)).Select(a => (a.Id, a.Name)).ToList();

    public async Task<CommandResult> CreateAsync(ClaimsPrincipal user, NewSitting input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var members = ParseLines(input.Members).Select(ParsePerson).ToList();
        var items = ParseLines(input.Items).Select(l => l.Split([';', '|'], 3, StringSplitOptions.TrimEntries)).ToList();
        if (string.IsNullOrWhiteSpace(input.Body))
        {
            errors.Add("Indiquez l'assemblée (par exemple « Conseil municipal »).");
        }

        if (members.Count == 0)
        {
            errors.Add("Indiquez au moins un membre, un par ligne (« Prénom NOM »).");
        }

        if (items.Count == 0 || items.Any(i => i.Length < 2 || string.IsNullOrWhiteSpace(i[0]) || string.IsNullOrWhiteSpace(i[1])))
        {
            errors.Add("Indiquez les rapports dans l'ordre de passage, un par ligne : « numéro ; objet » ou « numéro ; objet ; n° d'acte ».");
        }
        else if (items.GroupBy(i => i[0], StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add($"Le rapport n°{twice.Key} figure deux fois.");
        }

        if (input.MembersInOffice is <= 0)
        {
            errors.Add("Le nombre de membres en exercice doit être positif.");
        }

        Authority? authority = null;
        if (!string.IsNullOrWhiteSpace(input.NewAuthorityName))
        {
            authority = new Authority(Guid.NewGuid(), input.NewAuthorityName.Trim());
        }
        else if (input.AuthorityId is { } authorityId)
        {
            authority = await db.Authorities.FirstOrDefaultAsync(a => a.Id == authorityId, ct);
        }

        if (authority is null)
        {
            errors.Add("Choisissez la collectivité, ou indiquez le nom d'une nouvelle collectivité.");
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid([.. errors]);
        }

        if (db.Entry(authority!).State == EntityState.Detached)
        {
            db.Authorities.Add(authority!);
        }

        var body = input.Body.Trim();
        var assembly = await db.Assemblies.Include(a => a.Members)
            .FirstOrDefaultAsync(a => a.AuthorityId == authority!.Id && a.Name == body, ct);
        if (assembly is null)
        {
            assembly = new Assembly(Guid.NewGuid(), authority!.Id, body,
                body.Contains("bureau", StringComparison.OrdinalIgnoreCase) ? AssemblyKind.Bureau : AssemblyKind.Council);
            db.Assemblies.Add(assembly);
        }

        foreach (var (given, family) in members)
        {
            var full = given is null ? family : $"{given} {family}";
            if (!assembly.Members.Any(m => m.Role == MemberRole.Titular && string.Equals(m.FullName, full, StringComparison.OrdinalIgnoreCase)))
            {
                assembly.AddMember(Guid.NewGuid(), family, given);
            }
        }

        var sitting = new Sitting(Guid.NewGuid(), assembly.Id, input.Date, input.MembersInOffice ?? members.Count);
        sitting.Describe(string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(), null, null, null, null);
        sitting.SetOrderOfPassage(PositionScheme.Report, items.Select(i => i[0]));
        foreach (var i in items)
        {
            sitting.AddItem(i[0], i[1], i[0], i.Length > 2 && !string.IsNullOrWhiteSpace(i[2]) ? i[2] : null);
        }

        db.Sittings.Add(sitting);
        await audit.SaveAndRecordAsync(db, user, "seance.creation", nameof(Sitting), sitting.Id.ToString(), null, Snapshot(sitting), ct);
        return CommandResult.Done(sitting.Id);
    }

    /// <summary>The grid's rows as stored; a member whose attendance the grid cannot express (gaps, clock times) is null.</summary>
    public static IReadOnlyDictionary<Guid, AttendanceRow?> RowsOf(Sitting sitting, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(assembly);
        var keys = sitting.Positions.OrderBy(p => p.Index).Select(p => p.Key).ToList();
        var rows = new Dictionary<Guid, AttendanceRow?>();
        foreach (var member in assembly.Members.Where(m => m.Role == MemberRole.Titular))
        {
            var own = sitting.Attendances.Where(a => a.MemberId == member.Id && a.ReplacesMemberId is null).ToList();
            var subs = sitting.Attendances.Where(a => a.ReplacesMemberId == member.Id).ToList();
            var proxies = sitting.Proxies.Where(p => p.GrantorId == member.Id).ToList();
            AttendanceRow? row = (own.Count, subs.Count, proxies.Count) switch
            {
                (0, 0, 0) => new AttendanceRow(member.Id, AttendanceStatus.Absent, null, null, null, null),
                (1, 0, _) => new AttendanceRow(member.Id, AttendanceStatus.Present, own[0].From, own[0].To, proxies.FirstOrDefault()?.HolderId, null),
                (0, 1, 0) => new AttendanceRow(member.Id, AttendanceStatus.Substitute, subs[0].From, subs[0].To, null, subs[0].MemberId),
                (0, 0, 1) => new AttendanceRow(member.Id, AttendanceStatus.Proxy, null, null, proxies[0].HolderId, null),
                _ => null,
            };
            if (row is not null && (own.Concat(subs).Any(a => a.Gaps.Count > 0) || !SameEntries(Stored(sitting, member.Id), Canonical(row, keys))))
            {
                row = null;
            }

            rows[member.Id] = row;
        }

        return rows;
    }

    public async Task<CommandResult> SaveAttendanceAsync(ClaimsPrincipal user, Guid sittingId, IReadOnlyList<AttendanceRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var loaded = await queries.LoadAsync(sittingId, ct);
        if (loaded is null)
        {
            return CommandResult.NotFound();
        }

        var (sitting, assembly, _) = loaded.Value;
        if (sitting.IsSigned)
        {
            return CommandResult.Locked();
        }

        var keys = sitting.Positions.OrderBy(p => p.Index).Select(p => p.Key).ToList();
        var titulars = assembly.Members.Where(m => m.Role == MemberRole.Titular).ToDictionary(m => m.Id);
        var current = RowsOf(sitting, assembly);
        var errors = new List<string>();
        var changes = new List<AttendanceRow>();
        foreach (var posted in rows)
        {
            if (!titulars.TryGetValue(posted.MemberId, out var member) || !current.TryGetValue(posted.MemberId, out var stored) || stored is null)
            {
                continue;
            }

            var row = posted with
            {
                From = Key(posted.From, keys),
                To = Key(posted.To, keys),
                HolderId = posted.Status is AttendanceStatus.Present or AttendanceStatus.Proxy ? posted.HolderId : null,
                SubstituteId = posted.Status == AttendanceStatus.Substitute ? posted.SubstituteId : null,
            };
            if (row.Status is AttendanceStatus.Absent or AttendanceStatus.Proxy)
            {
                row = row with { From = null, To = null };
            }

            if (row.From is not null && row.To is not null && keys.IndexOf(row.From) > keys.IndexOf(row.To))
            {
                errors.Add($"{member.FullName} : l'arrivée (point {row.From}) suit le départ (point {row.To}).");
                continue;
            }

            if (row.Status == AttendanceStatus.Proxy && row.HolderId is null)
            {
                errors.Add($"{member.FullName} : indiquez à qui le pouvoir est donné.");
                continue;
            }

            // A proxy goes to a member of the body: a titular, or a substitute sitting for one; whether the
            // holder is there at each item is the roll engine's check.
            if (row.HolderId is { } holder && (holder == member.Id || !assembly.Members.Any(m => m.Id == holder)))
            {
                errors.Add($"{member.FullName} : le pouvoir doit être donné à un autre membre de l'assemblée.");
                continue;
            }

            if (row.Status == AttendanceStatus.Substitute)
            {
                if (!string.IsNullOrWhiteSpace(row.NewSubstituteName))
                {
                    var (given, family) = ParsePerson(row.NewSubstituteName);
                    row = row with { SubstituteId = assembly.AddSubstitute(Guid.NewGuid(), member, family, given).Id, NewSubstituteName = null };
                }
                else if (row.SubstituteId is not { } sub || !assembly.Members.Any(m => m.Id == sub && m.SubstituteForId == member.Id))
                {
                    errors.Add($"{member.FullName} : choisissez son suppléant ou indiquez son nom.");
                    continue;
                }
            }

            if (stored != row with { NewSubstituteName = null })
            {
                changes.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid([.. errors]);
        }

        if (changes.Count == 0)
        {
            return CommandResult.Done(sitting.Id);
        }

        var before = changes.Select(c => Describe(current[c.MemberId]!, assembly)).ToList();
        foreach (var row in changes)
        {
            foreach (var a in sitting.Attendances.Where(a => a.MemberId == row.MemberId && a.ReplacesMemberId is null || a.ReplacesMemberId == row.MemberId).ToList())
            {
                sitting.RemoveAttendance(a.Id);
            }

            foreach (var p in sitting.Proxies.Where(p => p.GrantorId == row.MemberId).ToList())
            {
                sitting.RemoveProxy(p.Id);
            }

            foreach (var entry in Canonical(row, keys))
            {
                if (entry.Proxy)
                {
                    sitting.AddProxy(row.MemberId, entry.Person, entry.From, entry.To);
                }
                else
                {
                    sitting.AddAttendance(entry.Person, entry.From, entry.To, entry.Person == row.MemberId ? null : row.MemberId);
                }
            }
        }

        await audit.SaveAndRecordAsync(db, user, "seance.presences", nameof(Sitting), sitting.Id.ToString(), before,
            changes.Select(c => Describe(c, assembly)).ToList(), ct);
        return CommandResult.Done(sitting.Id);
    }

    public async Task<CommandResult> RecordVoteAsync(ClaimsPrincipal user, Guid sittingId, Guid itemId, VoteInput vote, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var loaded = await queries.LoadAsync(sittingId, ct);
        if (loaded is null)
        {
            return CommandResult.NotFound();
        }

        var sitting = loaded.Value.Sitting;
        if (sitting.IsSigned)
        {
            return CommandResult.Locked();
        }

        var item = sitting.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return CommandResult.Invalid("Rapport introuvable dans cette séance.");
        }

        if (new[] { vote.For, vote.Against, vote.Abstention, vote.NotTakingPart }.Any(v => v < 0))
        {
            return CommandResult.Invalid("Un nombre de voix ne peut pas être négatif.");
        }

        var before = TallyOf(item);
        item.RecordTally(vote.For, vote.Against, vote.Abstention, vote.NotTakingPart, vote.Unanimous);
        await audit.SaveAndRecordAsync(db, user, "seance.vote", nameof(AgendaItem), item.Id.ToString(), before, TallyOf(item), ct);
        return CommandResult.Done(item.Id);
    }

    public async Task<CommandResult> PlaceItemAsync(ClaimsPrincipal user, Guid sittingId, Guid itemId, string? position, CancellationToken ct)
    {
        var loaded = await queries.LoadAsync(sittingId, ct);
        if (loaded is null)
        {
            return CommandResult.NotFound();
        }

        var sitting = loaded.Value.Sitting;
        if (sitting.IsSigned)
        {
            return CommandResult.Locked();
        }

        var item = sitting.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return CommandResult.Invalid("Rapport introuvable dans cette séance.");
        }

        var key = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        if (key is not null && sitting.FindPosition(key) is null)
        {
            return CommandResult.Invalid($"« {key} » n'est pas dans l'ordre de passage de la séance.");
        }

        var before = new { report = item.Number, position = item.PositionKey };
        sitting.PlaceItem(item.Id, key is null ? null : sitting.FindPosition(key)!.Key);
        await audit.SaveAndRecordAsync(db, user, "seance.position", nameof(AgendaItem), item.Id.ToString(), before,
            new { report = item.Number, position = item.PositionKey }, ct);
        return CommandResult.Done(item.Id);
    }

    /// <summary>Closes and signs the sitting: from now on every change is refused .</summary>
    public async Task<CommandResult> SignAsync(ClaimsPrincipal user, Guid sittingId, CancellationToken ct)
    {
        var loaded = await queries.LoadAsync(sittingId, ct);
        if (loaded is null)
        {
            return CommandResult.NotFound();
        }

        var sitting = loaded.Value.Sitting;
        if (sitting.IsSigned)
        {
            return CommandResult.Locked();
        }

        var before = Snapshot(sitting);
        sitting.Sign(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        await audit.SaveAndRecordAsync(db, user, "seance.signature", nameof(Sitting), sitting.Id.ToString(), before, Snapshot(sitting), ct);
        return CommandResult.Done(sitting.Id);
    }

    private sealed record Entry(bool Proxy, Guid Person, string? From, string? To);

    /// <summary>The attendance and proxies a row stands for: a present member's proxy covers only their absences.</summary>
    private static List<Entry> Canonical(AttendanceRow row, List<string> keys)
    {
        var entries = new List<Entry>();
        switch (row.Status)
        {
            case AttendanceStatus.Present:
                entries.Add(new Entry(false, row.MemberId, row.From, row.To));
                if (row.HolderId is { } holder)
                {
                    var from = row.From is null ? 0 : keys.IndexOf(row.From);
                    var to = row.To is null ? keys.Count - 1 : keys.IndexOf(row.To);
                    if (from > 0)
                    {
                        entries.Add(new Entry(true, holder, null, keys[from - 1]));
                    }

                    if (to >= 0 && to < keys.Count - 1)
                    {
                        entries.Add(new Entry(true, holder, keys[to + 1], null));
                    }
                }

                break;
            case AttendanceStatus.Substitute:
                entries.Add(new Entry(false, row.SubstituteId!.Value, row.From, row.To));
                break;
            case AttendanceStatus.Proxy:
                entries.Add(new Entry(true, row.HolderId!.Value, null, null));
                break;
            case AttendanceStatus.Absent:
                break;
        }

        return entries;
    }

    private static List<Entry> Stored(Sitting sitting, Guid memberId) =>
        sitting.Attendances.Where(a => a.MemberId == memberId && a.ReplacesMemberId is null || a.ReplacesMemberId == memberId)
            .Select(a => new Entry(false, a.MemberId, a.From, a.To))
            .Concat(sitting.Proxies.Where(p => p.GrantorId == memberId).Select(p => new Entry(true, p.HolderId, p.From, p.To)))
            .ToList();

    private static bool SameEntries(List<Entry> a, List<Entry> b) =>
        a.Count == b.Count && a.Order(EntryOrder.Instance).SequenceEqual(b.Order(EntryOrder.Instance));

    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry? x, Entry? y) => string.CompareOrdinal(x?.ToString(), y?.ToString());
    }

    private static string? Key(string? key, List<string> keys) =>
        string.IsNullOrWhiteSpace(key) ? null : keys.FirstOrDefault(k => string.Equals(k, key.Trim(), StringComparison.OrdinalIgnoreCase));

    private static object Describe(AttendanceRow row, Assembly assembly)
    {
        string? Name(Guid? id) => id is { } x ? assembly.Members.FirstOrDefault(m => m.Id == x)?.FullName : null;
        return new { member = Name(row.MemberId), status = row.Status.ToString(), from = row.From, to = row.To, holder = Name(row.HolderId), substitute = Name(row.SubstituteId) };
    }

    private static object TallyOf(AgendaItem item) => new
    {
        report = item.Number,
        @for = item.Recorded.For,
        against = item.Recorded.Against,
        abstention = item.Recorded.Abstain,
        notTakingPart = item.Recorded.NotTakingPart,
        unanimous = item.Recorded.Unanimous,
    };

    private static object Snapshot(Sitting sitting) => new
    {
        date = sitting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        sitting.MembersInOffice,
        sitting.Place,
        orderOfPassage = sitting.Positions.OrderBy(p => p.Index).Select(p => p.Key).ToList(),
        items = sitting.Items.Select(i => new { i.Number, i.Title, i.ActNumber, i.PositionKey }).ToList(),
        signedOn = sitting.SignedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static IEnumerable<string> ParseLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>"Claude DUPONT" → (Claude, DUPONT): the family name is the upper-case words, else the last word.</summary>
    public static (string? Given, string Family) ParsePerson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 1)
        {
            return (null, words[0]);
        }

        var upper = words.Where(w => w.Any(char.IsLetter) && w == w.ToUpperInvariant()).ToList();
        if (upper.Count > 0 && upper.Count < words.Length)
        {
            return (string.Join(' ', words.Where(w => !upper.Contains(w))), string.Join(' ', upper));
        }

        return (string.Join(' ', words[..^1]), words[^1]);
    }
}

public static class SittingCommandsSetup
{
    /// <summary>The secretariat's services: sitting commands and the register's search.</summary>
    public static IServiceCollection AddSittingCommands(this IServiceCollection services) =>
        services.AddScoped<SittingCommands>().AddScoped<Register.RegisterQueries>();
}
