namespace Subsidia.Domain.Calendar;

/// <summary>Which list of public holidays applies.</summary>
public enum HolidayRegion
{
    /// <summary>The eleven holidays of Code du travail L3133-1.</summary>
    Metropolitan,
    /// <summary>Bas-Rhin, Haut-Rhin and Moselle: adds Good Friday and 26 December (Code du travail L3134-13).</summary>
    AlsaceMoselle,
}

/// <summary>A public holiday (jour férié) on a given date.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">Its French name ("Lundi de Pâques").</param>
public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>
/// French public holidays and working days, and the deadline arithmetic built on them.
/// </summary>
/// <remarks>
/// Holidays are those of Code du travail L3133-1 (1 January, Easter Monday, 1 May, 8 May, Ascension Thursday,
/// Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December); Easter is computed with the Gregorian
/// computus. The Alsace-Moselle list is configurable because rules.md marks it [NV]. A working day (jour ouvrable
/// in the sense of CPC 642) is any day that is neither a Saturday, a Sunday nor a public holiday.
/// </remarks>
public sealed class FrenchCalendar
{
    /// <summary>The calendar of metropolitan France outside Alsace-Moselle.</summary>
    public static readonly FrenchCalendar Metropolitan = new(HolidayRegion.Metropolitan);

    /// <summary>The calendar of Bas-Rhin, Haut-Rhin and Moselle.</summary>
    public static readonly FrenchCalendar AlsaceMoselle = new(HolidayRegion.AlsaceMoselle);

    /// <summary>Creates a calendar for a region.</summary>
    public FrenchCalendar(HolidayRegion region) => Region = region;

    /// <summary>The holiday list in use.</summary>
    public HolidayRegion Region { get; }

    /// <summary>Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The public holidays of <paramref name="year"/>, in date order.</summary>
    public IReadOnlyList<PublicHoliday> HolidaysOf(int year)
    {
        var easter = EasterSunday(year);
        var list = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Jour de l'an"),
            new(easter.AddDays(1), "Lundi de Pâques"),
            new(new DateOnly(year, 5, 1), "Fête du Travail"),
            new(new DateOnly(year, 5, 8), "Victoire 1945"),
            new(easter.AddDays(39), "Ascension"),
            new(easter.AddDays(50), "Lundi de Pentecôte"),
            new(new DateOnly(year, 7, 14), "Fête nationale"),
            new(new DateOnly(year, 8, 15), "Assomption"),
            new(new DateOnly(year, 11, 1), "Toussaint"),
            new(new DateOnly(year, 11, 11), "Armistice 1918"),
            new(new DateOnly(year, 12, 25), "Noël"),
        };
        if (Region == HolidayRegion.AlsaceMoselle)
        {
            list.Add(new PublicHoliday(easter.AddDays(-2), "Vendredi saint"));
            list.Add(new PublicHoliday(new DateOnly(year, 12, 26), "Saint-Étienne"));
        }

        return list.OrderBy(h => h.Date).ToList();
    }

    /// <summary>True when <paramref name="date"/> is a public holiday.</summary>
    public bool IsPublicHoliday(DateOnly date) => HolidaysOf(date.Year).Any(h => h.Date == date);

    /// <summary>True when <paramref name="date"/> is neither a Saturday, a Sunday nor a public holiday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next working day.</summary>
    /// <remarks>CPC 642: a deadline that would expire on a Saturday, Sunday or public holiday is extended to the next working day.</remarks>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => OnOrNextWorkingDay(date.AddDays(1));

    /// <summary>Adds months, clamping to the last day of the target month when it has no such day (31 Jan + 1 month = 28 or 29 Feb).</summary>
    /// <remarks>CPC 641 paragraph 2: a deadline in months ends on the same day number, or on the last day of the month when it has none.</remarks>
    public static DateOnly AddMonthsClamped(DateOnly date, int months)
    {
        var target = new DateOnly(date.Year, date.Month, 1).AddMonths(months);
        var day = Math.Min(date.Day, DateTime.DaysInMonth(target.Year, target.Month));
        return new DateOnly(target.Year, target.Month, day);
    }

    /// <summary>
    /// A contractual deadline of <paramref name="months"/> months "à compter de" <paramref name="trigger"/>: same day
    /// number (clamped), then moved past Saturdays, Sundays and public holidays. Notified 16/12/2024 + 2 months gives
    /// Monday 17/02/2025.
    /// </summary>
    /// <remarks>R-32 and R-35 (CPC 641 and 642): contractual deadlines are not délais francs.</remarks>
    public DateOnly ContractualDeadline(DateOnly trigger, int months) =>
        OnOrNextWorkingDay(AddMonthsClamped(trigger, months));

    /// <summary>
    /// A deadline of <paramref name="days"/> days from <paramref name="trigger"/>: the starting day is not counted, and
    /// an end on a non-working day moves to the next working day.
    /// </summary>
    /// <remarks>R-32 (CPC 641 paragraph 1 and 642).</remarks>
    public DateOnly DayDeadline(DateOnly trigger, int days) => OnOrNextWorkingDay(trigger.AddDays(days));

    /// <summary>
    /// A délai franc of <paramref name="months"/> months from <paramref name="trigger"/>: months added with clamping,
    /// plus one day, then moved past non-working days. Published 12/12/2024 + 2 months gives Thursday 13/02/2025.
    /// </summary>
    /// <remarks>R-33 (CE 05-10-2018 n°409579; CE 15-12-2023 n°472836); used for appeals (R-19, CJA R421-1).</remarks>
    public DateOnly DelaiFranc(DateOnly trigger, int months) =>
        OnOrNextWorkingDay(AddMonthsClamped(trigger, months).AddDays(1));

    /// <summary>The number of clear days (jours francs) strictly between <paramref name="sent"/> and <paramref name="session"/>.</summary>
    /// <remarks>R-34 and R-10: neither the day of sending nor the day of the sitting counts. 28/11/2024 to 05/12/2024 gives 6.</remarks>
    public static int ClearDaysBetween(DateOnly sent, DateOnly session) =>
        Math.Max(0, session.DayNumber - sent.DayNumber - 1);
}
