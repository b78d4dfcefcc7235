using System.Buffers;

namespace Subsidia.OpenData.Export;

/// <summary>RFC 4180 output: cells quoted only when they hold the delimiter, a quote or a line break.</summary>
public sealed class CsvOutput(TextWriter writer, char delimiter = ',', string newLine = "\r\n")
{
    private static readonly SearchValues<char> CommaSpecials = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> SemicolonSpecials = SearchValues.Create(";\"\r\n");
    private readonly SearchValues<char> _specials = delimiter switch
    {
        ',' => CommaSpecials,
        ';' => SemicolonSpecials,
        _ => SearchValues.Create($"{delimiter}\"\r\n"),
    };

    private bool _first = true;

    public void Cell(string? value) => Cell(value.AsSpan());

    public void Cell(ReadOnlySpan<char> value)
    {
        if (!_first)
        {
            writer.Write(delimiter);
        }

        _first = false;
        if (value.IndexOfAny(_specials) < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        var rest = value;
        while (true)
        {
            var quote = rest.IndexOf('"');
            if (quote < 0)
            {
                writer.Write(rest);
                break;
            }

            writer.Write(rest[..(quote + 1)]);
            writer.Write('"');
            rest = rest[(quote + 1)..];
        }

        writer.Write('"');
    }

    public void EndRow()
    {
        writer.Write(newLine);
        _first = true;
    }

    public void Row(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var c in cells)
        {
            Cell(c);
        }

        EndRow();
    }
}
