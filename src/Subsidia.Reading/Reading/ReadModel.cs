using Subsidia.Reading.Model;

namespace Subsidia.Reading.Reading;

/// <summary>A person who sat over some spans, in their own right or for a titular member.</summary>
public sealed class ReadAttendance
{
    public ReadAttendance(Person person) => Person = person;

    public Person Person { get; }
    public Person? Replaces { get; set; }
    public List<(OrderKey? From, OrderKey? To)> Spans { get; } = [];
    public List<(OrderKey From, OrderKey? To)> Except { get; } = [];

    public void Add(SpanPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        Spans.Add((phrase.From, phrase.To));
        Except.AddRange(phrase.Except);
    }

    /// <summary>Present at the opening, before any span starts.</summary>
    public bool AtOpening => Spans.Any(s => s.From is null) && !Except.Any(e => e.From is null);
}

/// <summary>A proxy as read.</summary>
public sealed record ReadProxy(Person Grantor, Person Holder, OrderKey? From, OrderKey? To);

/// <summary>An item (rapport, délibération) as read.</summary>
public sealed class ReadItem
{
    public ItemEntry Entry { get; } = new();
    public List<Person> Interested { get; } = [];
    public List<(Person Person, string Choice)> Votes { get; } = [];
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>Question when the act is numbered as a question ("Question n°12"), else Report.</summary>
    public KeyScheme NumberScheme { get; set; } = KeyScheme.Report;

    /// <summary>The key the item is known by: report, else act.</summary>
    public string? Key => Entry.Report ?? Entry.Act;
}

/// <summary>One person of the document; every mention that names them points here.</summary>
public sealed class Person
{
    public Person(PersonRef name) => Name = name;

    public PersonRef Name { get; set; }

    public string Display => Name.Display;

    public override string ToString() => Display;
}

/// <summary>The people of one document, matched by normalised name.</summary>
public sealed class PeopleRegistry
{
    private readonly List<Person> _people = [];

    public IReadOnlyList<Person> People => _people;

    /// <summary>Finds the person a reference names, or registers it.</summary>
    public Person Resolve(PersonRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var found = Find(reference);
        if (found is null)
        {
            found = new Person(reference);
            _people.Add(found);
            return found;
        }

        var name = found.Name;
        if ((name.Given is null && reference.Given is not null) || (name.GivenIsInitials && reference.Given is not null && !reference.GivenIsInitials))
        {
            found.Name = name with { Given = reference.Given };
        }

        if (found.Name.Civility is null && reference.Civility is not null)
        {
            found.Name = found.Name with { Civility = reference.Civility };
        }

        if (found.Name.Commune is null && reference.Commune is not null)
        {
            found.Name = found.Name with { Commune = reference.Commune };
        }

        return found;
    }

    public Person? Find(PersonRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var compatible = _people.Where(p => p.Name.FamilyKey == reference.FamilyKey && p.Name.GivenCompatible(reference)).ToList();
        if (compatible.Count == 1)
        {
            return compatible[0];
        }

        if (compatible.Count > 1 && reference.Given is not null)
        {
            var exact = compatible.Where(p => p.Name.Given is not null && p.Name.Initials == reference.Initials).ToList();
            if (exact.Count == 1)
            {
                return exact[0];
            }
        }

        return null;
    }
}
