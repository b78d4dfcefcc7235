using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

public partial class SittingPagesTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Secretary_RecordsASitting_VotesWithAMismatch_CorrectsIt_AndSigns(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = await app.SignedInClientAsync("secretaire");

        var id = await CreateFiveMemberSittingAsync(client);
        var grid = await client.GetStringAsync(new Uri($"/seances/{id}/presences", UriKind.Relative));
        var members = MemberIds(grid);
        Assert.Equal(5, members.Count);
        var saved = await SubsidiaApp.PostFormAsync(client, $"/seances/{id}/presences", new Dictionary<string, string>
        {
            ["Rows[0].MemberId"] = members["Alice ALPHA"], ["Rows[0].Status"] = "Present",
            ["Rows[1].MemberId"] = members["Bruno BRAVO"], ["Rows[1].Status"] = "Present",
            ["Rows[2].MemberId"] = members["Chloé CHARLIE"], ["Rows[2].Status"] = "Present", ["Rows[2].From"] = "2",
            ["Rows[3].MemberId"] = members["David DELTA"], ["Rows[3].Status"] = "Present",
            ["Rows[4].MemberId"] = members["Emma ECHO"], ["Rows[4].Status"] = "Proxy", ["Rows[4].HolderId"] = members["Alice ALPHA"],
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var votes = await client.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative));
        Assert.Matches("Au point 1 : <strong>3</strong> présents, <strong>1</strong> pouvoirs en vigueur,\\s*<strong class=\"voters\">4</strong>", votes);
        Assert.Matches("Au point 2 : <strong>4</strong> présents, <strong>1</strong> pouvoirs en vigueur,\\s*<strong class=\"voters\">5</strong>", votes);
        var item2 = ItemIds(votes)[1];

        var wrong = await SubsidiaApp.PostFormAsync(client, $"/seances/{id}/votes",
            new Dictionary<string, string> { ["itemId"] = item2, ["for"] = "4", ["against"] = "0", ["abstention"] = "0" }, $"/seances/{id}/votes?handler=Vote");
        Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
        Assert.Contains("VOTE_COUNT_MISMATCH", await client.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative)), StringComparison.Ordinal);

        await SubsidiaApp.PostFormAsync(client, $"/seances/{id}/votes",
            new Dictionary<string, string> { ["itemId"] = item2, ["for"] = "5", ["against"] = "0", ["abstention"] = "0" }, $"/seances/{id}/votes?handler=Vote");
        Assert.DoesNotContain("VOTE_COUNT_MISMATCH", await client.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative)), StringComparison.Ordinal);

        var signed = await SubsidiaApp.PostFormAsync(client, $"/seances/{id}/votes",
            new Dictionary<string, string> { ["confirm"] = "true" }, $"/seances/{id}/votes?handler=Sign");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        // Signed: the forms are gone and a forged POST is refused with 409.
        var locked = await client.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative));
        Assert.Contains("Séance signée", locked, StringComparison.Ordinal);
        var token = Regex.Match(locked, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var forged = new FormUrlEncodedContent([new("itemId", item2), new("for", "1"), new("__RequestVerificationToken", token)]);
        var refused = await client.PostAsync(new Uri($"/seances/{id}/votes?handler=Vote", UriKind.Relative), forged);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        using var scope = app.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var actions = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AuditEntries
            .Where(e => e.Actor == "secretaire" && e.Action.StartsWith("seance.")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal(["seance.creation", "seance.presences", "seance.vote", "seance.vote", "seance.signature"], actions);
        Assert.True((await audit.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task ElectedMember_ReadsTheGrid_ButEveryWriteIs403()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        await app.CreateAccountAsync("elu", Roles.ElectedMember);
        using var secretary = await app.SignedInClientAsync("secretaire");
        var id = await CreateFiveMemberSittingAsync(secretary);
        var item = ItemIds(await secretary.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative)))[0];
        using var elected = await app.SignedInClientAsync("elu");

        var grid = await elected.GetStringAsync(new Uri($"/seances/{id}/presences", UriKind.Relative));
        Assert.DoesNotContain("Enregistrer les présences", grid, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await elected.GetAsync(new Uri("/seances/nouvelle", UriKind.Relative))).StatusCode);
        var token = Regex.Match(grid, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        foreach (var (url, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            ($"/seances/{id}/votes?handler=Vote", [new("itemId", item), new("for", "3")]),
            ($"/seances/{id}/votes?handler=Sign", [new("confirm", "true")]),
            ($"/seances/{id}/votes?handler=Position", [new("itemId", item), new("position", "2")]),
            ($"/seances/{id}/presences", [new("Rows[0].MemberId", Guid.Empty.ToString()), new("Rows[0].Status", "Absent")]),
            ("/seances/nouvelle", [new("Body", "Conseil"), new("Members", "A B"), new("Items", "1 ; x")]),
        })
        {
            using var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
            var response = await elected.PostAsync(new Uri(url, UriKind.Relative), form);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} : {response.StatusCode}");
        }

        using var scope = app.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().AuditEntries.AnyAsync(e => e.Actor == "elu" && e.Action != "compte.creation"));
    }

    [Fact]
    public async Task Anonymous_CannotOpenTheGrid_NorPost()
    {
        using var app = new SubsidiaApp("sqlite");
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = Guid.NewGuid();

        var page = await client.GetAsync(new Uri($"/seances/{id}/presences", UriKind.Relative));
        using var form = new FormUrlEncodedContent([new("confirm", "true")]);
        var post = await client.PostAsync(new Uri($"/seances/{id}/votes?handler=Sign", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/connexion", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.True(post.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, post.StatusCode.ToString());
    }

    [Fact]
    public async Task DemoBureauItem_GetsItsPosition_AndTheRecorded21FitsQuestions1To5()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = await app.SignedInClientAsync("secretaire");
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var id = Regex.Match(home, "href=\"/seances/([0-9a-f-]+)\">05/12/2024").Groups[1].Value;
        var votes = await client.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative));
        Assert.Contains("ITEM_POSITION_UNKNOWN", votes, StringComparison.Ordinal);
        Assert.Contains(": 21 votants (concorde avec le vote enregistré)", votes, StringComparison.Ordinal);

        var placed = await SubsidiaApp.PostFormAsync(client, $"/seances/{id}/votes",
            new Dictionary<string, string> { ["itemId"] = ItemIds(votes)[0], ["position"] = "3" }, $"/seances/{id}/votes?handler=Position");

        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var after = await client.GetStringAsync(new Uri($"/seances/{id}/votes", UriKind.Relative));
        Assert.Contains("<strong class=\"voters\">21</strong> votants", after, StringComparison.Ordinal);
        Assert.DoesNotContain("ITEM_POSITION_UNKNOWN", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoCouncilGrid_ShowsTheComputedRoll_AndKeepsComplexRowsReadOnly()
    {
        using var app = new SubsidiaApp("sqlite");
        await app.CreateAccountAsync("secretaire", Roles.Secretariat);
        using var client = await app.SignedInClientAsync("secretaire");
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var id = Regex.Match(home, "href=\"/seances/([0-9a-f-]+)\">09/05/2012").Groups[1].Value;

        var grid = await client.GetStringAsync(new Uri($"/seances/{id}/presences", UriKind.Relative));

        Assert.Contains("<th scope=\"row\" colspan=\"6\">Votants</th>", grid, StringComparison.Ordinal);
        Assert.Contains("<td>104</td>", grid, StringComparison.Ordinal);
        Assert.Contains("<td>124</td>", grid, StringComparison.Ordinal);
        Assert.Contains("Enregistrer les présences", grid, StringComparison.Ordinal);
    }

    private static async Task<string> CreateFiveMemberSittingAsync(HttpClient client)
    {
        var response = await SubsidiaApp.PostFormAsync(client, "/seances/nouvelle", new Dictionary<string, string>
        {
            ["NewAuthorityName"] = "Commune de Essai",
            ["Body"] = "Conseil municipal",
            ["Date"] = "2026-11-20",
            ["Place"] = "Mairie",
            ["Members"] = "Alice ALPHA\nBruno BRAVO\nChloé CHARLIE\nDavid DELTA\nEmma ECHO",
            ["Items"] = "1 ; Approbation du procès-verbal\n2 ; Subvention à l'association des Amis ; 2026/000001\n3 ; Questions diverses",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Regex.Match(response.Headers.Location!.OriginalString, "/seances/([0-9a-f-]+)/presences").Groups[1].Value;
    }

    private static Dictionary<string, string> MemberIds(string grid) =>
        MemberRow().Matches(grid).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Groups[2].Value);

    private static List<string> ItemIds(string votes) =>
        ItemId().Matches(votes).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("<th scope=\"row\" id=\"m-[0-9a-f]{32}\">([^<]+)</th>\\s*<td>\\s*<input type=\"hidden\" name=\"Rows\\[\\d+\\]\\.MemberId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex MemberRow();

    [GeneratedRegex("name=\"itemId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex ItemId();
}
