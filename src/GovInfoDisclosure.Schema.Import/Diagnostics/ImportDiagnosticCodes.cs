using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>
/// The stable codes of the importer's <see cref="Diagnostic"/>s; their severity, stage and templates are in the <see cref="DiagnosticCatalogue"/>.
/// </summary>
/// <remarks>
/// <para>
/// A code never changes meaning or severity once released; a retired code stays here, marked obsolete. Every code is
/// listed in <see cref="All"/> with its severity (from the catalogue), and a test checks that the list and the constants agree.
/// </para>
/// <para>
/// The importer's rule is that a wrong number is worse than a missing one: whenever a value cannot be read
/// unambiguously, the cell is left blank (unknown) and an <see cref="DiagnosticSeverity.Error"/> says where and why.
/// </para>
/// </remarks>
public static class ImportDiagnosticCodes
{
    // ---- Input -------------------------------------------------------------------------------------------------

    /// <summary>Error: the input is empty or only whitespace.</summary>
    public const string InputEmpty = "IMP-INPUT-EMPTY";

    /// <summary>Error: the input is larger than <see cref="ImportOptions.MaxInputChars"/>.</summary>
    public const string InputTooLarge = "IMP-INPUT-TOO-LARGE";

    /// <summary>Info: Kangxi radicals or CJK compatibility ideographs in the text (<c>⽆</c> for 无, as Chrome's PDFs have them) were replaced by their unified ideographs; the count and one example are in <see cref="Diagnostic.Arguments"/>.</summary>
    public const string TextCompatibilityIdeographs = "IMP-TEXT-COMPATIBILITY-IDEOGRAPHS";

    /// <summary>Info: the tables are printed in traditional script (a repost: 本年新收政府信息公開申請數量); their labels were matched as their simplified forms, the text kept as printed; the count and one example are in <see cref="Diagnostic.Arguments"/>.</summary>
    public const string TextTraditionalScript = "IMP-TEXT-TRADITIONAL-SCRIPT";

    /// <summary>Info: the encoding the input bytes were decoded with (from a byte-order mark, the HTML's declared charset, or detection), named in the message and in <see cref="Diagnostic.Arguments"/>.</summary>
    public const string InputEncoding = "IMP-INPUT-ENCODING";

    /// <summary>Warning: a UTF-8 input has a few invalid byte sequences (e.g. a download cut in a character); each is replaced by U+FFFD and located (line, column) in the message and <see cref="Diagnostic.Arguments"/>.</summary>
    public const string InputInvalidBytes = "IMP-INPUT-INVALID-BYTES";

    /// <summary>Error: the input is a file the importer does not read (a legacy binary Word .doc or WPS .wps, a ZIP that is not a Word document, a binary document passed as text); convert it to .docx, PDF or text.</summary>
    public const string InputUnsupported = "IMP-INPUT-UNSUPPORTED";

    /// <summary>Error: a PDF or Word document cannot be opened: it is damaged, truncated or encrypted.</summary>
    public const string InputDamaged = "IMP-INPUT-DAMAGED";

    /// <summary>Error: a PDF page has no text layer (a scan: OCR it first) or its text cannot be mapped to Unicode (a font without a ToUnicode map).</summary>
    public const string PdfNoTextLayer = "IMP-PDF-NO-TEXT-LAYER";

    /// <summary>Error: an HTML page nests its elements deeper than the reader follows; the page is refused at the line of the element instead of being read flattened.</summary>
    public const string HtmlTooDeep = "IMP-HTML-TOO-DEEP";

    /// <summary>Error: neither a section heading (一、总体情况 …) nor a table of the report was recognised: the input is not an annual report.</summary>
    public const string NotAReport = "IMP-NOT-A-REPORT";

    /// <summary>Error: the year reported on cannot be found in the text (no title, statistical period, sign-off date or year mention); pass it in <see cref="ImportOptions.Year"/>.</summary>
    public const string YearMissing = "IMP-YEAR-MISSING";

    /// <summary>
    /// Error: the statistical period (统计期限) states a year outside the range a report can hold (2008–2100, e.g. 1999), at
    /// the line given; the report is not imported, since any other year would be a number the text does not print. Pass
    /// <see cref="ImportOptions.Year"/> to import it anyway.
    /// </summary>
    public const string YearOutOfRange = "IMP-YEAR-OUT-OF-RANGE";

    /// <summary>Info: the year was inferred from the sign-off date or from the years the text mentions, not read from a title or a statistical period.</summary>
    public const string YearInferred = "IMP-YEAR-INFERRED";

    /// <summary>Info: the text never names the publishing body (e.g. it only says 我局); the agency is left <see langword="null"/>.</summary>
    public const string AgencyNotNamed = "IMP-AGENCY-NOT-NAMED";

    // ---- Layout ------------------------------------------------------------------------------------------------

    /// <summary>Warning: the table labels contain markers of both layouts (2019 试行 and 2021); the layout with more markers was used.</summary>
    public const string FormatAmbiguous = "IMP-FORMAT-AMBIGUOUS";

