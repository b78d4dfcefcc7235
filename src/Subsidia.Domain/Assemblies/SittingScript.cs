using Subsidia.Domain.Common;

namespace Subsidia.Domain.Assemblies;

/// <summary>
/// Writes a sitting the way a register extract reads: present (with spans), represented by a substitute, absent,
/// proxies named by initials and family name. Members are created on the body as they are first named, with
/// name-based ids so that the same person always gets the same id.
/// </summary>
public sealed class SittingScript
{
    private readonly Assembly _assembly;
    private readonly Sitting _sitting;

    public SittingScript(Assembly assembly, Sitting sitting)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(sitting);
        _assembly = assembly;
        _sitting = sitting;
    }

    /// <summary>A titular member present over [from, to].</summary>
    public Member Present(string? commune, string? civility, string? givenName, string familyName, string? from = null, string? to = null)
    {
        var member = Titular(commune, civility, givenName, familyName);
        _sitting.AddAttendance(member.Id, from, to);
        return member;
    }

    /// <summary>A titular member on the body, absent from the sitting.</summary>
    public Member Absent(string? commune, string? civility, string? givenName, string familyName) =>
        Titular(commune, civility, givenName, familyName);

    /// <summary>
    /// A titular member "représenté par" their substitute over [subFrom, subTo], and sitting in person over
    /// [selfFrom, selfTo] when one of those is given.
    /// </summary>
    public Member Represented(string? commune, string? civility, string? givenName, string familyName,
        string? subCivility, string? subGivenName, string subFamilyName,
        string? subFrom = null, string? subTo = null, string? selfFrom = null, string? selfTo = null)
    {
        var titular = Titular(commune, civility, givenName, familyName);
        var substitute = Substitute(titular, subCivility, subGivenName, subFamilyName);
        _sitting.AddAttendance(substitute.Id, subFrom, subTo, titular.Id);
        if (selfFrom is not null || selfTo is not null)
        {
            _sitting.AddAttendance(titular.Id, selfFrom, selfTo);
        }

        return titular;
    }

    /// <summary>A proxy between two people named as in the "Mandants / Mandataires" lists ("JM. ROTH").</summary>
    public Proxy Proxy(string grantorInitials, string grantorFamily, string holderInitials, string holderFamily, string? from = null, string? to = null) =>
        _sitting.AddProxy(Find(grantorInitials, grantorFamily), Find(holderInitials, holderFamily), from, to);

    /// <summary>Finds a person of the body by the initials of their given name and their family name.</summary>
    public Guid Find(string initials, string familyName)
    {
        var byFamily = _assembly.Members.Where(m => PersonName.SameFamily(m.FamilyName, familyName)).ToList();
        var byInitials = byFamily.Where(m => PersonName.InitialsMatch(initials, m.GivenName)).ToList();
        return (byInitials.Count, byFamily.Count) switch
        {
            (1, _) => byInitials[0].Id,
            (0, 1) => byFamily[0].Id,
            _ => throw new InvalidOperationException($"« {initials}. {familyName} » ne désigne pas une seule personne de l'assemblée."),
        };
    }

    private Member Titular(string? commune, string? civility, string? givenName, string familyName)
    {
        var id = StableId.For("member", _assembly.Id.ToString(), givenName ?? "", familyName);
        return _assembly.Members.FirstOrDefault(m => m.Id == id)
            ?? _assembly.AddMember(id, familyName, givenName, civility, commune);
    }

    private Member Substitute(Member titular, string? civility, string? givenName, string familyName)
    {
        var id = StableId.For("member", _assembly.Id.ToString(), givenName ?? "", familyName);
        return _assembly.Members.FirstOrDefault(m => m.Id == id)
            ?? _assembly.AddSubstitute(id, titular, familyName, givenName, civility);
    }
}
