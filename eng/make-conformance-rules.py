#!/usr/bin/env python3
"""Writes conformance/rules/*.json: report documents with the rule diagnostics expected, for every per-report rule.

Each case is {description, document, options?: {blankAsZero, checkNarrative}, expect: [diagnostic]}; expect lists exactly
the diagnostics a conforming implementation reports, warnings included, in the order of the exported instances
(schemas/rules-*.json), then the narrative checks when checkNarrative is set:
    {code, severity, outcome: "fail" | "indeterminate", paths,
     expected, actual        (fail),
     unknownPaths            (indeterminate),
     message: {zh, en}       (optional: only where a case pins the rendered message)}
An empty expect means every rule instance passes or does not apply.

The expectations are written here by hand, case by case, from the relations of formats.md §2.8, §3.4 and §3.6 (the
helpers below only spell out the cells a relation names, in the order of the relation); they are not computed by a
rule engine. The .NET tests run every case against ReportValidator, the JavaScript runner (conformance/js) evaluates
the exported rules on them, and both must report exactly this. Re-run after editing:
    python3 eng/make-conformance-rules.py
"""
import copy, json, os

from conformance_cases import DELETE, SEVERITY, fail, indeterminate, mutate, root, sample


# ---------------------------------------------------------------------------------------------------------------------
# The cells a relation names, in the order of the relation (formats.md §2.8, §3.4, §3.6; docs/rules.md).

A = '/applications/'
R = A + 'results/'
P = '/proactiveDisclosure/'
COLUMNS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrganization', 'legalServiceAgency', 'otherOrganization', 'total']
APPLICANTS = COLUMNS[:6]
ORGANISATIONS = COLUMNS[1:6]
LPS = 'legalPersonSubtotal'
GROUPS = {
    'withheld': ['stateSecret', 'prohibitedByLaw', 'endangersSafetyOrStability', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'lawEnforcementFiles', 'administrativeQuery'],
    'unableToProvide': ['notHeld', 'needsCreation', 'unclearAfterCorrection'],
    'notProcessed': ['petitionOrComplaint', 'duplicate', 'publication', 'excessiveRepeated', 'confirmationOfObtained'],
    'otherHandling': ['overdueCorrection', 'overdueFee', 'other'],  # current format only; a single row in the legacy layout
}
FEE_CELL = R + 'otherHandling/overdueFee/total'
OTHER_MATTERS = '/narrative/otherMatters'
OVERVIEW = '/narrative/overview'
PROSE = '/narrative/applications'
RL = '/reconsiderationAndLitigation/'
LITIGATION = [RL + 'litigationWithoutReconsideration/total', RL + 'litigationAfterReconsideration/total']


def b7():
    """B-7: the 逾期未缴费 count, and the text of section 六."""
    return [FEE_CELL, OTHER_MATTERS]


def b8(section, row):
    """B-8: the text stating the figure, and the 总计 cell of its row."""
    return [section, A + row + '/total']


def leaves(group, c):
    return [R + group + '/' + leaf + '/' + c for leaf in GROUPS[group]]


def b1(c):
    """B-1: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度."""
    return [A + 'newlyReceived/' + c, A + 'carriedOver/' + c, R + 'total/' + c, A + 'carriedForward/' + c]


def b2(fmt, c, via_subtotal=(), subtotals=()):
    """B-2: (七)总计, (一), (二), then each group. For a failed instance a group contributes its leaves, or its subtotal
    when its value came from the subtotal (via_subtotal); for an indeterminate one, its leaves and then its subtotal
    when the document has it (subtotals)."""
    paths = [R + 'total/' + c, R + 'granted/' + c, R + 'partiallyGranted/' + c]
    for group in ['withheld', 'unableToProvide', 'notProcessed', 'otherHandling']:
        if fmt == '2019' and group == 'otherHandling':
            paths.append(R + 'otherHandling/' + c)  # the legacy (六) is one row, a plain cell
        elif group in via_subtotal:
            paths.append(R + group + '/subtotal/' + c)
        else:
            paths += leaves(group, c) + ([R + group + '/subtotal/' + c] if group in subtotals else [])
    return paths


def b2g(group, c):
    """Subtotal = Σ the group's rows."""
    return [R + group + '/subtotal/' + c] + leaves(group, c)


def b3(row):
    """B-3: 总计 = the six applicant columns."""
    return [A + row + '/total'] + [A + row + '/' + c for c in APPLICANTS]


def b3p(row):
    """法人或其他组织小计 = the five organisation columns."""
    return [A + row + '/' + LPS] + [A + row + '/' + c for c in ORGANISATIONS]


def outcomes(block):
    """C-1, C-2, C-3: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结."""
    b = '/reconsiderationAndLitigation/' + block + '/'
    return [b + 'total', b + 'upheld', b + 'corrected', b + 'otherOutcome', b + 'pending']


def la3(row):
    """LA-3: 上一年项目数量 + 本年增/减 ≥ 0."""
    return [P + row + '/previousYearItems', P + row + '/change']


def la1(row):
    """LA-1: 本年新公开数量 ≤ 对外公开总数量."""
    return [P + row + '/newlyPublished', P + row + '/publishedTotal']


def case(description, document, expect, blank_as_zero=False, narrative=False):
    c = {"description": description, "document": document}
    options = {k: True for k, on in (("blankAsZero", blank_as_zero), ("checkNarrative", narrative)) if on}
    if options:
        c["options"] = options
    c["expect"] = expect
    return c


def prose(doc, **texts):
    """A copy of doc with these narrative texts (overview=, applications=, otherMatters=)."""
    d = copy.deepcopy(doc)
    d['narrative'] = dict(texts)
    return d


