using Subsidia.Domain.Common;

namespace Subsidia.Domain.Assemblies;

/// <summary>
/// A sitting (séance) of a body: its order of passage, items, attendance, proxies and chairs.
/// </summary>
/// <remarks>
/// Attendance and proxies are expressed against the <b>order of passage</b> (R-02), never against report
/// numbers: "présent à partir du 7.4" means present at every position from the one whose key is "7.4".
/// A span's bounds are inclusive; a null bound means from the opening or until the close.
/// </remarks>
public sealed class Sitting
{
    private readonly List<SittingPosition> _positions = [];
    private readonly List<AgendaItem> _items = [];
    private readonly List<Attendance> _attendances = [];
    private readonly List<Proxy> _proxies = [];
    private readonly List<ChairTerm> _chairs = [];

    private Sitting() { }

    public Sitting(Guid id, Guid assemblyId, DateOnly date, int membersInOffice)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(membersInOffice);
        Id = id;
        AssemblyId = assemblyId;
        Date = date;
        MembersInOffice = membersInOffice;
    }

    public Guid Id { get; private set; }
    public Guid AssemblyId { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Place { get; private set; }
    /// <summary>Date the convocation was sent .</summary>
    public DateOnly? ConvenedOn { get; private set; }
    /// <summary>Date the list of deliberations was published .</summary>
    public DateOnly? PublishedOn { get; private set; }
    public TimeOnly? OpenedAt { get; private set; }
    public TimeOnly? ClosedAt { get; private set; }
    /// <summary>Seats filled on the day: the base of the quorum.</summary>
    public int MembersInOffice { get; private set; }
    /// <summary>Secretary of the sitting .</summary>
    public Guid? SecretaryId { get; private set; }
    /// <summary>What the order of passage's keys are: report numbers, question numbers, act numbers.</summary>
    public PositionScheme PositionScheme { get; private set; }
    /// <summary>Set when the chair and secretary sign: the record is locked .</summary>
    public DateOnly? SignedOn { get; private set; }

    public IReadOnlyList<SittingPosition> Positions => _positions;
    public IReadOnlyList<AgendaItem> Items => _items;
    public IReadOnlyList<Attendance> Attendances => _attendances;
    public IReadOnlyList<Proxy> Proxies => _proxies;
    public IReadOnlyList<ChairTerm> Chairs => _chairs;

    public bool IsSigned => SignedOn is not null;

    public void Describe(string? place, DateOnly? convenedOn, DateOnly? publishedOn, TimeOnly? openedAt, TimeOnly? closedAt)
    {
        EnsureOpen();
        Place = place;
        ConvenedOn = convenedOn;
        PublishedOn = publishedOn;
        OpenedAt = openedAt;
        ClosedAt = closedAt;
    }

    public void SetSecretary(Guid? memberId)
    {
        EnsureOpen();
        SecretaryId = memberId;
    }

    /// <summary>Declares the order of passage: the keys in the order items were actually taken.</summary>
    public void SetOrderOfPassage(PositionScheme scheme, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        EnsureOpen();
        var list = keys.Select(k => k.Trim()).ToList();
        var duplicate = list.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"L'ordre de passage cite deux fois « {duplicate.Key} ».", nameof(keys));
        }

        PositionScheme = scheme;
        _positions.Clear();
        for (var i = 0; i < list.Count; i++)
        {
            _positions.Add(new SittingPosition(StableId.For("position", Id.ToString(), list[i]), i, list[i], null));
        }
    }

    /// <summary>Records the clock time at which the item at <paramref name="key"/> was opened.</summary>
    public void SetPositionTime(string key, TimeOnly openedAt)
    {
        EnsureOpen();
        var position = _positions.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"« {key} » n'est pas dans l'ordre de passage.", nameof(key));
        position.OpenedAt = openedAt;
    }

    public AgendaItem AddItem(string number, string title, string? positionKey = null, string? actNumber = null)
    {
        EnsureOpen();
        if (_items.Any(i => string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"Le rapport n°{number} existe déjà dans cette séance.", nameof(number));
        }

        var item = new AgendaItem(StableId.For("item", Id.ToString(), number), _items.Count, number, title, positionKey, actNumber);
        _items.Add(item);
        return item;
    }

    /// <summary>
    /// Records that a person sat from <paramref name="from"/> to <paramref name="to"/> (inclusive keys of the order
    /// of passage, or clock times "HH:mm"), in their own right or for the titular member <paramref name="replaces"/>.
    /// </summary>
    public Attendance AddAttendance(Guid memberId, string? from = null, string? to = null, Guid? replaces = null)
    {
        EnsureOpen();
        var attendance = new Attendance(Guid.NewGuid(), memberId, replaces, Clean(from), Clean(to));
        _attendances.Add(attendance);
        return attendance;
    }

    /// <summary>Records a proxy (procuration) from a grantor (mandant) to a holder (mandataire).</summary>
    public Proxy AddProxy(Guid grantorId, Guid holderId, string? from = null, string? to = null, string? mandateReference = null,
        bool medicallyCertified = false)
    {
        EnsureOpen();
        var proxy = new Proxy(Guid.NewGuid(), grantorId, holderId, Clean(from), Clean(to), mandateReference, medicallyCertified);
        _proxies.Add(proxy);
        return proxy;
    }

    public ChairTerm AddChair(Guid memberId, string? from = null, string? to = null)
    {
        EnsureOpen();
        var chair = new ChairTerm(Guid.NewGuid(), memberId, Clean(from), Clean(to));
        _chairs.Add(chair);
        return chair;
    }

    public bool RemoveAttendance(Guid attendanceId)
    {
        EnsureOpen();
        return _attendances.RemoveAll(a => a.Id == attendanceId) > 0;
    }

    public bool RemoveProxy(Guid proxyId)
    {
        EnsureOpen();
        return _proxies.RemoveAll(p => p.Id == proxyId) > 0;
    }

    /// <summary>Sets the position of an item whose place in the order of passage was not stated.</summary>
    public void PlaceItem(Guid itemId, string? positionKey)
    {
        EnsureOpen();
        var item = _items.FirstOrDefault(i => i.Id == itemId) ?? throw new ArgumentException("Rapport inconnu.", nameof(itemId));
        if (positionKey is not null && FindPosition(positionKey) is null)
        {
            throw new ArgumentException($"« {positionKey} » n'est pas dans l'ordre de passage de la séance.", nameof(positionKey));
        }

        item.PositionKey = Clean(positionKey);
    }

    /// <summary>Signing by the chair and secretary locks the sitting and its acts .</summary>
    public void Sign(DateOnly on)
    {
        EnsureOpen();
        SignedOn = on;
    }

    public SittingPosition? FindPosition(string key) =>
        _positions.FirstOrDefault(p => string.Equals(p.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    internal void EnsureOpen()
    {
        if (IsSigned)
        {
            throw new InvalidOperationException(
                "La séance est signée : ses actes sont verrouillés. Une correction passe par un acte rectificatif.");
        }
    }

    private static string? Clean(string? key) => string.IsNullOrWhiteSpace(key) ? null : key.Trim();
}

/// <summary>What the keys of an order of passage denote.</summary>
public enum PositionScheme
{
    /// <summary>Report numbers ("3.6").</summary>
    Report,
    /// <summary>Question numbers ("question n°12").</summary>
    Question,
    /// <summary>Act numbers ("D98/13").</summary>
    Act,
}

/// <summary>One step of the order of passage.</summary>
public sealed class SittingPosition
{
    private SittingPosition() { Key = ""; }

    internal SittingPosition(Guid id, int index, string key, TimeOnly? openedAt)
    {
        Id = id;
        Index = index;
        Key = key;
        OpenedAt = openedAt;
    }

    public Guid Id { get; private set; }
    /// <summary>Zero-based rank in the order of passage.</summary>
    public int Index { get; private set; }
    public string Key { get; private set; }
    public TimeOnly? OpenedAt { get; internal set; }
}

/// <summary>A span during which a person sat (in their own right or for a titular member).</summary>
public sealed class Attendance
{
    private readonly List<AttendanceGap> _gaps = [];

    private Attendance() { }

    internal Attendance(Guid id, Guid memberId, Guid? replacesMemberId, string? from, string? to)
    {
        Id = id;
        MemberId = memberId;
        ReplacesMemberId = replacesMemberId;
        From = from;
        To = to;
    }

    public Guid Id { get; private set; }
    /// <summary>The person sitting (a substitute when <see cref="ReplacesMemberId"/> is set).</summary>
    public Guid MemberId { get; private set; }
    /// <summary>The titular member this person sits for ("représenté par", "suppléé par").</summary>
    public Guid? ReplacesMemberId { get; private set; }
    /// <summary>First position (inclusive); null from the opening.</summary>
    public string? From { get; private set; }
    /// <summary>Last position (inclusive); null until the close.</summary>
    public string? To { get; private set; }
    /// <summary>Inclusive spans of absence inside the span ("sauf D90/13 à D96/13").</summary>
    public IReadOnlyList<AttendanceGap> Gaps => _gaps;

    public AttendanceGap AddGap(string? from, string? to)
    {
        var gap = new AttendanceGap(Guid.NewGuid(), from, to);
        _gaps.Add(gap);
        return gap;
    }
}

/// <summary>An inclusive span of absence inside an attendance span.</summary>
public sealed class AttendanceGap
{
    private AttendanceGap() { }

    internal AttendanceGap(Guid id, string? from, string? to)
    {
        Id = id;
        From = from;
        To = to;
    }

    public Guid Id { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
}

/// <summary>A written proxy (pouvoir) from an absent member to a colleague .</summary>
public sealed class Proxy
{
    private Proxy() { }

    internal Proxy(Guid id, Guid grantorId, Guid holderId, string? from, string? to, string? mandateReference, bool medicallyCertified)
    {
        Id = id;
        GrantorId = grantorId;
        HolderId = holderId;
        From = from;
        To = to;
        MandateReference = mandateReference;
        MedicallyCertified = medicallyCertified;
    }

    public Guid Id { get; private set; }
    /// <summary>Mandant.</summary>
    public Guid GrantorId { get; private set; }
    /// <summary>Mandataire.</summary>
    public Guid HolderId { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
    /// <summary>Identifies the written proxy when one document serves several sittings (R-03: three at most).</summary>
    public string? MandateReference { get; private set; }
    /// <summary>Illness medically certified: the three-sitting limit does not apply.</summary>
    public bool MedicallyCertified { get; private set; }
}

/// <summary>Who chairs the sitting over a span of the order of passage (R-06: the chair's casting vote).</summary>
public sealed class ChairTerm
{
    private ChairTerm() { }

    internal ChairTerm(Guid id, Guid memberId, string? from, string? to)
    {
        Id = id;
        MemberId = memberId;
        From = from;
        To = to;
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
}
