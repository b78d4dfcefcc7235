using System.Text;
using Subsidia.OpenData.Calendar;

namespace Subsidia.OpenData.Tests.Calendar;

public class ICalendarWriterTests
{
    /// <summary>A minimal RFC 5545 reader for the test: unfolds, splits properties, unescapes TEXT.</summary>
    private static List<Dictionary<string, string>> ParseEvents(string ics)
    {
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon];
            var value = line[(colon + 1)..];
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                current[name] = Unescape(value);
            }
        }

        return events;
    }

    private static string Unescape(string value)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                sb.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }

    private static readonly DateTimeOffset Stamp = new(2024, 12, 6, 8, 30, 0, TimeSpan.FromHours(1));

    private static CalendarEvent[] Obligations() =>
    [
        new("obligation-1@subsidia", new DateOnly(2024, 12, 12), "Publication de la liste des délibérations (R-15)"),
        new("obligation-2@subsidia", new DateOnly(2025, 3, 5), "Publication des données essentielles : CMQ MSI, 20 000 €")
        {
            Description = "Convention signée le 5 décembre 2024 ; publication dans les 3 mois (décret 2017-779).\nSource : délibération 2024/2024.00385, rapport n°10 — Grand Besançon Métropole, Bureau du 5 décembre 2024, séance tenue salle Robert SCHWINT à la City.",
            Categories = ["open data", "subvention"],
        },
        new("obligation-3@subsidia", new DateOnly(2025, 11, 1), "Compte rendu financier (CERFA 15059*02)")
        {
            LastDay = new DateOnly(2026, 5, 31),
            Location = "Besançon; 4 rue Gabriel Plançon",
        },
    ];

    [Fact]
    public void OneEventPerObligation_WithTheRightDates()
    {
        var ics = ICalendarWriter.Write(Obligations(), Stamp, "Échéances — Grand Besançon");
        var events = ParseEvents(ics);

        Assert.Equal(3, events.Count);
        Assert.Equal(["obligation-1@subsidia", "obligation-2@subsidia", "obligation-3@subsidia"], events.Select(e => e["UID"]).ToArray());
        Assert.Equal("20241212", events[0]["DTSTART;VALUE=DATE"]);
        Assert.Equal("20241213", events[0]["DTEND;VALUE=DATE"]);
        Assert.Equal("20250305", events[1]["DTSTART;VALUE=DATE"]);
        Assert.Equal("20251101", events[2]["DTSTART;VALUE=DATE"]);
        Assert.Equal("20260601", events[2]["DTEND;VALUE=DATE"]);
        Assert.All(events, e => Assert.Equal("20241206T073000Z", e["DTSTAMP"]));
    }

    [Fact]
    public void TextIsEscapedAndRoundTrips()
    {
        var source = Obligations();
        var ics = ICalendarWriter.Write(source, Stamp, "Échéances");
        var events = ParseEvents(ics);

        Assert.Equal(source[1].Summary, events[1]["SUMMARY"]);
        Assert.Equal(source[1].Description, events[1]["DESCRIPTION"]);
        Assert.Equal(source[2].Location, events[2]["LOCATION"]);
        Assert.Contains("SUMMARY:Publication des données essentielles : CMQ MSI\\, 20 000 €", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("LOCATION:Besançon\\; 4 rue", ics, StringComparison.Ordinal);
        Assert.Equal("open data,subvention", events[1]["CATEGORIES"]);
    }

    [Fact]
    public void LinesAreFoldedAt75Octets_NeverInsideACharacter()
    {
        var ics = ICalendarWriter.Write(Obligations(), Stamp, "Échéances");

        var physical = ics.Split("\r\n");
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains(physical, l => l.StartsWith(' '));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void EventEndingBeforeItStarts_IsRefused()
    {
        var bad = new CalendarEvent("x@subsidia", new DateOnly(2025, 1, 2), "x") { LastDay = new DateOnly(2025, 1, 1) };
        Assert.Throws<ArgumentException>(() => ICalendarWriter.Write([bad], Stamp, "x"));
    }
}