# ---------------------------------------------------------------------------------------------------------------------
# Current format. The base is the 平武县 2024 sample without its prose, with 2 applications carried over (自然人) and
# 3 carried forward, so that every column of 表三 balances with non-zero numbers:
#   自然人 11 + 2 = 10 + 3; 商业企业 5 + 0 = 5 + 0; 总计 16 + 2 = 15 + 3.
#   (七)总计 自然人 10 = 予以公开 1 + 不予公开 (3 + 2) + 无法提供 2 + 其他处理 2; 商业企业 5 = 无法提供 5.

cur = mutate(sample('2024-pingwu-county-government-office'),
             ('/narrative', DELETE), ('/publishedOn', DELETE),
             (A + 'carriedOver/naturalPerson', 2), (A + 'carriedOver/total', 2),
             (A + 'carriedForward/naturalPerson', 3), (A + 'carriedForward/total', 3))


def with_legal_person_subtotal(doc):
    """Every row of 表三 gets the 法人或其他组织小计 column, equal to its five organisation columns."""
    d = copy.deepcopy(doc)
    applications = d['applications']
    results = applications['results']
    rows = [applications['newlyReceived'], applications['carriedOver'], results['granted'], results['partiallyGranted'],
            results['total'], applications['carriedForward']]
    for group, keys in GROUPS.items():
        node = results[group]
        rows += [node] if 'total' in node else [node[k] for k in keys]  # the legacy (六) is itself a row
    for row in rows:
        row[LPS] = sum(row[c] for c in ORGANISATIONS)
    return d


def subtotal_row(doc, group):
    """The subtotal row of a group as the sum of its rows (every cell known)."""
    rows = [doc['applications']['results'][group][leaf] for leaf in GROUPS[group]]
    return {c: sum(r[c] for r in rows) for c in COLUMNS}


cur_lps = with_legal_person_subtotal(cur)
# The 平武县 figures with the (六) row counted as 2.逾期未缴费 instead of 1.逾期不补正 (the table still adds up).
fee = mutate(cur, (R + 'otherHandling/overdueFee', cur['applications']['results']['otherHandling']['overdueCorrection']),
             (R + 'otherHandling/overdueCorrection', cur['applications']['results']['otherHandling']['overdueFee']))
SILENT = "无其他需要报告的事项。"
withheld_np_blank = [(R + 'withheld/' + leaf + '/naturalPerson', None) for leaf in GROUPS['withheld']]

