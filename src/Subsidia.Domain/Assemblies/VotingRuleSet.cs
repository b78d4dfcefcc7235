namespace Subsidia.Domain.Assemblies;

/// <summary>How the quorum is computed from the members in office.</summary>
public enum QuorumBase
{
    /// <summary>More than half: floor(n/2)+1 (L2121-17, R-01).</summary>
    MajorityOfMembersInOffice,
    /// <summary>One third: ceil(n/3) (health-emergency rules, R-04).</summary>
    OneThirdOfMembersInOffice,
}

/// <summary>
/// The assembly rules in force on a sitting date: quorum and proxies.
/// </summary>
/// <remarks>
/// Rules are dated because the law changed: during the 2020–2022 health emergencies (loi 2020-290 art. 10,
/// loi 2021-1465 art. 10) the quorum fell to one third and a holder could carry two proxies. Whether members
/// represented by a proxy counted toward that third is not verified (docs/rules.md R-04 [NV]): it is a setting,
/// <see cref="RepresentedCountTowardQuorum"/>, false by default.
/// </remarks>
public sealed record VotingRuleSet(
    string Code,
    string Name,
    string Source,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    QuorumBase QuorumBase,
    int MaxProxiesPerHolder,
    bool RepresentedCountTowardQuorum,
    int MaxConsecutiveSittingsPerProxy = 3,
    bool InterestedHolderMayUseProxy = false)
{
    /// <summary>Ordinary law: quorum floor(n/2)+1 physically present, one proxy per holder.</summary>
    public static readonly VotingRuleSet Ordinary = new(
        "ordinary", "Droit commun", "CGCT L2121-17 et L2121-20", null, null,
        QuorumBase.MajorityOfMembersInOffice, 1, false);

    /// <summary>First health emergency: loi 2020-290 art. 10, ordonnance 2020-391, extended to 30 Sept 2021.</summary>
    public static readonly VotingRuleSet HealthEmergency2020 = new(
        "health-emergency-2020", "État d'urgence sanitaire 2020-2021", "Loi 2020-290 art. 10 (modifiée)",
        new DateOnly(2020, 3, 24), new DateOnly(2021, 9, 30),
        QuorumBase.OneThirdOfMembersInOffice, 2, false);

    /// <summary>Second period: loi 2021-1465 art. 10, from 10 Nov 2021 to 31 July 2022.</summary>
    public static readonly VotingRuleSet HealthEmergency2021 = new(
        "health-emergency-2021", "Vigilance sanitaire 2021-2022", "Loi 2021-1465 art. 10",
        new DateOnly(2021, 11, 10), new DateOnly(2022, 7, 31),
        QuorumBase.OneThirdOfMembersInOffice, 2, false);

    /// <summary>The dated rule sets, most specific first.</summary>
    public static IReadOnlyList<VotingRuleSet> Dated { get; } = [HealthEmergency2020, HealthEmergency2021];

    /// <summary>The rule set in force on <paramref name="date"/>.</summary>
    public static VotingRuleSet For(DateOnly date) =>
        Dated.FirstOrDefault(r => r.Covers(date)) ?? Ordinary;

    public bool Covers(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>The number of members who must be present .</summary>
    public int QuorumFor(int membersInOffice)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(membersInOffice);
        return QuorumBase switch
        {
            QuorumBase.MajorityOfMembersInOffice => (membersInOffice / 2) + 1,
            QuorumBase.OneThirdOfMembersInOffice => (membersInOffice + 2) / 3,
            _ => throw new InvalidOperationException($"Unknown quorum base {QuorumBase}."),
        };
    }
}
