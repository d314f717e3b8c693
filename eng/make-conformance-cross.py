#!/usr/bin/env python3
"""Writes conformance/cross-year/*.json and conformance/consolidation/*.json: the rules that compare several reports.

Year over year (CrossReportValidator.CompareYears; formats.md §2.8 B-6, A-2, A-3; §3.6 LA-4, LA-5; GID-X1): each case is
    {description, previous, current, expect: [diagnostic]}
Consolidation (CrossReportValidator.CheckConsolidated; GID-S1, GID-S2, GID-S3): each case is
    {description, consolidated, parts: [document | null], expect: [diagnostic]}
where a null part is a part known to exist but not available. A diagnostic is, as in conformance/rules,
    {code, severity, outcome: "fail" | "indeterminate", paths,
     expected, actual        (fail; null where the rule has no numbers: GID-S3),
     unknownPaths            (indeterminate),
     message: {zh, en}       (optional: only where a case pins the rendered message)}
and every path names the document it points into: previous#/…, current#/…, consolidated#/…, part1#/… (1-based), or a
whole part (part2#) for GID-S2. expect lists exactly the diagnostics, warnings included, in order: for year over year,
the order of schemas/rules-<current format>.json crossYear[previousFormat].instances; for GID-S1, the order of the
cells in schemas/rules-<format>.json consolidation.cells.

The expectations are written here by hand, case by case, from the relations of formats.md and the consolidation rules
of docs/rules.md (the helpers below only spell out the cells a relation names, in the order of the relation); they are
not computed by a rule engine. The .NET tests (ConformanceSuiteTests) run every case against CrossReportValidator, the
JavaScript runner (conformance/js/cross.test.mjs) evaluates the exported data on them, and both must report exactly
this. The documents are inputs: a consolidated document is built here as the cell-by-cell sum of its parts (that is
the setting, not the expectation). Re-run after editing:
    python3 eng/make-conformance-cross.py
"""
import copy, json, os

from conformance_cases import DELETE, SEVERITY, fail, indeterminate, mutate, root, sample


A = '/applications/'
P = '/proactiveDisclosure/'
COLUMNS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrganization', 'legalServiceAgency', 'otherOrganization', 'total']
LPS = 'legalPersonSubtotal'


def cur(p):
    return 'current#' + p


def prev(p):
    return 'previous#' + p


def b6(c):
    """B-6: 上年结转 (this year) = 结转下年度 (last year's report)."""
    return [cur(A + 'carriedOver/' + c), prev(A + 'carriedForward/' + c)]


def a2(row):
    """A-2: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数."""
    return [cur(P + row + '/inForce'), prev(P + row + '/inForce'), cur(P + row + '/issued'), cur(P + row + '/repealed')]


def a3(row):
    """A-3: 本年废止件数 ≤ last year's 现行有效件数 + 本年制发件数."""
    return [cur(P + row + '/repealed'), prev(P + row + '/inForce'), cur(P + row + '/issued')]


def la4(row):
    """LA-4: 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减."""
    return [cur(P + row + '/previousYearItems'), prev(P + row + '/previousYearItems'), prev(P + row + '/change')]


def la5(row):
    """LA-5: 对外公开总数量 ≥ last year's 对外公开总数量."""
    return [cur(P + row + '/publishedTotal'), prev(P + row + '/publishedTotal')]


X1_PATHS = ['previous#/year', 'current#/year']


def s1(pointer, parts=2):
    """S-1: the consolidated cell, then the same cell of each part."""
    return ['consolidated#' + pointer] + [f'part{i}#' + pointer for i in range(1, parts + 1)]


def pair(description, previous, current, expect):
    return {"description": description, "previous": previous, "current": current, "expect": expect}


def consolidation(description, consolidated, parts, expect):
    return {"description": description, "consolidated": consolidated, "parts": parts, "expect": expect}


# ---------------------------------------------------------------------------------------------------------------------
# Year over year, current format. The current report is the 平武县 2024 sample without its prose, with 2 applications
# carried over (自然人) and 3 carried forward; the previous report (2023) carried forward exactly those 2, and had 6
# 规范性文件 in force: 6 + 3 issued − 2 repealed = 7 in force in 2024; 规章 0 = 0 + 0 − 0.

