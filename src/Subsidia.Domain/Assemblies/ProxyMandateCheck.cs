using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Assemblies;

/// <summary>
/// one written proxy is valid for three consecutive sittings at most, unless the illness is medically
/// certified (L2121-20). Proxies that share a <see cref="Proxy.MandateReference"/> are the same document.
/// </summary>
public static class ProxyMandateCheck
{
    /// <summary>Checks the sittings of one body; they need not be sorted.</summary>
    public static IReadOnlyList<Finding> Check(IEnumerable<Sitting> sittingsOfOneBody, Func<Guid, string> nameOf, VotingRuleSet? rules = null)
    {
        ArgumentNullException.ThrowIfNull(sittingsOfOneBody);
        ArgumentNullException.ThrowIfNull(nameOf);
        var ordered = sittingsOfOneBody.OrderBy(s => s.Date).ToList();
        var findings = new List<Finding>();
        var uses = new Dictionary<string, List<(int Rank, Sitting Sitting, Proxy Proxy)>>(StringComparer.OrdinalIgnoreCase);
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            foreach (var proxy in ordered[rank].Proxies.Where(p => p.MandateReference is not null && !p.MedicallyCertified))
            {
                if (!uses.TryGetValue(proxy.MandateReference!, out var list))
                {
                    uses[proxy.MandateReference!] = list = [];
                }

                if (list.Count == 0 || list[^1].Rank != rank)
                {
                    list.Add((rank, ordered[rank], proxy));
                }
            }
        }

        foreach (var (reference, list) in uses)
        {
            var limit = (rules ?? VotingRuleSet.For(list[0].Sitting.Date)).MaxConsecutiveSittingsPerProxy;
            var run = 1;
            for (var i = 1; i < list.Count; i++)
            {
                run = list[i].Rank == list[i - 1].Rank + 1 ? run + 1 : 1;
                if (run == limit + 1)
                {
                    var p = list[i].Proxy;
                    findings.Add(new Finding(FindingCodes.ProxyMandateExpired, Severity.Error, null,
                        $"Le pouvoir « {reference} » de {nameOf(p.GrantorId)} à {nameOf(p.HolderId)} sert à une {limit + 1}e séance consécutive " +
                        $"(séance du {French.Date(list[i].Sitting.Date)}) : un même mandat ne vaut que pour {limit} séances consécutives, " +
                        "sauf maladie dûment constatée (CGCT L2121-20)."));
                }
            }
        }

        return findings;
    }
}
