using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Findings;

namespace Subsidia.Application.Audit;

/// <summary>One finding of the audit, with where it was found.</summary>
public sealed record AuditFinding(string Code, string Severity, string? Item, string Message, string Where, DateOnly? Date, Guid? SittingId, Guid? GrantId);

/// <summary>Re-runs every check over the database: each sitting's rolls, proxies across sittings, each grant file.</summary>
public sealed class AuditService(SubsidiaDbContext db)
{
    /// <summary>Runs the audit; <paramref name="progress"/> is told after each sitting or grant.</summary>
    public async Task<(int Sittings, int Grants, IReadOnlyList<AuditFinding> Findings)> RunAsync(Action<int, int>? progress, CancellationToken ct)
    {
        var assemblies = await db.Assemblies.AsNoTracking().Include(a => a.Members).ToDictionaryAsync(a => a.Id, ct);
        var sittingIds = await db.Sittings.OrderBy(s => s.Date).Select(s => s.Id).ToListAsync(ct);
        var grantIds = await db.GrantFiles.Select(g => g.Id).ToListAsync(ct);
        var total = sittingIds.Count + grantIds.Count;
        var done = 0;
        var findings = new List<AuditFinding>();
        var byAssembly = new Dictionary<Guid, List<Sitting>>();
        foreach (var id in sittingIds)
        {
            var sitting = await db.SittingsWithEverything().AsNoTracking().SingleAsync(s => s.Id == id, ct);
            var assembly = assemblies[sitting.AssemblyId];
            findings.AddRange(new RollEngine(sitting, assembly.Members).Evaluate().AllFindings.Select(f => Map(f, assembly, sitting)));
            if (!byAssembly.TryGetValue(assembly.Id, out var list))
            {
                byAssembly[assembly.Id] = list = [];
            }

            list.Add(sitting);
            progress?.Invoke(++done, total);
        }

        foreach (var (assemblyId, sittings) in byAssembly)
        {
            var assembly = assemblies[assemblyId];
            var names = assembly.Members.ToDictionary(m => m.Id, m => m.FullName);
            findings.AddRange(ProxyMandateCheck.Check(sittings, id => names.GetValueOrDefault(id, "?")).Select(f => Map(f, assembly, sittings[^1])));
        }

        var beneficiaries = await db.Beneficiaries.AsNoTracking().Include(b => b.History).ToDictionaryAsync(b => b.Id, ct);
        foreach (var id in grantIds)
        {
            var grant = await db.GrantFilesWithEverything().AsNoTracking().SingleAsync(g => g.Id == id, ct);
            var beneficiary = beneficiaries[grant.BeneficiaryId];
            findings.AddRange(grant.Check(beneficiary).Select(f => new AuditFinding(f.Code, f.SeverityName, f.Item, f.Message,
                $"Subvention à {beneficiary.Name}{(grant.Decision is { } d ? $" ({d.ActNumber})" : "")}", grant.Decision?.DecidedOn, null, grant.Id)));
            progress?.Invoke(++done, total);
        }

        return (sittingIds.Count, grantIds.Count, findings);
    }

    private static AuditFinding Map(Finding f, Assembly assembly, Sitting sitting) =>
        new(f.Code, f.SeverityName, f.Item, f.Message, assembly.Name, sitting.Date, sitting.Id, null);
}
