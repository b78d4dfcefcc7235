using System.Xml.Linq;
using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Conventions;
using Subsidia.Documents.Docx;
using Subsidia.Documents.Pdf;
using Subsidia.Documents.Templating;
using Subsidia.Domain.Assemblies;

namespace Subsidia.Documents;

/// <summary>The documents this renderer writes, with their template file.</summary>
public static class DocumentTemplates
{
    public const string Extract = "extrait.html";
    public const string DeliberationList = "liste-deliberations.html";
    public const string Minutes = "proces-verbal.html";
    public const string ClosingSheet = "feuillet-cloture.html";
    public const string Convention = "convention.html";
}

/// <summary>
/// Renders the register's documents as PDF (headless Chromium, A4, fonts embedded, page numbers) and DOCX
/// (OpenXml) from editable templates. One instance is meant to live for the whole application (a singleton):
/// it keeps one Chromium for every render and is safe to call from several threads.
/// </summary>
/// <remarks>
/// Templates are read from <see cref="TemplateStore.Folder"/> at each render, so an edited template applies to the
/// next document without rebuilding. Chromium is Debian's <c>/usr/bin/chromium</c>; the PDF tests read the output
/// back with <c>pdftotext</c> (poppler-utils).
/// </remarks>
public sealed class DocumentRenderer : IAsyncDisposable, IDisposable
{
    private readonly ChromiumPdfPrinter _printer;
    private readonly TimeProvider _clock;

    public DocumentRenderer(string? templateFolder = null, ChromiumOptions? chromium = null, TimeProvider? clock = null)
    {
        Templates = new TemplateStore(templateFolder);
        _printer = new ChromiumPdfPrinter(chromium);
        _clock = clock ?? TimeProvider.System;
    }

    public TemplateStore Templates { get; }

    /// <summary>How many times Chromium was started (1 when the shared browser is reused as intended).</summary>
    public int BrowserLaunches => _printer.Launches;

    // ---- Extract of the register (R-13) ----

    /// <summary>The extract of the register for one act, as PDF.</summary>
    public Task<byte[]> ExtractPdfAsync(SittingRecord record, AgendaItem item, CancellationToken cancellationToken = default)
    {
        var (html, label) = ExtractDocument(record, item);
        return PdfAsync(html, label, cancellationToken);
    }

    /// <summary>The extract of the register for one act, as DOCX.</summary>
    public byte[] ExtractDocx(SittingRecord record, AgendaItem item)
    {
        var (document, label) = ExtractDocument(record, item);
        return XhtmlToDocx.Convert(document, label);
    }

    /// <summary>The extract as XHTML (what the PDF prints), for previews in the browser.</summary>
    public string ExtractHtml(SittingRecord record, AgendaItem item) => Html(ExtractDocument(record, item).Document);

    private (XDocument Document, string Label) ExtractDocument(SittingRecord record, AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(item);
        var model = AssemblyModels.Extract(record, item, Today());
        var label = $"Délibération n°{item.ActNumber ?? item.Number} – {record.Assembly.Name} – séance du {Domain.Common.French.Date(record.Sitting.Date)}";
        return (Templates.Render(DocumentTemplates.Extract, model), label);
    }

    // ---- List of deliberations, minutes, closing sheet (R-12) ----

    /// <summary>The list of the sitting's deliberations, displayed and put online within a week .</summary>
    public Task<byte[]> DeliberationListPdfAsync(SittingRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = Templates.Render(DocumentTemplates.DeliberationList, AssemblyModels.DeliberationList(record));
        return PdfAsync(document, $"Liste des délibérations – {record.Assembly.Name} – séance du {Domain.Common.French.Date(record.Sitting.Date)}", cancellationToken);
    }

    /// <summary>The draft minutes (procès-verbal) of the sitting .</summary>
    public Task<byte[]> MinutesPdfAsync(SittingRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = Templates.Render(DocumentTemplates.Minutes, AssemblyModels.Minutes(record));
        return PdfAsync(document, $"Procès-verbal (projet) – {record.Assembly.Name} – séance du {Domain.Common.French.Date(record.Sitting.Date)}", cancellationToken);
    }

    /// <summary>The register's closing sheet for the sitting .</summary>
    public Task<byte[]> ClosingSheetPdfAsync(SittingRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = Templates.Render(DocumentTemplates.ClosingSheet, AssemblyModels.ClosingSheet(record));
        return PdfAsync(document, $"Registre des délibérations – feuillet de clôture – séance du {Domain.Common.French.Date(record.Sitting.Date)}", cancellationToken);
    }

    // ---- Convention and its annexes ----

    /// <summary>The convention of a grant with its annexes (programme, budget, indicators), as PDF.</summary>
    public Task<byte[]> ConventionPdfAsync(ConventionRecord record, CancellationToken cancellationToken = default)
    {
        var (document, label) = ConventionDocument(record);
        return PdfAsync(document, label, cancellationToken);
    }

    /// <summary>The convention of a grant with its annexes, as DOCX for the agents to edit in Word.</summary>
    public byte[] ConventionDocx(ConventionRecord record)
    {
        var (document, label) = ConventionDocument(record);
        return XhtmlToDocx.Convert(document, label);
    }

    /// <summary>The convention as XHTML, for previews.</summary>
    public string ConventionHtml(ConventionRecord record) => Html(ConventionDocument(record).Document);

    private (XDocument Document, string Label) ConventionDocument(ConventionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var model = ConventionModels.Convention(record);
        var convention = record.Grant.Convention!;
        return (Templates.Render(DocumentTemplates.Convention, model), $"Convention – {convention.BeneficiaryName}");
    }

    // ---- Shared ----

    /// <summary>Renders any template of the folder with a model, as PDF.</summary>
    public Task<byte[]> TemplatePdfAsync(string templateName, IReadOnlyDictionary<string, object?> model, string footerLabel, CancellationToken cancellationToken = default) =>
        PdfAsync(Templates.Render(templateName, model), footerLabel, cancellationToken);

    /// <summary>Renders any template of the folder with a model, as DOCX.</summary>
    public byte[] TemplateDocx(string templateName, IReadOnlyDictionary<string, object?> model, string footerLabel) =>
        XhtmlToDocx.Convert(Templates.Render(templateName, model), footerLabel);

    private Task<byte[]> PdfAsync(XDocument document, string footerLabel, CancellationToken cancellationToken) =>
        _printer.PrintAsync(Html(document), footerLabel, cancellationToken);

    private static string Html(XDocument document)
    {
        var root = new XElement(document.Root ?? throw new InvalidOperationException("Document vide."));
        // HTML parsers read "<div/>" as an opening tag: only void elements may stay empty.
        foreach (var empty in root.DescendantsAndSelf().Where(e => e.IsEmpty && !VoidElements.Contains(e.Name.LocalName)))
        {
            empty.Value = string.Empty;
        }

        return "<!DOCTYPE html>\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    private static readonly HashSet<string> VoidElements = ["br", "hr", "meta", "link", "img", "col", "input", "wbr"];

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    public ValueTask DisposeAsync() => _printer.DisposeAsync();

    public void Dispose() => _printer.Dispose();
}