c21 = mutate(sample('2024-pingwu-county-government-office'),
             ('/narrative', DELETE), ('/publishedOn', DELETE),
             (A + 'carriedOver/naturalPerson', 2), (A + 'carriedOver/total', 2),
             (A + 'carriedForward/naturalPerson', 3), (A + 'carriedForward/total', 3))
p21 = mutate(c21, ('/year', 2023),
             (A + 'carriedOver/naturalPerson', 0), (A + 'carriedOver/total', 0),
             (A + 'carriedForward/naturalPerson', 2), (A + 'carriedForward/total', 2),
             (A + 'newlyReceived/naturalPerson', 12), (A + 'newlyReceived/total', 17),
             (P + 'normativeDocuments/issued', 4), (P + 'normativeDocuments/repealed', 1), (P + 'normativeDocuments/inForce', 6))

with_lps = lambda doc, row: mutate(doc, (A + row + '/' + LPS, 0))

current_pairs = [
    pair("every year-over-year rule holds (2023 → 2024)", p21, c21, []),

    # GID-B6
    pair("GID-B6 fails: 上年结转 3 in 2024, but 结转下年度 2 in 2023 (自然人 and 总计)",
         p21, mutate(c21, (A + 'carriedOver/naturalPerson', 3), (A + 'carriedOver/total', 3)), [
             fail("GID-B6", b6('naturalPerson'), 2, 3, (
                 "表三 自然人列：上年结转 3 ≠ 上年报告 结转下年度 2（本年上年结转应等于上年结转下年度）",
                 "Applications table, column Natural persons: Carried over from last year 3 ≠ last year's Carried forward to next year 2 (this year's carried over should equal last year's carried forward)")),
             fail("GID-B6", b6('total'), 2, 3),
         ]),
    pair("GID-B6 indeterminate: last year's 结转下年度 printed as '/' (商业企业), blank (总计)",
         mutate(p21, (A + 'carriedForward/commercialEnterprise', '/'), (A + 'carriedForward/total', None)), c21, [
             indeterminate("GID-B6", b6('commercialEnterprise'), [prev(A + 'carriedForward/commercialEnterprise')], (
                 "表三 商业企业列：无法判断 上年结转 = 上年报告 结转下年度，因为 上年报告 结转下年度（“/”） 的值未知。",
                 "Applications table, column Commercial enterprises: cannot decide Carried over from last year = last year's Carried forward to next year, because last year's Carried forward to next year (mark \"/\") is unknown.")),
             indeterminate("GID-B6", b6('total'), [prev(A + 'carriedForward/total')]),
         ]),
    pair("GID-B6 indeterminate: this year's 上年结转 blank (自然人)",
         p21, mutate(c21, (A + 'carriedOver/naturalPerson', None)), [
             indeterminate("GID-B6", b6('naturalPerson'), [cur(A + 'carriedOver/naturalPerson')]),
         ]),
    pair("GID-B6 法人或其他组织小计: checked where both reports have the column (passes)",
         with_lps(p21, 'carriedForward'), with_lps(c21, 'carriedOver'), []),
    pair("GID-B6 法人或其他组织小计: indeterminate when only this year's report has the column",
         p21, with_lps(c21, 'carriedOver'), [
             indeterminate("GID-B6", b6(LPS), [prev(A + 'carriedForward/' + LPS)]),
         ]),
    pair("GID-B6 法人或其他组织小计: does not apply when only last year's report has the column",
         with_lps(p21, 'carriedForward'), c21, []),
    pair("GID-B6 near the range of a count: 2147483647 carried over, 2147483646 carried forward",
         mutate(p21, (A + 'carriedForward/otherOrganization', 2147483646)),
         mutate(c21, (A + 'carriedOver/otherOrganization', 2147483647)), [
             fail("GID-B6", b6('otherOrganization'), 2147483646, 2147483647),
         ]),

    # GID-A2, GID-A3
    pair("GID-A2 fails: 规范性文件 in force 8, but 6 + 3 − 2 = 7",
         p21, mutate(c21, (P + 'normativeDocuments/inForce', 8)), [
             fail("GID-A2", a2('normativeDocuments'), 7, 8, (
                 "表二 行政规范性文件：现行有效件数 8 ≠ 上年报告 现行有效件数 6 + 本年制发件数 3 − 本年废止件数 2（现行有效件数应与上年衔接）",
                 "Proactive disclosure table, row Administrative normative documents: In force 8 ≠ last year's In force 6 + Issued this year 3 − Repealed this year 2 (documents in force should follow from last year)")),
         ]),
    pair("GID-A2 and GID-A3 fail: a 规章 repealed though none was in force or issued (A-3 failing implies A-2 failing)",
         p21, mutate(c21, (P + 'rules/repealed', 1)), [
             fail("GID-A2", a2('rules'), -1, 0),
             fail("GID-A3", a3('rules'), 0, 1, (
                 "表二 规章：本年废止件数 1 > 上年报告 现行有效件数 0 + 本年制发件数 0（废止件数不应超过可废止的件数）",
                 "Proactive disclosure table, row Rules: Repealed this year 1 > last year's In force 0 + Issued this year 0 (more documents repealed than could be)")),
         ]),
    pair("GID-A3 passes while GID-A2 fails: repealed 2 ≤ 6 + 3, in force 9",
         p21, mutate(c21, (P + 'normativeDocuments/inForce', 9)), [
             fail("GID-A2", a2('normativeDocuments'), 7, 9),
         ]),
    pair("GID-A2 and GID-A3 indeterminate: last year's 规章 in force '-', this year's 规范性文件 repealed blank",
         mutate(p21, (P + 'rules/inForce', '-')), mutate(c21, (P + 'normativeDocuments/repealed', None)), [
             indeterminate("GID-A2", a2('rules'), [prev(P + 'rules/inForce')]),
             indeterminate("GID-A2", a2('normativeDocuments'), [cur(P + 'normativeDocuments/repealed')]),
             indeterminate("GID-A3", a3('rules'), [prev(P + 'rules/inForce')]),
             indeterminate("GID-A3", a3('normativeDocuments'), [cur(P + 'normativeDocuments/repealed')]),
         ]),
    pair("GID-A2 near the range of a count: 2147483647 in force + 2147483647 issued needs 64-bit sums",
         mutate(p21, (P + 'rules/inForce', 2147483647)), mutate(c21, (P + 'rules/issued', 2147483647), (P + 'rules/inForce', 2147483647)), [
             fail("GID-A2", a2('rules'), 4294967294, 2147483647),
         ]),

    # GID-X1
    pair("GID-X1: reports two years apart (2022, 2024): nothing else is evaluated",
         mutate(p21, ('/year', 2022), (A + 'carriedForward/naturalPerson', 9)), c21, [
             indeterminate("GID-X1", X1_PATHS, [], (
                 "报告年度为 2022 和 2024，不是相邻年度，未做跨年检查。",
                 "The reports are on 2022 and 2024, not consecutive years: year-over-year rules were not evaluated.")),
         ]),
    pair("GID-X1: the reports in the wrong order (2024, 2023)", c21, p21, [
        indeterminate("GID-X1", X1_PATHS, []),
    ]),
    pair("GID-X1: the same year twice", c21, c21, [
        indeterminate("GID-X1", X1_PATHS, []),
    ]),
]

