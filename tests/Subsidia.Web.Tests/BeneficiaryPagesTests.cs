using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Testing;

namespace Subsidia.Web.Tests;

/// <summary>The beneficiaries' list stays light with many of them: searched, and shown a page at a time.</summary>
public sealed class BeneficiaryPagesTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ManyBeneficiaries_ArePaged_AndFoundByNameOrSiret(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
            for (var i = 1; i <= 120; i++)
            {
                var b = new Beneficiary(Guid.NewGuid(), $"Club de quartier n°{i:D3}", LegalForm.Association);
                b.RecordGrant(2024, null, "Commune", 100m * i);
                db.Beneficiaries.Add(b);
            }

            var withSiret = new Beneficiary(Guid.NewGuid(), "Amicale des Amis du lavoir", LegalForm.Association);
            withSiret.SetSiret("44137080600016");
            db.Beneficiaries.Add(withSiret);
            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient();
        var first = await client.GetStringAsync(new Uri("/beneficiaires", UriKind.Relative));
        var third = await client.GetStringAsync(new Uri("/beneficiaires?p=3", UriKind.Relative));
        var byName = await client.GetStringAsync(new Uri("/beneficiaires?q=club%20de%20QUARTIER%20n%C2%B0042", UriKind.Relative));
        var bySiret = await client.GetStringAsync(new Uri("/beneficiaires?q=441%20370%20806", UriKind.Relative));

        Assert.Equal(50, Count(first, "<section class=\"beneficiary\">"));
        Assert.Contains("page 1 sur 3", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/beneficiaires?p=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.True(Count(third, "<section class=\"beneficiary\">") > 0);
        Assert.Contains("rel=\"prev\"", third, StringComparison.Ordinal);
        Assert.Equal(1, Count(byName, "<section class=\"beneficiary\">"));
        Assert.Contains("Club de quartier n°042", byName, StringComparison.Ordinal);
        Assert.Contains("Amicale des Amis du lavoir", bySiret, StringComparison.Ordinal);
        Assert.Equal(1, Count(bySiret, "<section class=\"beneficiary\">"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ABeneficiarysPage_ShowsItsYears_ItsFunders_AndItsGrantFiles(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();
        var list = await client.GetStringAsync(new Uri("/beneficiaires?q=CMQ", UriKind.Relative));
        var link = System.Text.RegularExpressions.Regex.Match(list, "href=\"(/beneficiaires/[0-9a-f-]{36})\"").Groups[1].Value;

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(link, UriKind.Relative)));
        var missing = await client.GetAsync(new Uri("/beneficiaires/" + Guid.NewGuid(), UriKind.Relative));

        Assert.Contains("<dt>Sigle</dt><dd>CMQ MSI</dd>", page, StringComparison.Ordinal);
        // The years the bureau's report recalls (2022, 2023) and the 2024 grant it decided, one row each.
        Assert.Matches("<td>2022</td>\\s*<td class=\"num\">9\u202F000,00\u00A0€</td>", page);
        Assert.Matches("<td>2023</td>\\s*<td class=\"num\">19\u202F800,00\u00A0€</td>", page);
        Assert.Matches("<td>2024</td>\\s*<td class=\"num\">20\u202F000,00\u00A0€</td>", page);
        Assert.Contains("2024/2024.00385 du 05/12/2024", page, StringComparison.Ordinal);
        Assert.Matches("href=\"/subventions/[0-9a-f-]{36}\"", page);
        Assert.Contains("/actes?beneficiaire=CMQ%20MSI", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ARefusedBeneficiary_ComesBackWithEverythingTyped_TheLegalFormIncluded(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("instructeur", Subsidia.Web.Accounts.Roles.GrantsOfficer);
        using var officer = await app.SignedInClientAsync("instructeur");

        var response = await SubsidiaApp.PostFormAsync(officer, "/beneficiaires/nouveau", new Dictionary<string, string>
        {
            ["name"] = "Fonds de dotation du lavoir", ["form"] = "Foundation", ["siret"] = "823 147 106 00013", ["rna"] = "",
        });
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("la clé de contrôle (Luhn) est fausse", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Foundation\" selected=\"selected\">Fondation ou fonds de dotation</option>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Fonds de dotation du lavoir\"", page, StringComparison.Ordinal);
    }

    private static int Count(string html, string needle)
    {
        var n = 0;
        for (var i = html.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = html.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
