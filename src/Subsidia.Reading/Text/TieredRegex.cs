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

    /// <summary>False when the text contains none of the needles, so that the pattern cannot match it.</summary>
    public bool MayMatch(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
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

    // A text without any needle cannot match: it is not searched (a failed match, an empty collection).
    public Match Match(string input) => MayMatch(input) ? Current.Match(input) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int startat) => MayMatch(input) ? Current.Match(input, startat) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int beginning, int length) =>
        MayMatch(input) ? Current.Match(input, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    public MatchCollection Matches(string input) => MayMatch(input) ? Current.Matches(input) : Current.Matches("");

    public bool IsMatch(string input) => MayMatch(input) && Current.IsMatch(input);

    public string Replace(string input, string replacement) => Current.Replace(input, replacement);

    public string Replace(string input, MatchEvaluator evaluator) => Current.Replace(input, evaluator);

    public string[] Split(string input) => Current.Split(input);

    public override string ToString() => _pattern;
}