# ---------------------------------------------------------------------------------------------------------------------
# Year over year, legacy layout (2019 → 2020, the only legacy pair). 表三 as above. 表二: the item counts of 2020
# follow from 2019 (12 = 10 + 2, 5 = 6 − 1, 4 = 4 + 0, 1 = 1 + 0, 3 = 3 + 0), the cumulative totals grow (0 ≥ 0, 7 ≥ 5).

leg_sample = sample('2020-county-petitions-bureau-legacy-layout')


def legacy(year, applications, proactive):
    d = copy.deepcopy(leg_sample)
    d.pop('narrative', None)
    d.pop('publishedOn', None)
    d['agency'] = '某县某局'
    d['year'] = year
    d['applications'] = copy.deepcopy(applications)
    d['applications']['results']['otherHandling'] = copy.deepcopy(applications['results']['otherHandling']['overdueCorrection'])
    d['proactiveDisclosure'] = proactive
    return d


def legacy_proactive(items, published):
    names = ['administrativeLicensing', 'otherExternalServices', 'administrativePenalty', 'administrativeEnforcement']
    d = {"rules": {"newlyMade": 0, "newlyPublished": 0, "publishedTotal": published[0]},
         "normativeDocuments": {"newlyMade": 2, "newlyPublished": 2, "publishedTotal": published[1]}}
    for name, (count, change) in zip(names, items[:4]):
        d[name] = {"previousYearItems": count, "change": change, "decisions": 3}
    d["administrativeFees"] = {"previousYearItems": items[4][0], "change": items[4][1]}
    d["centralizedProcurement"] = {"projects": 0, "amount": 0}
    return d


