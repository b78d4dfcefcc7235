using System.Text.RegularExpressions;
using Subsidia.Domain.Findings;
using Subsidia.Reading.Model;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>What one document gave: the extract, and the people, lists and items behind it.</summary>
public sealed class ReadDocument
{
    public ReadDocument(string source, string text)
    {
        Extract = new ExtractDocument { Source = source };
        Text = text;
    }

    public ExtractDocument Extract { get; }
    public string Text { get; }
    public PeopleRegistry People { get; } = new();
    public List<ReadAttendance> Attendance { get; } = [];
    public List<ReadProxy> Proxies { get; } = [];
    public List<Person> Absent { get; } = [];
    public HashSet<Person> Excused { get; } = [];
    public List<Person> NonVoting { get; } = [];
    public List<Person> Chairs { get; } = [];
    public Person? Secretary { get; set; }
    public List<ReadItem> Items { get; } = [];
    public KeyScheme? OrderScheme { get; set; }
    public DateOnly? SittingDate { get; set; }
    /// <summary>Where the copy stops, when it was cut.</summary>
    public string? CutAfter { get; set; }
    /// <summary>What the cut leaves unread, in French.</summary>
    public List<string> Missing { get; } = [];

    public void AddFinding(string code, Severity severity, string? item, string message) =>
        Extract.Findings.Add(new FindingEntry(code, severity.ToString().ToLowerInvariant(), item, message));

    public ReadAttendance AttendanceOf(Person person)
    {
        var existing = Attendance.FirstOrDefault(a => a.Person == person);
        if (existing is not null)
        {
            return existing;
        }

        var created = new ReadAttendance(person);
        Attendance.Add(created);
        return created;
    }
}

/// <summary>
/// Reads the text of a French register extract or minutes: headers, chairs, secretary, order of passage, attendance,
/// substitutes, absences, proxies, acts, votes, the grant and its convention, budget tables.
/// </summary>
public static partial class DocumentReader
{
    public const string CutMarker = "[... document cut here ...]";

    static DocumentReader()
    {
        // The readers use a few dozen one-off patterns through the static Regex methods: keep them all cached.
        Regex.CacheSize = Math.Max(Regex.CacheSize, 256);
    }

    public static ReadDocument Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = FrenchText.Clean(text);
        var cutAt = clean.IndexOf(CutMarker, StringComparison.OrdinalIgnoreCase);
        var truncated = cutAt >= 0;
        if (truncated)
        {
            clean = clean[..cutAt];
        }

        var doc = new ReadDocument(source, clean);
        doc.Extract.Truncated = truncated;
        if (truncated)
        {
            var tail = clean.TrimEnd();
            doc.CutAfter = tail.Length <= 60 ? tail : "…" + tail[^60..].Replace('\n', ' ');
        }

        HeaderReader.Read(doc);
        FormalitiesReader.Read(doc);
        ListsReader.Read(doc);
        PresenceTableReader.Read(doc);
        ItemsReader.Read(doc);
        GrantReader.Read(doc);
        BudgetReader.Read(doc);
        ChecksReader.Read(doc);
        if (truncated)
        {
            var what = doc.Missing.Count > 0 ? French(doc.Missing) : "la suite du document";
            doc.AddFinding(FindingCodes.UnreadableValue, Severity.Warning, null,
                $"Le document est coupé après « {doc.CutAfter?.Trim()} » : {what} manque, rien n'en est déduit.");
        }

        return doc;
    }

    private static string French(IEnumerable<string> parts) => Subsidia.Domain.Common.French.List(parts.Distinct());
}
