using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Subsidia.OpenData.Actes;

/// <summary>An annex sent with the act: its typology code ("22_DP", "99_SE"…), file extension and content.</summary>
public sealed record ActesAnnex(string Typology, string Extension, ReadOnlyMemory<byte> Content);

/// <summary>What is transmitted for one act: identifier, classification, object, the act PDF and its annexes.</summary>
public sealed record ActesTransmission
{
    public required ActesActId Id { get; init; }
    /// <summary>Matière code, 2 to 5 levels ("7.5" or "7.5.1").</summary>
    public required string MatterCode { get; init; }
    /// <summary>Objet of the act.</summary>
    public required string Subject { get; init; }
    /// <summary>Date of the classification version in force (ClassificationDateVersion from the prefecture).</summary>
    public required DateOnly ClassificationDate { get; init; }
    public IReadOnlyList<ActesAnnex> Annexes { get; init; } = [];
    /// <summary>A paper document is also sent (DocumentPapier O/N).</summary>
    public bool PaperDocument { get; init; }
}

/// <summary>
/// The @ctes business message (ACTES v1.1 metadata XML) and the transmission bundle: <c>{IDActe}-1-1_0.xml</c>,
/// the act <c>99_DE-{IDActe}-1-1_1.pdf</c>, the annexes <c>{typo}-{IDActe}-1-1_{2..n}</c>, as a .tar.gz.
/// </summary>
public static class ActesBundle
{
    public const string Namespace = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";

    private static readonly XNamespace Ns = Namespace;

    public static string MetadataFileName(ActesActId id) => $"{id}-1-1_0.xml";

    /// <summary>The act's file: "99_DE-{IDActe}-1-1_1.pdf" for a deliberation.</summary>
    public static string ActFileName(ActesActId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return $"99_{ActesIdentifier.Abbreviation(id.Nature)}-{id}-1-1_1.pdf";
    }

    /// <summary>Annex <paramref name="position"/> (0-based) is file number position + 2.</summary>
    public static string AnnexFileName(ActesActId id, ActesAnnex annex, int position)
    {
        ArgumentNullException.ThrowIfNull(annex);
        return $"{annex.Typology}-{id}-1-1_{position + 2}.{annex.Extension.TrimStart('.')}";
    }

    /// <summary>The transmission XML: Acte @Date @NumeroInterne @CodeNatureActe, CodeMatiere1..5, Objet, …</summary>
    public static XDocument Metadata(ActesTransmission transmission)
    {
        ArgumentNullException.ThrowIfNull(transmission);
        var id = transmission.Id;
        var levels = transmission.MatterCode.Split('.', StringSplitOptions.TrimEntries);
        if (levels.Length is < 2 or > 5 || !ActesNomenclature.TryParseCode(transmission.MatterCode, out _, out _))
        {
            throw new ArgumentException($"« {transmission.MatterCode} » n'est pas un code de matière ACTES.", nameof(transmission));
        }

        var root = new XElement(Ns + "Acte",
            new XAttribute(XNamespace.Xmlns + "actes", Namespace),
            new XAttribute(Ns + "Date", id.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XAttribute(Ns + "NumeroInterne", id.Number),
            new XAttribute(Ns + "CodeNatureActe", ((int)id.Nature).ToString(CultureInfo.InvariantCulture)));
        for (var i = 0; i < levels.Length; i++)
        {
            root.Add(new XElement(Ns + $"CodeMatiere{i + 1}", new XAttribute(Ns + "CodeMatiere", levels[i])));
        }

        root.Add(new XElement(Ns + "Objet", transmission.Subject));
        root.Add(new XElement(Ns + "ClassificationDateVersion", transmission.ClassificationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        root.Add(new XElement(Ns + "Document", new XElement(Ns + "NomFichier", ActFileName(id))));
        var annexes = new XElement(Ns + "Annexes", new XAttribute(Ns + "Nombre", transmission.Annexes.Count.ToString(CultureInfo.InvariantCulture)));
        for (var i = 0; i < transmission.Annexes.Count; i++)
        {
            annexes.Add(new XElement(Ns + "Annexe", new XElement(Ns + "NomFichier", AnnexFileName(id, transmission.Annexes[i], i))));
        }

        root.Add(annexes);
        root.Add(new XElement(Ns + "DocumentPapier", transmission.PaperDocument ? "O" : "N"));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>The metadata as UTF-8 bytes (with its XML declaration).</summary>
    public static byte[] MetadataBytes(ActesTransmission transmission)
    {
        using var ms = new MemoryStream();
        using (var writer = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            Metadata(transmission).Save(writer);
        }

        return ms.ToArray();
    }

    /// <summary>Writes the bundle (metadata, act PDF, annexes) as a gzip-compressed tar archive.</summary>
    public static void WriteTarGz(Stream output, ActesTransmission transmission, ReadOnlyMemory<byte> actPdf, DateTimeOffset modified)
    {
        ArgumentNullException.ThrowIfNull(transmission);
        using var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
        using var tar = new TarWriter(gzip, TarEntryFormat.Ustar, leaveOpen: true);
        Add(tar, MetadataFileName(transmission.Id), MetadataBytes(transmission), modified);
        Add(tar, ActFileName(transmission.Id), actPdf, modified);
        for (var i = 0; i < transmission.Annexes.Count; i++)
        {
            var annex = transmission.Annexes[i];
            Add(tar, AnnexFileName(transmission.Id, annex, i), annex.Content, modified);
        }
    }

    private static void Add(TarWriter tar, string name, ReadOnlyMemory<byte> content, DateTimeOffset modified)
    {
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(content.ToArray()),
            ModificationTime = modified,
        };
        tar.WriteEntry(entry);
    }
}

/// <summary>The prefecture's acknowledgment (AR) of an act: ARActe @IDActe @DateReception.</summary>
public sealed record ActesAcknowledgment(string ActId, DateOnly ReceivedOn, DateOnly? ClassificationVersion)
{
    /// <summary>Reads an AR message; throws <see cref="FormatException"/> (in French) when it is not one.</summary>
    public static ActesAcknowledgment Parse(string xml)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(xml);
        }
        catch (XmlException e)
        {
            throw new FormatException($"L'accusé de réception n'est pas un XML lisible : {e.Message}", e);
        }

        var root = doc.Root;
        if (root is null || root.Name.LocalName != "ARActe")
        {
            throw new FormatException("Le message n'est pas un accusé de réception d'acte (élément ARActe attendu).");
        }

        var id = Attribute(root, "IDActe") ?? throw new FormatException("L'accusé de réception n'indique pas l'identifiant de l'acte (IDActe).");
        var received = Attribute(root, "DateReception") ?? throw new FormatException("L'accusé de réception n'indique pas la date de réception (DateReception).");
        if (!TryDate(received, out var date))
        {
            throw new FormatException($"Date de réception illisible dans l'accusé de réception : « {received} ».");
        }

        var version = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "ClassificationDateVersionEnCours")?.Value;
        return new ActesAcknowledgment(id, date, version is not null && TryDate(version, out var v) ? v : null);
    }

    private static string? Attribute(XElement e, string name) =>
        e.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value;

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>R-17: an act is executory once both published (or notified) and received by the prefecture.</summary>
public static class ExecutoryDate
{
    /// <summary>max(publication, receipt); null while either is unknown.</summary>
    public static DateOnly? Of(DateOnly? publishedOn, DateOnly? receivedOn) =>
        publishedOn is { } p && receivedOn is { } r ? (p > r ? p : r) : null;
}