current = [
    case("every rule holds (the 平武县 2024 figures with carried-over applications)", cur, []),

    # GID-B1
    case("GID-B1 fails: 结转下年度 one too many in the 自然人 column (and so in 总计)",
         mutate(cur, (A + 'carriedForward/naturalPerson', 4), (A + 'carriedForward/total', 4)), [
             fail("GID-B1", b1('naturalPerson'), 13, 14, (
                 "表三 自然人列：本年新收 11 + 上年结转 2 ≠ 办理结果总计 10 + 结转下年度 4（第一项加第二项之和应等于第三项加第四项之和）",
                 "Applications table, column Natural persons: Newly received 11 + Carried over from last year 2 ≠ Results total 10 + Carried forward to next year 4 (items one and two must add up to items three and four)")),
             fail("GID-B1", b1('total'), 18, 19),
         ]),
    case("GID-B1 indeterminate: a mark in 上年结转 (and GID-B3 on that row)",
         mutate(cur, (A + 'carriedOver/commercialEnterprise', '/')), [
             indeterminate("GID-B1", b1('commercialEnterprise'), [A + 'carriedOver/commercialEnterprise'], (
                 "表三 商业企业列：无法判断 本年新收 + 上年结转 = 办理结果总计 + 结转下年度，因为 上年结转（“/”） 的值未知。",
                 "Applications table, column Commercial enterprises: cannot decide Newly received + Carried over from last year = Results total + Carried forward to next year, because Carried over from last year (mark \"/\") is unknown.")),
             indeterminate("GID-B3", b3('carriedOver'), [A + 'carriedOver/commercialEnterprise']),
         ]),

    # GID-B2
    case("GID-B2 fails: (七)总计 does not count one 予以公开 application",
         mutate(cur, (R + 'granted/naturalPerson', 2), (R + 'granted/total', 2)), [
             fail("GID-B2", b2('2021', 'naturalPerson'), 11, 10, (
                 "表三 自然人列：办理结果总计 10 ≠ 予以公开 2 + 部分公开 0 + (三)不予公开 5 + (四)无法提供 2 + (五)不予处理 0 + (六)其他处理 2（(七)总计应等于各项办理结果之和）",
                 "Applications table, column Natural persons: Results total 10 ≠ Granted 2 + Partially granted 0 + Withheld 5 + Unable to provide 2 + Not processed 0 + Other handling 2 (the total must equal the sum of the results)")),
             fail("GID-B2", b2('2021', 'total'), 16, 15),
         ]),
    case("GID-B2 indeterminate: (七)总计 blank in one column (and GID-B1, GID-B3 on that row)",
         mutate(cur, (R + 'total/researchInstitution', None)), [
             indeterminate("GID-B1", b1('researchInstitution'), [R + 'total/researchInstitution']),
             indeterminate("GID-B2", b2('2021', 'researchInstitution'), [R + 'total/researchInstitution']),
             indeterminate("GID-B3", b3('results/total'), [R + 'total/researchInstitution']),
         ]),
    case("GID-B2 passes through the group subtotal where the group's rows are unknown (不予公开 自然人 printed as a subtotal only)",
         mutate(cur, *withheld_np_blank, (R + 'withheld/subtotal', subtotal_row(cur, 'withheld'))), [
             indeterminate("GID-B2G", b2g('withheld', 'naturalPerson'), leaves('withheld', 'naturalPerson')),
         ] + [indeterminate("GID-B3", b3('results/withheld/' + leaf), [R + 'withheld/' + leaf + '/naturalPerson']) for leaf in GROUPS['withheld']]),
    case("GID-B2 fails through the group subtotal (subtotal 6 where the rows sum to 5; the 总计 column still sums its known rows)",
         mutate(cur, *withheld_np_blank, (R + 'withheld/subtotal', dict(subtotal_row(cur, 'withheld'), naturalPerson=6, total=6))), [
             fail("GID-B2", b2('2021', 'naturalPerson', via_subtotal=['withheld']), 11, 10, (
                 "表三 自然人列：办理结果总计 10 ≠ 予以公开 1 + 部分公开 0 + (三)不予公开小计 6 + (四)无法提供 2 + (五)不予处理 0 + (六)其他处理 2（(七)总计应等于各项办理结果之和）",
                 "Applications table, column Natural persons: Results total 10 ≠ Granted 1 + Partially granted 0 + Withheld, subtotal 6 + Unable to provide 2 + Not processed 0 + Other handling 2 (the total must equal the sum of the results)")),
             indeterminate("GID-B2G", b2g('withheld', 'naturalPerson'), leaves('withheld', 'naturalPerson')),
             fail("GID-B2G", b2g('withheld', 'total'), 5, 6),
         ] + [indeterminate("GID-B3", b3('results/withheld/' + leaf), [R + 'withheld/' + leaf + '/naturalPerson']) for leaf in GROUPS['withheld']]),
    case("GID-B2 indeterminate although a group has a subtotal row: its rows and its subtotal are both unknown",
         mutate(cur, (R + 'otherHandling/subtotal', subtotal_row(cur, 'otherHandling')),
                (R + 'otherHandling/overdueCorrection/naturalPerson', None), (R + 'otherHandling/subtotal/naturalPerson', '-')), [
             indeterminate("GID-B2", b2('2021', 'naturalPerson', subtotals=['otherHandling']),
                           [R + 'otherHandling/overdueCorrection/naturalPerson', R + 'otherHandling/subtotal/naturalPerson'], (
                 "表三 自然人列：无法判断 办理结果总计 = 予以公开 + 部分公开 + (三)不予公开 + (四)无法提供 + (五)不予处理 + (六)其他处理，因为 其他处理·逾期不补正（空）、(六)其他处理小计（“-”） 的值未知。",
                 "Applications table, column Natural persons: cannot decide Results total = Granted + Partially granted + Withheld + Unable to provide + Not processed + Other handling, because Other handling: overdue correction (blank), Other handling, subtotal (mark \"-\") is unknown.")),
             indeterminate("GID-B2G", b2g('otherHandling', 'naturalPerson'),
                           [R + 'otherHandling/subtotal/naturalPerson', R + 'otherHandling/overdueCorrection/naturalPerson']),
             indeterminate("GID-B3", b3('results/otherHandling/overdueCorrection'), [R + 'otherHandling/overdueCorrection/naturalPerson']),
             indeterminate("GID-B3", b3('results/otherHandling/subtotal'), [R + 'otherHandling/subtotal/naturalPerson']),
         ]),

    # GID-B2G
    case("GID-B2G passes: a subtotal row for each of the four groups, each equal to its rows",
         mutate(cur, *[(R + g + '/subtotal', subtotal_row(cur, g)) for g in ['withheld', 'unableToProvide', 'notProcessed', 'otherHandling']]), []),
    case("GID-B2G fails: the 无法提供 subtotal counts one 自然人 application too many (GID-B3 holds on the subtotal row)",
         mutate(cur, (R + 'unableToProvide/subtotal', dict(subtotal_row(cur, 'unableToProvide'), naturalPerson=3, total=8))), [
             fail("GID-B2G", b2g('unableToProvide', 'naturalPerson'), 2, 3),
             fail("GID-B2G", b2g('unableToProvide', 'total'), 7, 8),
         ]),
    case("GID-B2G indeterminate: a mark in one row of a group with a subtotal (GID-B2 reads the subtotal and holds)",
         mutate(cur, (R + 'otherHandling/subtotal', subtotal_row(cur, 'otherHandling')), (R + 'otherHandling/other/total', '/')), [
             indeterminate("GID-B2G", b2g('otherHandling', 'total'), [R + 'otherHandling/other/total']),
             indeterminate("GID-B3", b3('results/otherHandling/other'), [R + 'otherHandling/other/total']),
         ]),

    # GID-B3
    case("GID-B3 fails: 本年新收 总计 17 where the columns add up to 16 (and GID-B1 in the 总计 column)",
         mutate(cur, (A + 'newlyReceived/total', 17)), [
             fail("GID-B1", b1('total'), 19, 18),
             fail("GID-B3", b3('newlyReceived'), 16, 17, (
                 "表三 本年新收行：总计 17 ≠ 自然人 11 + 商业企业 5 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0（总计应等于各申请人列之和）",
                 "Applications table, row Newly received: Total 17 ≠ Natural persons 11 + Commercial enterprises 5 + Research institutions 0 + Public-interest organisations 0 + Legal service agencies 0 + Other organisations 0 (the total must equal the sum of the applicant columns)")),
         ]),
    case("GID-B3 indeterminate: a blank 总计 of a result row (and GID-B2 in the 总计 column)",
         mutate(cur, (R + 'unableToProvide/notHeld/total', None)), [
             indeterminate("GID-B2", b2('2021', 'total'), [R + 'unableToProvide/notHeld/total']),
             indeterminate("GID-B3", b3('results/unableToProvide/notHeld'), [R + 'unableToProvide/notHeld/total']),
         ]),
    case("a count of 2147483647 is judged, not overflowed (GID-B1 twice, GID-B3)",
         mutate(cur, (A + 'newlyReceived/naturalPerson', 2147483647), (A + 'newlyReceived/total', 2147483647)), [
             fail("GID-B1", b1('naturalPerson'), 2147483649, 13),
             fail("GID-B1", b1('total'), 2147483649, 18),
             fail("GID-B3", b3('newlyReceived'), 2147483652, 2147483647),
         ]),

    # GID-B3P
    case("GID-B3P passes: the 法人或其他组织小计 column in every row, equal to the five organisation columns", cur_lps, []),
    case("GID-B3P fails: 本年新收 法人或其他组织小计 4 where the organisations add up to 5 (and GID-B1 in that column)",
         mutate(cur_lps, (A + 'newlyReceived/' + LPS, 4)), [
             fail("GID-B1", b1(LPS), 4, 5),
             fail("GID-B3P", b3p('newlyReceived'), 5, 4),
         ]),
    case("GID-B3P indeterminate: a blank 法人或其他组织小计 (and GID-B1 in that column)",
         mutate(cur_lps, (A + 'carriedOver/' + LPS, None)), [
             indeterminate("GID-B1", b1(LPS), [A + 'carriedOver/' + LPS]),
             indeterminate("GID-B3P", b3p('carriedOver'), [A + 'carriedOver/' + LPS]),
         ]),
    case("the 法人或其他组织小计 column in one row only: GID-B3P applies to that row, GID-B1 misses the column elsewhere, GID-B2 does not apply",
         mutate(cur, (A + 'newlyReceived/' + LPS, 5)), [
             indeterminate("GID-B1", b1(LPS), [A + 'carriedOver/' + LPS, R + 'total/' + LPS, A + 'carriedForward/' + LPS], (
                 "表三 法人或其他组织小计列：无法判断 本年新收 + 上年结转 = 办理结果总计 + 结转下年度，因为 上年结转（缺）、办理结果总计（缺）、结转下年度（缺） 的值未知。",
                 "Applications table, column Legal persons and other organisations, subtotal: cannot decide Newly received + Carried over from last year = Results total + Carried forward to next year, because Carried over from last year (missing), Results total (missing), Carried forward to next year (missing) is unknown.")),
         ]),

    # GID-C1, GID-C2, GID-C3
    case("GID-C1, GID-C2 and GID-C3 pass with cases in every block",
         mutate(cur, ('/reconsiderationAndLitigation/reconsideration', {"upheld": 1, "corrected": 1, "otherOutcome": 0, "pending": 0, "total": 2}),
                ('/reconsiderationAndLitigation/litigationWithoutReconsideration', {"upheld": 0, "corrected": 0, "otherOutcome": 0, "pending": 1, "total": 1}),
                ('/reconsiderationAndLitigation/litigationAfterReconsideration', {"upheld": 0, "corrected": 0, "otherOutcome": 2, "pending": 0, "total": 2})), []),
    case("GID-C1 fails: 行政复议 总计 3 for two cases",
         mutate(cur, ('/reconsiderationAndLitigation/reconsideration', {"upheld": 1, "corrected": 1, "otherOutcome": 0, "pending": 0, "total": 3})), [
             fail("GID-C1", outcomes('reconsideration'), 2, 3),
         ]),
    case("GID-C2 fails: a pending suit without reconsideration left out of its 总计",
         mutate(cur, ('/reconsiderationAndLitigation/litigationWithoutReconsideration/pending', 1)), [
             fail("GID-C2", outcomes('litigationWithoutReconsideration'), 1, 0),
         ]),
    case("GID-C3 fails: 复议后起诉 总计 0 with two other outcomes",
         mutate(cur, ('/reconsiderationAndLitigation/litigationAfterReconsideration/otherOutcome', 2)), [
             fail("GID-C3", outcomes('litigationAfterReconsideration'), 2, 0),
         ]),
    case("GID-C1, GID-C2 and GID-C3 indeterminate: a mark, a blank total, a slash",
         mutate(cur, ('/reconsiderationAndLitigation/reconsideration/pending', '无'),
                ('/reconsiderationAndLitigation/litigationWithoutReconsideration/total', None),
                ('/reconsiderationAndLitigation/litigationAfterReconsideration/upheld', '/')), [
             indeterminate("GID-C1", outcomes('reconsideration'), ['/reconsiderationAndLitigation/reconsideration/pending']),
             indeterminate("GID-C2", outcomes('litigationWithoutReconsideration'), ['/reconsiderationAndLitigation/litigationWithoutReconsideration/total']),
             indeterminate("GID-C3", outcomes('litigationAfterReconsideration'), ['/reconsiderationAndLitigation/litigationAfterReconsideration/upheld']),
         ]),

    # Blank as zero
    case("blank zeros are unknown by default: 本年新收 blank in four organisation columns",
         mutate(cur, *[(A + 'newlyReceived/' + c, None) for c in ORGANISATIONS[1:]]),
         [indeterminate("GID-B1", b1(c), [A + 'newlyReceived/' + c]) for c in ORGANISATIONS[1:]]
         + [indeterminate("GID-B3", b3('newlyReceived'), [A + 'newlyReceived/' + c for c in ORGANISATIONS[1:]])]),
    case("blankAsZero: the same blanks read as 0, every rule holds",
         mutate(cur, *[(A + 'newlyReceived/' + c, None) for c in ORGANISATIONS[1:]]), [], blank_as_zero=True),
    case("blankAsZero: a mark stays unknown while a blank is read as 0",
         mutate(cur, (A + 'newlyReceived/researchInstitution', '/'), (A + 'newlyReceived/publicInterestOrganization', None)), [
             indeterminate("GID-B1", b1('researchInstitution'), [A + 'newlyReceived/researchInstitution']),
             indeterminate("GID-B3", b3('newlyReceived'), [A + 'newlyReceived/researchInstitution']),
         ], blank_as_zero=True),
    case("blankAsZero: a blank read as 0 can make a rule fail, and the message says so",
         mutate(cur, (A + 'newlyReceived/naturalPerson', None)), [
             fail("GID-B1", b1('naturalPerson'), 2, 13, (
                 "表三 自然人列：本年新收 0（空，按0计） + 上年结转 2 ≠ 办理结果总计 10 + 结转下年度 3（第一项加第二项之和应等于第三项加第四项之和）",
                 "Applications table, column Natural persons: Newly received 0 (blank, read as 0) + Carried over from last year 2 ≠ Results total 10 + Carried forward to next year 3 (items one and two must add up to items three and four)")),
             fail("GID-B3", b3('newlyReceived'), 5, 16),
         ], blank_as_zero=True),
    case("blankAsZero: a group whose rows are all blank in a column while its subtotal is printed keeps its rows unknown",
         mutate(cur, *withheld_np_blank, (R + 'withheld/subtotal', subtotal_row(cur, 'withheld'))), [
             indeterminate("GID-B2G", b2g('withheld', 'naturalPerson'), leaves('withheld', 'naturalPerson')),
         ] + [indeterminate("GID-B3", b3('results/withheld/' + leaf), [R + 'withheld/' + leaf + '/naturalPerson']) for leaf in GROUPS['withheld']],
         blank_as_zero=True),
    case("blankAsZero: a blank subtotal of such a group is read as 0 (GID-B2 holds: the group is 0 in that column)",
         mutate(cur, *[(R + 'notProcessed/' + leaf + '/naturalPerson', None) for leaf in GROUPS['notProcessed']],
                (R + 'notProcessed/subtotal', dict(subtotal_row(cur, 'notProcessed'), naturalPerson=None))), [
             indeterminate("GID-B2G", b2g('notProcessed', 'naturalPerson'), leaves('notProcessed', 'naturalPerson')),
         ] + [indeterminate("GID-B3", b3('results/notProcessed/' + leaf), [R + 'notProcessed/' + leaf + '/naturalPerson']) for leaf in GROUPS['notProcessed']],
         blank_as_zero=True),

    # GID-B7 (opt-in, a warning)
    case("GID-B7 passes: 2 applications dropped for an unpaid fee, and section 六 reports the fee",
         prose(fee, otherMatters="本年度发出收费通知2件，实际收取信息处理费0元。"), [], narrative=True),
    case("GID-B7 passes: white space and full-width forms are removed before looking for the fee (收　费)",
         prose(fee, otherMatters="本年度依法收　费 0 元。"), [], narrative=True),
    case("GID-B7 fails (warning): 2 applications dropped for an unpaid fee, section 六 silent",
         prose(fee, otherMatters=SILENT), [
             fail("GID-B7", b7(), None, 2, (
                 "表三 其他处理·逾期未缴费 总计 为 2，但六、其他需要报告的事项未提及信息处理费。",
                 "The application table counts 2 applications under Other handling: overdue fee, Total, but section 六 (other matters) says nothing about the information-processing fee.")),
         ], narrative=True),
    case("GID-B7 fails (warning): section 六 says that no fee notice was issued, although 2 applications were dropped after one went unpaid",
         prose(fee, otherMatters="2025年，本单位未发出政府信息公开信息处理费缴费通知，实际收取信息处理费0元。"), [
             fail("GID-B7", b7(), None, 2, (
                 "表三 其他处理·逾期未缴费 总计 为 2，但六、其他需要报告的事项称未发出收费通知。",
                 "The application table counts 2 applications under Other handling: overdue fee, Total, but section 六 (other matters) says that no fee notice was issued.")),
         ], narrative=True),
    case("GID-B7 passes: saying that no fee was collected is no contradiction (unpaid notices collect nothing)",
         prose(fee, otherMatters="本年度发出收费通知2件，申请人均未缴费，未收取任何费用。"), [], narrative=True),
    case("GID-B7 indeterminate: the count is a mark (and GID-B2, GID-B3 on that row)",
         mutate(prose(fee, otherMatters=SILENT), (FEE_CELL, '/')), [
             indeterminate("GID-B2", b2('2021', 'total'), [FEE_CELL]),
             indeterminate("GID-B3", b3('results/otherHandling/overdueFee'), [FEE_CELL]),
             indeterminate("GID-B7", b7(), [FEE_CELL]),
         ], narrative=True),
    case("GID-B7 needs no statement when the count is 0", prose(cur, otherMatters=SILENT), [], narrative=True),
    case("GID-B7 does not apply without the text of section 六 (an unknown text is not a silent one)", fee, [], narrative=True),
    case("the narrative checks are off by default", prose(fee, otherMatters=SILENT, overview="全年共受理政府信息公开申请99件。"), []),

    # GID-B8 (opt-in, a warning)
    case("GID-B8 passes: the three figures of 一、总体情况 equal 表三",
         prose(cur, overview="全年共受理政府信息公开申请16件，上年结转2件，结转下年度办理3件。"), [], narrative=True),
    case("GID-B8 fails (warning): a figure in Chinese numerals",
         prose(cur, overview="本年度新收政府信息公开申请二十件。"), [
             fail("GID-B8", b8(OVERVIEW, 'newlyReceived'), 16, 20, (
                 "一、总体情况称本年新收 20 件，而表三 本年新收 总计 为 16。",
                 "Section 一 (overview) states newly received 20, but Newly received, Total of the application table is 16.")),
         ], narrative=True),
    case("GID-B8 fails: 未收到…申请 states 0",
         prose(cur, overview="2024年，我局未收到政府信息公开申请。"), [
             fail("GID-B8", b8(OVERVIEW, 'newlyReceived'), 16, 0),
         ], narrative=True),
    case("GID-B8 fails on a figure of the prose of section 三",
         prose(cur, overview="全年共受理政府信息公开申请16件。", applications="结转至下年度继续办理两件。"), [
             fail("GID-B8", b8(PROSE, 'carriedForward'), 3, 2),
         ], narrative=True),
    case("GID-B8: a line break ends a clause like a full stop",
         prose(cur, overview="全年共受理政府信息公开申请17件\n结转下年度办理3件"), [
             fail("GID-B8", b8(OVERVIEW, 'newlyReceived'), 16, 17),
         ], narrative=True),
    case("GID-B8 indeterminate: the stated figure's cell is blank (and GID-B1, GID-B3)",
         mutate(prose(cur, overview="上年结转申请2件。"), (A + 'carriedOver/total', None)), [
             indeterminate("GID-B1", b1('total'), [A + 'carriedOver/total']),
             indeterminate("GID-B3", b3('carriedOver'), [A + 'carriedOver/total']),
             indeterminate("GID-B8", b8(OVERVIEW, 'carriedOver'), [A + 'carriedOver/total']),
         ], narrative=True),
    case("GID-B8 does not check a figure stated twice with different numbers",
         prose(cur, overview="全年共受理申请16件；另收到申请18件。"), [], narrative=True),

    # GID-B9 (opt-in, a warning): the figures of 表二 and 表四 stated in the prose
    case("GID-B9 passes: 规范性文件 制发, 废止, 现行有效 as in 表二, no lawsuit as in 表四",
         prose(cur, overview="本年度制发规范性文件3件，废止规范性文件2件，现行有效规范性文件7件。", reconsiderationAndLitigation="未发生行政诉讼"), [], narrative=True),
    case("GID-B9 fails (warning): the overview says 1 normative document issued, 表二 says 3 (the clause is cited)",
         prose(cur, overview="1.制发情况：本年度制发规范性文件1份。"), [
             fail("GID-B9", [OVERVIEW, P + 'normativeDocuments/issued'], 3, 1, (
                 "一、总体情况写道“1.制发情况:本年度制发规范性文件1份”，称行政规范性文件制发 1，而表二 行政规范性文件 本年制发件数 为 3。",
                 "Section 一 (overview) says \"1.制发情况:本年度制发规范性文件1份\": normative documents issued 1, but Administrative normative documents, Issued this year of the proactive-disclosure table is 3.")),
         ], narrative=True),
    case("GID-B9 fails: 行政诉讼 is compared with the sum of both litigation totals",
         prose(cur, reconsiderationAndLitigation="全年发生行政诉讼2起。"), [
             fail("GID-B9", ['/narrative/reconsiderationAndLitigation'] + LITIGATION, 0, 2),
         ], narrative=True),
    case("GID-B9 indeterminate: the reconsideration total is blank (and GID-C1)",
         mutate(prose(cur, overview="全年共发生行政复议1件。"), (RL + 'reconsideration/total', None)), [
             indeterminate("GID-C1", outcomes('reconsideration'), [RL + 'reconsideration/total']),
             indeterminate("GID-B9", [OVERVIEW, RL + 'reconsideration/total'], [RL + 'reconsideration/total']),
         ], narrative=True),
    case("GID-B9 does not read 规章制度 as 规章",
         prose(cur, overview="制定完善规章制度5件。"), [], narrative=True),
]

