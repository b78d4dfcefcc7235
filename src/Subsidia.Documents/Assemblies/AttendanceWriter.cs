using Subsidia.Domain.Assemblies;

namespace Subsidia.Documents.Assemblies;

/// <summary>
/// Writes attendance, proxies and chairs back in the register's words: "(à partir du 2.1)", "(jusqu'au 7.3)",
/// "(à compter de la question n°11 et jusqu'à la question n°41 incluse)", "(représenté par M. Denis GALLET)".
/// </summary>
public sealed class AttendanceWriter
{
    private readonly Assembly _assembly;
    private readonly Sitting _sitting;
    private readonly Dictionary<Guid, Member> _people;

    public AttendanceWriter(Assembly assembly, Sitting sitting)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(sitting);
        _assembly = assembly;
        _sitting = sitting;
        _people = assembly.Members.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>"M. Denis GALLET".</summary>
    public string Name(Guid id) =>
        _people.TryGetValue(id, out var m) ? Name(m) : "personne inconnue";

    public static string Name(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Civility is null ? member.FullName : $"{member.Civility} {member.FullName}";
    }

    public bool IsFeminine(Guid id) => _people.TryGetValue(id, out var m) && IsFeminine(m);

    private static bool IsFeminine(Member m) =>
        m.Civility is { } c && (c.StartsWith("Mme", StringComparison.OrdinalIgnoreCase) || c.StartsWith("Mlle", StringComparison.OrdinalIgnoreCase));

    /// <summary>The titular members of the body in office on the sitting date.</summary>
    public IReadOnlyList<Member> Titulars =>
        _assembly.Members.Where(m => m.Role == MemberRole.Titular && m.HoldsMandateOn(_sitting.Date)).ToList();

    /// <summary>One line of the "Etaient présents" list.</summary>
    public sealed record PresentLine(Member Member, string Name, string? Span, string? Commune);

    /// <summary>Titular members who sat, or were represented by their substitute, at some point of the sitting.</summary>
    public IReadOnlyList<PresentLine> Present()
    {
        var lines = new List<PresentLine>();
        foreach (var member in Titulars)
        {
            var own = _sitting.Attendances.Where(a => a.MemberId == member.Id && a.ReplacesMemberId is null).ToList();
            var subs = _sitting.Attendances.Where(a => a.ReplacesMemberId == member.Id).ToList();
            if (own.Count == 0 && subs.Count == 0)
            {
                continue;
            }

            var parts = new List<string>();
            var feminine = IsFeminine(member);
            foreach (var sub in subs)
            {
                var span = SpanWords(sub.From, sub.To, sub.Gaps);
                parts.Add($"{(feminine ? "représentée" : "représenté")} par {Name(sub.MemberId)}{(span.Length == 0 ? "" : " " + span)}");
            }

            var ownSpans = own.Select(a => SpanWords(a.From, a.To, a.Gaps)).ToList();
            if (subs.Count > 0 && own.Count > 0)
            {
                parts.Add($"{(feminine ? "présente" : "présent")} {string.Join(" puis ", ownSpans.Where(s => s.Length > 0))}".TrimEnd());
            }
            else if (own.Count > 0 && ownSpans.Any(s => s.Length > 0))
            {
                parts.Add(string.Join(" puis ", ownSpans.Where(s => s.Length > 0)));
            }

            lines.Add(new PresentLine(member, Name(member), parts.Count == 0 ? null : $"({string.Join(" et ", parts)})", member.Commune));
        }

        return lines;
    }

    /// <summary>Titular members who neither sat nor were represented by a substitute.</summary>
    public IReadOnlyList<Member> Absent() =>
        Titulars.Where(m => !_sitting.Attendances.Any(a => a.MemberId == m.Id || a.ReplacesMemberId == m.Id)).ToList();

    /// <summary>Substitutes who sat, with the member they replaced.</summary>
    public IReadOnlyList<(Member Substitute, Member Titular)> SittingSubstitutes() =>
        _sitting.Attendances.Where(a => a.ReplacesMemberId is not null)
            .Select(a => (_people.GetValueOrDefault(a.MemberId), _people.GetValueOrDefault(a.ReplacesMemberId!.Value)))
            .Where(p => p.Item1 is not null && p.Item2 is not null)
            .Select(p => (p.Item1!, p.Item2!))
            .DistinctBy(p => p.Item1.Id)
            .ToList();

    /// <summary>A proxy in words: grantor, holder and span ("à partir du 2.1"), empty for the whole sitting.</summary>
    public sealed record ProxyLine(string Grantor, string Holder, string Span)
    {
        /// <summary>"M. Jean-Marie ROTH donne pouvoir à M. Jean-Pierre BASSELIN (à partir du 2.1)".</summary>
        public override string ToString() => $"{Grantor} donne pouvoir à {Holder}{(Span.Length == 0 ? "" : $" ({Span})")}";
    }

    /// <summary>The proxies of the sitting, in the order they were recorded.</summary>
    public IReadOnlyList<ProxyLine> Proxies() =>
        _sitting.Proxies.Select(p => new ProxyLine(Name(p.GrantorId), Name(p.HolderId), SpanWords(p.From, p.To, []))).ToList();

    /// <summary>"M. Gabriel BAULIEU, puis Mme Anne VIGNOT".</summary>
    public string Chairs()
    {
        var terms = _sitting.Chairs.Select(c =>
        {
            var span = SpanWords(c.From, c.To, []);
            return Name(c.MemberId) + (span.Length == 0 ? "" : $" ({span})");
        }).ToList();
        return terms.Count switch
        {
            0 => "",
            1 => terms[0],
            _ => string.Join(", puis de ", terms),
        };
    }

    /// <summary>The span of an attendance, proxy or chair in words; empty for the whole sitting.</summary>
    public string SpanWords(string? from, string? to, IReadOnlyList<AttendanceGap> gaps)
    {
        var words = (from, to) switch
        {
            (null, null) => "",
            ({ } f, null) => From(f),
            (null, { } t) => Until(t),
            ({ } f, { } t) => $"{From(f)} et {Until(t)}",
        };
        var gapWords = gaps.Select(g => (g.From, g.To) switch
        {
            ({ } f, { } t) when string.Equals(f, t, StringComparison.OrdinalIgnoreCase) => $"sauf {Point(f)}",
            ({ } f, { } t) => $"sauf {Point(f)} à {Bare(t)}",
            ({ } f, null) => $"sauf {From(f)}",
            (null, { } t) => $"sauf {Until(t)}",
            _ => "",
        }).Where(s => s.Length > 0).ToList();
        return string.Join(", ", new[] { words }.Concat(gapWords).Where(s => s.Length > 0));
    }

    private bool Questions => _sitting.PositionScheme == PositionScheme.Question;

    private static bool IsClock(string key) => SittingTimeline.TryParseClock(key, out _);

    private string From(string key) => IsClock(key)
        ? $"à partir de {key}"
        : Questions ? $"à compter de la question n°{key}" : $"à partir du {key}";

    private string Until(string key) => IsClock(key)
        ? $"jusqu'à {key}"
        : Questions ? $"jusqu'à la question n°{key} incluse" : $"jusqu'au {key}";

    private string Point(string key) => IsClock(key) ? $"à {key}" : Questions ? $"à la question n°{key}" : $"au {key}";

    private string Bare(string key) => IsClock(key) || !Questions ? key : $"n°{key}";
}
