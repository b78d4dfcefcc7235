namespace Subsidia.Web.Accounts;

/// <summary>
/// One line of the audit log: who changed what, when, with the state before and after (JSON). Lines are chained:
/// each stores the SHA-256 of the previous line's hash and its own content, so editing or removing a line breaks
/// every hash that follows (<see cref="AuditLog.VerifyAsync"/>).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { Actor = ""; Action = ""; Entity = ""; EntityId = ""; PreviousHash = ""; Hash = ""; }

    internal AuditEntry(long sequence, DateTimeOffset at, string actor, string action, string entity, string entityId,
        string? before, string? after, string previousHash)
    {
        Sequence = sequence;
        // Whole milliseconds in UTC: PostgreSQL keeps microseconds, so 100 ns ticks would not survive the round trip.
        At = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        Actor = actor;
        Action = action;
        Entity = entity;
        EntityId = entityId;
        Before = before;
        After = after;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>1, 2, 3…: the position in the chain (the key).</summary>
    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The account's user name, or "système".</summary>
    public string Actor { get; private set; }
    /// <summary>What was done, e.g. "seance.presences".</summary>
    public string Action { get; private set; }
    /// <summary>The kind of thing changed, e.g. "Sitting".</summary>
    public string Entity { get; private set; }
    public string EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    /// <summary>Hash of the previous line (64 zeros for the first).</summary>
    public string PreviousHash { get; private set; }
    /// <summary>SHA-256 (hex) of the previous hash and this line's content.</summary>
    public string Hash { get; private set; }

    /// <summary>The hash this line's content gives; differs from <see cref="Hash"/> when the line was edited.</summary>
    public string ComputeHash()
    {
        var content = string.Join('\u001F', Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), Actor, Action, Entity, EntityId,
            Before ?? "\u2400", After ?? "\u2400", PreviousHash);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)));
    }
}
