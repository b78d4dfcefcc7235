using Subsidia.Reading.Model;

namespace Subsidia.Reading.Tests;

internal static class Fixture
{
    public const string Seed2012 = "000_fe76a314d73536d6.txt";
    public const string Seed2024 = "002_43010903adc3bf85.txt";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static ReadResult Read(string name) => DeliberationReader.ReadFile(PathOf(name));

    public static IEnumerable<FindingEntry> Codes(this ExtractDocument x, string code) => x.Findings.Where(f => f.Code == code);

    public static AttendanceEntry Person(this ExtractDocument x, string familyName) =>
        Assert.Single(x.Attendance, a => a.Name.EndsWith(" " + familyName, StringComparison.Ordinal) || a.Name == familyName);
}
