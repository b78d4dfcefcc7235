namespace Subsidia.Domain.Assemblies;

/// <summary>A local authority (collectivité): commune, EPCI, département, région.</summary>
public sealed class Authority
{
    private Authority() { Name = ""; }

    public Authority(Guid id, string name, string? siren = null, string? departmentCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name.Trim();
        Siren = siren;
        DepartmentCode = departmentCode;
    }

    public Guid Id { get; private set; }
    /// <summary>Official name, e.g. "Communauté d'Agglomération du Grand Besançon".</summary>
    public string Name { get; private set; }
    /// <summary>SIREN (9 digits), used in the @ctes act identifier.</summary>
    public string? Siren { get; private set; }
    /// <summary>Department code on three characters (025 for the Doubs), used by @ctes.</summary>
    public string? DepartmentCode { get; private set; }
    /// <summary>SIRET of the authority's head office, published as COLL_SIRET / idAttribuant in open data.</summary>
    public string? Siret { get; private set; }

    /// <summary>Sets the authority's identifiers; the SIRET must be valid and carry the SIREN.</summary>
    public void SetIdentity(string? siren, string? siret, string? departmentCode)
    {
        if (siret is not null)
        {
            var parsed = Identifiers.Siret.Parse(siret);
            if (siren is not null && parsed.Siren != siren)
            {
                throw new ArgumentException($"Le SIRET {parsed.Value} ne commence pas par le SIREN {siren}.", nameof(siret));
            }

            siren ??= parsed.Siren;
            siret = parsed.Value;
        }

        if (siren is not null && !Identifiers.Siren.IsValid(siren))
        {
            throw new ArgumentException($"« {siren} » n'est pas un SIREN valide.", nameof(siren));
        }

        Siren = siren;
        Siret = siret;
        DepartmentCode = departmentCode;
    }
}

/// <summary>The kind of deliberating body.</summary>
public enum AssemblyKind
{
    /// <summary>Conseil municipal, conseil communautaire, conseil départemental or régional.</summary>
    Council,
    /// <summary>Bureau of an EPCI, deciding under delegation (L5211-10).</summary>
    Bureau,
    /// <summary>Commission permanente of a département or a région.</summary>
    StandingCommittee,
}

/// <summary>A deliberating body of an authority, with its members.</summary>
public sealed class Assembly
{
    private readonly List<Member> _members = [];

    private Assembly() { Name = ""; }

    public Assembly(Guid id, Guid authorityId, string name, AssemblyKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        AuthorityId = authorityId;
        Name = name.Trim();
        Kind = kind;
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    /// <summary>The body's own name: "Conseil de Communauté", "Bureau".</summary>
    public string Name { get; private set; }
    public AssemblyKind Kind { get; private set; }
    public IReadOnlyList<Member> Members => _members;

    /// <summary>Adds a titular member (conseiller) of the body.</summary>
    public Member AddMember(Guid id, string familyName, string? givenName = null, string? civility = null, string? commune = null)
    {
        var member = new Member(id, Id, familyName, givenName, civility, commune, MemberRole.Titular, null);
        _members.Add(member);
        return member;
    }

    /// <summary>Adds the substitute (suppléant, L5211-6) of a titular member.</summary>
    public Member AddSubstitute(Guid id, Member titular, string familyName, string? givenName = null, string? civility = null)
    {
        ArgumentNullException.ThrowIfNull(titular);
        if (titular.AssemblyId != Id || titular.Role != MemberRole.Titular)
        {
            throw new ArgumentException("Un suppléant remplace un membre titulaire de la même assemblée.", nameof(titular));
        }

        var member = new Member(id, Id, familyName, givenName, civility, titular.Commune, MemberRole.Substitute, titular.Id);
        _members.Add(member);
        return member;
    }

    /// <summary>Titular members whose mandate covers the date: the seats filled ("en exercice", R-01).</summary>
    public int MembersInOfficeOn(DateOnly date) =>
        _members.Count(m => m.Role == MemberRole.Titular && m.HoldsMandateOn(date));
}

/// <summary>Whether a person holds a seat or sits for someone who does.</summary>
public enum MemberRole
{
    Titular,
    Substitute,
}

/// <summary>A person on a body: a titular member or a substitute (suppléant).</summary>
public sealed class Member
{
    private Member() { FamilyName = ""; }

    internal Member(Guid id, Guid assemblyId, string familyName, string? givenName, string? civility, string? commune,
        MemberRole role, Guid? substituteForId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(familyName);
        Id = id;
        AssemblyId = assemblyId;
        FamilyName = familyName.Trim();
        GivenName = string.IsNullOrWhiteSpace(givenName) ? null : givenName.Trim();
        Civility = civility;
        Commune = commune;
        Role = role;
        SubstituteForId = substituteForId;
    }

    public Guid Id { get; private set; }
    public Guid AssemblyId { get; private set; }
    /// <summary>Family name as the register writes it (usually upper case).</summary>
    public string FamilyName { get; private set; }
    public string? GivenName { get; private set; }
    /// <summary>"M." or "Mme".</summary>
    public string? Civility { get; private set; }
    /// <summary>The member commune the seat belongs to (EPCI councils).</summary>
    public string? Commune { get; private set; }
    public MemberRole Role { get; private set; }
    /// <summary>For a substitute, the titular member replaced.</summary>
    public Guid? SubstituteForId { get; private set; }
    public DateOnly? MandateFrom { get; private set; }
    public DateOnly? MandateTo { get; private set; }

    /// <summary>"Jean-Louis FOUSSERET".</summary>
    public string FullName => GivenName is null ? FamilyName : $"{GivenName} {FamilyName}";

    public bool HoldsMandateOn(DateOnly date) =>
        (MandateFrom is null || MandateFrom <= date) && (MandateTo is null || date <= MandateTo);

    public void SetMandate(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && to < from)
        {
            throw new ArgumentException("La fin du mandat précède son début.", nameof(to));
        }

        MandateFrom = from;
        MandateTo = to;
    }
}