# ---------------------------------------------------------------------------------------------------------------------
# Legacy layout. The base: the same 表三 with (六)其他处理 as one row (自然人 2), and a filled legacy 表二 (item counts with
# a negative 本年增/减, documents, procurement) on the envelope of the 2020 legacy sample.

leg_sample = sample('2020-county-petitions-bureau-legacy-layout')
leg = copy.deepcopy(leg_sample)
leg.pop('narrative', None)
leg['agency'] = '某县某局'
leg['applications'] = copy.deepcopy(cur['applications'])
leg['applications']['results']['otherHandling'] = copy.deepcopy(cur['applications']['results']['otherHandling']['overdueCorrection'])
leg['proactiveDisclosure'] = {
    "rules": {"newlyMade": 0, "newlyPublished": 0, "publishedTotal": 0},
    "normativeDocuments": {"newlyMade": 3, "newlyPublished": 2, "publishedTotal": 7},
    "administrativeLicensing": {"previousYearItems": 12, "change": -2, "decisions": 30},
    "otherExternalServices": {"previousYearItems": 5, "change": 1, "decisions": 8},
    "administrativePenalty": {"previousYearItems": 4, "change": 0, "decisions": 6},
    "administrativeEnforcement": {"previousYearItems": 1, "change": 0, "decisions": 0},
    "administrativeFees": {"previousYearItems": 3, "change": -1},
    "centralizedProcurement": {"projects": 2, "amount": 25.1},
}
leg_lps = with_legal_person_subtotal(leg)

