using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Data;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Tests;

/// <summary>Issue 7: /import uploads to the staging folder, shows what was read with the findings, stores on confirmation only.</summary>
public sealed partial class ImportPagesTests : IDisposable
{
    private const string Extract = "saint-alban_cm_2025-03-14.txt";
    private const string Subventions = "subventions-2024.csv";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("subsidia-import-");

    public static IEnumerable<object[]> Engines => Subsidia.Testing.TestDatabase.Engines;

    public void Dispose() => _data.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Secretary_UploadsAnExtract_SeesTheFindings_Confirms_AndASecondImportChangesNothing(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var web = WithStaging(app);
        using var client = await SignedInAsync(web, "secretaire", Roles.Secretariat);

        var upload = await UploadAsync(client, (Extract, Fixture(Extract)));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var review = upload.Headers.Location!.OriginalString;
        Assert.Matches("^/import/[0-9a-f]{32}$", review);

        // Nothing is stored before confirmation; the staged file sits under the data folder, named by ids.
        Assert.DoesNotContain("2025-03-14", await client.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)), StringComparison.Ordinal);
        var staged = Directory.GetFiles(Path.Combine(_data.FullName, "staging", "imports"), "*.txt", SearchOption.AllDirectories);
        Assert.Equal(Extract, Path.GetFileName(Assert.Single(staged)));

        var page = await client.GetStringAsync(new Uri(review, UriKind.Relative));
        Assert.Contains("Commune de Saint-Alban-des-Vignes", page, StringComparison.Ordinal);
        Assert.Contains("14/03/2025", page, StringComparison.Ordinal);
        Assert.Contains("Paul BERTIN", page, StringComparison.Ordinal);
        Assert.Contains("Julien MOREAU donne pouvoir à Paul BERTIN", page, StringComparison.Ordinal);
        Assert.Contains("<code>VOTE_COUNT_MISMATCH</code>", page, StringComparison.Ordinal);
        Assert.Contains("pour 9, contre 0, abstention 0", page, StringComparison.Ordinal);
        Assert.Matches(@"<td>8</td><td>2</td><td>10</td>\s*<td>atteint \(6\)</td>", page);
        Assert.Contains("Prêt à importer. 1 constat à vérifier ci-dessous", page, StringComparison.Ordinal);

        var confirmed = await SubsidiaApp.PostFormAsync(client, review, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var resultUrl = confirmed.Headers.Location!.OriginalString;
        Assert.Equal(review + "/resultat", resultUrl);
        var result = await client.GetStringAsync(new Uri(resultUrl, UriKind.Relative));
        Assert.Contains("<td class=\"outcome\">importé</td>", result, StringComparison.Ordinal);
        // The act grants 1 500 € to an association: its grant file is created and linked, with what is left to complete.
        Assert.Matches("<a href=\"/subventions/[0-9a-f-]{36}\">Association Les Amis du Lavoir</a>", result);
        Assert.Contains("<td class=\"grant-outcome\">créé</td>", result, StringComparison.Ordinal);
        Assert.Contains("le montant demandé ; le SIRET du bénéficiaire", result, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.FullName, "staging", "imports"), "*.txt", SearchOption.AllDirectories));

        // Confirming the same batch again (a second click) shows the same results and imports nothing more.
        var twice = await SubsidiaApp.PostFormAsync(client, resultUrl, new Dictionary<string, string>(), review);
        Assert.Equal(resultUrl, twice.Headers.Location!.OriginalString);
        Assert.Contains("<td class=\"outcome\">importé</td>", await client.GetStringAsync(new Uri(resultUrl, UriKind.Relative)), StringComparison.Ordinal);

        using var sittings = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)));
        var sitting = sittings.RootElement.EnumerateArray().Single(s => s.GetProperty("date").GetString() == "2025-03-14");
        Assert.Equal("Commune de Saint-Alban-des-Vignes", sitting.GetProperty("authority").GetString());
        var id = sitting.GetProperty("id").GetString();
        Assert.Contains($"href=\"/seances/{id}\"", result, StringComparison.Ordinal);
        using var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/sittings/{id}", UriKind.Relative)));
        Assert.Contains("Julien MOREAU", detail.RootElement.GetRawText(), StringComparison.Ordinal);

        // The import is in the audit log.
        using (var scope = web.Services.CreateScope())
        {
            var latest = await scope.ServiceProvider.GetRequiredService<AuditLog>().LatestAsync(5, CancellationToken.None);
            Assert.Contains(latest, e => e.Action == "import.fichier" && e.Actor == "secretaire" && e.EntityId == id);
        }

        // The same file again: the review says so, and confirming changes nothing.
        var againReview = await ReviewOfAsync(client, Extract);
        Assert.Contains("Déjà importé.", await client.GetStringAsync(new Uri(againReview, UriKind.Relative)), StringComparison.Ordinal);
        var againConfirmed = await SubsidiaApp.PostFormAsync(client, againReview, new Dictionary<string, string>());
        var againResult = await client.GetStringAsync(new Uri(againConfirmed.Headers.Location!.OriginalString, UriKind.Relative));
        Assert.Contains("<td class=\"outcome\">déjà importé</td>", againResult, StringComparison.Ordinal);
        using var after = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)));
        Assert.Single(after.RootElement.EnumerateArray(), s => s.GetProperty("date").GetString() == "2025-03-14");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task WhenTheAuditLineCannotBeWritten_TheImportStoresNothing_AndConfirmingAgainStoresBoth(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var web = WithStaging(app);
        using var client = await SignedInAsync(web, "secretaire", Roles.Secretariat);
        var review = await ReviewOfAsync(client, Extract);
        await ExecuteAsync(web, AuditAtomicityTests.RefuseAuditLines(engine));

        var refused = await Record.ExceptionAsync(async () =>
        {
            using var response = await SubsidiaApp.PostFormAsync(client, review, new Dictionary<string, string>());
            response.EnsureSuccessStatusCode();
        });

        Assert.NotNull(refused);
        Assert.Equal((0, 0, 0), await StoredAsync(web));

        await ExecuteAsync(web, AuditAtomicityTests.AllowAuditLines(engine));
        var confirmed = await SubsidiaApp.PostFormAsync(client, review, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal((1, 1, 1), await StoredAsync(web));
    }

    /// <summary>Sittings of the fixture's date, the fixture among the imported documents, and import lines in the audit log.</summary>
    private static async Task<(int Sittings, int Documents, int AuditLines)> StoredAsync(WebApplicationFactory<Program> web)
    {
        using var scope = web.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return (await db.Sittings.CountAsync(s => s.Date == new DateOnly(2025, 3, 14)), await db.ImportedDocuments.CountAsync(d => d.FileName == Extract),
            await accounts.AuditEntries.CountAsync(e => e.Action == "import.fichier"));
    }

    private static async Task ExecuteAsync(WebApplicationFactory<Program> web, IEnumerable<string> statements)
    {
        using var scope = web.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SubsidiaDbContext>();
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Administrator_ImportsAnScdlFile_SeesRowsTotalsAndTheRejectedLine(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var web = WithStaging(app);
        using var client = await SignedInAsync(web, "admin", Roles.Administrator);

        var review = await ReviewOfAsync(client, Subventions);
        var page = await client.GetStringAsync(new Uri(review, UriKind.Relative));
        Assert.Contains("fichier SCDL subventions", page, StringComparison.Ordinal);
        Assert.Contains("Les Amis du Lavoir", page, StringComparison.Ordinal);
        Assert.Contains("12/04/2024", page, StringComparison.Ordinal);
        Assert.Matches(@"<dt>Lignes lues</dt><dd>3</dd>\s*<dt>Lignes rejetées</dt><dd>1</dd>", page);
        Assert.Contains(Subsidia.Domain.Common.French.Money(4000.50m), WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Matches("<tr><td>4</td><td>montant</td>", page);

        var confirmed = await SubsidiaApp.PostFormAsync(client, review, new Dictionary<string, string>());
        var result = await client.GetStringAsync(new Uri(confirmed.Headers.Location!.OriginalString, UriKind.Relative));
        // Two beneficiaries and their two grants created; the line without an amount skipped.
        Assert.Matches(@"<td class=""outcome"">importé</td>\s*<td>4</td>\s*<td>0</td>\s*<td>1</td>", result);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task BadFiles_AreRefusedWithTheirReason_AndNothingIsKept(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var web = WithStaging(app, maxFileBytes: 4000);
        using var client = await SignedInAsync(web, "secretaire", Roles.Secretariat);

        var refused = await UploadAsync(client,
            ("vide.txt", []),
            ("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
            ("faux.pdf", Encoding.UTF8.GetBytes("ceci n'est pas un PDF")),
            ("lettre.docx", Encoding.UTF8.GetBytes("PK")),
            ("gros.txt", Encoding.UTF8.GetBytes(new string('a', 5000))),
            ("autre.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Rien n'est importé", page, StringComparison.Ordinal);
        Assert.Contains("vide.txt : le fichier est vide.", page, StringComparison.Ordinal);
        Assert.Contains("image.txt : fichier binaire, ce n'est pas un texte lisible.", page, StringComparison.Ordinal);
        Assert.Contains("faux.pdf : ce fichier .pdf n'est pas un PDF.", page, StringComparison.Ordinal);
        Assert.Contains("lettre.docx : seuls les fichiers .txt, .md, .pdf et .csv sont acceptés.", page, StringComparison.Ordinal);
        Assert.Contains("gros.txt : le fichier dépasse la taille maximale de 3,9 ko", page, StringComparison.Ordinal);
        Assert.Contains("autre.csv : ce n'est pas un fichier SCDL subventions", page, StringComparison.Ordinal);
        var staging = Path.Combine(_data.FullName, "staging", "imports");
        Assert.True(!Directory.Exists(staging) || Directory.GetFileSystemEntries(staging).Length == 0);

        // A client path is reduced to its file name; a good file next to a bad one is kept, the bad one listed.
        var mixed = await UploadAsync(client, (@"C:\Users\agent\..\..\" + Extract, Fixture(Extract)), ("vide.md", Encoding.UTF8.GetBytes("  \n")));
        Assert.Equal(HttpStatusCode.Redirect, mixed.StatusCode);
        var review = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(mixed.Headers.Location!.OriginalString, UriKind.Relative)));
        Assert.Contains("vide.md : le fichier est vide.", review, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"fichier-", review, StringComparison.Ordinal);
        Assert.Equal(Extract, Path.GetFileName(Assert.Single(Directory.GetFiles(staging, "*", SearchOption.AllDirectories), f => !f.EndsWith("batch.json", StringComparison.Ordinal))));

        // Abandoning removes the upload; nothing was stored.
        var abandoned = await SubsidiaApp.PostFormAsync(client, mixed.Headers.Location!.OriginalString, new Dictionary<string, string>(),
            mixed.Headers.Location!.OriginalString + "?handler=Abandon");
        Assert.Equal(HttpStatusCode.Redirect, abandoned.StatusCode);
        Assert.Empty(Directory.GetFileSystemEntries(staging));
        Assert.DoesNotContain("2025-03-14", await client.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ElectedMember_Gets403_AndCannotSeeAnotherUsersUpload(string engine)
    {
        using var app = new SubsidiaApp(engine);
        using var web = WithStaging(app);
        using var secretary = await SignedInAsync(web, "secretaire", Roles.Secretariat);
        var review = await ReviewOfAsync(secretary, Extract);
        var token = TokenPattern().Match(await secretary.GetStringAsync(new Uri(review, UriKind.Relative))).Groups[1].Value;

        using var elected = await SignedInAsync(web, "elu", Roles.ElectedMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await elected.GetAsync(new Uri("/import", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elected.GetAsync(new Uri(review, UriKind.Relative))).StatusCode);
        using var forged = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, (await elected.PostAsync(new Uri(review, UriKind.Relative), forged)).StatusCode);
        Assert.DoesNotContain("href=\"/import\"", await elected.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("href=\"/import\"", await secretary.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

        // Another secretary does not find the first one's upload; without the antiforgery token the POST is refused.
        using var other = await SignedInAsync(web, "secretaire2", Roles.Secretariat);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri(review, UriKind.Relative))).StatusCode);
        using var empty = new FormUrlEncodedContent([]);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsync(new Uri(review, UriKind.Relative), empty)).StatusCode);
        Assert.DoesNotContain("2025-03-14", await secretary.GetStringAsync(new Uri("/api/sittings", UriKind.Relative)), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> WithStaging(SubsidiaApp app, long? maxFileBytes = null) =>
        app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Subsidia:DataFolder", _data.FullName);
            if (maxFileBytes is { } max)
            {
                b.UseSetting("Subsidia:Import:MaxFileBytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> web, string userName, string role)
    {
        using (var scope = web.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(null, userName, SubsidiaApp.Password, [role], CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await SubsidiaApp.PostFormAsync(client, "/connexion",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = SubsidiaApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var token = TokenPattern().Match(await client.GetStringAsync(new Uri("/import", UriKind.Relative))).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return await client.PostAsync(new Uri("/import", UriKind.Relative), form);
    }

    /// <summary>Uploads one fixture; the review page it leads to.</summary>
    private static async Task<string> ReviewOfAsync(HttpClient client, string fixture)
    {
        var upload = await UploadAsync(client, (fixture, Fixture(fixture)));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return upload.Headers.Location!.OriginalString;
    }

    /// <summary>A fixture next to this source file (tests/Subsidia.Web.Tests/Fixtures).</summary>
    private static byte[] Fixture(string name, [CallerFilePath] string source = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", name));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
