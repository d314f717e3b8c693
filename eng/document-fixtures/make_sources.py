"""Builds the sources of the document fixtures (run by make.sh; needs only Python 3).

Inputs: the HTML pages `govinfo render --as html` prints for the sample reports (in WORK), with the machine-readable
<meta name="govinfo:…"> tags removed, so that every fact is read from the text as in a page an office publishes.
Outputs, in WORK: <name>.html with first-line indents (what LibreOffice turns into .docx and PDF), a GBK page
declaring gb2312, a UTF-16 (BOM) copy of a clean text, and the narrow report (表三 printing only 自然人 and 总计) as
HTML and as clean text.
"""
import html
import json
import re
import sys

work, samples, texts = sys.argv[1], sys.argv[2], sys.argv[3]

for name in ["2024-pingwu-county-government-office", "2025-huarong-district-bureau", "2020-county-petitions-bureau-legacy-layout"]:
    page = open(f"{work}/{name}.rendered.html", encoding="utf-8").read()
    page = re.sub(r'<meta name="govinfo:[^>]*>\n?', "", page)
    open(f"{work}/{name}.plain.html", "w", encoding="utf-8").write(page)
    # Offices indent the first line of a paragraph by two characters (首行缩进).
    open(f"{work}/{name}.html", "w", encoding="utf-8").write(page.replace("<p>", '<p style="text-indent: 24pt">'))

# Tables without borders (border="0"), as some offices print them.
page = open(f"{work}/2025-huarong-district-bureau.html", encoding="utf-8").read()
open(f"{work}/2025-huarong-borderless.html", "w", encoding="utf-8").write(
    re.sub(r"<table[^>]*>", '<table border="0" cellspacing="0" cellpadding="2">', page))

# A GBK page that says so, as many county sites still serve them.
page = open(f"{work}/2024-pingwu-county-government-office.plain.html", encoding="utf-8").read()
page = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
open(f"{work}/2024-pingwu-county-government-office.gbk.html", "wb").write(page.encode("gbk"))

# A UTF-16 text with a byte-order mark (Notepad's "Unicode").
text = open(f"{texts}/2025-huarong-district-bureau.txt", encoding="utf-8").read()
open(f"{work}/2025-huarong-district-bureau.utf16.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))

# The narrow layout: 表三 printed with only the 自然人 and 总计 columns (the 法人或其他组织 columns left out).
report = json.load(open(f"{samples}/2024-pingwu-county-government-office.json", encoding="utf-8"))
page = open(f"{work}/2024-pingwu-county-government-office.html", encoding="utf-8").read()
tables = list(re.finditer(r"<table.*?</table>", page, re.S))
apps = report["applications"]
rows = [
    (["一、本年新收政府信息公开申请数量"], apps["newlyReceived"]),
    (["二、上年结转政府信息公开申请数量"], apps["carriedOver"]),
]
res = apps["results"]
groups = [
    ("(一)予以公开", res["granted"]), ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", res["partiallyGranted"]),
]
sub = {
    "(三)不予公开": ("withheld", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                                 "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    "(四)无法提供": ("unableToProvide", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    "(五)不予处理": ("notProcessed", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                                    "5.要求行政机关确认或重新出具已获取信息"]),
    "(六)其他处理": ("otherHandling", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
}


def cells(values):
    return [values["naturalPerson"], values["total"]]


body = []
lines = []
def emit(labels, values, spans):
    tds = "".join(f'<td{" rowspan=%d" % s if s > 1 else ""}>{html.escape(l)}</td>' for l, s in zip(labels, spans) if s > 0)
    tds += "".join(f"<td>{'' if v is None else v}</td>" for v in cells(values))
    body.append(f"<tr>{tds}</tr>")

body.append('<tr><td colspan="3">(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)</td><td>自然人</td><td>总计</td></tr>')
lines.append("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 自然人 | 总计 |")
for labels, values in rows:
    body.append(f'<tr><td colspan="3">{labels[0]}</td>' + "".join(f"<td>{v}</td>" for v in cells(values)) + "</tr>")
    lines.append(f"{labels[0]} | " + " | ".join(str(v) for v in cells(values)) + " |")
count = 2 + sum(len(v[1]) for v in sub.values()) + 1
first = True
for label, values in groups:
    head = f'<td rowspan="{count}">三、本年度办理结果</td>' if first else ""
    body.append(f'<tr>{head}<td colspan="2">{label}</td>' + "".join(f"<td>{v}</td>" for v in cells(values)) + "</tr>")
    lines.append(("三、本年度办理结果 | " if first else "") + f"{label} | " + " | ".join(str(v) for v in cells(values)) + " |")
    first = False
for label, (key, leaves) in sub.items():
    keys = list(res[key].keys())
    for i, (leaf, k) in enumerate(zip(leaves, keys)):
        head = f'<td rowspan="{len(leaves)}">{label}</td>' if i == 0 else ""
        body.append(f"<tr>{head}<td>{leaf}</td>" + "".join(f"<td>{v}</td>" for v in cells(res[key][k])) + "</tr>")
        lines.append((f"{label} | " if i == 0 else "") + f"{leaf} | " + " | ".join(str(v) for v in cells(res[key][k])) + " |")
body.append('<tr><td colspan="2">(七)总计</td>' + "".join(f"<td>{v}</td>" for v in cells(res["total"])) + "</tr>")
lines.append("(七)总计 | " + " | ".join(str(v) for v in cells(res["total"])) + " |")
body.append('<tr><td colspan="3">四、结转下年度继续办理</td>' + "".join(f"<td>{v}</td>" for v in cells(apps["carriedForward"])) + "</tr>")
lines.append("四、结转下年度继续办理 | " + " | ".join(str(v) for v in cells(apps["carriedForward"])) + " |")
narrow_table = '<table border="1" cellspacing="0">' + "\n".join(body) + "</table>"
t = tables[1]
open(f"{work}/2024-pingwu-narrow.html", "w", encoding="utf-8").write(page[: t.start()] + narrow_table + page[t.end():])

# The same narrow report as clean text: the sample text with its 表三 replaced by the narrow rows.
text = open(f"{texts}/2024-pingwu-county-government-office.txt", encoding="utf-8").read()
start = text.index("三、收到和处理政府信息公开申请情况")
end = text.index("四、政府信息公开行政复议")
text = text[:start] + "三、收到和处理政府信息公开申请情况\n" + "\n".join(lines) + "\n" + text[end:]
open(f"{work}/2024-pingwu-narrow.txt", "w", encoding="utf-8").write(text)
