using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>
/// The one catalogue of every diagnostic code of every stage, with its severity, stage, title and message templates: the
/// input codes (<c>FILE-UNREADABLE</c>, <c>INTERNAL-ERROR</c>), the JSON document problems (<c>JSON-…</c>), the rules-file
/// problems (<c>RULES-…</c>), the import findings (<c>IMP-…</c>) and the rules (<c>GID-…</c>, from the
/// <see cref="RuleCatalogue"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <c>docs/codes.md</c> and <c>schemas/diagnostic-codes.json</c> are generated from it. A code never
/// changes meaning or severity once released; a user's own rule codes (loaded with <see cref="ReportRuleSet.Load(string, string?)"/>)
/// are not in it.
/// </remarks>
public static class DiagnosticCatalogue
{
    /// <summary>The code of the diagnostic for a file or stream that cannot be read at all.</summary>
    public const string FileUnreadable = "FILE-UNREADABLE";

    /// <summary>The code of the diagnostic for an input whose check failed inside the library or the tool (a bug); other inputs go on.</summary>
    public const string InternalError = "INTERNAL-ERROR";

    private static readonly Lazy<Index> Entries = new(Build);

    /// <summary>Every code, grouped by stage (input, document, import, rule, cross-report), each group in its own order.</summary>
    public static IReadOnlyList<DiagnosticDefinition> All => Entries.Value.List;

    /// <summary>Finds the definition of a code.</summary>
    /// <param name="code">A code, e.g. <c>IMP-ROW-AMBIGUOUS</c>.</param>
    /// <param name="definition">The definition, when the code is in the catalogue.</param>
    /// <returns>Whether the code is in the catalogue.</returns>
    public static bool TryGet(string code, out DiagnosticDefinition definition)
    {
        if (code is not null && Entries.Value.ByCode.TryGetValue(code, out DiagnosticDefinition? found))
        {
            definition = found;
            return true;
        }

        definition = null!;
        return false;
    }

    /// <summary>The definition of a code.</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The code is not in the catalogue.</exception>
    public static DiagnosticDefinition Get(string code) =>
        TryGet(code, out DiagnosticDefinition definition) ? definition : throw new ArgumentException($"Unknown diagnostic code '{code}'.", nameof(code));

    /// <summary>Creates a diagnostic of a catalogue code, its message rendered from the code's template.</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <param name="outcome">Fail, or indeterminate for a rule that could not be decided.</param>
    /// <param name="location">Where it applies; <see langword="null"/> for nowhere in particular.</param>
    /// <param name="arguments">The placeholder values of the template.</param>
    /// <param name="paths">The pointers involved; <see langword="null"/> for the location's pointer alone (or none).</param>
    /// <param name="expected">The value required, when there is a number to say.</param>
    /// <param name="actual">The value found, when there is a number to say.</param>
    /// <param name="rawText">The source text concerned.</param>
    /// <returns>The diagnostic, with the catalogue's severity and stage.</returns>
    /// <exception cref="ArgumentException">The code is not in the catalogue.</exception>
    public static Diagnostic Create(string code, DiagnosticOutcome outcome, DiagnosticLocation? location, IReadOnlyList<DiagnosticArgument> arguments,
        IReadOnlyList<string>? paths = null, decimal? expected = null, decimal? actual = null, string? rawText = null)
    {
        DiagnosticDefinition definition = Get(code);
        arguments ??= Array.Empty<DiagnosticArgument>();
        paths ??= location?.Pointer is { } pointer ? new[] { pointer } : Array.Empty<string>();
        return new Diagnostic(code, definition.Severity, definition.Stage, outcome, paths, Array.Empty<string>(), expected, actual,
            definition.Render(outcome, arguments), arguments, location, rawText);
    }

    /// <summary>The stage of a code: the catalogue's, or <see cref="DiagnosticStage.Rule"/> for a code not in it (a user's rule).</summary>
    /// <param name="code">A code.</param>
    /// <returns>The stage.</returns>
    public static DiagnosticStage StageOf(string code) => TryGet(code, out DiagnosticDefinition definition) ? definition.Stage : DiagnosticStage.Rule;

