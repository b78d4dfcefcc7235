using System.Globalization;
using System.Text.RegularExpressions;

namespace Subsidia.Domain.Assemblies;

/// <summary>
/// Resolves span bounds (keys of the order of passage, or clock times) to ranks of the order of passage.
/// </summary>
public sealed partial class SittingTimeline
{
    private readonly Dictionary<string, int> _index;
    private readonly List<string> _unresolved = [];
    // Resolved bounds: the positions never change once the timeline is built, and the engine asks for the same
    // bounds at every position of every roll.
    private readonly Dictionary<string, int?> _starts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _ends = new(StringComparer.Ordinal);

    public SittingTimeline(Sitting sitting)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        Positions = sitting.Positions.OrderBy(p => p.Index).ToList();
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Positions.Count; i++)
        {
            _index[Positions[i].Key] = i;
        }
    }

    public IReadOnlyList<SittingPosition> Positions { get; }

    public int Count => Positions.Count;

    /// <summary>Bounds that named no position (reported as POSITION_NOT_IN_ORDER).</summary>
    public IReadOnlyList<string> Unresolved => _unresolved;

    public int? IndexOf(string? key) => key is not null && _index.TryGetValue(key.Trim(), out var i) ? i : null;

    /// <summary>True when rank <paramref name="index"/> lies within the inclusive span [from, to].</summary>
    public bool Covers(string? from, string? to, int index)
    {
        var start = from is null ? 0 : Cached(_starts, from, ResolveStart);
        var end = to is null ? Count - 1 : Cached(_ends, to, ResolveEnd);
        return start is not null && end is not null && start <= index && index <= end;
    }

    private static int? Cached(Dictionary<string, int?> cache, string key, Func<string, int?> resolve)
    {
        if (!cache.TryGetValue(key, out var rank))
        {
            rank = resolve(key);
            cache[key] = rank;
        }

        return rank;
    }

    private int? ResolveStart(string key)
    {
        if (IndexOf(key) is { } i)
        {
            return i;
        }

        if (TryParseClock(key, out var time))
        {
            // "à partir de 11h50": the first item opened at or after that time.
            for (var p = 0; p < Count; p++)
            {
                if (Positions[p].OpenedAt is { } at && at >= time)
                {
                    return p;
                }
            }

            return Positions.Any(p => p.OpenedAt is not null) ? Count : Unknown(key);
        }

        return Unknown(key);
    }

    private int? ResolveEnd(string key)
    {
        if (IndexOf(key) is { } i)
        {
            return i;
        }

        if (TryParseClock(key, out var time))
        {
            // "jusqu'à 11h50": the last item opened before that time.
            var last = -1;
            for (var p = 0; p < Count; p++)
            {
                if (Positions[p].OpenedAt is { } at && at < time)
                {
                    last = p;
                }
            }

            return Positions.Any(p => p.OpenedAt is not null) ? last : Unknown(key);
        }

        return Unknown(key);
    }

    private int? Unknown(string key)
    {
        if (!_unresolved.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            _unresolved.Add(key);
        }

        return null;
    }

    /// <summary>Reads "11:50", "11h50" or "11h".</summary>
    public static bool TryParseClock(string key, out TimeOnly time)
    {
        var match = ClockPattern().Match(key.Trim());
        if (match.Success)
        {
            var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var minutes = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            if (hours < 24 && minutes < 60)
            {
                time = new TimeOnly(hours, minutes);
                return true;
            }
        }

        time = default;
        return false;
    }

    [GeneratedRegex(@"^(\d{1,2})\s*[:hH]\s*(\d{2})?$")]
    private static partial Regex ClockPattern();
}