c19 = legacy(2020, c21['applications'], legacy_proactive([(12, -2), (5, 1), (4, 0), (1, 0), (3, 0)], (0, 7)))
p19 = legacy(2019, p21['applications'], legacy_proactive([(10, 2), (6, -1), (4, 0), (1, 0), (3, 0)], (0, 5)))

legacy_pairs = [
    pair("every year-over-year rule holds (2019 → 2020)", p19, c19, []),
    pair("GID-B6 fails in the legacy layout", mutate(p19, (A + 'carriedForward/total', 1)), c19, [
        fail("GID-B6", b6('total'), 1, 2),
    ]),
    pair("GID-LA4 fails: 行政许可 上一年项目数量 11 in 2020, but 10 + 2 = 12",
         p19, mutate(c19, (P + 'administrativeLicensing/previousYearItems', 11)), [
             fail("GID-LA4", la4('administrativeLicensing'), 12, 11, (
                 "表二 行政许可：上一年项目数量 11 ≠ 上年报告 上一年项目数量 10 + 上年报告 本年增/减 2（项目数量应与上年衔接）",
                 "Proactive disclosure table, row Administrative licensing: Items last year 11 ≠ last year's Items last year 10 + last year's Change this year 2 (the item count should follow from last year)")),
         ]),
    pair("GID-LA4 fails with a negative change: 其他对外管理服务事项 6 in 2020, but 6 − 1 = 5",
         p19, mutate(c19, (P + 'otherExternalServices/previousYearItems', 6)), [
             fail("GID-LA4", la4('otherExternalServices'), 5, 6),
         ]),
    pair("GID-LA4 indeterminate: last year's 本年增/减 '/' (其他对外管理服务事项), this year's 行政事业性收费 blank",
         mutate(p19, (P + 'otherExternalServices/change', '/')), mutate(c19, (P + 'administrativeFees/previousYearItems', None)), [
             indeterminate("GID-LA4", la4('otherExternalServices'), [prev(P + 'otherExternalServices/change')]),
             indeterminate("GID-LA4", la4('administrativeFees'), [cur(P + 'administrativeFees/previousYearItems')]),
         ]),
    pair("GID-LA5 fails: 规范性文件 对外公开总数量 fell from 5 to 4",
         p19, mutate(c19, (P + 'normativeDocuments/publishedTotal', 4)), [
             fail("GID-LA5", la5('normativeDocuments'), 5, 4, (
                 "表二 规范性文件：对外公开总数量 4 < 上年报告 对外公开总数量 5（累计数不应减少）",
                 "Proactive disclosure table, row Normative documents: Published in total 4 < last year's Published in total 5 (a cumulative count should not decrease)")),
         ]),
    pair("GID-LA5 passes when the total stays the same", mutate(p19, (P + 'normativeDocuments/publishedTotal', 7)), c19, []),
    pair("GID-LA5 indeterminate: last year's 规章 对外公开总数量 '-'",
         mutate(p19, (P + 'rules/publishedTotal', '-')), c19, [
             indeterminate("GID-LA5", la5('rules'), [prev(P + 'rules/publishedTotal')]),
         ]),
    pair("GID-X1 in the legacy layout (2019, 2019)", p19, mutate(c19, ('/year', 2019)), [
        indeterminate("GID-X1", X1_PATHS, []),
    ]),
]