    private static Index Build()
    {
        var list = new List<DiagnosticDefinition>();
        const DiagnosticSeverity E = DiagnosticSeverity.Error, W = DiagnosticSeverity.Warning, I = DiagnosticSeverity.Info;

        // ---- Input -----------------------------------------------------------------------------------------------------
        Add(list, FileUnreadable, E, DiagnosticStage.Input, "文件无法读取", "The file cannot be read", "无法读取文件：{reason}", "The file cannot be read: {reason}", fatal: true);
        Add(list, InternalError, E, DiagnosticStage.Input, "内部错误", "Internal error", "检查此输入时出现内部错误（请报告此问题）：{reason}",
            "The check of this input failed inside (please report it): {reason}", fatal: true);
        Add(list, "IMP-INPUT-EMPTY", E, DiagnosticStage.Input, "输入为空", "The input is empty", "输入为空。", "The input is empty.", fatal: true);
        Add(list, "IMP-INPUT-TOO-LARGE", E, DiagnosticStage.Input, "输入过大", "The input is too large",
            "{source}有 {actual} 个{unit}，超过上限 {expected} 个{limitUnit}。", "{source} has {actual} {unit}, more than the limit of {expected} {limitUnit}.", fatal: true);

        Add(list, "IMP-TEXT-COMPATIBILITY-IDEOGRAPHS", I, DiagnosticStage.Input, "部首或兼容汉字已换成通用汉字", "Radicals replaced by ideographs",
            "{count} 个康熙部首或兼容汉字（如“{example}”）已换成对应的通用汉字（“{unified}”），PDF 打印程序常这样映射字体。",
            "{count} Kangxi radicals or compatibility ideographs (such as \"{example}\") were replaced by their unified ideographs (\"{unified}\"), as PDF printers often map the font's glyphs.");
        Add(list, "IMP-TEXT-TRADITIONAL-SCRIPT", I, DiagnosticStage.Input, "繁体字按简体匹配", "Traditional script matched as simplified",
            "表格中有 {count} 个繁体字（如“{example}”），标签按其简体（“{simplified}”）匹配；原文照录。",
            "The tables hold {count} traditional characters (such as \"{example}\"); their labels were matched as the simplified forms (\"{simplified}\"); the text is kept as printed.");
        Add(list, "IMP-INPUT-ENCODING", I, DiagnosticStage.Input, "输入编码", "Input encoding", "输入按 {encoding} 解码（{source}）。", "The input was decoded as {encoding} ({source}).");
        Add(list, "IMP-INPUT-INVALID-BYTES", W, DiagnosticStage.Input, "无效字节", "Invalid bytes", "UTF-8 输入有 {actual} 处无效字节序列，已替换为 U+FFFD：{where}。",
            "The UTF-8 input has {actual} invalid byte sequence(s); each was replaced by U+FFFD: {where}.");
        Add(list, "IMP-INPUT-UNSUPPORTED", E, DiagnosticStage.Input, "不支持的文件", "Unsupported file", "不读取此类输入（{kind}）；{advice}。",
            "This kind of input is not read ({kind}); {advice}.", fatal: true);
        Add(list, "IMP-INPUT-DAMAGED", E, DiagnosticStage.Input, "文件损坏", "Damaged file", "{document}无法打开：{detail}。",
            "{document} cannot be opened: {detail}.", fatal: true);
        Add(list, "IMP-PDF-NO-TEXT-LAYER", E, DiagnosticStage.Import, "PDF 没有文字层", "PDF without a text layer", "PDF 从第 {page} 页起有 {actual} 页{problem}；{advice}。",
            "From page {page} on, {actual} page(s) of the PDF {problem}; {advice}.", fatal: true);
        Add(list, "IMP-HTML-TOO-DEEP", E, DiagnosticStage.Import, "HTML 嵌套过深", "HTML nested too deeply", "网页元素嵌套超过 {expected} 层，拒绝读取。",
            "The page nests its elements deeper than {expected} levels; it is refused.", fatal: true);

        // ---- Document: JSON report documents, rules files -----------------------------------------------------------
        Add(list, "JSON-SYNTAX", E, DiagnosticStage.Document, "不是 JSON", "Not JSON", "JSON 语法错误：{detail}", "JSON syntax error: {detail}", fatal: true);
        Add(list, "JSON-TOO-LARGE", E, DiagnosticStage.Document, "文档过大", "Document too large", "文档大小 {actual} 字节，超过上限 {expected} 字节。",
            "The document is {actual} bytes, more than the limit of {expected} bytes.", fatal: true);
        Add(list, "JSON-TOO-DEEP", E, DiagnosticStage.Document, "嵌套过深", "Nested too deeply", "嵌套层数超过上限 {expected}。", "The document nests deeper than {expected} levels.", fatal: true);
        Add(list, "JSON-DUPLICATE-PROPERTY", E, DiagnosticStage.Document, "属性重复", "Duplicate property", "属性 \"{property}\" 重复出现。", "The property \"{property}\" appears more than once.");
        Add(list, "JSON-UNKNOWN-PROPERTY", E, DiagnosticStage.Document, "未知属性", "Unknown property", "未知属性 \"{property}\"。", "Unknown property \"{property}\".");
        Add(list, "JSON-MISSING-PROPERTY", E, DiagnosticStage.Document, "缺少属性", "Missing property", "缺少必需的属性 \"{property}\"（空白单元格应写作 null）。",
            "The required property \"{property}\" is missing (write null for a blank cell).");
        Add(list, "JSON-WRONG-TYPE", E, DiagnosticStage.Document, "类型错误", "Wrong type", "应为{expectedType}，实为{actualType}。", "Expected {expectedType}, found {actualType}.");
        Add(list, "JSON-NEGATIVE", E, DiagnosticStage.Document, "负数", "Negative", "{what}不能为负数。", "{what} cannot be negative.");
        Add(list, "JSON-NOT-AN-INTEGER", E, DiagnosticStage.Document, "不是整数", "Not a whole number", "计数必须是整数，不能是小数或指数形式。",
            "A count must be a whole number, not a fraction or an exponent.");
        Add(list, "JSON-OUT-OF-RANGE", E, DiagnosticStage.Document, "超出范围", "Out of range", "{what}超出范围：{range}。", "{what} is out of range: {range}.");
        Add(list, "JSON-EMPTY-STRING", E, DiagnosticStage.Document, "空字符串", "Empty string", "字符串不能为空：空白单元格或未载明的内容应写作 null。",
            "The string must not be empty: write null for a blank cell or a value the source does not give.");
        Add(list, "JSON-INVALID-DATE", E, DiagnosticStage.Document, "日期无效", "Invalid date", "日期必须写作 \"yyyy-MM-dd\" 且真实存在。", "The date must be written \"yyyy-MM-dd\" and exist.");
        Add(list, "JSON-MISSING-FORMAT", E, DiagnosticStage.Document, "缺少格式", "Missing format", "缺少 format 属性，无法确定报告格式。",
            "The \"format\" property is missing, so the report's layout is unknown.", fatal: true);
        Add(list, "JSON-UNKNOWN-FORMAT", E, DiagnosticStage.Document, "未知格式", "Unknown format", "未知的格式 {found}：应为字符串 \"2021\"（国办公开办函〔2021〕30号）或 \"2019\"（国办公开办函〔2019〕60号）。",
            "Unknown format {found}: expected the string \"2021\" (国办公开办函〔2021〕30号) or \"2019\" (国办公开办函〔2019〕60号).", fatal: true);
        Add(list, ReportRuleSet.Codes.Syntax, E, DiagnosticStage.Document, "规则文件不是 JSON", "Rules file is not JSON", "规则文件不是有效的 JSON：{detail}",
            "The rules file is not valid JSON: {detail}", fatal: true);
        Add(list, ReportRuleSet.Codes.Shape, E, DiagnosticStage.Document, "规则文件结构错误", "Rules file of the wrong shape", "{pointer}：{detail}", "{pointer}: {detail}", fatal: true);
        Add(list, ReportRuleSet.Codes.UnknownCell, E, DiagnosticStage.Document, "规则引用了未知单元格", "Rule names an unknown cell",
            "{pointer}：\"{cell}\" 不是 {format} 格式的计数单元格。", "{pointer}: \"{cell}\" is not a count cell of format {format}.", fatal: true);
        Add(list, ReportRuleSet.Codes.Code, E, DiagnosticStage.Document, "规则代码无效", "Invalid rule code", "{pointer}：规则代码 \"{code}\" {detail}",
            "{pointer}: rule code \"{code}\" {detail}", fatal: true);

        // ---- Import ----------------------------------------------------------------------------------------------------
        Add(list, "IMP-NOT-A-REPORT", E, DiagnosticStage.Import, "不是年度报告", "Not an annual report",
            "{reason}：输入不是政府信息公开工作年度报告。", "{reason}: the input is not an annual report.", fatal: true);
        Add(list, "IMP-YEAR-MISSING", E, DiagnosticStage.Import, "缺少年度", "Year not found", "{source}中找不到报告年度；请在导入选项中给出。",
            "The year reported on cannot be found in {source}; pass it in the import options.", fatal: true);
        Add(list, "IMP-YEAR-OUT-OF-RANGE", E, DiagnosticStage.Import, "年度超出范围", "Year out of range", "统计期限的年度 {actual} 不在 2008 至 2100 之间，报告无法保存。",
            "The statistical period's year {actual} is not from 2008 to 2100: the report cannot hold it.", fatal: true);
        Add(list, "IMP-BODY-ON-ONE-LINE", I, DiagnosticStage.Import, "正文在一行", "Body on one line", "整篇正文印在一行（{count} 个章节标题），按章节标题和官方行标签读取。",
            "The whole body is printed on one line ({count} section headings); it was read by its section headings and the official row labels.");
        Add(list, "IMP-CELLS-INFERRED", W, DiagnosticStage.Import, "单元格由算术推断", "Cells inferred by arithmetic", "{row}：粘连的数字“{text}”按官方勾稽关系唯一拆分{split}，单元格为推断值。",
            "{row}: the run-together digits \"{text}\" were split the only way the official arithmetic admits{split}; the cells are inferred.");
        Add(list, "IMP-RUN-SPLIT-AMBIGUOUS", I, DiagnosticStage.Import, "粘连数字无法唯一拆分", "Run-together digits not splittable", "{row}：粘连的数字“{text}”{splits}，留空。",
            "{row}: the run-together digits \"{text}\" {splits}; left blank.");
        Add(list, "IMP-LABEL-SIMILAR", I, DiagnosticStage.Import, "标签按相似度识别", "Label matched by similarity", "行标签“{text}”{how}识别为 {row}。",
            "The row label \"{text}\" was matched {how} as {row}.");
        Add(list, "IMP-ROW-BY-POSITION", W, DiagnosticStage.Import, "按位置分配的行", "Row assigned by position", "无标签的行按官方顺序中的位置分配为 {row}。",
            "A row printed without its label was assigned by its place in the official order to {row}.");
        Add(list, "IMP-AGENCY-SOURCE", I, DiagnosticStage.Import, "机关名称来源", "Where the agency was read", "发布机关“{agency}”从{source}读取。", "The agency \"{agency}\" was read from {source}.");
        Add(list, "IMP-YEAR-INFERRED", I, DiagnosticStage.Import, "年度为推断", "Year inferred", "报告年度 {year} 由{source}推断。", "The year {year} was inferred from {source}.");
        Add(list, "IMP-AGENCY-NOT-NAMED", I, DiagnosticStage.Import, "未写明机关", "Agency not named", "文本没有写明发布机关。", "The text never names the publishing body.");
        Add(list, "IMP-FORMAT-AMBIGUOUS", W, DiagnosticStage.Import, "格式不明确", "Layout ambiguous", "表格标签有旧版格式特征 {legacy} 处、现行格式特征 {current} 处；采用 {format} 格式（{why}）。",
            "The table labels carry {legacy} marker(s) of the legacy layout and {current} of the current one; format {format} was used ({why}).");
        Add(list, "IMP-FORMAT-FROM-YEAR", W, DiagnosticStage.Import, "格式由年度判断", "Layout chosen from the year", "没有标签能区分格式；按年度 {year} 选择了 {format} 格式。",
            "No label tells the layout apart; format {format} was chosen from the year {year}.");
        Add(list, "IMP-SECTION-HEADING-VARIANT", I, DiagnosticStage.Import, "章节标题变体", "Section heading variant", "章节标题“{text}”按关键词识别为“{heading}”。",
            "The section heading \"{text}\" was recognised by its keywords as \"{heading}\".");
        Add(list, "IMP-SECTION-MISSING", W, DiagnosticStage.Import, "缺少章节", "Section missing", "没有找到章节标题“{heading}”。", "The section heading \"{heading}\" was not found.");
        Add(list, "IMP-TABLE-MISSING", W, DiagnosticStage.Import, "缺少表格", "Table missing", "没有找到{table}（可能是图片或附件），其单元格为空（未读取）。", "{table} was not found (it may be an image or an attachment); its cells are blank (not read).", unread: true);
        Add(list, "IMP-TABLE-REPLACED-BY-TEXT", W, DiagnosticStage.Import, "表格以文字代替", "Table replaced by a statement", "{table}处印有“{text}”而不是表格；{outcome}。",
            "{table} prints \"{text}\" instead of the table; {outcome}.");
        Add(list, "IMP-TABLE-FILLED-WITH-ZERO", I, DiagnosticStage.Import, "表格按 0 填写", "Table filled with zeros", "{table}印作“{text}”，按选项填为 0。",
            "{table} printed as \"{text}\" was filled with 0, as the options ask.");
        Add(list, "IMP-PAGE-BREAK-REMOVED", I, DiagnosticStage.Import, "删除分页内容", "Page break removed", "分页处理：{what}。",
            "Page break: {what}.");
        Add(list, "IMP-FOOTER-DROPPED", I, DiagnosticStage.Import, "删除网页页脚", "Footer dropped", "{what}已舍去（{lines} 行）。", "{what} was dropped ({lines} lines).");
        Add(list, "IMP-ROW-AMBIGUOUS", E, DiagnosticStage.Import, "行单元格数不符", "Row with the wrong number of cells", "{row}：应有 {expected} 个单元格，实有 {actual} 个{detail}；该行留空，不移位。",
            "{row}: {expected} cells expected, {actual} found{detail}; the row is left blank rather than shifted.", unread: true);
        Add(list, "IMP-ROW-UNLABELLED", E, DiagnosticStage.Import, "无标签的行", "Row without a label", "{table}中有数值前没有行标签，未分配。", "{table}: values were found without a row label before them; they were not assigned.", unread: true);
        Add(list, "IMP-ROW-CONFLICT", E, DiagnosticStage.Import, "行重复且数值不同", "Row repeated with other values", "{row} 出现两次且数值不同（“{first}”与“{second}”）；该行留空。",
            "{row} appears twice with different values (\"{first}\" and \"{second}\"); its cells are left blank.", unread: true);
        Add(list, "IMP-ROW-REPEATED", I, DiagnosticStage.Import, "行重复", "Row repeated", "{row} 以相同数值重复出现。", "{row} appears twice with the same values.");
        Add(list, "IMP-ROW-MISSING", W, DiagnosticStage.Import, "缺少行", "Row missing", "没有找到 {row}，其单元格为空（未读取）。", "{row} was not found; its cells are blank (not read).", unread: true);
        Add(list, "IMP-LABEL-ANNOTATED", I, DiagnosticStage.Import, "标签带注释", "Label annotated", "行标签“{text}”按官方前缀识别为 {row}。", "The row label \"{text}\" was matched on its official prefix as {row}.");
        Add(list, "IMP-LABEL-TRUNCATED", I, DiagnosticStage.Import, "标签被截断", "Label cut short", "行标签“{text}”被截断，识别为 {row}。", "The row label \"{text}\" is cut short and was matched as {row}.");
        Add(list, "IMP-LABEL-VARIANT", I, DiagnosticStage.Import, "标签变体", "Label variant", "行标签“{text}”是 {row} 的已知变体。", "The row label \"{text}\" is a known variant of {row}.");
        Add(list, "IMP-HEADER-FRAGMENT", I, DiagnosticStage.Import, "表头片段", "Header fragment", "表头片段“{text}”{outcome}。", "The header fragment \"{text}\" {outcome}.");
        Add(list, "IMP-EXTRA-ROW", I, DiagnosticStage.Import, "官方表格之外的行", "Row beyond the official table", "{table}的行“{text}”不在官方表格中，另行保存。",
            "The row \"{text}\" is not in the official {table}; it was kept aside.");
        Add(list, "IMP-UNKNOWN-TABLE-TEXT", I, DiagnosticStage.Import, "表格中的其他文字", "Unknown text in a table", "忽略了{table}中的文字“{text}”（{why}）。", "The text \"{text}\" inside {table} was ignored ({why}).");
        Add(list, "IMP-SUBTOTAL-COLUMN", I, DiagnosticStage.Import, "法人或其他组织小计列", "Legal-person subtotal column", "表三有法人或其他组织小计列，保存为 legalPersonSubtotal。",
            "The application table has the legal-person subtotal column; it is kept as legalPersonSubtotal.");
        Add(list, "IMP-SUBTOTAL-ROW", I, DiagnosticStage.Import, "结果组小计行", "Result group subtotal row", "{row} 保存为结果组小计。", "{row} is kept as the group's subtotal.");
        Add(list, "IMP-OTHER-HANDLING-SINGLE-ROW", I, DiagnosticStage.Import, "(六)其他处理 单行", "(6) other handling as one row", "(六)其他处理 印作一行，保存为小计，三个明细行为空。",
            "(6) other handling is printed as one row; it is kept as the subtotal and its three rows are blank.");
        Add(list, "IMP-CELL-RUN-TOGETHER", E, DiagnosticStage.Import, "数字粘连或断开", "Digits run together or split", "{cell}：“{text}”像是粘连或断开的数字，留空。",
            "{cell}: \"{text}\" looks like digits run together or split; left blank.", unread: true);
        Add(list, "IMP-CELL-OUT-OF-RANGE", E, DiagnosticStage.Import, "数值超出计数范围", "Count out of range", "{cell}：“{text}”超过 2147483647，留空。", "{cell}: \"{text}\" is more than 2147483647; left blank.", unread: true);
        Add(list, "IMP-CELL-NEGATIVE", E, DiagnosticStage.Import, "负数", "Negative", "{cell}：“{text}”为负数，留空。", "{cell}: \"{text}\" is negative; left blank.", unread: true);
        Add(list, "IMP-CELL-NOT-INTEGER", E, DiagnosticStage.Import, "计数有小数", "Count with a fraction", "{cell}：“{text}”不是整数，留空。", "{cell}: \"{text}\" is not a whole number; left blank.", unread: true);
        Add(list, "IMP-CELL-WRONG-UNIT", E, DiagnosticStage.Import, "单位不符", "Wrong unit", "{cell}：“{text}”的单位与该列不符，留空。", "{cell}: the unit of \"{text}\" does not fit the column; left blank.", unread: true);
        Add(list, "IMP-CELL-UNIT-UNKNOWN", E, DiagnosticStage.Import, "金额单位未知", "Amount without a unit", "{cell}：金额“{text}”没有单位，表头也没有，留空。",
            "{cell}: the amount \"{text}\" states no unit, nor does its header; left blank.", unread: true);
        Add(list, "IMP-CELL-UNIT-CONVERTED", I, DiagnosticStage.Import, "单位已换算", "Unit converted", "{cell}：“{text}”已去掉或换算单位，读作 {actual}。", "{cell}: the unit of \"{text}\" was removed or converted; read as {actual}.");
        Add(list, "IMP-CELL-TEXT-NUMBER", I, DiagnosticStage.Import, "文本形式的数字", "Number written as text", "{pointer}：文本“{text}”按数字读取。", "{pointer}: the text \"{text}\" was read as a number.");
        Add(list, "IMP-INTEROP-INVALID-JSON", E, DiagnosticStage.Import, "KIROGOVCOMPARE 文档无效", "Invalid KIROGOVCOMPARE document", "KIROGOVCOMPARE 文档不是 JSON 对象：{detail}",
            "The KIROGOVCOMPARE document is not a JSON object: {detail}", fatal: true);
        Add(list, "IMP-INTEROP-WRONG-TYPE", E, DiagnosticStage.Import, "KIROGOVCOMPARE 类型错误", "KIROGOVCOMPARE value of the wrong type", "{pointer}：应为数字、null 或字符串，实为 {kind}，单元格留空。",
            "{pointer}: a number, null or a string expected, {kind} found; the cell is left blank.", unread: true);
        Add(list, "IMP-INTEROP-UNKNOWN-PROPERTY", I, DiagnosticStage.Import, "KIROGOVCOMPARE 未知属性", "KIROGOVCOMPARE property ignored", "{pointer}：忽略未映射的属性。", "{pointer}: a property this library does not map was ignored.");
        Add(list, "IMP-INTEROP-UNSUPPORTED-FORMAT", E, DiagnosticStage.Import, "KIROGOVCOMPARE 不支持该格式", "Format not supported by KIROGOVCOMPARE",
            "KIROGOVCOMPARE 只保存现行格式，无法写出 {format} 格式的报告。", "KIROGOVCOMPARE stores the current format only: a report of format {format} cannot be written.");

        // ---- Rules -----------------------------------------------------------------------------------------------------
        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            DiagnosticStage stage = rule.Kind is RuleKind.YearOverYear or RuleKind.Consolidation ? DiagnosticStage.CrossReport : DiagnosticStage.Rule;
            bool decidable = rule.Kind != RuleKind.CellType;
            list.Add(new DiagnosticDefinition(rule.Code, rule.Severity, stage, rule.Title, rule.FailMessage, decidable ? rule.IndeterminateMessage : null,
                leavesCellsUnread: false, isFatal: false, rule));
        }

        var byCode = new Dictionary<string, DiagnosticDefinition>(StringComparer.Ordinal);
        foreach (DiagnosticDefinition definition in list)
        {
            byCode.Add(definition.Code, definition);
        }

        return new Index(list.ToArray(), byCode);
    }

    private static void Add(List<DiagnosticDefinition> list, string code, DiagnosticSeverity severity, DiagnosticStage stage, string titleZh, string titleEn,
        string zh, string en, bool unread = false, bool fatal = false) =>
        list.Add(new DiagnosticDefinition(code, severity, stage, new BilingualText(titleZh, titleEn), new MessageTemplate(zh, en), null, unread, fatal, null));

    private sealed class Index
    {
        public Index(DiagnosticDefinition[] list, Dictionary<string, DiagnosticDefinition> byCode)
        {
            List = Array.AsReadOnly(list);
            ByCode = byCode;
        }

        public IReadOnlyList<DiagnosticDefinition> List { get; }

        public Dictionary<string, DiagnosticDefinition> ByCode { get; }
    }
}
