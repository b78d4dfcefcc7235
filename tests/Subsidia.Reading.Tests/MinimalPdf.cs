using System.Globalization;
using System.Text;

namespace Subsidia.Reading.Tests;

/// <summary>Writes a one-page PDF with Helvetica text lines (or no text at all), for the PDF path of the loader.</summary>
internal static class MinimalPdf
{
    public static byte[] Create(IReadOnlyList<string> lines)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var latin = System.Text.Encoding.GetEncoding(1252);
        var content = new MemoryStream();
        void Write(MemoryStream s, string text) => s.Write(latin.GetBytes(text));
        if (lines.Count > 0)
        {
            Write(content, "BT /F1 9 Tf 30 810 Td 11 TL\n");
            foreach (var line in lines)
            {
                var escaped = line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
                Write(content, $"({escaped}) Tj T*\n");
            }

            Write(content, "ET\n");
        }
        else
        {
            Write(content, "0 0 1 rg 100 100 200 200 re f\n");
        }

        var objects = new List<byte[]>
        {
            latin.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            latin.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            latin.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            latin.GetBytes($"<< /Length {content.Length} >>\nstream\n").Concat(content.ToArray()).Concat(latin.GetBytes("\nendstream")).ToArray(),
            latin.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };
        var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }

        var xref = pdf.Length;
        Write(pdf, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, offset.ToString("0000000000", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static bool PdftotextAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));
}
