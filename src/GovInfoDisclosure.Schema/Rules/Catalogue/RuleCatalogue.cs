using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>
/// The catalogue of every consistency rule (勾稽关系) of the annual report: code, severity, kind, scope, texts and the official
/// label each rule is based on.
/// </summary>
/// <remarks>
/// <para>
/// The catalogue is data, in the spirit of XBRL calculation relations: a definition here says what a rule is; the files
/// <c>Rules2021</c>, <c>Rules2019</c> and <c>CrossReportRules</c> say which cells it relates in each format (JSON Pointers of
/// the <see cref="Labels.LabelCatalogue"/>, with weights and a scope such as "each column"); one generic engine evaluates them.
/// </para>
/// <para>Immutable and thread-safe. <c>docs/rules.md</c> is generated from it.</para>
/// </remarks>
public static class RuleCatalogue
{
    private static readonly ReportFormat[] Both = { ReportFormat.Format2019, ReportFormat.Format2021 };
    private static readonly ReportFormat[] Current = { ReportFormat.Format2021 };
    private static readonly ReportFormat[] Legacy = { ReportFormat.Format2019 };

    private static readonly MessageTemplate Undecided = new(
        "{table} {scope}：无法判断 {relation}，因为 {unknown} 的值未知。",
        "{table}, {scope}: cannot decide {relation}, because {unknown} is unknown.");

