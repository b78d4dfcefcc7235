using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Findings;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Tests;

public class AttendanceCommandTests
{
    private static readonly ClaimsPrincipal Secretary = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "secretaire")], "test"));

    [Fact]
    public async Task LateArrivalAndEarlyDeparture_WithAProxyForTheAbsences_CountOnlyWhereTheyApply()
    {
        using var app = new SubsidiaApp("sqlite");
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<SittingCommands>();
        var created = await commands.CreateAsync(Secretary, new NewSitting(null, "Commune de Essai", "Conseil municipal", new DateOnly(2026, 11, 20),
            null, 4, "Alice ALPHA\nBruno BRAVO\nChloé CHARLIE\nDavid DELTA", "1 ; Un\n2 ; Deux\n3 ; Trois\n4 ; Quatre"), CancellationToken.None);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        var id = created.Id!.Value;
        var (sitting, assembly, _) = (await scope.ServiceProvider.GetRequiredService<SittingQueries>().LoadAsync(id, CancellationToken.None))!.Value;
        var m = assembly.Members.ToDictionary(x => x.FamilyName, x => x.Id);

        // CHARLIE arrives at 2 and leaves after 3, with a proxy to ALPHA while away; DELTA is replaced by a new substitute.
        var saved = await commands.SaveAttendanceAsync(Secretary, id,
        [
            new AttendanceRow(m["ALPHA"], AttendanceStatus.Present, null, null, null, null),
            new AttendanceRow(m["BRAVO"], AttendanceStatus.Present, null, null, null, null),
            new AttendanceRow(m["CHARLIE"], AttendanceStatus.Present, "2", "3", m["ALPHA"], null),
            new AttendanceRow(m["DELTA"], AttendanceStatus.Substitute, null, null, null, null, "Denis SUPPLÉANT"),
        ], CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));

        var view = (await scope.ServiceProvider.GetRequiredService<SittingQueries>().GetAsync(id, CancellationToken.None))!;
        Assert.Equal([4, 4, 4, 4], view.Items.Select(i => i.Roll!.Voters).ToArray());
        Assert.Equal([3, 4, 4, 3], view.Items.Select(i => i.Roll!.Present).ToArray());
        Assert.DoesNotContain(view.Findings.Concat(view.Items.SelectMany(i => i.Findings)), f => f.Code == FindingCodes.ProxyGrantorPresent);

        // The grid reads the same rows back, so saving them again changes nothing.
        using var again = app.Services.CreateScope();
        var reloaded = (await again.ServiceProvider.GetRequiredService<SittingQueries>().LoadAsync(id, CancellationToken.None))!.Value;
        var rows = SittingCommands.RowsOf(reloaded.Sitting, reloaded.Assembly);
        Assert.Equal(new AttendanceRow(m["CHARLIE"], AttendanceStatus.Present, "2", "3", m["ALPHA"], null), rows[m["CHARLIE"]]);
        Assert.Equal(AttendanceStatus.Substitute, rows[m["DELTA"]]!.Status);
        Assert.Equal("SUPPLÉANT", reloaded.Assembly.Members.Single(x => x.Id == rows[m["DELTA"]]!.SubstituteId).FamilyName);
    }

    [Fact]
    public async Task Council2012_GridSavedUnchanged_IsAccepted_ProxiesHeldBySubstitutesIncluded()
    {
        using var app = new SubsidiaApp("sqlite");
        using var scope = app.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<SittingQueries>();
        var id = (await queries.ListAsync(CancellationToken.None)).Single(s => s.Date == new DateOnly(2012, 5, 9)).Id;
        var (sitting, assembly, _) = (await queries.LoadAsync(id, CancellationToken.None))!.Value;
        var rows = SittingCommands.RowsOf(sitting, assembly).Values.OfType<AttendanceRow>().ToList();
        Assert.Contains(rows, r => r.HolderId is { } h && assembly.Members.Single(m => m.Id == h).SubstituteForId is not null);

        var saved = await scope.ServiceProvider.GetRequiredService<SittingCommands>().SaveAttendanceAsync(Secretary, id, rows, CancellationToken.None);

        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
    }

    [Fact]
    public async Task InvalidRows_AreRefusedWithTheMemberNamed()
    {
        using var app = new SubsidiaApp("sqlite");
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<SittingCommands>();
        var created = await commands.CreateAsync(Secretary, new NewSitting(null, "Commune de Essai", "Conseil municipal", new DateOnly(2026, 11, 20),
            null, null, "Alice ALPHA\nBruno BRAVO", "1 ; Un\n2 ; Deux"), CancellationToken.None);
        var id = created.Id!.Value;
        var (_, assembly, _) = (await scope.ServiceProvider.GetRequiredService<SittingQueries>().LoadAsync(id, CancellationToken.None))!.Value;
        var alpha = assembly.Members.Single(x => x.FamilyName == "ALPHA").Id;

        var backwards = await commands.SaveAttendanceAsync(Secretary, id, [new AttendanceRow(alpha, AttendanceStatus.Present, "2", "1", null, null)], CancellationToken.None);
        var selfProxy = await commands.SaveAttendanceAsync(Secretary, id, [new AttendanceRow(alpha, AttendanceStatus.Proxy, null, null, alpha, null)], CancellationToken.None);
        var noHolder = await commands.SaveAttendanceAsync(Secretary, id, [new AttendanceRow(alpha, AttendanceStatus.Proxy, null, null, null, null)], CancellationToken.None);

        Assert.Equal(CommandStatus.Invalid, backwards.Status);
        Assert.Contains("Alice ALPHA : l'arrivée (point 2) suit le départ (point 1).", backwards.Errors);
        Assert.Equal(CommandStatus.Invalid, selfProxy.Status);
        Assert.Equal(CommandStatus.Invalid, noHolder.Status);
        Assert.Equal(2, assembly.Members.Count(x => x.Role == MemberRole.Titular));
    }
}
