using System.Net;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

public class RegisterPagesTests
{
    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Anonymous_SeesOnlyPublishedActs_AndTheirPages(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();

        var list = await client.GetStringAsync(new Uri("/actes", UriKind.Relative));
        var published = await client.GetAsync(new Uri("/actes/acte?numero=2024%2F2024.00385", UriKind.Relative));
        var unpublished = await client.GetAsync(new Uri("/actes/acte?numero=2012%2F001753", UriKind.Relative));

        Assert.Contains(">2024/2024.00385</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">2012/001753</a>", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var page = await published.Content.ReadAsStringAsync();
        Assert.Contains("extract.pdf?number=2024%2F2024.00385", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Publication</dt><dd>12/12/2024</dd>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SignedIn_SearchesEveryAct_ByObjectMatterAndDate(string engine)
    {
        using var app = new SubsidiaApp(engine);
        await app.CreateAccountAsync("elu", Roles.ElectedMember);
        using var client = await app.SignedInClientAsync("elu");

        var byObject = await client.GetStringAsync(new Uri("/actes?objet=P%C3%B4le%20des%20MICROTECHNIQUES", UriKind.Relative));
        var byMatter = await client.GetStringAsync(new Uri("/actes?matiere=7.5", UriKind.Relative));
        var byDate = await client.GetStringAsync(new Uri("/actes?du=2024-01-01&au=2024-12-31", UriKind.Relative));
        var act = await client.GetStringAsync(new Uri("/actes/acte?numero=2012%2F001753", UriKind.Relative));

        Assert.Contains(">2012/001753</a>", byObject, StringComparison.Ordinal);
        Assert.DoesNotContain(">2024/2024.00385</a>", byObject, StringComparison.Ordinal);
        Assert.Contains(">2012/001753</a>", byMatter, StringComparison.Ordinal);
        Assert.Contains(">2024/2024.00385</a>", byMatter, StringComparison.Ordinal);
        Assert.DoesNotContain(">2012/001753</a>", byDate, StringComparison.Ordinal);
        Assert.Contains("non publié", byObject, StringComparison.Ordinal);
        Assert.Contains("124 (91 présents, 33 pouvoirs en vigueur) ; quorum atteint (71)", act, StringComparison.Ordinal);
        Assert.Contains("<dt>Réception en préfecture</dt><dd>16/05/2012</dd>", act, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SearchesActs_ByTheBeneficiaryOfTheGrantTheyDecided(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var client = app.CreateClient();
        await app.CreateAccountAsync("elu", Roles.ElectedMember);
        using var signedIn = await app.SignedInClientAsync("elu");

        var pole = await signedIn.GetStringAsync(new Uri("/actes?beneficiaire=p%C3%B4le%20des", UriKind.Relative));
        var cmq = await signedIn.GetStringAsync(new Uri("/actes?beneficiaire=CMQ", UriKind.Relative));
        var nobody = await signedIn.GetStringAsync(new Uri("/actes?beneficiaire=inconnue", UriKind.Relative));
        var anonymous = await client.GetStringAsync(new Uri("/actes?beneficiaire=p%C3%B4le%20des", UriKind.Relative));

        Assert.Contains(">2012/001753</a>", pole, StringComparison.Ordinal);
        Assert.DoesNotContain(">2024/2024.00385</a>", pole, StringComparison.Ordinal);
        Assert.Contains(">2024/2024.00385</a>", cmq, StringComparison.Ordinal);
        Assert.DoesNotContain(">2012/001753</a>", cmq, StringComparison.Ordinal);
        Assert.Contains("Aucun acte ne répond à cette recherche.", nobody, StringComparison.Ordinal);
        Assert.Contains("value=\"pôle des\"", pole, StringComparison.Ordinal);
        // The 2012 act is not published: a visitor's search by beneficiary does not reveal it.
        Assert.Contains("Aucun acte ne répond à cette recherche.", anonymous, StringComparison.Ordinal);
    }
}