    /// <summary>Every rule, in the order diagnostics are reported.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } = ReadOnlyLists.Copy(new[]
    {
        Define(RuleCodes.ApplicationBalance, DiagnosticSeverity.Error, RuleKind.Balance, RuleScope.EachColumn, Both,
            T("表三 列平衡", "Application table balance"),
            T("本年新收 + 上年结转 = 办理结果总计 + 结转下年度", "newly received + carried over = results total + carried forward"),
            T("表三每一列：第一项（本年新收）加第二项（上年结转）之和，等于第三项（办理结果总计）加第四项（结转下年度继续办理）之和。这是表头注明的勾稽关系。",
              "In every column of the application table, item one (newly received) plus item two (carried over) equals item three (the results total) plus item four (carried forward). The table's header note states this relation."),
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "formats.md §2.8 B-1; §3.4",
            Linear("（第一项加第二项之和应等于第三项加第四项之和）", " (items one and two must add up to items three and four)")),

        Define(RuleCodes.ResultsTotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachColumn, Both,
            T("表三 办理结果总计", "Results total"),
            T("(七)总计 = (一) + (二) + (三) + (四) + (五) + (六)", "(7) total = (1) + (2) + (3) + (4) + (5) + (6)"),
            T("表三每一列：(七)总计等于三、本年度办理结果各项之和。结果组（(三)至(六)）的各项未知而小计行已知时，使用小计。",
              "In every column of the application table, (7) total equals the sum of every result row. Where the rows of a result group ((3) to (6)) are unknown but the group's subtotal row is known, the subtotal is used."),
            "(七)总计", "formats.md §2.8 B-2; §3.4 (19 rows in the legacy layout)",
            Linear("（(七)总计应等于各项办理结果之和）", " (the total must equal the sum of the results)")),

        Define(RuleCodes.GroupSubtotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachColumn, Both,
            T("表三 结果组小计", "Result group subtotal"),
            T("小计 = 组内各项之和", "subtotal = sum of the group's rows"),
            T("表三中印有小计行的结果组（(三)不予公开、(四)无法提供、(五)不予处理、(六)其他处理），每一列：小计等于组内各项之和。小计行不是官方表格的一部分，只有文档包含它时才检查。",
              "For each result group that has a subtotal row ((3) withheld, (4) unable to provide, (5) not processed, (6) other handling), in every column: the subtotal equals the sum of the group's rows. Subtotal rows are not part of the official table and are checked only when the document has them."),
            "(三)不予公开 / (四)无法提供 / (五)不予处理 / (六)其他处理", "formats.md §6.2; json-contract.md (group subtotal)",
            Linear("（小计应等于组内各项之和）", " (the subtotal must equal the sum of the group)")),

        Define(RuleCodes.RowTotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachRow, Both,
            T("表三 行总计", "Row total"),
            T("总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
              "total = natural persons + commercial enterprises + research institutions + public-interest organisations + legal service agencies + other organisations"),
            T("表三每一行：总计列等于六个申请人列之和。", "In every row of the application table, the total column equals the sum of the six applicant columns."),
            "总计", "formats.md §2.8 B-3; §3.4",
            Linear("（总计应等于各申请人列之和）", " (the total must equal the sum of the applicant columns)")),

        Define(RuleCodes.LegalPersonSubtotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachRow, Both,
            T("表三 法人或其他组织小计", "Legal-person subtotal column"),
            T("法人或其他组织小计 = 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
              "legal-person subtotal = commercial enterprises + research institutions + public-interest organisations + legal service agencies + other organisations"),
            T("部分地方模板在表三增加“法人或其他组织小计”列。文档包含该列时，每一行：小计等于五个法人或其他组织列之和。",
              "Some local templates add a legal-person subtotal column to the application table. Where the document has it, in every row the subtotal equals the sum of the five organisation columns."),
            "法人或其他组织", "formats.md §6.2 (subtotal columns); json-contract.md (legalPersonSubtotal)",
            Linear("（小计应等于五个法人或其他组织列之和）", " (the subtotal must equal the five organisation columns)")),

        Define(RuleCodes.NonNegativeCells, DiagnosticSeverity.Error, RuleKind.CellType, RuleScope.EachCell, Both,
            T("数值非负", "Non-negative values"),
            T("件数 ≥ 0，金额 ≥ 0（本年增/减除外）", "counts ≥ 0, amounts ≥ 0 (except 本年增/减)"),
            T("每个件数都是非负整数，每个金额（万元）都是非负数；只有旧版表二的“本年增/减”可以为负。单元格类型无法保存负数，JSON 读取时报告 JSON-NEGATIVE，因此规则引擎无需再检查。",
              "Every count is a non-negative integer and every amount (10,000 yuan) a non-negative number; only the legacy 本年增/减 may be negative. The cell types cannot hold a negative value and the JSON reader reports one as JSON-NEGATIVE, so the rule engine has nothing left to check."),
            "申请人情况 / 信息内容 / 行政复议 / 行政诉讼", "formats.md §2.8 B-5, A-1",
            new MessageTemplate("{pointer}：{value} 为负数。", "{pointer}: {value} is negative."), enforcedBy: "JSON-NEGATIVE"),

        Define(RuleCodes.ReconsiderationTotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachRow, Both,
            T("表四 行政复议总计", "Reconsideration total"),
            T("总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", "total = upheld + corrected + other outcome + pending"),
            T("表四 行政复议：总计等于结果维持、结果纠正、其他结果、尚未审结之和。", "In the reconsideration block of table 4, the total equals upheld + corrected + other outcome + pending."),
            "行政复议 — 总计", "formats.md §2.8 C-1; §3.5",
            Linear("（总计应等于四种结果之和）", " (the total must equal the four outcomes)")),

        Define(RuleCodes.LitigationWithoutReconsiderationTotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachRow, Both,
            T("表四 未经复议直接起诉总计", "Litigation without reconsideration total"),
            T("总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", "total = upheld + corrected + other outcome + pending"),
            T("表四 行政诉讼（未经复议直接起诉）：总计等于四种结果之和。", "In the block of suits filed without reconsideration, the total equals the four outcomes."),
            "行政诉讼 未经复议直接起诉 — 总计", "formats.md §2.8 C-2; §3.5",
            Linear("（总计应等于四种结果之和）", " (the total must equal the four outcomes)")),

        Define(RuleCodes.LitigationAfterReconsiderationTotal, DiagnosticSeverity.Error, RuleKind.Sum, RuleScope.EachRow, Both,
            T("表四 复议后起诉总计", "Litigation after reconsideration total"),
            T("总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", "total = upheld + corrected + other outcome + pending"),
            T("表四 行政诉讼（复议后起诉）：总计等于四种结果之和。", "In the block of suits filed after reconsideration, the total equals the four outcomes."),
            "行政诉讼 复议后起诉 — 总计", "formats.md §2.8 C-3; §3.5",
            Linear("（总计应等于四种结果之和）", " (the total must equal the four outcomes)")),

        Define(RuleCodes.ItemCountNonNegative, DiagnosticSeverity.Error, RuleKind.NonNegative, RuleScope.EachRow, Legacy,
            T("旧版表二 项目数量非负", "Legacy item count not negative"),
            T("上一年项目数量 + 本年增/减 ≥ 0", "items last year + change this year ≥ 0"),
            T("旧版表二第二十条第(五)(六)(八)项每一行：上一年项目数量加本年增/减，即本年末的项目数量，不能为负。",
              "In each item row of the legacy table 2 (Art. 20 items (5), (6), (8)), last year's item count plus this year's change, i.e. the count at the end of the year, cannot be negative."),
            "上一年项目数量 / 本年增/减", "formats.md §3.6 LA-3",
            Linear("（本年末项目数量不能为负）", " (the item count at the end of the year cannot be negative)")),

        Define(RuleCodes.NewlyPublishedBound, DiagnosticSeverity.Warning, RuleKind.Bound, RuleScope.EachRow, Legacy,
            T("旧版表二 本年新公开数量不超过对外公开总数量", "Legacy newly published within published total"),
            T("本年新公开数量 ≤ 对外公开总数量", "newly published this year ≤ published in total"),
            T("旧版表二第二十条第(一)项每一行：本年新公开的文件是对外公开文件的一部分，通常不超过对外公开总数量（合理性检查）。",
              "In each row of Art. 20 item (1) of the legacy table 2, documents published this year are among all published documents, so their number normally does not exceed the published total (plausibility)."),
            "本年新公开数量 / 对外公开总数量", "formats.md §3.6 LA-1",
            Linear("（本年新公开数量通常不超过对外公开总数量）", " (newly published normally does not exceed the published total)")),

        Define(RuleCodes.CarryOverContinuity, DiagnosticSeverity.Warning, RuleKind.YearOverYear, RuleScope.EachColumn, Both,
            T("跨年 结转衔接", "Carry-over continuity"),
            T("本年 上年结转 = 上年 结转下年度", "this year's carried over = last year's carried forward"),
            T("同一机关相邻两年的报告，表三每一列：本年的“二、上年结转”等于上一年的“四、结转下年度继续办理”。适用于 2019 与 2021 两种格式之间。更正时会有合理差异，故为警告。",
              "For two consecutive reports of one body, in every column of the application table: this year's carried over equals last year's carried forward. Works across the 2019 and 2021 formats. Corrections happen, so this is a warning."),
            "二、上年结转政府信息公开申请数量 / 四、结转下年度继续办理", "formats.md §2.8 B-6; §3.4",
            Linear("（本年上年结转应等于上年结转下年度）", " (this year's carried over should equal last year's carried forward)")),

        Define(RuleCodes.InForceContinuity, DiagnosticSeverity.Warning, RuleKind.YearOverYear, RuleScope.EachRow, Current,
            T("跨年 现行有效件数衔接", "In-force continuity"),
            T("现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数", "in force = last year's in force + issued − repealed"),
            T("相邻两年的现行格式报告，表二第二十条第(一)项每一行：现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数。修改、失效未废止、机构改革都会合理地打破它，故为警告。",
              "For two consecutive current-format reports, in each row of Art. 20 item (1): documents in force equal last year's in force plus issued minus repealed. Amendments, lapses without repeal and reorganisations legitimately break it, so this is a warning."),
            "现行有效件数", "formats.md §2.8 A-2",
            Linear("（现行有效件数应与上年衔接）", " (documents in force should follow from last year)")),

        Define(RuleCodes.RepealedBound, DiagnosticSeverity.Warning, RuleKind.YearOverYear, RuleScope.EachRow, Current,
            T("跨年 本年废止件数上限", "Repealed within what existed"),
            T("本年废止件数 ≤ 上年现行有效件数 + 本年制发件数", "repealed ≤ last year's in force + issued"),
            T("相邻两年的现行格式报告，表二第二十条第(一)项每一行：本年废止的文件不超过上年现行有效的文件加本年制发的文件。",
              "For two consecutive current-format reports, in each row of Art. 20 item (1): documents repealed this year do not exceed last year's documents in force plus this year's issued."),
            "本年废止件数", "formats.md §2.8 A-3",
            Linear("（废止件数不应超过可废止的件数）", " (more documents repealed than could be)")),

        Define(RuleCodes.ItemCountContinuity, DiagnosticSeverity.Warning, RuleKind.YearOverYear, RuleScope.EachRow, Legacy,
            T("跨年 旧版项目数量衔接", "Legacy item count continuity"),
            T("上一年项目数量 = 上年 上一年项目数量 + 上年 本年增/减", "items last year = last year's (items last year + change)"),
            T("相邻两年的旧版报告（只可能是 2019 与 2020 年），表二每个项目行：本年的上一年项目数量等于上年的上一年项目数量加本年增/减。",
              "For two consecutive legacy reports (only 2019 and 2020 are possible), in each item row of table 2: this year's 'items last year' equals last year's items plus last year's change."),
            "上一年项目数量 / 本年增/减", "formats.md §3.6 LA-4",
            Linear("（项目数量应与上年衔接）", " (the item count should follow from last year)")),

        Define(RuleCodes.PublishedTotalCumulative, DiagnosticSeverity.Warning, RuleKind.YearOverYear, RuleScope.EachRow, Legacy,
            T("跨年 对外公开总数量累计", "Published total is cumulative"),
            T("对外公开总数量 ≥ 上年 对外公开总数量", "published in total ≥ last year's published in total"),
            T("相邻两年的旧版报告，表二第二十条第(一)项每一行：对外公开总数量是累计数，不应减少。",
              "For two consecutive legacy reports, in each row of Art. 20 item (1): the published total is cumulative and should not decrease."),
            "对外公开总数量", "formats.md §3.6 LA-5",
            Linear("（累计数不应减少）", " (a cumulative count should not decrease)")),

        Define(RuleCodes.ConsecutiveYears, DiagnosticSeverity.Warning, RuleKind.YearOverYear, RuleScope.Report, Both,
            T("跨年 相邻年度", "Consecutive years"),
            T("本年报告年度 = 上年报告年度 + 1", "year of the later report = year of the earlier report + 1"),
            T("跨年检查只对同一机关相邻两年的报告有意义；年度不相邻时不做跨年检查，结果为无法判断。",
              "Year-over-year checks only make sense for reports of consecutive years; otherwise they are not run and the outcome is indeterminate."),
            "报告年度", "formats.md §2.8 B-6, A-2, A-3; §3.6 LA-4, LA-5",
            new MessageTemplate("报告年度为 {previous} 和 {current}，不是相邻年度。", "The reports are on {previous} and {current}, not consecutive years."),
            new MessageTemplate("报告年度为 {previous} 和 {current}，不是相邻年度，未做跨年检查。",
                "The reports are on {previous} and {current}, not consecutive years: year-over-year rules were not evaluated.")),

        Define(RuleCodes.ConsolidatedCell, DiagnosticSeverity.Error, RuleKind.Consolidation, RuleScope.EachCell, Both,
            T("汇总 单元格等于各部分之和", "Consolidated cell equals the sum of the parts"),
            T("汇总报告单元格 = Σ 各部分报告的同一单元格", "consolidated cell = Σ the same cell of every part"),
            T("汇总报告（例如一个县各部门的合计）的每个单元格等于各部分报告同一单元格之和。",
              "Every cell of a consolidated report (e.g. the departments of a county added up) equals the sum of the same cell of its parts."),
            "（无官方标签：汇总报告）", "issue 3 (consolidation)",
            new MessageTemplate("汇总报告 {cell}：{actual} ≠ 各部分之和 {expected}（{parts}）。", "Consolidated report, {cell}: {actual} ≠ the sum of the parts {expected} ({parts})."),
            new MessageTemplate("汇总报告 {cell}：无法判断是否等于各部分之和，因为 {unknown} 的值未知。",
                "Consolidated report, {cell}: cannot decide whether it equals the sum of the parts, because {unknown} is unknown.")),

        Define(RuleCodes.MissingPart, DiagnosticSeverity.Error, RuleKind.Consolidation, RuleScope.Report, Both,
            T("汇总 缺少部分报告", "Missing part"),
            T("各部分报告齐全", "every part is present"),
            T("核对汇总报告需要全部部分报告；缺少任何一个时，结果为无法判断。", "Checking a consolidated report needs every part; when one is missing the outcome is indeterminate."),
            "（无官方标签：汇总报告）", "issue 3 (consolidation)",
            new MessageTemplate("缺少部分报告：{parts}。", "Missing parts: {parts}."),
            new MessageTemplate("缺少部分报告 {parts}，无法核对汇总报告。", "Parts {parts} are missing: the consolidated report cannot be checked.")),

        Define(RuleCodes.PartsNotSummable, DiagnosticSeverity.Error, RuleKind.Consolidation, RuleScope.Report, Both,
            T("汇总 报告无法相加", "Reports cannot be summed"),
            T("各部分格式相同、年度相同、和在取值范围内", "same format, same year, sums within range"),
            T("只有格式相同、年度相同的报告才能相加；件数之和不能超过 2147483647。", "Only reports of one format and one year can be summed, and a sum of counts cannot exceed 2147483647."),
            "（无官方标签：汇总报告）", "issue 3 (consolidation)",
            new MessageTemplate("{reason}", "{reason}"),
            new MessageTemplate("{reason}", "{reason}")),

        Define(RuleCodes.FeeStatement, DiagnosticSeverity.Warning, RuleKind.Narrative, RuleScope.Report, Current,
            T("叙述 信息处理费说明", "Fee statement in section 六"),
            T("逾期未缴费 > 0 ⇒ 六、其他需要报告的事项 说明信息处理费，且不称未发出收费通知", "overdue fee > 0 ⇒ section 六 reports on the 信息处理费 and does not say that no fee notice was issued"),
            T("表三“(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用”大于 0，说明本机关发出过收费通知，六、其他需要报告的事项应当说明信息处理费情况；六对信息处理费只字未提，或称未发出收费通知，均与表三矛盾（称未收取费用不矛盾：未缴费即无收入）。可选检查；文档不含六的文字时不检查。",
              "When the application table counts applications dropped because the applicant did not pay the fee, the body issued fee notices, so section 六 should report on the information-processing fee: saying nothing about the fee, or saying that no fee notice was issued, contradicts the table (saying that no fee was collected does not: unpaid notices collect nothing). Opt-in check; a document without the text of section 六 is not checked."),
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 / 六、其他需要报告的事项", "formats.md §2.7; §2.8 B-7",
            new MessageTemplate("表三 {cell} 为 {actual}，但六、其他需要报告的事项{statement}。",
                "The application table counts {actual} applications under {cell}, but section 六 (other matters) {statement}."),
            new MessageTemplate("表三 {cell} 的值未知，无法判断六、其他需要报告的事项是否应说明信息处理费。",
                "{cell} of the application table is unknown, so whether section 六 should report on the fee cannot be decided.")),

        Define(RuleCodes.OverviewFigures, DiagnosticSeverity.Warning, RuleKind.Narrative, RuleScope.EachRow, Both,
            T("叙述 总体情况数字与表三一致", "Overview figures match the table"),
            T("一、总体情况所述件数 = 表三总计列", "figure stated in the overview = total column of the table"),
            T("一、总体情况（及三的说明文字）中写明的本年新收、上年结转、结转下年度件数，应与表三总计列一致。只识别简单句式，无法解析的文字不报告（可选检查）。",
              "Numbers of applications newly received, carried over and carried forward stated in section 一 (and the prose of section 三) should equal the total column of the application table. Only simple phrases are recognised; prose that does not parse is never reported (opt-in check)."),
            "一、总体情况", "formats.md §2.8 B-8",
            new MessageTemplate("{section}称{phrase} {actual} 件，而表三 {cell} 为 {expected}。", "{section} states {phrase} {actual}, but {cell} of the application table is {expected}."),
            new MessageTemplate("{section}称{phrase} {actual} 件，而表三 {cell} 的值未知，无法核对。", "{section} states {phrase} {actual}, but {cell} of the application table is unknown.")),

        Define(RuleCodes.TableFigures, DiagnosticSeverity.Warning, RuleKind.Narrative, RuleScope.EachRow, Both,
            T("叙述 表二、表四数字与正文一致", "Prose figures match 表二 and 表四"),
            T("正文所述规章/规范性文件、许可/处罚/强制、收费、复议/诉讼数字 = 表二、表四", "figure stated in the prose = the cell of 表二 or 表四"),
            T("一、总体情况及二、四的说明文字中写明的规章和行政规范性文件制发、废止、现行有效件数，行政许可、行政处罚、行政强制件数，行政事业性收费金额（万元，现行格式），以及行政复议、行政诉讼件数（两种格式），应与表二、表四一致；行政诉讼与未经复议直接起诉和复议后起诉两个总计之和比较。只识别简单句式，无法解析的文字不报告（可选检查）。",
              "Figures stated in section 一 and the prose of sections 二 and 四 — rules and normative documents issued, repealed and in force; licensing, penalty and enforcement decisions; the administrative-fee amount (10,000 yuan; current format); reconsiderations and lawsuits (both formats) — should equal 表二 and 表四; lawsuits are compared with the sum of the two litigation totals. Only simple phrases are recognised; prose that does not parse is never reported (opt-in check)."),
            "一、总体情况 / 表二 / 表四", "formats.md §2.8 (issue 11)",
            new MessageTemplate("{section}写道“{sentence}”，称{phrase} {actual}，而{table} {cell} 为 {expected}。",
                "{section} says \"{sentence}\": {phrase} {actual}, but {cell} of {table} is {expected}."),
            new MessageTemplate("{section}写道“{sentence}”，称{phrase} {actual}，而{table} {cell} 的值未知，无法核对。",
                "{section} says \"{sentence}\": {phrase} {actual}, but {cell} of {table} is unknown.")),
    });

    /// <summary>Finds the definition of a code.</summary>
    /// <param name="code">A rule code, e.g. <c>GID-B1</c>.</param>
    /// <param name="rule">The definition, when the code is in the catalogue.</param>
    /// <returns>Whether the code is in the catalogue.</returns>
    public static bool TryGet(string code, out RuleDefinition rule)
    {
        foreach (RuleDefinition candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                rule = candidate;
                return true;
            }
        }

        rule = null!;
        return false;
    }

    /// <summary>The definition of a code of <see cref="RuleCodes"/>.</summary>
    /// <param name="code">A rule code.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The code is not in the catalogue.</exception>
    public static RuleDefinition Get(string code) =>
        TryGet(code, out RuleDefinition rule) ? rule : throw new ArgumentException($"Unknown rule code '{code}'.", nameof(code));

    private static BilingualText T(string zh, string en) => new(zh, en);

    private static MessageTemplate[] Linear(string zhNote, string enNote) => new[]
    {
        new MessageTemplate("{table} {scope}：{left} {op} {right}" + zhNote, "{table}, {scope}: {left} {op} {right}" + enNote),
        Undecided,
    };

    private static RuleDefinition Define(string code, DiagnosticSeverity severity, RuleKind kind, RuleScope scope, ReportFormat[] formats,
        BilingualText title, BilingualText formula, BilingualText description, string basis, string spec, MessageTemplate[] messages) =>
        new(code, severity, kind, scope, formats, title, formula, description, basis, spec, messages[0], messages[1]);

    private static RuleDefinition Define(string code, DiagnosticSeverity severity, RuleKind kind, RuleScope scope, ReportFormat[] formats,
        BilingualText title, BilingualText formula, BilingualText description, string basis, string spec, MessageTemplate fail,
        MessageTemplate? indeterminate = null, string? enforcedBy = null) =>
        new(code, severity, kind, scope, formats, title, formula, description, basis, spec, fail, indeterminate ?? fail,
            isOptIn: kind == RuleKind.Narrative, enforcedBy: enforcedBy);
}
