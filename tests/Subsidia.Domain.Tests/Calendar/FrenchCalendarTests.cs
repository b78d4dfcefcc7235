using Subsidia.Domain.Calendar;

namespace Subsidia.Domain.Tests.Calendar;

public class FrenchCalendarTests
{
    private static readonly FrenchCalendar Calendar = FrenchCalendar.Metropolitan;

    [Theory]
    [InlineData(2012, 4, 8)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2019, 4, 21)]
    public void EasterSunday_KnownYears_ComputedDate(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FrenchCalendar.EasterSunday(year));
    }

    [Fact]
    public void HolidaysOf_2025_ElevenHolidaysIncludingMovableOnes()
    {
        var holidays = Calendar.HolidaysOf(2025).Select(h => h.Date).ToList();

        Assert.Equal(11, holidays.Count);
        Assert.Contains(new DateOnly(2025, 4, 21), holidays);
        Assert.Contains(new DateOnly(2025, 5, 29), holidays);
        Assert.Contains(new DateOnly(2025, 6, 9), holidays);
    }

    [Fact]
    public void HolidaysOf_AlsaceMoselle_AddsGoodFridayAndSaintStephen()
    {
        var holidays = FrenchCalendar.AlsaceMoselle.HolidaysOf(2025).Select(h => h.Date).ToList();

        Assert.Equal(13, holidays.Count);
        Assert.Contains(new DateOnly(2025, 4, 18), holidays);
        Assert.Contains(new DateOnly(2025, 12, 26), holidays);
    }

    [Fact]
    public void IsWorkingDay_GoodFridayInMetropolitanFrance_True()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 4, 18)));
    }

    [Fact]
    public void NextWorkingDay_Friday_SkipsWeekendToMonday()
    {
        Assert.Equal(new DateOnly(2025, 2, 17), Calendar.NextWorkingDay(new DateOnly(2025, 2, 14)));
    }

    [Fact]
    public void ContractualDeadline_Notified16Dec2024Plus2Months_MondayFeb17()
    {
        var deadline = Calendar.ContractualDeadline(new DateOnly(2024, 12, 16), 2);

        Assert.Equal(new DateOnly(2025, 2, 17), deadline);
        Assert.Equal(DayOfWeek.Monday, deadline.DayOfWeek);
    }

    [Fact]
    public void DelaiFranc_Published12Dec2024_AppealUntilThursdayFeb13()
    {
        var deadline = Calendar.DelaiFranc(new DateOnly(2024, 12, 12), 2);

        Assert.Equal(new DateOnly(2025, 2, 13), deadline);
        Assert.Equal(DayOfWeek.Thursday, deadline.DayOfWeek);
    }

    [Fact]
    public void DelaiFranc_Received16May2012_PrefectUntilTuesdayJuly17()
    {
        var deadline = Calendar.DelaiFranc(new DateOnly(2012, 5, 16), 2);

        Assert.Equal(new DateOnly(2012, 7, 17), deadline);
        Assert.Equal(DayOfWeek.Tuesday, deadline.DayOfWeek);
    }

    [Fact]
    public void DelaiFranc_Received12Feb1999_UntilApril13()
    {
        Assert.Equal(new DateOnly(1999, 4, 13), Calendar.DelaiFranc(new DateOnly(1999, 2, 12), 2));
    }

    [Fact]
    public void AddMonthsClamped_31JanuaryPlusOneMonth_28February()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), FrenchCalendar.AddMonthsClamped(new DateOnly(2025, 1, 31), 1));
    }

    [Fact]
    public void AddMonthsClamped_31JanuaryOfLeapYearPlusOneMonth_29February()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), FrenchCalendar.AddMonthsClamped(new DateOnly(2024, 1, 31), 1));
    }

    [Fact]
    public void AddMonthsClamped_Minus_ClampsBackwards()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), FrenchCalendar.AddMonthsClamped(new DateOnly(2025, 3, 31), -1));
    }

    [Fact]
    public void ContractualDeadline_LandingOnBastilleDay_MovesToNextWorkingDay()
    {
        // 14 May 2026 + 2 months = Tuesday 14 July 2026, a holiday.
        Assert.Equal(new DateOnly(2026, 7, 15), Calendar.ContractualDeadline(new DateOnly(2026, 5, 14), 2));
    }

    [Fact]
    public void ContractualDeadline_LandingOnEasterMonday_MovesToTuesday()
    {
        // 21 February 2025 + 2 months = Easter Monday 21 April 2025.
        Assert.Equal(new DateOnly(2025, 4, 22), Calendar.ContractualDeadline(new DateOnly(2025, 2, 21), 2));
    }

    [Fact]
    public void DayDeadline_StartingDayNotCounted_EndsTenDaysLater()
    {
        Assert.Equal(new DateOnly(2025, 3, 13), Calendar.DayDeadline(new DateOnly(2025, 3, 3), 10));
    }

    [Fact]
    public void ClearDaysBetween_Convened28NovForSitting5Dec2024_SixClearDays()
    {
        Assert.Equal(6, FrenchCalendar.ClearDaysBetween(new DateOnly(2024, 11, 28), new DateOnly(2024, 12, 5)));
    }
}
