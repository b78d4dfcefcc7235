using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Subsidia.Cli;

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Default = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

/// <summary>Progress of long work on stderr, only when a person watches (stderr is a terminal).</summary>
internal sealed class Progress(TextWriter stderr, int total, string what)
{
    private readonly bool _visible = !Console.IsErrorRedirected && total > 1;
    private int _done;

    public void Step()
    {
        _done++;
        if (_visible && (_done == total || _done % Math.Max(1, total / 100) == 0))
        {
            stderr.Write($"\r{_done}/{total} {what} ({_done * 100 / total} %)");
        }
    }

    public void Done()
    {
        if (_visible)
        {
            stderr.WriteLine();
        }
    }
}