    /// <summary>Warning: no label tells the layout apart; it was chosen from the year (2019 and 2020 legacy, later current).</summary>
    public const string FormatFromYear = "IMP-FORMAT-FROM-YEAR";

    /// <summary>Info: a section heading was recognised by its keywords, not by its exact official wording.</summary>
    public const string SectionHeadingVariant = "IMP-SECTION-HEADING-VARIANT";

    /// <summary>Warning: a section heading (一 … 六) was not found.</summary>
    public const string SectionMissing = "IMP-SECTION-MISSING";

    /// <summary>Warning: a table was not found in the text (it may have been an image or an attachment); its cells are blank.</summary>
    public const string TableMissing = "IMP-TABLE-MISSING";

    /// <summary>Warning: the section prints a statement such as 无 instead of its table; the cells are blank unless <see cref="ImportOptions.TreatNoneStatementAsZero"/> is set.</summary>
    public const string TableReplacedByText = "IMP-TABLE-REPLACED-BY-TEXT";

    /// <summary>Info: the cells of a table printed as 无 were filled with 0, as <see cref="ImportOptions.TreatNoneStatementAsZero"/> asks.</summary>
    public const string TableFilledWithZero = "IMP-TABLE-FILLED-WITH-ZERO";

    /// <summary>Info: a page number, page break (form feed), or a table header repeated after a page break was removed from inside a table.</summary>
    public const string PageBreakRemoved = "IMP-PAGE-BREAK-REMOVED";

    /// <summary>Info: website boilerplate around the report (a footer with 主办单位, Copyright, ICP备案号 …; breadcrumb navigation before it) was dropped.</summary>
    public const string FooterDropped = "IMP-FOOTER-DROPPED";

    // ---- Rows and labels ---------------------------------------------------------------------------------------

    /// <summary>Error: a row has fewer or more value cells than the table has columns (blank cells lost in flattening, cells merged); its cells are left blank rather than shifted.</summary>
    public const string RowAmbiguous = "IMP-ROW-AMBIGUOUS";

    /// <summary>Error: values were found without a row label before them; they were not assigned.</summary>
    public const string RowUnlabelled = "IMP-ROW-UNLABELLED";

    /// <summary>Error: the same row appears twice with different values; its cells are left blank.</summary>
    public const string RowConflict = "IMP-ROW-CONFLICT";

    /// <summary>Info: the same row appears twice with the same values (e.g. repeated across a page break).</summary>
    public const string RowRepeated = "IMP-ROW-REPEATED";

    /// <summary>Warning: a row of the table was not found; its cells are blank.</summary>
    public const string RowMissing = "IMP-ROW-MISSING";

    /// <summary>Info: a row label carries an annotation after the official label (e.g. 规章(设区的市…应提供相关数据)); matched on the official prefix.</summary>
    public const string LabelAnnotated = "IMP-LABEL-ANNOTATED";

    /// <summary>Info: a row label is cut short (e.g. wrapped over lines) and was matched as the only label it begins.</summary>
    public const string LabelTruncated = "IMP-LABEL-TRUNCATED";

    /// <summary>Info: a row label uses a known variant (e.g. 规范性文件 for 行政规范性文件 in the current format).</summary>
    public const string LabelVariant = "IMP-LABEL-VARIANT";

    /// <summary>Info: a header cell was recognised from a fragment (split or truncated header text, e.g. 商业 | 企业).</summary>
    public const string HeaderFragment = "IMP-HEADER-FRAGMENT";

    /// <summary>Info: a row that is not in the official table (a provincial add-on) was kept in <see cref="ImportResult.ExtraRows"/>.</summary>
    public const string ExtraRow = "IMP-EXTRA-ROW";

    /// <summary>Info: text inside a table that is neither a known label nor a row with values was ignored.</summary>
    public const string UnknownTableText = "IMP-UNKNOWN-TABLE-TEXT";

    /// <summary>Info: the application table has the 法人或其他组织小计 column of some local templates; it is kept as <c>legalPersonSubtotal</c>.</summary>
    public const string SubtotalColumn = "IMP-SUBTOTAL-COLUMN";

    /// <summary>Info: a result group prints a subtotal row; it is kept as the group's <c>subtotal</c>.</summary>
    public const string SubtotalRow = "IMP-SUBTOTAL-ROW";

    /// <summary>Info: a current-format table prints (六)其他处理 as a single row; it is kept as <c>otherHandling/subtotal</c> and the three leaves are blank.</summary>
    public const string OtherHandlingSingleRow = "IMP-OTHER-HANDLING-SINGLE-ROW";

    /// <summary>Info: the whole body is printed on one line (archived page text); it was read by its section headings and the official row labels.</summary>
    public const string BodyOnOneLine = "IMP-BODY-ON-ONE-LINE";

