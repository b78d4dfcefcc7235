using System.Globalization;
using System.Text;

namespace Subsidia.OpenData.Calendar;

/// <summary>
/// An all-day calendar event (an obligation's due date, a payment, a sitting). <see cref="LastDay"/> is inclusive;
/// null for a one-day event. <see cref="Uid"/> must be stable and globally unique ("obligation-{id}@subsidia").
/// </summary>
public sealed record CalendarEvent(string Uid, DateOnly FirstDay, string Summary)
{
    public DateOnly? LastDay { get; init; }
    public string? Description { get; init; }
    public string? Location { get; init; }
    public Uri? Url { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
}

/// <summary>
/// Writes an iCalendar (RFC 5545) feed by hand: VCALENDAR with one VEVENT per event, all-day DTSTART/DTEND
/// (VALUE=DATE, DTEND exclusive), UID, DTSTAMP from the injected instant, TEXT escaping and folding at 75 octets.
/// </summary>
public static class ICalendarWriter
{
    private const string CrLf = "\r\n";
    private const int MaxOctets = 75;

    public static void Write(TextWriter writer, IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string calendarName,
        string productId = "-//Subsidia//Échéances//FR")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        var dtStamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line(writer, "BEGIN:VCALENDAR");
        Line(writer, "VERSION:2.0");
        Line(writer, "PRODID:" + productId);
        Line(writer, "CALSCALE:GREGORIAN");
        Line(writer, "METHOD:PUBLISH");
        Line(writer, "X-WR-CALNAME:" + Escape(calendarName));
        Line(writer, "X-WR-TIMEZONE:Europe/Paris");
        foreach (var e in events)
        {
            if (string.IsNullOrWhiteSpace(e.Uid))
            {
                throw new ArgumentException($"L'événement « {e.Summary} » n'a pas d'identifiant (UID).", nameof(events));
            }

            var last = e.LastDay ?? e.FirstDay;
            if (last < e.FirstDay)
            {
                throw new ArgumentException($"L'événement « {e.Summary} » finit avant de commencer.", nameof(events));
            }

            Line(writer, "BEGIN:VEVENT");
            Line(writer, "UID:" + e.Uid);
            Line(writer, "DTSTAMP:" + dtStamp);
            Line(writer, "DTSTART;VALUE=DATE:" + Date(e.FirstDay));
            Line(writer, "DTEND;VALUE=DATE:" + Date(last.AddDays(1)));
            Line(writer, "SUMMARY:" + Escape(e.Summary));
            if (e.Description is not null)
            {
                Line(writer, "DESCRIPTION:" + Escape(e.Description));
            }

            if (e.Location is not null)
            {
                Line(writer, "LOCATION:" + Escape(e.Location));
            }

            if (e.Url is not null)
            {
                Line(writer, "URL:" + e.Url.AbsoluteUri);
            }

            if (e.Categories.Count > 0)
            {
                Line(writer, "CATEGORIES:" + string.Join(',', e.Categories.Select(Escape)));
            }

            Line(writer, "TRANSP:TRANSPARENT");
            Line(writer, "END:VEVENT");
        }

        Line(writer, "END:VCALENDAR");
    }

    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string calendarName)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, events, stamp, calendarName);
        return writer.ToString();
    }

    private static string Date(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n, other controls dropped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case ';': sb.Append("\\;"); break;
                case ',': sb.Append("\\,"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append("\\n");
                    break;
                case '\n': sb.Append("\\n"); break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes a content line folded so that no physical line exceeds 75 octets (UTF-8), never inside a character.</summary>
    private static void Line(TextWriter writer, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                writer.Write(CrLf);
                writer.Write(' ');
                octets = 1;
            }

            writer.Write(line[i]);
            if (width == 4)
            {
                writer.Write(line[++i]);
            }

            octets += width;
        }

        writer.Write(CrLf);
    }
}
