using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Subsidia.Domain.Assemblies;
using Subsidia.Web.Features.Sittings;

namespace Subsidia.Web.Pages.Sittings;

/// <summary>One posted row of the attendance grid.</summary>
public sealed class RowInput
{
    public Guid MemberId { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public Guid? HolderId { get; set; }
    public Guid? SubstituteId { get; set; }
    public string? NewSubstituteName { get; set; }
}

/// <summary>A cell of the computed grid: how a member took part at one position.</summary>
public sealed record GridCell(string Code, string Label);

public sealed class AttendanceModel(SittingQueries queries, SittingCommands commands, IAuthorizationService authorization)
    : SittingEditor(queries, authorization)
{
    [BindProperty]
    public List<RowInput> Rows { get; set; } = [];

    public IReadOnlyList<Member> Titulars { get; private set; } = [];

    public IReadOnlyDictionary<Guid, AttendanceRow?> Stored { get; private set; } = new Dictionary<Guid, AttendanceRow?>();

    public IReadOnlyList<string> Keys { get; private set; } = [];

    /// <summary>Per member, one cell per position of the order of passage.</summary>
    public IReadOnlyDictionary<Guid, GridCell[]> Grid { get; private set; } = new Dictionary<Guid, GridCell[]>();

    public IReadOnlyList<(int Present, int Proxies, int Voters, bool QuorumMet)> Totals { get; private set; } = [];

    /// <summary>The member whose lists are written out in full (<c>?membre=</c>: the grid without JavaScript).</summary>
    public Guid? Expanded { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? membre, CancellationToken ct)
    {
        Expanded = membre;
        return await PrepareAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var rows = Rows.Select(r => new AttendanceRow(r.MemberId, r.Status, r.From, r.To, r.HolderId, r.SubstituteId, r.NewSubstituteName)).ToList();
        var result = await commands.SaveAttendanceAsync(User, id, rows, ct);
        var after = await AfterAsync(result, id, "Présences enregistrées.", ct);
        if (!result.Succeeded && result.Status != CommandStatus.NotFound)
        {
            await PrepareAsync(id, ct);
        }

        return after;
    }

    private async Task<bool> PrepareAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var sitting = Sitting!;
        var assembly = Assembly!;
        Titulars = assembly.Members.Where(m => m.Role == MemberRole.Titular)
            .OrderBy(m => m.FamilyName, StringComparer.Create(Subsidia.Domain.Common.French.Culture, true))
            .ThenBy(m => m.GivenName, StringComparer.Create(Subsidia.Domain.Common.French.Culture, true)).ToList();
        Stored = SittingCommands.RowsOf(sitting, assembly);
        Keys = sitting.Positions.OrderBy(p => p.Index).Select(p => p.Key).ToList();
        var engine = new RollEngine(sitting, assembly.Members);
        var grid = Titulars.ToDictionary(m => m.Id, _ => new GridCell[Keys.Count]);
        var totals = new List<(int, int, int, bool)>();
        for (var i = 0; i < Keys.Count; i++)
        {
            var roll = engine.RollAt(i);
            var present = roll.Present.ToHashSet();
            var substituted = sitting.Attendances.Where(a => a.ReplacesMemberId is not null && present.Contains(a.MemberId))
                .GroupBy(a => a.ReplacesMemberId!.Value).ToDictionary(g => g.Key, g => g.First().MemberId);
            var proxies = roll.ProxiesInForce.GroupBy(p => p.GrantorId).ToDictionary(g => g.Key, g => g.First().HolderId);
            foreach (var m in Titulars)
            {
                grid[m.Id][i] = present.Contains(m.Id) ? new GridCell("P", "présent")
                    : substituted.TryGetValue(m.Id, out var sub) ? new GridCell("S", $"suppléé par {engine.NameOf(sub)}")
                    : proxies.TryGetValue(m.Id, out var holder) ? new GridCell("Pv", $"pouvoir à {engine.NameOf(holder)}")
                    : new GridCell("A", "absent");
            }

            totals.Add((roll.PresentCount, roll.ProxiesInForceCount, roll.Voters, roll.QuorumMet));
        }

        Grid = grid;
        Totals = totals;
        return true;
    }
}