# ---------------------------------------------------------------------------------------------------------------------
# Across the format change (a 2020 report in the legacy layout, a 2021 report in the current format): only B-6; 表二 has
# nothing in common between the formats (formats.md §4), so neither nor LA-4/LA-5 is evaluated.

c21y = mutate(c21, ('/year', 2021))
change_pairs = [
    pair("2020 (legacy) → 2021: B-6 holds, and 表二 is not compared though its figures would break A-2 and LA-5",
         mutate(c19, (A + 'carriedForward/naturalPerson', 2), (A + 'carriedForward/total', 2)),
         mutate(c21y, (P + 'normativeDocuments/inForce', 0)), []),
    pair("2020 (legacy) → 2021: GID-B6 fails", c19, c21y, [
        fail("GID-B6", b6('naturalPerson'), 3, 2),
        fail("GID-B6", b6('total'), 3, 2),
    ]),
    pair("2020 (legacy) → 2021: GID-B6 indeterminate (last year's 自然人 '-')",
         mutate(c19, (A + 'carriedForward/naturalPerson', '-'), (A + 'carriedForward/total', 2)), c21y, [
             indeterminate("GID-B6", b6('naturalPerson'), [prev(A + 'carriedForward/naturalPerson')]),
         ]),
    pair("2019 (legacy) → 2021: GID-X1", p19, c21y, [
        indeterminate("GID-X1", X1_PATHS, [], (
            "报告年度为 2019 和 2021，不是相邻年度，未做跨年检查。",
            "The reports are on 2019 and 2021, not consecutive years: year-over-year rules were not evaluated.")),
    ]),
]

# ---------------------------------------------------------------------------------------------------------------------
# Consolidation. Two departments of one county in 2024: part 1 is the current report above; part 2 differs in a few
# cells (still a plausible report). The consolidated report is their sum, cell by cell.

TABLES = ('applications', 'proactiveDisclosure', 'reconsiderationAndLitigation')


def add(a, b):
    """The sum of two documents' tables: numbers add; a blank or a mark in either makes the cell blank."""
    if isinstance(a, dict):
        return {k: add(a[k], b[k]) for k in a if k in b}
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return a + b
    return None


def total(agency, *parts):
    d = copy.deepcopy(parts[0])
    d['agency'] = agency
    for t in TABLES:
        node = parts[0][t]
        for p in parts[1:]:
            node = add(node, p[t])
        d[t] = node
    return d


part1 = mutate(c21, ('/agency', '某县甲局'), (P + 'administrativeFees/amount', 1.5))
part2 = mutate(c21, ('/agency', '某县乙局'), (P + 'administrativeFees/amount', 2.25),
               (A + 'newlyReceived/researchInstitution', 1), (A + 'newlyReceived/total', 17),
               (A + 'results/granted/researchInstitution', 1), (A + 'results/total/researchInstitution', 1), (A + 'results/total/total', 16),
               (P + 'administrativeLicensing/decisions', 40))
county = total('某县（汇总）', part1, part2)
NR = A + 'newlyReceived/'
FEES = P + 'administrativeFees/amount'

c19a = legacy(2020, c21['applications'], legacy_proactive([(12, -2), (5, 1), (4, 0), (1, 0), (3, 0)], (0, 7)))
c19b = legacy(2020, c21['applications'], legacy_proactive([(3, 1), (5, -3), (0, 0), (0, 0), (2, 0)], (1, 2)))
county19 = total('某县（汇总）', c19a, c19b)

