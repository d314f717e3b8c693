using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Cells;
using System.IO;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Model;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Narrative;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Sources.Decoding;
using GovInfoDisclosure.Schema.Import.Sources.Docx;
using GovInfoDisclosure.Schema.Import.Sources.Pdf;
using GovInfoDisclosure.Schema.Import.Structure;
using GovInfoDisclosure.Schema.Import.Tables;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>
/// Reads a published annual report (政府信息公开工作年度报告) — text scraped from a web page, <c>pdftotext -layout</c>
/// output, HTML or Markdown — into the model, with a diagnostic for everything it could not read.
/// </summary>
/// <remarks>
/// <para>
/// The importer is deterministic and never guesses positions: the layout is detected from the labels, labels are matched
/// after normalisation, and a row's values are assigned to columns only when their number equals the number of columns.
/// Otherwise the row is reported as ambiguous (with its line and raw text) and left blank, because a wrong number
/// delivered silently is worse than a missing one. Blank and mark cells stay blank and marks; nothing becomes 0.
/// </para>
/// <para>
/// Pure: no I/O, no shared state; it never throws on bad input, only on a <see langword="null"/> argument or options the
/// JSON contract would refuse (an <see cref="ArgumentException"/>, see <see cref="ImportOptions"/>).
/// </para>
/// </remarks>
public static class ReportImporter
{
    /// <summary>Imports a report from text.</summary>
    /// <param name="text">The source text (HTML, Markdown, plain text, <c>pdftotext -layout</c> output or KIROGOVCOMPARE JSON).</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (unless the input is not one), the diagnostics and the extra rows.</returns>
    /// <remarks>
    /// A PDF or Word document is binary: pass its bytes to <see cref="Import(byte[], ImportOptions?)"/> or a
    /// <see cref="Stream"/> to <see cref="Import(Stream, ImportOptions?)"/>. With <see cref="ImportOptions.SourceKind"/>
    /// set to <see cref="ImportSourceKind.Pdf"/> or <see cref="ImportSourceKind.Docx"/> a text is refused with
    /// <see cref="ImportDiagnosticCodes.InputUnsupported"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds a value the JSON contract would refuse (see <see cref="ImportOptions"/>).</exception>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        options ??= ImportOptions.Default;
        options.ThrowIfInvalid();
        if (options.SourceKind is ImportSourceKind.Pdf or ImportSourceKind.Docx)
        {
            var early = new DiagnosticBag();
            early.AddTemplated(ImportDiagnosticCodes.InputUnsupported, ImportLocation.None, new[]
            {
                ImportArguments.Text("kind", "以文本传入的 PDF 或 Word 文档", "a PDF or Word document passed as text"),
                ImportArguments.Text("advice", "PDF 和 Word 文档是二进制文件，请以字节（byte[]、Stream）传入", "a PDF or Word document is binary: pass its bytes (byte[], Stream)"),
            });
            return Fail(early, options.SourceKind.Value);
        }

