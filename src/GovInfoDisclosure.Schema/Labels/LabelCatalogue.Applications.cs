using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Labels;

public sealed partial class LabelCatalogue
{
    private const string ResultsLabel = "三、本年度办理结果";
    private const string LegalPersonGroup = "法人或其他组织";

    /// <summary>The header note of 表三, which states the table's own arithmetic.</summary>
    private const string ApplicationsHeaderNote = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)";

    // 表三 (formats.md §2.4 current, §3.4 legacy). The rows are identical but for (六)其他处理.
    private static TableLabel Applications(ReportFormat format)
    {
        const ReportTable T = ReportTable.Applications;
        ColumnLabel[] columns =
        {
            new("naturalPerson", "自然人", "Natural persons", 1, FieldValueKind.Count),
            new("commercialEnterprise", "商业企业", "Commercial enterprises", 2, FieldValueKind.Count, LegalPersonGroup),
            new("researchInstitution", "科研机构", "Research institutions", 3, FieldValueKind.Count, LegalPersonGroup),
            new("publicInterestOrganization", "社会公益组织", "Public-interest organisations", 4, FieldValueKind.Count, LegalPersonGroup),
            new("legalServiceAgency", "法律服务机构", "Legal service agencies", 5, FieldValueKind.Count, LegalPersonGroup),
            new("otherOrganization", "其他", "Other organisations", 6, FieldValueKind.Count, LegalPersonGroup),
            new("total", "总计", "Total", 7, FieldValueKind.Count),
            new("legalPersonSubtotal", "法人或其他组织小计", "Legal persons and other organisations, subtotal", null, FieldValueKind.Count,
                LegalPersonGroup, isOptional: true),
        };

        var rows = new List<RowLabel>();
        int number = 0;
        void Row(string key, string[] path, string shortChinese, string english) =>
            rows.Add(new RowLabel(T, key, path, shortChinese, english, ++number, columns));
        void Subtotal(string group, string groupLabel, string english) =>
            rows.Add(new RowLabel(T, "results/" + group + "/subtotal", new[] { ResultsLabel, groupLabel, "小计" }, groupLabel + "小计",
                english + ", subtotal", null, columns, isOptional: true));
        string[] Result(string label) => new[] { ResultsLabel, label };

        Row("newlyReceived", new[] { "一、本年新收政府信息公开申请数量" }, "本年新收", "Newly received");
        Row("carriedOver", new[] { "二、上年结转政府信息公开申请数量" }, "上年结转", "Carried over from last year");
        Row("results/granted", Result("(一)予以公开"), "予以公开", "Granted");
        Row("results/partiallyGranted", Result("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"), "部分公开", "Partially granted");

        const string Withheld = "(三)不予公开";
        string[] W(string label) => new[] { ResultsLabel, Withheld, label };
        Row("results/withheld/stateSecret", W("1.属于国家秘密"), "不予公开·国家秘密", "Withheld: state secret");
        Row("results/withheld/prohibitedByLaw", W("2.其他法律行政法规禁止公开"), "不予公开·法律法规禁止", "Withheld: prohibited by law");
        Row("results/withheld/endangersSafetyOrStability", W("3.危及“三安全一稳定”"), "不予公开·危及三安全一稳定", "Withheld: endangers security or stability");
        Row("results/withheld/thirdPartyRights", W("4.保护第三方合法权益"), "不予公开·第三方合法权益", "Withheld: third-party rights");
        Row("results/withheld/internalAffairs", W("5.属于三类内部事务信息"), "不予公开·内部事务信息", "Withheld: internal affairs");
        Row("results/withheld/processInformation", W("6.属于四类过程性信息"), "不予公开·过程性信息", "Withheld: process information");
        Row("results/withheld/lawEnforcementFiles", W("7.属于行政执法案卷"), "不予公开·行政执法案卷", "Withheld: law-enforcement files");
        Row("results/withheld/administrativeQuery", W("8.属于行政查询事项"), "不予公开·行政查询事项", "Withheld: administrative query");
        Subtotal("withheld", Withheld, "Withheld");

        const string Unable = "(四)无法提供";
        string[] U(string label) => new[] { ResultsLabel, Unable, label };
        Row("results/unableToProvide/notHeld", U("1.本机关不掌握相关政府信息"), "无法提供·本机关不掌握", "Unable to provide: not held");
        Row("results/unableToProvide/needsCreation", U("2.没有现成信息需要另行制作"), "无法提供·需另行制作", "Unable to provide: needs creation");
        Row("results/unableToProvide/unclearAfterCorrection", U("3.补正后申请内容仍不明确"), "无法提供·补正后仍不明确", "Unable to provide: unclear after correction");
        Subtotal("unableToProvide", Unable, "Unable to provide");

        const string NotProcessed = "(五)不予处理";
        string[] N(string label) => new[] { ResultsLabel, NotProcessed, label };
        Row("results/notProcessed/petitionOrComplaint", N("1.信访举报投诉类申请"), "不予处理·信访举报投诉", "Not processed: petition or complaint");
        Row("results/notProcessed/duplicate", N("2.重复申请"), "不予处理·重复申请", "Not processed: duplicate");
        Row("results/notProcessed/publication", N("3.要求提供公开出版物"), "不予处理·公开出版物", "Not processed: publication");
        Row("results/notProcessed/excessiveRepeated", N("4.无正当理由大量反复申请"), "不予处理·大量反复申请", "Not processed: excessive repeated applications");
        Row("results/notProcessed/confirmationOfObtained", N("5.要求行政机关确认或重新出具已获取信息"), "不予处理·确认或重新出具", "Not processed: confirmation of obtained information");
        Subtotal("notProcessed", NotProcessed, "Not processed");

        const string Other = "(六)其他处理";
        if (format == ReportFormat.Format2021)
        {
            string[] O(string label) => new[] { ResultsLabel, Other, label };
            Row("results/otherHandling/overdueCorrection", O("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), "其他处理·逾期不补正", "Other handling: overdue correction");
            Row("results/otherHandling/overdueFee", O("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), "其他处理·逾期未缴费", "Other handling: overdue fee");
            Row("results/otherHandling/other", O("3.其他"), "其他处理·其他", "Other handling: other");
            Subtotal("otherHandling", Other, "Other handling");
        }
        else
        {
            Row("results/otherHandling", Result(Other), "其他处理", "Other handling");
        }

        Row("results/total", Result("(七)总计"), "办理结果总计", "Results total");
        Row("carriedForward", new[] { "四、结转下年度继续办理" }, "结转下年度", "Carried forward to next year");

        return new TableLabel(T, "applications", "三、收到和处理政府信息公开申请情况", "表三", "Applications", rows.ToArray(), ApplicationsHeaderNote);
    }
}