consolidation_current = [
    consolidation("every cell of the consolidated report is the sum of its parts", county, [part1, part2], []),
    consolidation("a single part: the consolidated report equals it", mutate(part1, ('/agency', '某县（汇总）')), [part1], []),
    consolidation("GID-S1 fails: 本年新收 自然人 23 consolidated, 11 + 11 = 22 in the parts",
                  mutate(county, (NR + 'naturalPerson', 23)), [part1, part2], [
                      fail("GID-S1", s1(NR + 'naturalPerson'), 22, 23, (
                          "汇总报告 表三 一、本年新收政府信息公开申请数量 — 自然人：23 ≠ 各部分之和 22（part1 11 + part2 11）。",
                          "Consolidated report, Applications — Newly received — Natural persons: 23 ≠ the sum of the parts 22 (part1 11 + part2 11).")),
                  ]),
    consolidation("GID-S1 fails in two cells, reported in the order of the cells (表二 before 表三)",
                  mutate(county, (NR + 'total', 30), (P + 'administrativeLicensing/decisions', 0)), [part1, part2], [
                      fail("GID-S1", s1(P + 'administrativeLicensing/decisions'), 40, 0),
                      fail("GID-S1", s1(NR + 'total'), 33, 30),
                  ]),
    consolidation("GID-S1 on an amount (万元): 3.5 consolidated, 1.5 + 2.25 = 3.75 in the parts",
                  mutate(county, (FEES, 3.5)), [part1, part2], [
                      fail("GID-S1", s1(FEES), 3.75, 3.5),
                  ]),
    consolidation("GID-S1 near the range of a count: 2147483647 consolidated, 2147483647 + 2147483647 in the parts",
                  mutate(county, (NR + 'otherOrganization', 2147483647)),
                  [mutate(part1, (NR + 'otherOrganization', 2147483647)), mutate(part2, (NR + 'otherOrganization', 2147483647))], [
                      fail("GID-S1", s1(NR + 'otherOrganization'), 4294967294, 2147483647),
                  ]),
    consolidation("GID-S1 indeterminate: a part prints '/' (and the consolidated cell is still a number)",
                  county, [part1, mutate(part2, (NR + 'commercialEnterprise', '/'))], [
                      indeterminate("GID-S1", s1(NR + 'commercialEnterprise'), ['part2#' + NR + 'commercialEnterprise'], (
                          "汇总报告 表三 一、本年新收政府信息公开申请数量 — 商业企业：无法判断是否等于各部分之和，因为 part2 的值未知。",
                          "Consolidated report, Applications — Newly received — Commercial enterprises: cannot decide whether it equals the sum of the parts, because part2's cell is unknown.")),
                  ]),
    consolidation("GID-S1 indeterminate: the consolidated cell and both parts blank",
                  mutate(county, (FEES, None)), [mutate(part1, (FEES, None)), mutate(part2, (FEES, None))], [
                      indeterminate("GID-S1", s1(FEES), s1(FEES), (
                          "汇总报告 表二 第二十条第(八)项 行政事业性收费 — 本年收费金额(单位:万元)：无法判断是否等于各部分之和，因为 汇总报告、part1、part2 的值未知。",
                          "Consolidated report, Proactive disclosure — Administrative fees — Fees collected this year (10,000 yuan): cannot decide whether it equals the sum of the parts, because the consolidated report's cell, part1's cell, part2's cell is unknown.")),
                  ]),
    consolidation("GID-S1 indeterminate: 法人或其他组织小计 in the consolidated report and part 1, missing in part 2",
                  mutate(county, (NR + LPS, 6)), [mutate(part1, (NR + LPS, 5)), part2], [
                      indeterminate("GID-S1", s1(NR + LPS), ['part2#' + NR + LPS]),
                  ]),
    consolidation("GID-S1 does not apply to a cell the consolidated report does not have (法人或其他组织小计 only in the parts)",
                  county, [mutate(part1, (NR + LPS, 5)), mutate(part2, (NR + LPS, 6))], []),
    consolidation("GID-S1 法人或其他组织小计 in every report: checked, fails",
                  mutate(county, (NR + LPS, 10)), [mutate(part1, (NR + LPS, 5)), mutate(part2, (NR + LPS, 6))], [
                      fail("GID-S1", s1(NR + LPS), 11, 10),
                  ]),

    # GID-S2
    consolidation("GID-S2: part 2 missing; nothing else is checked", mutate(county, (NR + 'naturalPerson', 99)), [part1, None], [
        indeterminate("GID-S2", ['part2#'], ['part2#'], (
            "缺少部分报告 part2，无法核对汇总报告。",
            "Parts part2 are missing: the consolidated report cannot be checked.")),
    ]),
    consolidation("GID-S2: parts 1 and 3 missing, the present part of another year notwithstanding",
                  county, [None, mutate(part2, ('/year', 2023)), None], [
                      indeterminate("GID-S2", ['part1#', 'part3#'], ['part1#', 'part3#']),
                  ]),

    # GID-S3
    consolidation("GID-S3: no parts", county, [], [
        fail("GID-S3", [], None, None, ("没有可相加的报告。", "There are no reports to sum.")),
    ]),
    consolidation("GID-S3: part 2 is of another year", county, [part1, mutate(part2, ('/year', 2023))], [
        fail("GID-S3", ['part2#/year'], None, None, (
            "part2 的报告年度为 2023，与 2024 不同，无法相加。",
            "part2 is on 2023, not 2024: reports of different years cannot be summed.")),
    ]),
    consolidation("GID-S3: every part is of another year than the consolidated report",
                  county, [mutate(part1, ('/year', 2023)), mutate(part2, ('/year', 2023))], [
                      fail("GID-S3", ['part1#/year'], None, None),
                      fail("GID-S3", ['part2#/year'], None, None),
                  ]),
    consolidation("GID-S3: part 2 is in the legacy layout and of another year (format first, then year)",
                  county, [part1, c19a], [
                      fail("GID-S3", ['part2#/format'], None, None, (
                          "part2 的格式为 2019，与 2021 不同，无法相加。",
                          "part2 is in format 2019, not 2021: reports of different formats cannot be summed.")),
                      fail("GID-S3", ['part2#/year'], None, None),
                  ]),
]

