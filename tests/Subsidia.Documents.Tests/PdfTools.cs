using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Subsidia.Documents.Tests;

/// <summary>Reads generated PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm, pdffonts) and keeps them as test artefacts.</summary>
public static partial class PdfTools
{
    /// <summary>test-artifacts/documents at the repository root (git-ignored).</summary>
    public static string ArtifactFolder { get; } = FindArtifactFolder();

    private static string FindArtifactFolder([CallerFilePath] string source = "")
    {
        var dir = Path.GetDirectoryName(source);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Subsidia.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        var folder = Path.Combine(dir ?? Path.GetTempPath(), "test-artifacts", "documents");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes the file under test-artifacts/documents and returns its path.</summary>
    public static string Keep(string name, byte[] content)
    {
        var path = Path.Combine(ArtifactFolder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(true);
            throw new TimeoutException($"{tool} took more than 60 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result;
    }

    /// <summary>The text of the PDF as pdftotext -layout reads it.</summary>
    public static string Text(string pdfPath) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdfPath, "-");

    /// <summary>The text in reading order (pdftotext without -layout), for the cells of tables.</summary>
    public static string ReadingOrder(string pdfPath) => Body(Run("pdftotext", "-enc", "UTF-8", pdfPath, "-"));

    /// <summary>The text without the running footers, on one line (see <see cref="Flat"/>).</summary>
    public static string Body(string text) =>
        Flat(string.Join('\n', text.Split('\n').Where(l => !FooterLine().IsMatch(l))));

    /// <summary>The text on one line: spaces (ordinary, no-break, narrow) collapsed, words cut at a hyphen at the end of a line joined again.</summary>
    public static string Flat(string text)
    {
        var s = text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Replace('\f', ' ');
        s = Spaces().Replace(s, " ");
        s = HyphenBreak().Replace(s, "$1-$2");
        return s;
    }

    public static int PageCount(string pdfPath)
    {
        var info = Run("pdfinfo", pdfPath);
        var match = Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline);
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Font lines of pdffonts (name, type, encoding, emb, sub, uni, object).</summary>
    public static IReadOnlyList<string> Fonts(string pdfPath) =>
        Run("pdffonts", pdfPath).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

    /// <summary>
    /// Renders page 1 to PNG (kept as an artefact) and to a grey map, and returns the share of pixels that are not white.
    /// </summary>
    public static double Page1InkRatio(string pdfPath)
    {
        var stem = Path.Combine(Path.GetDirectoryName(pdfPath)!, Path.GetFileNameWithoutExtension(pdfPath) + "-page1");
        Run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdfPath, stem);
        if (!File.Exists(stem + ".png"))
        {
            throw new InvalidOperationException("pdftoppm wrote no PNG");
        }

        var grey = Path.Combine(Path.GetTempPath(), $"subsidia-{Guid.NewGuid():N}");
        Run("pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdfPath, grey);
        try
        {
            var (width, height, pixels) = ReadPgm(File.ReadAllBytes(grey + ".pgm"));
            var ink = pixels.Count(p => p < 200);
            return (double)ink / (width * height);
        }
        finally
        {
            File.Delete(grey + ".pgm");
        }
    }

    /// <summary>Reads a binary PGM (P5, 8 bits).</summary>
    public static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] data)
    {
        var pos = 0;
        string Token()
        {
            while (pos < data.Length && (char.IsWhiteSpace((char)data[pos]) || data[pos] == '#'))
            {
                if (data[pos] == '#')
                {
                    while (pos < data.Length && data[pos] != '\n')
                    {
                        pos++;
                    }
                }
                else
                {
                    pos++;
                }
            }

            var start = pos;
            while (pos < data.Length && !char.IsWhiteSpace((char)data[pos]))
            {
                pos++;
            }

            return Encoding.ASCII.GetString(data, start, pos - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException("not a binary PGM");
        }

        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        var max = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (max > 255)
        {
            throw new InvalidDataException("16-bit PGM");
        }

        pos++; // the single whitespace after maxval
        return (width, height, data.AsSpan(pos, width * height).ToArray());
    }

    [GeneratedRegex(@"Page\s+\d+\s+sur\s+\d+\s*$")]
    private static partial Regex FooterLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\p{L})- (\p{Lu})")]
    private static partial Regex HyphenBreak();
}
