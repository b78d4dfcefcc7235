using System.Text.RegularExpressions;
using Subsidia.Reading.Reading;

namespace Subsidia.Reading.Tests;

public class PersonTextTests
{
    /// <summary>The pattern the hand-written check replaces: they must agree on every short token.</summary>
    private static readonly Regex Initials = new(@"^(?:[A-Z]{1,2}|[A-Z]{1,3}\.|(?:[A-Z]\.-?){1,3}|[A-Z]\.?-[A-Z]\.?)$");

    [Fact]
    public void InitialsCheck_AgreesWithThePattern_OnEveryShortToken()
    {
        char[] alphabet = ['J', 'M', 'é', 'a', '.', '-', '\n', ' '];
        var tokens = new List<string> { "" };
        var frontier = new List<string> { "" };
        for (var length = 1; length <= 6; length++)
        {
            frontier = frontier.SelectMany(t => alphabet.Select(c => t + c)).ToList();
            tokens.AddRange(frontier);
        }

        var disagreements = tokens.Where(t => PersonText.IsInitialsToken(t) != Initials.IsMatch(t)).Take(5).ToList();

        Assert.Empty(disagreements);
        Assert.True(tokens.Count(PersonText.IsInitialsToken) > 50);
    }

    [Theory]
    [InlineData("JM", true)]
    [InlineData("JM.", true)]
    [InlineData("J.-M.", true)]
    [InlineData("J.P.L.", true)]
    [InlineData("J-M", true)]
    [InlineData("J.P.L.M.", false)]
    [InlineData("JEAN", false)]
    [InlineData("Jm", false)]
    public void ReadsInitials(string token, bool expected) => Assert.Equal(expected, PersonText.IsInitialsToken(token));
}