consolidation_legacy = [
    consolidation("legacy layout: every cell is the sum of its parts (本年增/减 −2 + 1 = −1)", county19, [c19a, c19b], []),
    consolidation("legacy layout: GID-S1 fails on a signed count (其他对外管理服务事项 本年增/减 1 consolidated, 1 + −3 = −2 in the parts)",
                  mutate(county19, (P + 'otherExternalServices/change', 1)), [c19a, c19b], [
                      fail("GID-S1", s1(P + 'otherExternalServices/change'), -2, 1),
                  ]),
    consolidation("legacy layout: GID-S1 indeterminate on (六)其他处理, one row in this layout",
                  county19, [c19a, mutate(c19b, (A + 'results/otherHandling/total', '-'))], [
                      indeterminate("GID-S1", s1(A + 'results/otherHandling/total'), ['part2#' + A + 'results/otherHandling/total']),
                  ]),
]


def write(folder, name, description, cases):
    os.makedirs(os.path.join(root, 'conformance', folder), exist_ok=True)
    path = os.path.join(root, 'conformance', folder, name + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({"description": description, "cases": cases}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote', path, len(cases), 'cases')


CROSS = ("Year-over-year cases ({}): two reports of one body, and under 'expect' exactly the diagnostics of "
         "CrossReportValidator.CompareYears (in the order of schemas/rules-<current format>.json crossYear instances). "
         "Format: eng/make-conformance-cross.py and docs/rules-export.md.")
CONS = ("Consolidation cases ({}): a consolidated report, its parts (null: a part known to exist but not available), and under "
        "'expect' exactly the diagnostics of CrossReportValidator.CheckConsolidated. Format: eng/make-conformance-cross.py and "
        "docs/rules-export.md.")
write('cross-year', '2021-to-2021', CROSS.format("format 2021 → 2021"), current_pairs)
write('cross-year', '2019-to-2019', CROSS.format("format 2019 → 2019"), legacy_pairs)
write('cross-year', '2019-to-2021', CROSS.format("across the format change, 2019 → 2021"), change_pairs)
write('consolidation', '2021', CONS.format("format 2021"), consolidation_current)
write('consolidation', '2019', CONS.format("format 2019"), consolidation_legacy)
