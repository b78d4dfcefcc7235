using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>
/// The grant form lists a few beneficiaries and acts narrowed by a search (server side without JavaScript, refreshed
/// while typing with it), so that it stays small with thousands of them.
/// </summary>
public sealed partial class GrantFormSearchTests
{
    private const string Form = "/subventions/nouvelle";
    private const int Generated = 2_500;

    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task WithThousandsOfBeneficiaries_TheFormListsTwenty_AndSaysHowManyMatch(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await GenerateAsync(app);
        using var officer = await OfficerAsync(app);

        var response = await officer.GetAsync(new Uri(Form, UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(21, Options(page, "Draft_BeneficiaryId").Count);
        Assert.Contains($"{Generated + 2} bénéficiaires trouvés : les 20 premiers sont proposés, précisez la recherche.", page, StringComparison.Ordinal);
        // 2 500 beneficiaries in every list made a page of several hundred kilobytes.
        Assert.True(response.Content.Headers.ContentLength is null or < 120_000, $"{response.Content.Headers.ContentLength} octets");
        Assert.True(page.Length < 120_000, $"{page.Length} caractères");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task WithoutJavaScript_TheSearchButton_NarrowsTheList_AndKeepsWhatWasTyped(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await GenerateAsync(app);
        using var officer = await OfficerAsync(app);

        var response = await SubsidiaApp.PostFormAsync(officer, Form, new Dictionary<string, string>
        {
            ["Draft.BeneficiaryQuery"] = "n°01234",
            ["Draft.ActQuery"] = "2012/0017",
            ["Draft.Subject"] = "Fête du quartier",
            ["op"] = "find-beneficiary",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var beneficiaries = Options(page, "Draft_BeneficiaryId");
        Assert.Equal(["choisir…", "Club de quartier n°01234"], beneficiaries.Select(o => o.Label));
        Assert.Contains("1 bénéficiaire trouvé.", page, StringComparison.Ordinal);
        var acts = Options(page, "Draft_ActItemId");
        Assert.Equal(2, acts.Count);
        Assert.Contains("2012/001753", acts[1].Label, StringComparison.Ordinal);
        Assert.Contains(">Fête du quartier</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"n°01234\"", page, StringComparison.Ordinal);
        Assert.Matches("<select id=\"Draft_BeneficiaryId\"[^>]*autofocus", page);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task WithJavaScript_ThePageAnswersTheSearchInJson_ForOfficersOnly(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await GenerateAsync(app);
        using var officer = await OfficerAsync(app);
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var beneficiaries = JsonDocument.Parse(await officer.GetStringAsync(new Uri(Form + "?handler=Beneficiaries&q=quartier%20n%C2%B00012", UriKind.Relative)));
        using var acts = JsonDocument.Parse(await officer.GetStringAsync(new Uri(Form + "?handler=Acts&q=2024", UriKind.Relative)));
        var refused = await anonymous.GetAsync(new Uri(Form + "?handler=Beneficiaries&q=club", UriKind.Relative));

        // "n°0012" is in n°00120 … n°00129.
        Assert.Equal(10, beneficiaries.RootElement.GetProperty("matches").GetInt32());
        Assert.Equal(10, beneficiaries.RootElement.GetProperty("choices").GetArrayLength());
        Assert.Equal("Club de quartier n°00120", beneficiaries.RootElement.GetProperty("choices")[0].GetProperty("label").GetString());
        Assert.Contains("2024/2024.00385", acts.RootElement.GetProperty("choices")[0].GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ABeneficiaryOrActGivenInTheAddress_IsChosen_EvenOutsideTheFirstTwenty(string engine)
    {
        using var app = new SubsidiaApp(engine);
        var last = await GenerateAsync(app);
        using var officer = await OfficerAsync(app);

        var page = WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri($"{Form}?beneficiary={last}", UriKind.Relative)));

        var chosen = Options(page, "Draft_BeneficiaryId").Single(o => o.Selected);
        Assert.Equal($"Club de quartier n°{Generated:D5}", chosen.Label);
    }

    /// <summary>Generates beneficiaries "Club de quartier n°00001" …; returns the id of the last one.</summary>
    private static async Task<Guid> GenerateAsync(SubsidiaApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        var last = Guid.Empty;
        for (var i = 1; i <= Generated; i++)
        {
            var b = new Beneficiary(Guid.NewGuid(), $"Club de quartier n°{i:D5}", LegalForm.Association);
            db.Beneficiaries.Add(b);
            last = b.Id;
        }

        await db.SaveChangesAsync();
        return last;
    }

    private static async Task<HttpClient> OfficerAsync(SubsidiaApp app)
    {
        await app.CreateAccountAsync("instructeur", Roles.GrantsOfficer);
        return await app.SignedInClientAsync("instructeur");
    }

    private static List<(string Value, string Label, bool Selected)> Options(string html, string selectId)
    {
        var select = Regex.Match(html, $"<select id=\"{selectId}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        return OptionPattern().Matches(select)
            .Select(m => (m.Groups["value"].Value, m.Groups["label"].Value.Trim(), m.Groups["selected"].Success)).ToList();
    }

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\"(?<selected> selected=\"selected\")?[^>]*>(?<label>[^<]*)</option>")]
    private static partial Regex OptionPattern();
}
