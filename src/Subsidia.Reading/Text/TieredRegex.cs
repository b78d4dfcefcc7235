using System.Text.RegularExpressions;

namespace Subsidia.Reading.Text;

/// <summary>
/// A regular expression that runs interpreted for its first uses and is compiled once it has proved hot.
/// </summary>
/// <remarks>
/// The reader has about a hundred patterns. Source-generated, they made the project slow to build (megabytes of
/// generated C#); compiled up front, every process paid about half a second of code generation before reading its
/// first document, although most patterns run once or twice per document. Interpreted, they read three times
/// slower. So each pattern starts interpreted (cheap to build) and is rebuilt with <see cref="RegexOptions.Compiled"/>
/// after <see cref="CompileAfter"/> uses: a single extract stays quick to start, a batch of thousands runs compiled.
/// Both forms are the same pattern with the same options, so they match the same text. Thread-safe: a
/// <see cref="Regex"/> is, and the switch only replaces one reference by an equivalent one.
/// </remarks>
public sealed class TieredRegex
{
    /// <summary>Uses after which the pattern is compiled.</summary>
    public const int CompileAfter = 64;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly string[] _needles;
    private Regex _regex;
    private int _uses;

    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Its options (<see cref="RegexOptions.CultureInvariant"/> is always added).</param>
    /// <param name="needles">
    /// Words of which every match contains at least one (compared without regard to case): when a text has none,
    /// the pattern is not run on it (<see cref="MayMatch"/>). Empty: no such words.
    /// </param>
    public TieredRegex(string pattern, RegexOptions options = RegexOptions.None, params string[] needles)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(needles);
        _pattern = pattern;
        _options = (options | RegexOptions.CultureInvariant) & ~RegexOptions.Compiled;
        _needles = needles;
        _regex = new Regex(_pattern, _options);
    }

    /// <summary>
    /// A pattern that every match contains a match of, cheaper to search (a rare character at a fixed place): a text
    /// without it is not searched. Null: none.
    /// </summary>
    public string? Requires
    {
        get => _requires?.ToString();
        init => _requires = value is null ? null : new TieredRegex(value, _options);
    }

    private readonly TieredRegex? _requires;

    /// <summary>False when the text contains none of the needles, or nothing that <see cref="Requires"/> finds, so
    /// that the pattern cannot match it.</summary>
    public bool MayMatch(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_requires is not null && !_requires.IsMatch(input))
        {
            return false;
        }

        if (_needles.Length == 0)
        {
            return true;
        }

        foreach (var needle in _needles)
        {
            if (input.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True once the compiled form is in use.</summary>
    public bool IsCompiled => (_regex.Options & RegexOptions.Compiled) != 0;

    private Regex Current
    {
        get
        {
            if (_uses < CompileAfter && Interlocked.Increment(ref _uses) == CompileAfter)
            {
                _regex = new Regex(_pattern, _options | RegexOptions.Compiled);
            }

            return _regex;
        }
    }

    /// <summary>
    /// Words one of which starts every match, written in lower case without accents ("del" for « Délégués »,
    /// « DELEGUES » and « délégués »), for a pattern whose own search cannot tell where a match may begin
    /// (alternations of words under <see cref="RegexOptions.IgnoreCase"/>, lookbehinds): each word is then looked
    /// for in the text folded the same way, a vectorised search, and the pattern is tried only where one begins.
    /// The matches are the same as without them; tests compare, for every pattern that has starts, both searches.
    /// A match so found must not be followed by <see cref="System.Text.RegularExpressions.Match.NextMatch"/>:
    /// use <see cref="Matches"/>.
    /// </summary>
    public IReadOnlyList<string> Starts
    {
        get => _starts;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(w => w.Length == 0 || w != FrenchText.FoldSameLength(w)))
            {
                throw new ArgumentException("Starts are written in lower case, without accents.", nameof(value));
            }

            _starts = value;
            _anchored = value.Count == 0 ? null : new TieredRegex(@"\G(?:" + _pattern + ")", _options);
        }
    }

    private readonly IReadOnlyList<string> _starts = [];
    private readonly TieredRegex? _anchored;

    // The last two texts folded on this thread (a reader alternates between a document and its heading).
    [ThreadStatic] private static string? _foldedInput;
    [ThreadStatic] private static string? _folded;
    [ThreadStatic] private static string? _previousInput;
    [ThreadStatic] private static string? _previous;

    // The folded form of the text being read: the patterns of a reader search the same text one after the other.
    private static string Folded(string input)
    {
        if (ReferenceEquals(input, _foldedInput))
        {
            return _folded!;
        }

        if (ReferenceEquals(input, _previousInput))
        {
            (_previousInput, _previous, _foldedInput, _folded) = (_foldedInput, _folded, _previousInput, _previous);
            return _folded!;
        }

        (_previousInput, _previous) = (_foldedInput, _folded);
        _folded = FrenchText.FoldSameLength(input);
        _foldedInput = input;
        return _folded;
    }

    /// <summary>
    /// When set, told the processor time of every search (a bench's profile of the patterns; null in use).
    /// </summary>
    public static Action<TieredRegex, TimeSpan>? Observer { get; set; }

    // Measured only when an observer listens; the lambdas are static, so the plain path allocates nothing.
    private T Run<TState, T>(TState state, Func<TieredRegex, TState, T> search)
    {
        if (Observer is not { } observer)
        {
            return search(this, state);
        }

        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = search(this, state);
        if (result is MatchCollection all)
        {
            _ = all.Count; // searched inside the measure (a collection is otherwise searched as it is read)
        }

        observer(this, System.Diagnostics.Stopwatch.GetElapsedTime(start));
        return result;
    }

    // The first match at or after `from`: the pattern's own search, or tried where one of the starts begins.
    // `next` keeps, between calls on the same text, where each start word occurs next (-1: nowhere further).
    private Match First(string input, int from)
    {
        Span<int> next = stackalloc int[_starts.Count];
        next.Fill(-2);
        return First(input, from, next);
    }

    private Match First(string input, int from, Span<int> next)
    {
        if (_anchored is null)
        {
            return Current.Match(input, from);
        }

        var folded = Folded(input);

        while (from <= input.Length)
        {
            var candidate = int.MaxValue;
            for (var k = 0; k < _starts.Count; k++)
            {
                if (next[k] == -2 || (next[k] >= 0 && next[k] < from))
                {
                    next[k] = folded.IndexOf(_starts[k], from, StringComparison.Ordinal);
                }

                if (next[k] >= 0 && next[k] < candidate)
                {
                    candidate = next[k];
                }
            }

            if (candidate == int.MaxValue)
            {
                break;
            }

            var m = _anchored.Current.Match(input, candidate);
            if (m.Success)
            {
                return m;
            }

            from = candidate + 1;
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    private IReadOnlyList<Match> All(string input)
    {
        if (_anchored is null)
        {
            return Current.Matches(input);
        }

        var all = new List<Match>();
        Span<int> next = stackalloc int[_starts.Count];
        next.Fill(-2);
        var from = 0;
        while (First(input, from, next) is { Success: true } m)
        {
            all.Add(m);
            from = m.Index + Math.Max(1, m.Length);
        }

        return all;
    }

    // A text without any needle cannot match: it is not searched (a failed match, an empty collection).
    public Match Match(string input) =>
        MayMatch(input) ? Run(input, static (r, s) => r.First(s, 0)) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int startat) =>
        MayMatch(input) ? Run((input, startat), static (r, s) => r.First(s.input, s.startat)) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The first match inside a part of the text, searched as if it were the whole text.</summary>
    public Match Match(string input, int beginning, int length) =>
        MayMatch(input) ? Run((input, beginning, length), static (r, s) => r.Current.Match(s.input, s.beginning, s.length)) : System.Text.RegularExpressions.Match.Empty;

    public IReadOnlyList<Match> Matches(string input) =>
        MayMatch(input) ? Run(input, static (r, s) => r.All(s)) : [];

    public bool IsMatch(string input) => MayMatch(input) && Run(input, static (r, s) => r._anchored is null ? r.Current.IsMatch(s) : r.First(s, 0).Success);

    public string Replace(string input, string replacement) => Current.Replace(input, replacement);

    public string Replace(string input, MatchEvaluator evaluator) => Current.Replace(input, evaluator);

    public string[] Split(string input) => Current.Split(input);

    /// <summary>The options the pattern is built with.</summary>
    public RegexOptions Options => _options;

    public override string ToString() => _pattern;
}
