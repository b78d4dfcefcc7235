using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Subsidia.Documents.Docx;

/// <summary>
/// Writes the XHTML of a rendered template as a Word document (DocumentFormat.OpenXml): headings, paragraphs, lists,
/// tables (with column spans), bold and italics, page breaks, A4 pages and "Page X sur Y" in the footer. The same
/// template therefore gives the PDF and the DOCX, and the two never drift apart.
/// </summary>
/// <remarks>
/// Classes understood: <c>center</c>, <c>right</c>, <c>num</c> (right-aligned figures), <c>sub</c> (indented sub-line),
/// <c>total</c> (bold row), <c>layout</c> (table without borders), <c>page-break</c> (new page before the element),
/// <c>screen-only</c> (left out). Everything else is ignored: the DOCX is meant to be edited, not to copy the CSS.
/// </remarks>
public static partial class XhtmlToDocx
{
    private const string FontName = "Arial";

    public static byte[] Convert(XDocument document, string footerLabel)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            var title = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
            package.PackageProperties.Title = title ?? footerLabel;
            package.PackageProperties.Language = "fr-FR";
            package.PackageProperties.Creator = "Subsidia";

            var body = new Body();
            var bodyElement = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "body") ?? document.Root!;
            var writer = new Writer(body);
            writer.Blocks(bodyElement.Nodes());

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = FooterWith(footerLabel);
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 907, Bottom = 1021, Left = 1021U, Right = 1021U, Header = 567U, Footer = 567U, Gutter = 0U }));
            foreach (var pPr in body.Descendants<ParagraphProperties>())
            {
                SortParagraphProperties(pPr);
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Puts the children of w:pPr in the order the schema requires (Word refuses other orders).</summary>
    private static void SortParagraphProperties(ParagraphProperties pPr)
    {
        static int Rank(OpenXmlElement e) => e switch
        {
            ParagraphStyleId => 0,
            KeepNext => 1,
            KeepLines => 2,
            PageBreakBefore => 3,
            ParagraphBorders => 10,
            Shading => 11,
            Tabs => 12,
            SpacingBetweenLines => 20,
            Indentation => 21,
            Justification => 30,
            OutlineLevel => 40,
            _ => 50,
        };

        var children = pPr.ChildElements.ToList();
        var sorted = children.OrderBy(Rank).ToList();
        if (children.SequenceEqual(sorted))
        {
            return;
        }

        pPr.RemoveAllChildren();
        foreach (var child in sorted)
        {
            pPr.Append(child);
        }
    }

    private static Footer FooterWith(string label)
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
            TextRun(label + "   –   Page ", small: true),
            new SimpleField(TextRun("1", small: true)) { Instruction = " PAGE " },
            TextRun(" sur ", small: true),
            new SimpleField(TextRun("1", small: true)) { Instruction = " NUMPAGES " });
        return new Footer(paragraph);
    }

    private static Run TextRun(string text, bool small = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (small)
        {
            run.PrependChild(new RunProperties(new Color { Val = "444444" }, new FontSize { Val = "15" }));
        }

        return run;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    new FontSize { Val = "20" },
                    new Languages { Val = "fr-FR" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, null, isDefault: true));
        styles.Append(ParagraphStyle("Title", "Titre", 32, "1F3A5F", spacingBefore: "0", spacingAfter: "160"));
        styles.Append(ParagraphStyle("Heading1", "Titre 1", 26, "1F3A5F", spacingBefore: "240", spacingAfter: "120", outline: 0));
        styles.Append(ParagraphStyle("Heading2", "Titre 2", 22, "1F3A5F", spacingBefore: "200", spacingAfter: "80", outline: 1));
        styles.Append(ParagraphStyle("Heading3", "Titre 3", 20, "333333", spacingBefore: "160", spacingAfter: "60", outline: 2));
        stylesPart.Styles = styles;
    }

    private static Style ParagraphStyle(string id, string name, int? halfPoints, string? color, bool isDefault = false,
        string? spacingBefore = null, string? spacingAfter = null, int? outline = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new NextParagraphStyle { Val = "Normal" });
            var pPr = new StyleParagraphProperties(new KeepNext(),
                new SpacingBetweenLines { Before = spacingBefore, After = spacingAfter });
            if (outline is { } level)
            {
                pPr.Append(new OutlineLevel { Val = level });
            }

            style.Append(pPr);
            var rPr = new StyleRunProperties(new Bold());
            if (color is not null)
            {
                rPr.Append(new Color { Val = color });
            }

            if (halfPoints is { } size)
            {
                rPr.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
            }

            style.Append(rPr);
        }

        return style;
    }

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Whitespace();

    private static bool HasClass(XElement e, string cls) =>
        ((string?)e.Attribute("class"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(cls, StringComparer.Ordinal) == true;

    private sealed record Format(bool Bold, bool Italic, bool Underline, bool Superscript, bool Small);

    private sealed class Writer(Body body)
    {
        private static readonly HashSet<string> BlockNames =
        [
            "p", "div", "section", "article", "header", "footer", "main", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table",
            "blockquote", "hr", "figure", "aside", "nav", "dl", "dt", "dd",
        ];

        private readonly List<OpenXmlElement> _target = [];
        private bool _pendingBreak;

        public void Blocks(IEnumerable<XNode> nodes)
        {
            Blocks(nodes, body, 0, null);
        }

        private void Blocks(IEnumerable<XNode> nodes, OpenXmlCompositeElement container, int listLevel, JustificationValues? align)
        {
            var inline = new List<XNode>();
            foreach (var node in nodes)
            {
                if (node is XElement e && BlockNames.Contains(e.Name.LocalName))
                {
                    Flush(inline, container, null, align, listLevel);
                    Block(e, container, listLevel, align);
                }
                else if (node is XElement skip && skip.Name.LocalName is "style" or "script" or "title" or "head")
                {
                    continue;
                }
                else
                {
                    inline.Add(node);
                }
            }

            Flush(inline, container, null, align, listLevel);
        }

        private void Flush(List<XNode> inline, OpenXmlCompositeElement container, string? styleId, JustificationValues? align, int indent)
        {
            if (inline.Count == 0)
            {
                return;
            }

            var paragraph = NewParagraph(styleId, align, indent, null);
            AppendInline(paragraph, inline, new Format(false, false, false, false, false));
            inline.Clear();
            if (paragraph.Elements<Run>().Any(r => r.InnerText.Trim().Length > 0 || r.Elements<Break>().Any()))
            {
                TrimEdges(paragraph);
                container.Append(paragraph);
            }
        }

        private Paragraph NewParagraph(string? styleId, JustificationValues? align, int indent, string? prefix)
        {
            var pPr = new ParagraphProperties();
            if (styleId is not null)
            {
                pPr.Append(new ParagraphStyleId { Val = styleId });
            }

            if (_pendingBreak)
            {
                pPr.Append(new PageBreakBefore());
                _pendingBreak = false;
            }

            if (indent > 0)
            {
                var indentation = new Indentation { Left = (360 * indent).ToString(CultureInfo.InvariantCulture) };
                if (prefix is not null)
                {
                    indentation.Hanging = "240";
                }

                pPr.Append(indentation);
            }

            if (align is { } a)
            {
                pPr.Append(new Justification { Val = a });
            }

            var paragraph = new Paragraph(pPr);
            if (prefix is not null)
            {
                paragraph.Append(new Run(new Text(prefix) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return paragraph;
        }

        private static JustificationValues? AlignOf(XElement e, JustificationValues? inherited)
        {
            if (HasClass(e, "center"))
            {
                return JustificationValues.Center;
            }

            if (HasClass(e, "right") || HasClass(e, "num"))
            {
                return JustificationValues.Right;
            }

            return inherited;
        }

        private void Block(XElement e, OpenXmlCompositeElement container, int listLevel, JustificationValues? inherited)
        {
            if (HasClass(e, "screen-only"))
            {
                return;
            }

            if (HasClass(e, "page-break"))
            {
                _pendingBreak = true;
            }

            var align = AlignOf(e, inherited);
            switch (e.Name.LocalName)
            {
                case "h1":
                case "h2":
                case "h3":
                case "h4":
                {
                    var style = e.Name.LocalName switch { "h1" => HasClass(e, "title") ? "Title" : "Heading1", "h2" => "Heading2", _ => "Heading3" };
                    var p = NewParagraph(style, align, 0, null);
                    AppendInline(p, e.Nodes(), new Format(false, false, false, false, false));
                    TrimEdges(p);
                    container.Append(p);
                    break;
                }

                case "p":
                case "dt":
                case "dd":
                {
                    var p = NewParagraph(null, align, listLevel + (e.Name.LocalName == "dd" ? 1 : 0), null);
                    AppendInline(p, e.Nodes(), new Format(e.Name.LocalName == "dt", false, false, false, HasClass(e, "small")));
                    TrimEdges(p);
                    container.Append(p);
                    break;
                }

                case "ul":
                case "ol":
                {
                    var number = 1;
                    foreach (var li in e.Elements().Where(c => c.Name.LocalName == "li"))
                    {
                        var prefix = e.Name.LocalName == "ol" ? $"{number++}.\t" : "•\t";
                        ListItem(li, container, listLevel + 1, prefix, align);
                    }

                    break;
                }

                case "li":
                    ListItem(e, container, listLevel + 1, "•\t", align);
                    break;
                case "table":
                    container.Append(Table(e));
                    container.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
                    break;
                case "hr":
                    container.Append(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                        new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" }))));
                    break;
                default:
                    Blocks(e.Nodes(), container, listLevel, align);
                    break;
            }
        }

        private void ListItem(XElement li, OpenXmlCompositeElement container, int level, string prefix, JustificationValues? align)
        {
            var inline = li.Nodes().TakeWhile(n => n is not XElement c || !BlockNames.Contains(c.Name.LocalName)).ToList();
            var p = NewParagraph(null, align, level, prefix);
            AppendInline(p, inline, new Format(false, false, false, false, false));
            TrimEdges(p);
            container.Append(p);
            var rest = li.Nodes().Skip(inline.Count);
            Blocks(rest, container, level, align);
        }

        private Table Table(XElement table)
        {
            var layout = HasClass(table, "layout");
            var rows = table.Descendants().Where(r => r.Name.LocalName == "tr").ToList();
            var columns = Math.Max(1, rows.Select(r => r.Elements().Where(IsCell).Sum(Span)).DefaultIfEmpty(1).Max());
            var widths = ColumnWidths(table, columns);
            var borders = layout
                ? new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })
                : new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "B0B0B0" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "B0B0B0" });
            var result = new Table(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                borders,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
            var grid = new TableGrid();
            foreach (var w in widths)
            {
                grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
            }

            result.Append(grid);
            foreach (var row in rows)
            {
                var tr = new TableRow();
                var header = row.Parent?.Name.LocalName == "thead";
                if (header)
                {
                    tr.Append(new TableRowProperties(new TableHeader()));
                }

                var total = HasClass(row, "total");
                var column = 0;
                foreach (var cell in row.Elements().Where(IsCell))
                {
                    var span = Span(cell);
                    var width = widths.Skip(column).Take(span).Sum();
                    column += span;
                    var tcPr = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                    if (span > 1)
                    {
                        tcPr.Append(new GridSpan { Val = span });
                    }

                    var isHead = cell.Name.LocalName == "th";
                    if (isHead && !layout)
                    {
                        tcPr.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E8EDF3" });
                    }

                    var tc = new TableCell(tcPr);
                    var indent = HasClass(cell, "sub") ? 1 : 0;
                    var align = AlignOf(cell, AlignOf(row, null));
                    var hasBlocks = cell.Elements().Any(c => BlockNames.Contains(c.Name.LocalName));
                    if (hasBlocks)
                    {
                        Blocks(cell.Nodes(), tc, indent, align);
                    }
                    else
                    {
                        var p = NewParagraph(null, align, indent, null);
                        AppendInline(p, cell.Nodes(), new Format(isHead || total, false, false, false, false));
                        TrimEdges(p);
                        tc.Append(p);
                    }

                    if (!tc.Elements<Paragraph>().Any() && !tc.Elements<Table>().Any())
                    {
                        tc.Append(new Paragraph());
                    }

                    foreach (var p in tc.Elements<Paragraph>())
                    {
                        var pPr = p.ParagraphProperties ?? p.PrependChild(new ParagraphProperties());
                        pPr.Append(new SpacingBetweenLines { After = "0" });
                    }

                    tr.Append(tc);
                }

                if (!tr.Elements<TableCell>().Any())
                {
                    continue;
                }

                result.Append(tr);
            }

            return result;
        }

        private static int[] ColumnWidths(XElement table, int columns)
        {
            const int Total = 9864; // A4 width less the margins, in twentieths of a point
            var declared = table.Elements().Where(c => c.Name.LocalName == "colgroup").SelectMany(g => g.Elements())
                .Concat(table.Elements().Where(c => c.Name.LocalName == "col"))
                .Select(c => ParsePercent((string?)c.Attribute("style") ?? (string?)c.Attribute("width"))).ToList();
            if (declared.Count == columns && declared.All(d => d is > 0))
            {
                var sum = declared.Sum(d => d!.Value);
                return declared.Select(d => (int)(Total * d!.Value / sum)).ToArray();
            }

            return Enumerable.Repeat(Total / columns, columns).ToArray();
        }

        private static double? ParsePercent(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var match = Regex.Match(text, @"(\d+(?:\.\d+)?)\s*%");
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }

        private static bool IsCell(XElement e) => e.Name.LocalName is "td" or "th";

        private static int Span(XElement cell) =>
            int.TryParse((string?)cell.Attribute("colspan"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 1 ? n : 1;

        private static void AppendInline(Paragraph paragraph, IEnumerable<XNode> nodes, Format format)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case XText text:
                    {
                        var value = Whitespace().Replace(text.Value, " ");
                        if (value.Length > 0)
                        {
                            paragraph.Append(MakeRun(value, format));
                        }

                        break;
                    }

                    case XElement e when HasClass(e, "screen-only"):
                        break;
                    case XElement e:
                        switch (e.Name.LocalName)
                        {
                            case "br":
                                paragraph.Append(new Run(new Break()));
                                break;
                            case "strong":
                            case "b":
                            case "th":
                                AppendInline(paragraph, e.Nodes(), format with { Bold = true });
                                break;
                            case "em":
                            case "i":
                                AppendInline(paragraph, e.Nodes(), format with { Italic = true });
                                break;
                            case "u":
                                AppendInline(paragraph, e.Nodes(), format with { Underline = true });
                                break;
                            case "sup":
                                AppendInline(paragraph, e.Nodes(), format with { Superscript = true });
                                break;
                            case "small":
                                AppendInline(paragraph, e.Nodes(), format with { Small = true });
                                break;
                            default:
                                AppendInline(paragraph, e.Nodes(), format);
                                break;
                        }

                        break;
                }
            }
        }

        private static Run MakeRun(string text, Format format)
        {
            var run = new Run();
            var rPr = new RunProperties();
            if (format.Bold)
            {
                rPr.Append(new Bold());
            }

            if (format.Italic)
            {
                rPr.Append(new Italic());
            }

            if (format.Small)
            {
                rPr.Append(new FontSize { Val = "16" });
            }

            if (format.Underline)
            {
                rPr.Append(new Underline { Val = UnderlineValues.Single });
            }

            if (format.Superscript)
            {
                rPr.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
            }

            if (rPr.HasChildren)
            {
                run.Append(rPr);
            }

            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            return run;
        }

        private static void TrimEdges(Paragraph paragraph)
        {
            var texts = paragraph.Descendants<Text>().ToList();
            // Skip a list prefix ("•\t") at the start.
            var first = texts.FirstOrDefault(t => t.Text != "•\t" && !t.Text.EndsWith(".\t", StringComparison.Ordinal));
            if (first is not null)
            {
                first.Text = first.Text.TrimStart(' ');
            }

            if (texts.Count > 0)
            {
                texts[^1].Text = texts[^1].Text.TrimEnd(' ');
            }
        }
    }

    /// <summary>The text of a DOCX, one paragraph a line (tables row by row, cells separated by tabs).</summary>
    public static string ReadText(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);
        var sb = new StringBuilder();
        var body = package.MainDocumentPart?.Document.Body;
        if (body is null)
        {
            return "";
        }

        foreach (var element in body.Elements())
        {
            switch (element)
            {
                case Paragraph p:
                    sb.AppendLine(p.InnerText);
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        sb.AppendLine(string.Join("\t", row.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().Select(p => p.InnerText)))));
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