legacy = [
    case("every rule holds (legacy layout: 表三 of 平武县 2024 with one (六) row, a filled legacy 表二)", leg, []),

    case("GID-B1 fails in the legacy layout",
         mutate(leg, (A + 'newlyReceived/commercialEnterprise', 6), (A + 'newlyReceived/total', 17)), [
             fail("GID-B1", b1('commercialEnterprise'), 6, 5),
             fail("GID-B1", b1('total'), 19, 18),
         ]),
    case("GID-B1 indeterminate in the legacy layout: 结转下年度 printed as '-'",
         mutate(leg, (A + 'carriedForward/total', '-')), [
             indeterminate("GID-B1", b1('total'), [A + 'carriedForward/total']),
             indeterminate("GID-B3", b3('carriedForward'), [A + 'carriedForward/total']),
         ]),

    case("GID-B2 fails: the single (六)其他处理 row counts one more than (七)总计",
         mutate(leg, (R + 'otherHandling/naturalPerson', 3), (R + 'otherHandling/total', 3)), [
             fail("GID-B2", b2('2019', 'naturalPerson'), 11, 10),
             fail("GID-B2", b2('2019', 'total'), 16, 15),
         ]),
    case("GID-B2 indeterminate: a mark in the single (六)其他处理 row",
         mutate(leg, (R + 'otherHandling/naturalPerson', '/')), [
             indeterminate("GID-B2", b2('2019', 'naturalPerson'), [R + 'otherHandling/naturalPerson']),
             indeterminate("GID-B3", b3('results/otherHandling'), [R + 'otherHandling/naturalPerson']),
         ]),
    case("GID-B2 passes through the 不予公开 subtotal where its rows are blank",
         mutate(leg, *withheld_np_blank, (R + 'withheld/subtotal', subtotal_row(leg, 'withheld'))), [
             indeterminate("GID-B2G", b2g('withheld', 'naturalPerson'), leaves('withheld', 'naturalPerson')),
         ] + [indeterminate("GID-B3", b3('results/withheld/' + leaf), [R + 'withheld/' + leaf + '/naturalPerson']) for leaf in GROUPS['withheld']]),

    case("GID-B2G passes: subtotal rows for the three legacy groups",
         mutate(leg, *[(R + g + '/subtotal', subtotal_row(leg, g)) for g in ['withheld', 'unableToProvide', 'notProcessed']]), []),
    case("GID-B2G fails: the 不予处理 subtotal is 1 where its rows are 0",
         mutate(leg, (R + 'notProcessed/subtotal', dict(subtotal_row(leg, 'notProcessed'), otherOrganization=1, total=1))), [
             fail("GID-B2G", b2g('notProcessed', 'otherOrganization'), 0, 1),
             fail("GID-B2G", b2g('notProcessed', 'total'), 0, 1),
         ]),
    case("GID-B2G indeterminate: a blank row in a group with a subtotal",
         mutate(leg, (R + 'unableToProvide/subtotal', subtotal_row(leg, 'unableToProvide')), (R + 'unableToProvide/needsCreation/legalServiceAgency', None)), [
             indeterminate("GID-B2G", b2g('unableToProvide', 'legalServiceAgency'), [R + 'unableToProvide/needsCreation/legalServiceAgency']),
             indeterminate("GID-B3", b3('results/unableToProvide/needsCreation'), [R + 'unableToProvide/needsCreation/legalServiceAgency']),
         ]),

    case("GID-B3 fails on the single (六)其他处理 row",
         mutate(leg, (R + 'otherHandling/commercialEnterprise', 1)), [
             fail("GID-B2", b2('2019', 'commercialEnterprise'), 6, 5),
             fail("GID-B3", b3('results/otherHandling'), 3, 2),
         ]),

    case("GID-B3P passes in the legacy layout", leg_lps, []),
    case("GID-B3P fails on the single (六)其他处理 row",
         mutate(leg_lps, (R + 'otherHandling/' + LPS, 1)), [
             fail("GID-B2", b2('2019', LPS), 6, 5),
             fail("GID-B3P", b3p('results/otherHandling'), 0, 1),
         ]),
    case("GID-B3P indeterminate: a mark in 法人或其他组织小计 of (七)总计",
         mutate(leg_lps, (R + 'total/' + LPS, '/')), [
             indeterminate("GID-B1", b1(LPS), [R + 'total/' + LPS]),
             indeterminate("GID-B2", b2('2019', LPS), [R + 'total/' + LPS]),
             indeterminate("GID-B3P", b3p('results/total'), [R + 'total/' + LPS]),
         ]),

    case("GID-C1, GID-C2, GID-C3 in the legacy layout: one fails, one is indeterminate, one passes with cases",
         mutate(leg, ('/reconsiderationAndLitigation/reconsideration', {"upheld": 2, "corrected": 0, "otherOutcome": 0, "pending": 0, "total": 1}),
                ('/reconsiderationAndLitigation/litigationWithoutReconsideration/corrected', None),
                ('/reconsiderationAndLitigation/litigationAfterReconsideration', {"upheld": 1, "corrected": 0, "otherOutcome": 0, "pending": 1, "total": 2})), [
             fail("GID-C1", outcomes('reconsideration'), 2, 1),
             indeterminate("GID-C2", outcomes('litigationWithoutReconsideration'), ['/reconsiderationAndLitigation/litigationWithoutReconsideration/corrected']),
         ]),
    case("GID-C2 fails and GID-C3 is indeterminate in the legacy layout",
         mutate(leg, ('/reconsiderationAndLitigation/litigationWithoutReconsideration/total', 4),
                ('/reconsiderationAndLitigation/litigationAfterReconsideration/total', '-')), [
             fail("GID-C2", outcomes('litigationWithoutReconsideration'), 0, 4),
             indeterminate("GID-C3", outcomes('litigationAfterReconsideration'), ['/reconsiderationAndLitigation/litigationAfterReconsideration/total']),
         ]),
    case("GID-C3 fails and GID-C1 is indeterminate in the legacy layout",
         mutate(leg, ('/reconsiderationAndLitigation/litigationAfterReconsideration/corrected', 1),
                ('/reconsiderationAndLitigation/reconsideration/upheld', None)), [
             indeterminate("GID-C1", outcomes('reconsideration'), ['/reconsiderationAndLitigation/reconsideration/upheld']),
             fail("GID-C3", outcomes('litigationAfterReconsideration'), 1, 0),
         ]),

    # GID-LA3
    case("GID-LA3 passes at exactly 0: 上一年项目数量 5, 本年增/减 −5",
         mutate(leg, (P + 'otherExternalServices/change', -5)), []),
    case("GID-LA3 fails: 12 items last year, 13 fewer this year",
         mutate(leg, (P + 'administrativeLicensing/change', -13)), [
             fail("GID-LA3", la3('administrativeLicensing'), 0, -1, (
                 "表二 行政许可：上一年项目数量 12 + 本年增/减 -13 < 0（本年末项目数量不能为负）",
                 "Proactive disclosure table, row Administrative licensing: Items last year 12 + Change this year -13 < 0 (the item count at the end of the year cannot be negative)")),
         ]),
    case("GID-LA3 fails on the 行政事业性收费 item row (a row without 处理决定数量)",
         mutate(leg, (P + 'administrativeFees/change', -4)), [
             fail("GID-LA3", la3('administrativeFees'), 0, -1),
         ]),
    case("GID-LA3 indeterminate: a blank 本年增/减 and a marked 上一年项目数量",
         mutate(leg, (P + 'administrativePenalty/change', None), (P + 'administrativeEnforcement/previousYearItems', '/')), [
             indeterminate("GID-LA3", la3('administrativePenalty'), [P + 'administrativePenalty/change']),
             indeterminate("GID-LA3", la3('administrativeEnforcement'), [P + 'administrativeEnforcement/previousYearItems']),
         ]),
    case("blankAsZero: a blank 本年增/减 read as 0, a marked one still unknown",
         mutate(leg, (P + 'administrativePenalty/change', None), (P + 'administrativeEnforcement/change', '-')), [
             indeterminate("GID-LA3", la3('administrativeEnforcement'), [P + 'administrativeEnforcement/change']),
         ], blank_as_zero=True),

    # GID-LA1 (a warning)
    case("GID-LA1 passes when 本年新公开数量 equals 对外公开总数量",
         mutate(leg, (P + 'normativeDocuments/newlyPublished', 7)), []),
    case("GID-LA1 fails (warning): 8 newly published of 7 published in total",
         mutate(leg, (P + 'normativeDocuments/newlyPublished', 8)), [
             fail("GID-LA1", la1('normativeDocuments'), 7, 8),
         ]),
    case("GID-LA1 indeterminate: 对外公开总数量 printed as '-' (本年新制作数量 takes part in no rule)",
         mutate(leg, (P + 'rules/publishedTotal', '-'), (P + 'rules/newlyMade', '/')), [
             indeterminate("GID-LA1", la1('rules'), [P + 'rules/publishedTotal']),
         ]),
    case("every rule kind at once in the legacy layout, in catalogue order",
         mutate(leg, (P + 'normativeDocuments/newlyPublished', 9), (P + 'otherExternalServices/change', -6),
                ('/reconsiderationAndLitigation/reconsideration/total', 1), (A + 'carriedOver/otherOrganization', 1)), [
             fail("GID-B1", b1('otherOrganization'), 1, 0),
             fail("GID-B3", b3('carriedOver'), 3, 2),
             fail("GID-C1", outcomes('reconsideration'), 0, 1),
             fail("GID-LA3", la3('otherExternalServices'), 0, -1),
             fail("GID-LA1", la1('normativeDocuments'), 7, 9),
         ]),

    # GID-B8 (opt-in, a warning); GID-B7 is of the current format only
    case("GID-B8 passes in the legacy layout",
         prose(leg, overview="2020年，共收到政府信息公开申请16件，上年结转2件，结转下年度3件。", otherMatters=SILENT), [], narrative=True),
    case("GID-B8 fails in the legacy layout",
         prose(leg, overview="全年受理申请十五件。"), [
             fail("GID-B8", b8(OVERVIEW, 'newlyReceived'), 16, 15),
         ], narrative=True),
    case("GID-B8 indeterminate in the legacy layout (and GID-B1, GID-B3)",
         mutate(prose(leg, overview="结转下年度继续办理3件。"), (A + 'carriedForward/total', '-')), [
             indeterminate("GID-B1", b1('total'), [A + 'carriedForward/total']),
             indeterminate("GID-B3", b3('carriedForward'), [A + 'carriedForward/total']),
             indeterminate("GID-B8", b8(OVERVIEW, 'carriedForward'), [A + 'carriedForward/total']),
         ], narrative=True),

    # GID-B9 (opt-in, a warning): in the legacy layout only the figures of 表四
    case("GID-B9 fails in the legacy layout: a reconsideration the table does not count",
         prose(leg, overview="全年共发生行政复议1件。", otherMatters=SILENT), [
             fail("GID-B9", [OVERVIEW, RL + 'reconsideration/total'], 0, 1),
         ], narrative=True),
    case("GID-B9 indeterminate in the legacy layout (and GID-C1)",
         mutate(prose(leg, reconsiderationAndLitigation="行政诉讼1件。"), (RL + 'litigationAfterReconsideration/total', '-')), [
             indeterminate("GID-C3", outcomes('litigationAfterReconsideration'), [RL + 'litigationAfterReconsideration/total']),
             indeterminate("GID-B9", ['/narrative/reconsiderationAndLitigation'] + LITIGATION, [RL + 'litigationAfterReconsideration/total']),
         ], narrative=True),
]

os.makedirs(os.path.join(root, 'conformance', 'rules'), exist_ok=True)
for name, cases in (('2021', current), ('2019', legacy)):
    path = os.path.join(root, 'conformance', 'rules', name + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({"description": f"Rule cases of format {name}: a valid document and, under 'expect', exactly the diagnostics of every "
                   "per-report rule (warnings included, in the order of the exported instances of schemas/rules-" + name + ".json). "
                   "Format: eng/make-conformance-rules.py and docs/rules-export.md.", "cases": cases},
                  f, ensure_ascii=False, indent=2)
    print('wrote', path, len(cases), 'cases')