    /// <summary>Warning: a row's cells were printed run together without separators and were split because the digits, and where needed the official arithmetic (row total = Σ columns, (七)总计 = Σ results, 一+二 = (七)+四, each 表四 total = Σ its four), admit exactly one split; its cells are marked inferred.</summary>
    public const string CellsInferred = "IMP-CELLS-INFERRED";

    /// <summary>Info: a row's run-together digits admit no split, or more than one, under the official arithmetic (the count of splits is given); the row is left blank (the row's own error names it).</summary>
    public const string RunSplitAmbiguous = "IMP-RUN-SPLIT-AMBIGUOUS";

    /// <summary>Info: a row label printed damaged (characters lost, wrapped, spaced out) was matched by its numbering, its place in the official order and its similarity; the printed text and the row taken are given.</summary>
    public const string LabelSimilar = "IMP-LABEL-SIMILAR";

    /// <summary>Warning: a row printed without its label was assigned to the official row whose place it fills (the unlabelled rows fill exactly the gaps of the official order and the arithmetic agrees); its cells are marked matched by position.</summary>
    public const string RowByPosition = "IMP-ROW-BY-POSITION";

    /// <summary>Info: the agency was read from somewhere else than a one-line title (a title over two lines, a 发布机构 field, a page header, a 来源 line); the place is given.</summary>
    public const string AgencySource = "IMP-AGENCY-SOURCE";

    // ---- Cells -------------------------------------------------------------------------------------------------

    /// <summary>Error: a cell's digits look run together or split (leading zeros as in <c>0218</c>, spaces between digits, bad thousands grouping); it is left blank.</summary>
    public const string CellRunTogether = "IMP-CELL-RUN-TOGETHER";

    /// <summary>Error: a count is too large to be a count (more than 2147483647), typically digits of several cells run together; it is left blank.</summary>
    public const string CellOutOfRange = "IMP-CELL-OUT-OF-RANGE";

    /// <summary>Error: a count or an amount is negative; it is left blank.</summary>
    public const string CellNegative = "IMP-CELL-NEGATIVE";

    /// <summary>Error: a count has a fraction; it is left blank.</summary>
    public const string CellNotInteger = "IMP-CELL-NOT-INTEGER";

    /// <summary>Error: a cell carries a unit that does not fit its column (e.g. 元 in a count); it is left blank.</summary>
    public const string CellWrongUnit = "IMP-CELL-WRONG-UNIT";

    /// <summary>Error: a non-zero amount states no unit, and neither does its column header; it is left blank rather than assumed to be 万元.</summary>
    public const string CellUnitUnknown = "IMP-CELL-UNIT-UNKNOWN";

    /// <summary>Info: a unit in a cell was removed (件) or converted to 万元 (e.g. <c>251000元</c> → 25.1).</summary>
    public const string CellUnitConverted = "IMP-CELL-UNIT-CONVERTED";

    /// <summary>Info: a cell was written as text in a JSON source (e.g. <c>"12"</c>) and read as a number.</summary>
    public const string CellTextNumber = "IMP-CELL-TEXT-NUMBER";

    // ---- Interop -----------------------------------------------------------------------------------------------

    /// <summary>Error: a KIROGOVCOMPARE document is not JSON, or not an object.</summary>
    public const string InteropInvalidJson = "IMP-INTEROP-INVALID-JSON";

    /// <summary>Error: a KIROGOVCOMPARE value has the wrong JSON type (e.g. an object where a cell is expected); the cell is left blank.</summary>
    public const string InteropWrongType = "IMP-INTEROP-WRONG-TYPE";

    /// <summary>Info: a KIROGOVCOMPARE property this library does not map was ignored.</summary>
    public const string InteropUnknownProperty = "IMP-INTEROP-UNKNOWN-PROPERTY";

    /// <summary>Error: a report cannot be written in the KIROGOVCOMPARE shape (it stores the current format only).</summary>
    public const string InteropUnsupportedFormat = "IMP-INTEROP-UNSUPPORTED-FORMAT";

    private static readonly System.Lazy<IReadOnlyDictionary<string, DiagnosticSeverity>> Severities = new(() =>
    {
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        foreach (DiagnosticDefinition definition in DiagnosticCatalogue.All)
        {
            if (definition.Code.StartsWith("IMP-", StringComparison.Ordinal))
            {
                severities.Add(definition.Code, definition.Severity);
            }
        }

        return severities;
    });

    /// <summary>Every import code with its severity, from the one <see cref="DiagnosticCatalogue"/>.</summary>
    public static IReadOnlyDictionary<string, DiagnosticSeverity> All => Severities.Value;

    /// <summary>The severity a code always has.</summary>
    /// <param name="code">A code of this class.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of this class.</exception>
    public static DiagnosticSeverity SeverityOf(string code) =>
        code is not null && Severities.Value.TryGetValue(code, out DiagnosticSeverity severity)
            ? severity
            : throw new ArgumentException($"Unknown import diagnostic code '{code}'.", nameof(code));
}