        return ImportText(text, options, new DiagnosticBag());
    }

    /// <summary>Imports a report from the bytes of a file: PDF, Word (.docx), HTML or text in any common encoding.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (unless the input is not one), the diagnostics and the extra rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds a value the JSON contract would refuse (see <see cref="ImportOptions"/>).</exception>
    /// <seealso cref="Import(ReadOnlySpan{byte}, ImportOptions?)"/>
    public static ImportResult Import(byte[] bytes, ImportOptions? options = null)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        return Import(new ReadOnlySpan<byte>(bytes), options);
    }

    /// <summary>Imports a report from a stream, read to its end but never more than <see cref="ImportOptions.MaxInputBytes"/> plus one byte.</summary>
    /// <param name="stream">A readable stream; it is read, not closed.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (unless the input is not one), the diagnostics and the extra rows.</returns>
    /// <remarks>The one method of the importer that does I/O: only on the stream given. An I/O error of the stream propagates.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read, or <paramref name="options"/> holds a value the JSON contract would refuse.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        options ??= ImportOptions.Default;
        options.ThrowIfInvalid();
        long limit = (long)options.MaxInputBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return Import(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), options);
    }

    /// <summary>
    /// Imports a report from the bytes of a file. The kind is recognised from the bytes (PDF header, a ZIP holding
    /// <c>word/document.xml</c>, otherwise text) unless <see cref="ImportOptions.SourceKind"/> says it; text is decoded
    /// from its byte-order mark, the charset an HTML page declares, or strict UTF-8 (GB18030 when the bytes are not UTF-8
    /// as a whole), and the encoding chosen is named in an <see cref="ImportDiagnosticCodes.InputEncoding"/> diagnostic.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (unless the input is not one), the diagnostics and the extra rows.</returns>
    /// <remarks>
    /// A legacy binary Word <c>.doc</c> or WPS <c>.wps</c> is refused with <see cref="ImportDiagnosticCodes.InputUnsupported"/>
    /// (convert it to .docx or PDF); a scanned PDF with <see cref="ImportDiagnosticCodes.PdfNoTextLayer"/>. Inputs larger
    /// than <see cref="ImportOptions.MaxInputBytes"/> are refused with <see cref="ImportDiagnosticCodes.InputTooLarge"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds a value the JSON contract would refuse (see <see cref="ImportOptions"/>).</exception>
    public static ImportResult Import(ReadOnlySpan<byte> bytes, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        options.ThrowIfInvalid();
        var early = new DiagnosticBag();
        ImportSourceKind? given = options.SourceKind;
        if (bytes.Length > options.MaxInputBytes)
        {
            early.AddTemplated(ImportDiagnosticCodes.InputTooLarge, ImportLocation.None, TooLarge(Input, Bytes, Bytes),
                expected: options.MaxInputBytes, actual: bytes.Length);
            return Fail(early, given ?? ImportSourceKind.PlainText);
        }

        SniffedKind sniffed = ByteSniffer.Sniff(bytes);
        if (given is ImportSourceKind.Pdf || (given is null && sniffed == SniffedKind.Pdf))
        {
            return ImportDocument(Unified(PdfReader.Read(bytes, options.MaxInputChars), early), options, early);
        }

        if (given is ImportSourceKind.Docx || (given is null && sniffed == SniffedKind.Docx))
        {
            return ImportDocument(Unified(DocxReader.Read(bytes, options.MaxInputChars), early), options, early);
        }

        if (given is null && Unsupported(sniffed) is { } refusal)
        {
            early.AddTemplated(ImportDiagnosticCodes.InputUnsupported, ImportLocation.None, refusal);
            return Fail(early, ImportSourceKind.PlainText);
        }

        // No encoding takes more than four bytes a character: a text longer than that is refused before it is decoded.
        if (bytes.Length > 4L * options.MaxInputChars)
        {
            early.AddTemplated(ImportDiagnosticCodes.InputTooLarge, ImportLocation.None, TooLarge(Input, Bytes, Characters),
                expected: options.MaxInputChars, actual: bytes.Length);
            return Fail(early, given ?? ImportSourceKind.PlainText);
        }

        DecodedInput decoded = InputDecoder.Decode(bytes);
        early.AddRange(decoded.Diagnostics);
        return ImportText(decoded.Text, options, early);
    }

    /// <summary>The kind and the advice of <see cref="ImportDiagnosticCodes.InputUnsupported"/> for a binary input that is not read; <see langword="null"/> for one that is.</summary>
    private static DiagnosticArgument[]? Unsupported(SniffedKind sniffed)
    {
        const string SaveAs = "请另存为 .docx 或 PDF 后再导入", SaveAsEn = "save it as .docx or PDF and import that";
        return sniffed switch
        {
            SniffedKind.LegacyOffice => Refusal("旧版二进制 Office 文件（Word .doc 或 WPS .wps）", "OLE compound file (.doc/.wps)", SaveAs, SaveAsEn),
            SniffedKind.Rtf => Refusal("RTF 文档", "Rich Text Format document", SaveAs, SaveAsEn),
            SniffedKind.Spreadsheet => Refusal("Excel 工作簿（.xlsx）", "Excel workbook (.xlsx)",
                "请导入报告全文（PDF、Word、网页）；单元格表格可用 govinfo render/export 生成", "import the whole report (PDF, Word, web page); cell tables come from govinfo render/export"),
            SniffedKind.Ofd => Refusal("OFD 版式文件", "OFD fixed-layout document",
                "请用 OFD 阅读器另存为 PDF 后再导入", "save it as PDF with an OFD reader and import that"),
            SniffedKind.Image => Refusal("图片（扫描或拍摄的页面）", "image (a scanned or photographed page)",
                "请先做文字识别（OCR），再导入识别出的文字", "run OCR on it first and import the recognised text"),
            SniffedKind.OtherZip => Refusal("不是 Word 文档的 ZIP 文件（没有 word/document.xml）", "ZIP without word/document.xml", SaveAs, SaveAsEn),
            _ => null,
        };

        static DiagnosticArgument[] Refusal(string kind, string kindEn, string advice, string adviceEn) => new[]
        {
            ImportArguments.Text("kind", kind, kindEn),
            ImportArguments.Text("advice", advice, adviceEn),
        };
    }

    private static ImportResult ImportDocument(SourceDocument document, ImportOptions options, DiagnosticBag early)
    {
        foreach (Diagnostic diagnostic in document.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Code is ImportDiagnosticCodes.InputDamaged
                or ImportDiagnosticCodes.PdfNoTextLayer or ImportDiagnosticCodes.HtmlTooDeep or ImportDiagnosticCodes.InputTooLarge or ImportDiagnosticCodes.InputUnsupported)
            {
                early.AddRange(document.Diagnostics);
                return Fail(early, document.Kind);
            }
        }

        return Import(document, options, early);
    }

    /// <summary>A PDF's or Word file's document, its radicals and compatibility ideographs replaced (text inputs are mapped as a whole).</summary>
    private static SourceDocument Unified(SourceDocument document, DiagnosticBag early)
    {
        var replaced = default(IdeographReplacements);
        document = document.WithUnifiedIdeographs(ref replaced);
        ReportUnifiedIdeographs(replaced, early);
        return document;
    }

    /// <summary>Names the radicals and compatibility ideographs replaced, if any (<see cref="ImportDiagnosticCodes.TextCompatibilityIdeographs"/>).</summary>
    private static void ReportUnifiedIdeographs(IdeographReplacements replaced, DiagnosticBag diagnostics)
    {
        if (replaced.Count > 0)
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.TextCompatibilityIdeographs, ImportLocation.None, new[]
            {
                ImportArguments.Number("count", replaced.Count),
                ImportArguments.Text("example", replaced.Example.ToString()),
                ImportArguments.Text("unified", replaced.Unified.ToString()),
            }, actual: replaced.Count);
        }
    }

    /// <summary>Names the traditional characters of the tables' cells, if any (<see cref="ImportDiagnosticCodes.TextTraditionalScript"/>).</summary>
    private static void ReportTraditionalScript(SplitDocument split, DiagnosticBag diagnostics)
    {
        int count = 0;
        char example = '\0';
        for (int table = 2; table <= 4; table++)
        {
            foreach (SourceBlock block in split.Tables[table])
            {
                IReadOnlyList<SourceCell> cells = block.Cells;
                for (int i = 0; i < cells.Count; i++)
                {
                    foreach (char c in cells[i].Text)
                    {
                        if (c >= '\u4E00' && TraditionalCharacters.IsTraditional(c))
                        {
                            example = count == 0 ? c : example;
                            count++;
                        }
                    }
                }
            }
        }

        if (count > 0)
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.TextTraditionalScript, ImportLocation.None, new[]
            {
                ImportArguments.Number("count", count),
                ImportArguments.Text("example", example.ToString()),
                ImportArguments.Text("simplified", TraditionalCharacters.ToSimplified(example).ToString()),
            }, actual: count);
        }
    }

    private static ImportResult ImportText(string text, ImportOptions options, DiagnosticBag early)
    {
        ImportSourceKind kind = options.SourceKind ?? ImportSourceKind.PlainText;
        if (text.Length > options.MaxInputChars)
        {
            early.AddTemplated(ImportDiagnosticCodes.InputTooLarge, ImportLocation.None, TooLarge(Input, Characters, Characters),
                expected: options.MaxInputChars, actual: text.Length);
            return Fail(early, kind);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var replaced = default(IdeographReplacements);
        text = CompatibilityIdeographs.Map(text, ref replaced);
        ReportUnifiedIdeographs(replaced, early);

        if (LabelText.Trim(text).Length == 0)
        {
            early.AddTemplated(ImportDiagnosticCodes.InputEmpty, ImportLocation.None, Array.Empty<DiagnosticArgument>());
            return Fail(early, kind);
        }

        List<string>? lines = null;
        kind = options.SourceKind ?? (KiroGovCompareJson.LooksLikeKiroGovCompare(text) ? ImportSourceKind.KiroGovCompareJson : SourceKindDetector.Detect(text, out lines));
        if (kind == ImportSourceKind.KiroGovCompareJson)
        {
            ImportResult interop = KiroGovCompareJson.Read(text, options);
            if (early.Items.Count == 0)
            {
                return interop;
            }

            early.AddRange(interop.Diagnostics);
            return new ImportResult(interop.Report, early.Items, interop.ExtraRows, interop.SourceKind);
        }

        SourceDocument document = kind switch
        {
            ImportSourceKind.Html => HtmlReader.Read(text),
            ImportSourceKind.Markdown => MarkdownReader.Read(text, lines),
            ImportSourceKind.PdfLayoutText => LayoutTextReader.Read(text, lines),
            _ => PipeTextReader.Read(text, lines),
        };

        return ImportDocument(document, options, early);
    }

    internal static ImportResult Import(SourceDocument document, ImportOptions options, DiagnosticBag early)
    {
        early.AddRange(document.Diagnostics);
        SplitDocument split = DocumentSplitter.Split(document, early);
        if (!split.LooksLikeReport)
        {
            early.AddTemplated(ImportDiagnosticCodes.NotAReport, ImportLocation.None,
                new[] { ImportArguments.Text("reason", "没有识别到年度报告的任何章节标题或表格", "No section heading and no table of the report was recognised") });
            return Fail(early, document.Kind);
        }

        ReportTraditionalScript(split, early);
        NarrativeResult narrative = NarrativeBuilder.Build(split, early);
        string? titleAgency = null;
        int year = ReadYear(document, split, narrative, options, early, ref titleAgency);
        if (year < 0)
        {
            return Fail(early, document.Kind); // refused with IMP-YEAR-OUT-OF-RANGE
        }

        if (year == 0)
        {
            early.AddTemplated(ImportDiagnosticCodes.YearMissing, ImportLocation.None,
                new[] { ImportArguments.Text("source", "文本（没有标题、统计期限、落款日期或年份）", "the text (no title, statistical period, sign-off date or year)") });
            return Fail(early, document.Kind);
        }

        ReportFormat format = ReadFormat(document, split, options, year, early);
        var context = new ImportContext(format, options);
        context.Diagnostics.AddRange(early.Items);
        InterpretTable(context, split, ReportTable.ProactiveDisclosure, new ProactiveDisclosureInterpreter(context));
        InterpretTable(context, split, ReportTable.Applications, new ApplicationsInterpreter(context));
        InterpretTable(context, split, ReportTable.ReconsiderationAndLitigation, new ReconsiderationInterpreter(context));
        context.Diagnostics.ReplaceAll(d => d.Code == ImportDiagnosticCodes.RowMissing ? UnsplitRow(document.Blocks, format, d) ?? d : d);

        for (int section = 1; section <= 6; section++)
        {
            if (!split.SectionFound[section])
            {
                context.Diagnostics.AddTemplated(ImportDiagnosticCodes.SectionMissing, ImportLocation.None,
                    new[] { ImportArguments.Heading(LabelCatalogue.For(format).Sections[section - 1]) });
            }
        }

        // A source may declare the agency and the date, even as absent (an empty value): then the text is not searched.
        string? agency = options.Agency
            ?? (document.Metadata.ContainsKey("agency") ? Meta(document, "agency")
                : AgencyFinder.Find(split, titleAgency, narrative.SignOffAgency, context.Diagnostics));
        if (agency is null)
        {
            context.Diagnostics.AddTemplated(ImportDiagnosticCodes.AgencyNotNamed, ImportLocation.None, Array.Empty<DiagnosticArgument>());
        }

        CalendarDate? publishedOn = narrative.SignOffDate;
        if (document.Metadata.ContainsKey("publishedOn"))
        {
            publishedOn = CalendarDate.TryParseIso(Meta(document, "publishedOn"), out CalendarDate declared) ? declared : null;
        }

        GovInfoReport report = context.Grid.Build() with { Agency = agency, Year = year, PublishedOn = publishedOn, Narrative = narrative.Narrative };
        return new ImportResult(report, context.Diagnostics.Items, context.ExtraRows, document.Kind, ProvenanceMap.Complete(context));
    }

    private static void InterpretTable(ImportContext context, SplitDocument split, ReportTable table, TableInterpreter interpreter)
    {
        List<SourceBlock> blocks = split.Tables[(int)table];
        bool hasCells = false;
        foreach (SourceBlock block in blocks)
        {
            hasCells |= block.Cells.Count > 0;
        }

        if (hasCells)
        {
            interpreter.Interpret(RowAssembler.Assemble(blocks));
            return;
        }

        TableLabel label = LabelCatalogue.For(context.Format).GetTable(table);
        int section = (int)table;
        var proseText = new System.Text.StringBuilder();
        int line = split.SectionLine[section];
        foreach (NarrativeLine text in split.Sections[section])
        {
            if (proseText.Length <= 200)
            {
                proseText.Append(text.Text);
            }

            line = line == 0 ? text.Line : line;
        }

        string prose = proseText.ToString();

        var location = new ImportLocation { Line = line == 0 ? null : line, Table = table, Pointer = "/" + label.Key };
        if (IsNoneStatement(prose))
        {
            context.Diagnostics.AddTemplated(ImportDiagnosticCodes.TableReplacedByText, location, new[]
            {
                ImportArguments.Table(label),
                ImportArguments.Text("text", prose),
                context.Options.TreatNoneStatementAsZero
                    ? ImportArguments.Text("outcome", "按选项记为 0", "read as zeros, as the options ask")
                    : ImportArguments.Text("outcome", "单元格为空", "its cells are blank"),
            }, prose);
            if (context.Options.TreatNoneStatementAsZero)
            {
                foreach (RowLabel row in label.Rows)
                {
                    foreach (ColumnLabel column in row.Columns)
                    {
                        if (!row.IsOptional && !column.IsOptional)
                        {
                            string pointer = ReportPointers.Cell(label, row, column);
                            context.Grid[pointer] = ReportCell.FromNumber(0);
                            context.Provenance[pointer] = CellProvenance.Inferred;
                        }
                    }
                }

                context.Diagnostics.AddTemplated(ImportDiagnosticCodes.TableFilledWithZero, location, new[] { ImportArguments.Table(label), ImportArguments.Text("text", prose) }, prose);
            }

            return;
        }

        context.Diagnostics.AddTemplated(ImportDiagnosticCodes.TableMissing, location, new[] { ImportArguments.Table(label) });
    }

    /// <summary>
    /// A row reported missing may be printed after all, with its values in the label's line but not in cells (separated
    /// by spaces instead of "|"): then the row is there and cannot be split without guessing. That is an error at its
    /// line (<see cref="ImportDiagnosticCodes.RowAmbiguous"/>), not a missing row; its cells stay blank either way.
    /// </summary>
    private static Diagnostic? UnsplitRow(IReadOnlyList<SourceBlock> blocks, ReportFormat format, Diagnostic missing)
    {
        if (missing.Location.Table is not { } table || missing.Location.Row is not { } key)
        {
            return null;
        }

        RowLabel? row = null;
        foreach (RowLabel candidate in LabelCatalogue.For(format).GetTable(table).Rows)
        {
            row = candidate.Key == key ? candidate : row;
        }

        if (row is null)
        {
            return null;
        }

        string label = LabelText.Normalize(row.Chinese);
        foreach (SourceBlock block in blocks)
        {
            string line = LabelText.Normalize(block.Text);
            if (line.Length > label.Length && line.StartsWith(label, StringComparison.Ordinal) && HasDigit(line, label.Length))
            {
                DiagnosticLocation location = missing.Location with { Line = block.Line };
                return DiagnosticBag.Create(ImportDiagnosticCodes.RowAmbiguous, location, new[]
                {
                    ImportArguments.Row(LabelCatalogue.For(format).GetTable(table), row),
                    ImportArguments.Text("detail", "（数值印在行标签后，没有分成单元格，以空格等分隔）", " (the values follow the label, not split into cells but separated by spaces)"),
                }, block.Text.Trim(), expected: row.Columns.Count, actual: 0);
            }
        }

        return null;
    }

    private static bool HasDigit(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNoneStatement(string prose)
    {
        string n = LabelText.Normalize(prose).TrimEnd('\u3002', '.');
        if (n.Length == 0 || n.Length > 80)
        {
            return false;
        }

        return n == "无" || n.IndexOf("没有", StringComparison.Ordinal) >= 0 || n.IndexOf('无') >= 0 || n.IndexOf('未') >= 0
            || n.IndexOf("不涉及", StringComparison.Ordinal) >= 0;
    }

    private static int ReadYear(SourceDocument document, SplitDocument split, NarrativeResult narrative, ImportOptions options,
        DiagnosticBag diagnostics, ref string? titleAgency)
    {
        int titleYear = 0;
        var titles = new List<string>();
        if (document.Title is { } title)
        {
            titles.Add(title);
        }

        for (int i = 0; i < split.Sections[0].Count && i < 3; i++)
        {
            titles.Add(split.Sections[0][i].Text);
        }

        foreach (string candidate in titles)
        {
            if (MetadataReader.TryReadTitle(candidate, out string? agency, out int year))
            {
                titleAgency ??= agency;
                titleYear = titleYear == 0 ? year : titleYear;
            }
        }

        // A title printed over two lines gives the year too (its agency is read by AgencyFinder, which says where).
        for (int i = 0; titleYear == 0 && i + 1 < split.Sections[0].Count && i < 8; i++)
        {
            if (MetadataReader.TryReadTitle(split.Sections[0][i].Text + split.Sections[0][i + 1].Text, out _, out int year))
            {
                titleYear = year;
            }
        }

        if (options.Year is { } given)
        {
            return given;
        }

        if (Meta(document, "year") is { } meta && int.TryParse(meta, NumberStyles.None, CultureInfo.InvariantCulture, out int declared)
            && declared >= GovInfoReport.MinimumYear && declared <= GovInfoReport.MaximumYear)
        {
            return declared;
        }

        if (titleYear != 0)
        {
            return titleYear;
        }

        foreach (int section in new[] { 0, 1 })
        {
            foreach (NarrativeLine line in split.Sections[section])
            {
                int period = MetadataReader.ReadStatisticalPeriod(line.Text);
                if (period != 0)
                {
                    return period;
                }

                // A period the report cannot hold (1999) must not give way to a year inferred from elsewhere.
                if (StatedPeriodYearOutOfRange(line.Text) is { } stated)
                {
                    diagnostics.AddTemplated(ImportDiagnosticCodes.YearOutOfRange, new ImportLocation { Line = line.Line, Pointer = "/year" },
                        Array.Empty<DiagnosticArgument>(), line.Text.Trim(), actual: stated);
                    return -1;
                }
            }
        }

        if (narrative.SignOffDate is { Month: <= 4 } signed && signed.Year - 1 >= GovInfoReport.MinimumYear)
        {
            string date = signed.ToString();
            diagnostics.AddTemplated(ImportDiagnosticCodes.YearInferred, ImportLocation.None,
                new[] { ImportArguments.Number("year", signed.Year - 1), ImportArguments.Text("source", "落款日期 " + date, "the sign-off date " + date) }, actual: signed.Year - 1);
            return signed.Year - 1;
        }

        var prose = new List<NarrativeLine>(split.Sections[0]);
        prose.AddRange(split.Sections[1]);
        int mentioned = MetadataReader.MostMentionedYear(prose);
        if (mentioned != 0)
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.YearInferred, ImportLocation.None,
                new[] { ImportArguments.Number("year", mentioned), ImportArguments.Text("source", "正文中最常提到的年份", "the year the text mentions most") }, actual: mentioned);
        }

        return mentioned;
    }

    /// <summary>The year of a statistical period "YYYY年1月1日…12月31日" in the line when it lies outside the years a report can hold, or <see langword="null"/>.</summary>
    private static int? StatedPeriodYearOutOfRange(string line)
    {
        string n = LabelText.Normalize(line);
        for (int at = n.IndexOf("年1月1日", StringComparison.Ordinal); at >= 4; at = n.IndexOf("年1月1日", at + 1, StringComparison.Ordinal))
        {
            int close = n.IndexOf("12月31日", at, StringComparison.Ordinal);
            bool digits = true;
            for (int i = at - 4; i < at; i++)
            {
                digits &= LabelText.IsAsciiDigit(n[i]);
            }

            if (digits && (at == 4 || !LabelText.IsAsciiDigit(n[at - 5])) && close > at && close - at < 30)
            {
                int year = int.Parse(n.Substring(at - 4, 4), CultureInfo.InvariantCulture);
                if (year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear)
                {
                    return year;
                }
            }
        }

        return null;
    }

    private static ReportFormat ReadFormat(SourceDocument document, SplitDocument split, ImportOptions options, int year, DiagnosticBag diagnostics)
    {
        var blocks = new List<SourceBlock>();
        for (int table = 2; table <= 4; table++)
        {
            blocks.AddRange(split.Tables[table]);
        }

        (int legacy, int current) = FormatDetector.Count(blocks);
        if (options.Format is { } given)
        {
            if ((given == ReportFormat.Format2019 && current > 0) || (given == ReportFormat.Format2021 && legacy > 0))
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.FormatAmbiguous, ImportLocation.None,
                    Markers(legacy, current, given, ImportArguments.Text("why", "导入选项的要求", "as the import options ask")));
            }

            return given;
        }

        if (Meta(document, "format") is "2019")
        {
            return ReportFormat.Format2019;
        }

        if (Meta(document, "format") is "2021")
        {
            return ReportFormat.Format2021;
        }

        if (legacy > 0 && current == 0)
        {
            return ReportFormat.Format2019;
        }

        if (current > 0 && legacy == 0)
        {
            return ReportFormat.Format2021;
        }

        if (legacy > 0)
        {
            ReportFormat chosen = legacy > current ? ReportFormat.Format2019 : ReportFormat.Format2021;
            diagnostics.AddTemplated(ImportDiagnosticCodes.FormatAmbiguous, ImportLocation.None,
                Markers(legacy, current, chosen, ImportArguments.Text("why", "特征较多", "it has more markers")));
            return chosen;
        }

        ReportFormat byYear = year <= 2020 ? ReportFormat.Format2019 : ReportFormat.Format2021;
        diagnostics.AddTemplated(ImportDiagnosticCodes.FormatFromYear, ImportLocation.None,
            new[] { ImportArguments.Number("year", year), ImportArguments.Number("format", (int)byYear) });
        return byYear;
    }

    private static DiagnosticArgument[] Markers(int legacy, int current, ReportFormat format, DiagnosticArgument why) =>
        new[] { ImportArguments.Number("legacy", legacy), ImportArguments.Number("current", current), ImportArguments.Number("format", (int)format), why };

    private static readonly DiagnosticArgument Input = ImportArguments.Text("source", "输入", "The input");
    private static readonly BilingualText Bytes = new("字节", "bytes");
    private static readonly BilingualText Characters = new("字符", "characters");

    /// <summary>The arguments of <see cref="ImportDiagnosticCodes.InputTooLarge"/>: what is too large, the unit of its size and of the limit.</summary>
    internal static DiagnosticArgument[] TooLarge(DiagnosticArgument source, BilingualText unit, BilingualText limitUnit) =>
        new[] { source, new DiagnosticArgument("unit", unit), new DiagnosticArgument("limitUnit", limitUnit) };

    private static string? Meta(SourceDocument document, string key) =>
        document.Metadata.TryGetValue(key, out string? value) && !string.IsNullOrEmpty(value) ? value : null;

    private static ImportResult Fail(DiagnosticBag diagnostics, ImportSourceKind kind) =>
        new(null, diagnostics.Items, Array.Empty<ExtraRow>(), kind);
}
