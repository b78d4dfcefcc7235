using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;

namespace Subsidia.Reading.Audit;

/// <summary>A person of the document as an importer stores them, with the key to match existing members.</summary>
/// <param name="MemberId">Id of the member on <see cref="DocumentImport.Assembly"/> (name-based, stable across imports).</param>
/// <param name="MatchKey">Normalised family name and initials ("CRABBE DIAWARA|MO"): match existing people on it.</param>
public sealed record ImportedPerson(
    Guid MemberId,
    string DisplayName,
    string FamilyName,
    string? GivenName,
    string? Civility,
    string? Commune,
    MemberRole Role,
    Guid? SubstituteForId,
    string MatchKey)
{
    public static string KeyFor(string familyName, string? givenName)
    {
        var initials = givenName is null ? "" : string.Concat(PersonName.Normalise(givenName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p[0]));
        return $"{PersonName.Normalise(familyName)}|{initials}";
    }
}

/// <summary>
/// What an importer persists for one document: the authority, the body with its members, the sitting with its
/// order of passage, attendance, proxies, chairs and items (votes, interested members), and how each was evaluated.
/// </summary>
public sealed class DocumentImport
{
    internal DocumentImport(Authority authority, Assembly assembly, Sitting sitting, SittingEvaluation evaluation,
        IReadOnlyList<ImportedPerson> people, bool membersInOfficeStated, bool sittingDateKnown)
    {
        Authority = authority;
        Assembly = assembly;
        Sitting = sitting;
        Evaluation = evaluation;
        People = people;
        MembersInOfficeStated = membersInOfficeStated;
        SittingDateKnown = sittingDateKnown;
    }

    public Authority Authority { get; }
    public Assembly Assembly { get; }
    public Sitting Sitting { get; }
    public SittingEvaluation Evaluation { get; }
    public IReadOnlyList<ImportedPerson> People { get; }
    /// <summary>False when the document does not state the members in office (the sitting carries an estimate).</summary>
    public bool MembersInOfficeStated { get; }
    /// <summary>False when the sitting date is missing or conflicting: an importer should not store the sitting as dated.</summary>
    public bool SittingDateKnown { get; }
}
