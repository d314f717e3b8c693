using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>A relation of the format specification that no rule checks, and why.</summary>
internal sealed class UncheckedRelation
{
    public UncheckedRelation(string specReference, BilingualText relation, BilingualText reason)
    {
        SpecReference = specReference;
        Relation = relation;
        Reason = reason;
    }

    public string SpecReference { get; }

    public BilingualText Relation { get; }

    public BilingualText Reason { get; }

    /// <summary>Every relation of formats.md §2.8, §3.4 and §3.6 that is not in the catalogue, with the reason.</summary>
    public static UncheckedRelation[] All { get; } =
    {
        new("formats.md §2.8 B-4",
            new("每件已办理的申请只计入一个办理结果；区分处理的只计入(二)部分公开", "each processed application falls in exactly one result row; 区分处理 cases only in (2)"),
            new("计数规则，只凭表中数字无法检查。", "A counting rule: it cannot be checked from the numbers.")),
        new("formats.md §2.8 B-7 (second half)",
            new("2021 年以前的年度，(六)2 逾期未缴费 = 0", "row (6)2 (overdue fee) = 0 for years before 2021"),
            new("现行格式从 2021 年度报告起使用，旧版格式没有这一行；迁移到现行格式的旧版报告该行为空（明细未知）。因此不存在可检查的情形。B-7 的前一半（六 应说明信息处理费）是 GID-B7。",
                "The current format is used from the 2021 reports on and the legacy layout has no such row; a legacy report migrated to the current format leaves the row blank (breakdown unknown). There is nothing to check. The first half of B-7 (section 六 mentions the fee) is GID-B7.")),
        new("formats.md §2.8 A-4",
            new("同一年度内 制发、废止、现行有效 之间没有算术关系", "within a year, no arithmetic ties issued, repealed and in force"),
            new("规范明确说明没有关系（0/0/1 是有效的）；跨年关系是 GID-A2、GID-A3。", "The specification states there is none (0/0/1 is valid); the cross-year relations are GID-A2 and GID-A3.")),
        new("formats.md §2.8 A-5",
            new("规章 > 0 只对有规章制定权的机关合理", "规章 > 0 is plausible only for bodies that can make 规章"),
            new("需要知道发布机关的层级（国务院部门、省级政府、设区的市/自治州政府），文档不包含这一信息。", "It needs the body's level (State Council department, provincial government, districted city or autonomous prefecture), which the document does not carry.")),
        new("formats.md §2.8 A-6",
            new("本年收费金额（万元）与六中的信息处理费（元）不核对", "本年收费金额 (10,000 yuan) is not reconciled with the 信息处理费 of section 六 (yuan)"),
            new("这是“不要核对”的规定：两者是不同的收费。", "It is a rule not to compare: they are different charges.")),
        new("formats.md §2.8 C-4",
            new("复议机关作为共同被告的案件，复议机关不计数", "cases with the reconsideration body as co-defendant are not counted by that body"),
            new("计数规则，只凭表中数字无法检查。", "A counting rule: it cannot be checked from the numbers.")),
        new("formats.md §2.8 C-5",
            new("表四与表三之间没有关系", "no relation between table 4 and table 3"),
            new("规范明确说明没有关系。", "The specification states there is none.")),
        new("formats.md §3.6 LA-2",
            new("本年新公开数量 ≤ 本年新制作数量 不是要求", "newly published ≤ newly made is not required"),
            new("规范明确说明不要求：以前制作的文件可以在本年公开。", "The specification says it is not required: documents made earlier may be published this year.")),
    };
}
