using Subsidia.Domain.Assemblies;
using Subsidia.Reading.Audit;
using Subsidia.Reading.Model;
using Subsidia.Reading.Reading;

namespace Subsidia.Reading;

/// <summary>One document read and audited: the contract's extract and the domain objects an importer stores.</summary>
public sealed class ReadResult
{
    internal ReadResult(ExtractDocument extract, DocumentImport import, ReadDocument read)
    {
        Extract = extract;
        Import = import;
        Read = read;
    }

    /// <summary>The <c>subsidia.extract/1</c> object.</summary>
    public ExtractDocument Extract { get; }

    /// <summary>Authority, assembly and members, sitting, items and their evaluation.</summary>
    public DocumentImport Import { get; }

    /// <summary>What the reader found, before it became domain objects.</summary>
    public ReadDocument Read { get; }
}

/// <summary>Entry point of the document reader: text in, extract and domain objects out.</summary>
public static class DeliberationReader
{
    /// <summary>Reads and audits the text of one document; <paramref name="into"/> files it under a known authority.</summary>
    public static ReadResult ReadText(string text, string source, Authority? into = null)
    {
        var read = DocumentReader.Read(text, source);
        var import = DocumentAuditor.Audit(read, into);
        return new ReadResult(read.Extract, import, read);
    }

    /// <summary>Loads a .txt, .md or .pdf file and reads it. Throws <see cref="UnreadableDocumentException"/> when it cannot be read.</summary>
    public static ReadResult ReadFile(string path, Authority? into = null)
    {
        var text = DocumentLoader.Load(path);
        return ReadText(text, Path.GetFileName(path), into);
    }
}
