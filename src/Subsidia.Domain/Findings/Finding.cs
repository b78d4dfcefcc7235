namespace Subsidia.Domain.Findings;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong in law.</summary>
    Info,
    /// <summary>Probably wrong; a person should look.</summary>
    Warning,
    /// <summary>A breach of a rule: the act or the record is irregular as it stands.</summary>
    Error,
}

/// <summary>
/// A check that did not hold, with a French message a secretary understands. Codes are listed in
/// <see cref="FindingCodes"/> and documented in docs/contract.md.
/// </summary>
/// <param name="Code">Stable code (see <see cref="FindingCodes"/>).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Item">The item (report number) it concerns, or null for the whole sitting or document.</param>
/// <param name="Message">French explanation naming the people and the item.</param>
public sealed record Finding(string Code, Severity Severity, string? Item, string Message)
{
    /// <summary>The lowercase severity used in JSON ("info", "warning", "error").</summary>
    public string SeverityName => Severity.ToString().ToLowerInvariant();
}

/// <summary>The finding codes of the public contract.</summary>
public static class FindingCodes
{
    public const string VoteCountMismatch = "VOTE_COUNT_MISMATCH";
    public const string QuorumNotMet = "QUORUM_NOT_MET";
    public const string ItemPositionUnknown = "ITEM_POSITION_UNKNOWN";
    public const string ProxyHolderAbsent = "PROXY_HOLDER_ABSENT";
    public const string ProxyGrantorPresent = "PROXY_GRANTOR_PRESENT";
    public const string ProxyHolderMultiple = "PROXY_HOLDER_MULTIPLE";
    public const string SubstituteConflict = "SUBSTITUTE_CONFLICT";
    public const string DeclaredCountMismatch = "DECLARED_COUNT_MISMATCH";
    public const string PossibleSamePerson = "POSSIBLE_SAME_PERSON";
    public const string AmountSumMismatch = "AMOUNT_SUM_MISMATCH";
    public const string StatedCountMismatch = "STATED_COUNT_MISMATCH";
    public const string BodyMismatch = "BODY_MISMATCH";
    public const string DateConflict = "DATE_CONFLICT";
    public const string UnreadableValue = "UNREADABLE_VALUE";

    // Additions of Subsidia (docs/contract-additions.md).
    /// <summary>A proxy is not a member of the body, or links a person to themself.</summary>
    public const string ProxyInvalid = "PROXY_INVALID";
    /// <summary>One written proxy used for more than three consecutive sittings without a medical certificate .</summary>
    public const string ProxyMandateExpired = "PROXY_MANDATE_EXPIRED";
    /// <summary>A member declared interested in an item is recorded as voting on it .</summary>
    public const string InterestedMemberVoted = "INTERESTED_MEMBER_VOTED";
    /// <summary>A tie that only the chair's casting vote can break, and that vote is not recorded .</summary>
    public const string TieUnresolved = "TIE_UNRESOLVED";
    /// <summary>An attendance or proxy boundary names a position the order of passage does not have.</summary>
    public const string PositionNotInOrder = "POSITION_NOT_IN_ORDER";
}
