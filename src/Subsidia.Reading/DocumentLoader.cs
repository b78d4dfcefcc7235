using System.Diagnostics;
using System.Text;

namespace Subsidia.Reading;

/// <summary>A document that cannot be read; the message is one French line for stderr.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string message) : base(message) { }

    public UnreadableDocumentException(string message, Exception inner) : base(message, inner) { }

    public UnreadableDocumentException() { }
}

/// <summary>Loads the text of a .txt, .md or .pdf document (UTF-8 or Windows-1252; PDF through pdftotext -layout).</summary>
public static class DocumentLoader
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static string Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UnreadableDocumentException($"{Path.GetFileName(path)} : fichier introuvable.");
        }

        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new UnreadableDocumentException($"{name} : le fichier est vide.");
        }

        var isPdf = bytes.Length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
        if (isPdf || string.Equals(Path.GetExtension(path), ".pdf", StringComparison.OrdinalIgnoreCase))
        {
            if (!isPdf)
            {
                throw new UnreadableDocumentException($"{name} : ce fichier .pdf n'est pas un PDF.");
            }

            var text = PdfText(path, name);
            if (text.Count(char.IsLetterOrDigit) < 20)
            {
                throw new UnreadableDocumentException($"{name} : le PDF ne contient pas de texte (document numérisé sans reconnaissance de caractères ?).");
            }

            return text;
        }

        return DecodeText(bytes, name);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8, else Windows-1252; binary content is refused.</summary>
    public static string DecodeText(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var controls = bytes.Count(b => b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'));
        if (bytes.Contains((byte)0) || controls > bytes.Length / 100 + 2)
        {
            throw new UnreadableDocumentException($"{name} : fichier binaire, ce n'est pas un texte lisible.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.Value.GetString(bytes);
        }

        text = text.TrimStart('\uFEFF');
        if (text.Trim().Length == 0)
        {
            throw new UnreadableDocumentException($"{name} : le fichier est vide.");
        }

        return text;
    }

    private static string PdfText(string path, string name)
    {
        var start = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        try
        {
            using var process = Process.Start(start) ?? throw new UnreadableDocumentException($"{name} : pdftotext n'a pas pu être lancé.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            if (process.ExitCode != 0)
            {
                throw new UnreadableDocumentException($"{name} : PDF illisible (pdftotext a échoué).");
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UnreadableDocumentException($"{name} : pdftotext est introuvable (paquet poppler-utils) ; le PDF ne peut pas être lu.", e);
        }
    }
}
