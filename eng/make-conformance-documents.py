#!/usr/bin/env python3
"""Writes conformance/documents/*.json: well-formed and malformed report documents with the problems expected.

The expectations are written here by hand (code and JSON Pointer per case); the .NET tests check the library
against them, and the JavaScript runner checks the published JSON Schema against them. A well-formed case also lists,
under "rules", the rule diagnostics of the document (default options; the shape of conformance/rules, see
eng/make-conformance-rules.py), which the .NET tests and the JavaScript rule evaluator check. Re-run after editing:
    python3 eng/make-conformance-documents.py
"""
import json, os

from conformance_cases import DELETE, mutate, root, sample


def setp(doc, pointer, value):
    return mutate(doc, (pointer, value))


def delp(doc, pointer):
    return mutate(doc, (pointer, DELETE))


def ok(description, document, rules=()):
    return {"description": description, "document": document, "expect": [], "rules": list(rules)}

def fails(code, paths, expected, actual):
    return {"code": code, "severity": "error", "outcome": "fail", "paths": paths, "expected": expected, "actual": actual}

def undecided(code, paths, unknown):
    return {"code": code, "severity": "error", "outcome": "indeterminate", "paths": paths, "unknownPaths": unknown}

A = '/applications/'
def row(name, *columns):
    return [A + name + '/' + c for c in columns]
APPLICANTS = ('naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrganization', 'legalServiceAgency', 'otherOrganization')
def balance(column):
    return [A + 'newlyReceived/' + column, A + 'carriedOver/' + column, A + 'results/total/' + column, A + 'carriedForward/' + column]

def bad(description, document, code, pointer, schema_can_tell=True, text=None):
    case = {"description": description}
    if text is not None:
        case["text"] = text
    else:
        case["document"] = document
    case["expect"] = [{"code": code, "outcome": "fail", "paths": [pointer]}]
    if not schema_can_tell:
        case["schemaCanTell"] = False
    return case

cur = sample('2024-pingwu-county-government-office')
leg = sample('2020-county-petitions-bureau-legacy-layout')

current = [
    ok("the 平武县 2024 sample", cur),
    ok("the 临夏县 2025 sample", sample('2025-linxia-county-petitions-bureau')),
    ok("the 华容区 2025 sample (agency not named)", sample('2025-huarong-district-bureau')),
    ok("the 临河区 2024 sample", sample('2024-linhe-district-civil-affairs-bureau')),
    ok("blank and mark cells", setp(setp(setp(cur, '/applications/carriedOver/naturalPerson', None), '/applications/carriedOver/total', '/'), '/reconsiderationAndLitigation/reconsideration/pending', '无'), [
        undecided("GID-B1", balance('naturalPerson'), [A + 'carriedOver/naturalPerson']),
        undecided("GID-B1", balance('total'), [A + 'carriedOver/total']),
        undecided("GID-B3", row('carriedOver', 'total', *APPLICANTS), row('carriedOver', 'total', 'naturalPerson')),
        undecided("GID-C1", ['/reconsiderationAndLitigation/reconsideration/' + c for c in ('total', 'upheld', 'corrected', 'otherOutcome', 'pending')],
                  ['/reconsiderationAndLitigation/reconsideration/pending']),
    ]),
    ok("the optional 法人或其他组织小计 column, blank and filled", setp(setp(cur, '/applications/newlyReceived/legalPersonSubtotal', 5), '/applications/carriedOver/legalPersonSubtotal', None), [
        undecided("GID-B1", balance('legalPersonSubtotal'), balance('legalPersonSubtotal')[1:]),
        undecided("GID-B3P", row('carriedOver', 'legalPersonSubtotal', *APPLICANTS[1:]), row('carriedOver', 'legalPersonSubtotal')),
    ]),
    ok("a single (六)其他处理 row kept as the group subtotal", setp(cur, '/applications/results/otherHandling/subtotal', cur['applications']['results']['otherHandling']['overdueCorrection'])),
    ok("no narrative and no signing date", delp(delp(cur, '/narrative'), '/publishedOn')),
    ok("an amount in 万元 with decimals", setp(cur, '/proactiveDisclosure/administrativeFees/amount', 31.6441)),
    bad("a negative count", setp(cur, '/applications/newlyReceived/total', -1), "JSON-NEGATIVE", "/applications/newlyReceived/total"),
    bad("a fractional count", setp(cur, '/applications/carriedOver/naturalPerson', 1.5), "JSON-NOT-AN-INTEGER", "/applications/carriedOver/naturalPerson"),
    bad("a count written 1.0 (JSON Schema reads it as the integer 1)", setp(cur, '/applications/carriedOver/naturalPerson', 1.0), "JSON-NOT-AN-INTEGER", "/applications/carriedOver/naturalPerson", schema_can_tell=False),
    bad("a count beyond 2147483647", setp(cur, '/applications/carriedOver/naturalPerson', 2147483648), "JSON-OUT-OF-RANGE", "/applications/carriedOver/naturalPerson"),
    bad("a missing cell (blank is null, not absent)", delp(cur, '/applications/results/withheld/stateSecret/total'), "JSON-MISSING-PROPERTY", "/applications/results/withheld/stateSecret/total"),
    bad("a missing table", delp(cur, '/reconsiderationAndLitigation'), "JSON-MISSING-PROPERTY", "/reconsiderationAndLitigation"),
    bad("a misspelt property", setp(cur, '/applications/carriedOver/naturalPersons', 1), "JSON-UNKNOWN-PROPERTY", "/applications/carriedOver/naturalPersons"),
    bad("a legacy block in a current document", setp(cur, '/proactiveDisclosure/centralizedProcurement', {"projects": 0, "amount": 0}), "JSON-UNKNOWN-PROPERTY", "/proactiveDisclosure/centralizedProcurement"),
    bad("an array for a cell", setp(cur, '/applications/results/withheld/stateSecret/total', [1]), "JSON-WRONG-TYPE", "/applications/results/withheld/stateSecret/total"),
    bad("null for a table", setp(cur, '/applications/results', None), "JSON-WRONG-TYPE", "/applications/results"),
    bad("an empty mark", setp(cur, '/applications/results/withheld/stateSecret/total', ""), "JSON-EMPTY-STRING", "/applications/results/withheld/stateSecret/total"),
    bad("a white-space mark", setp(cur, '/applications/results/withheld/stateSecret/total', " "), "JSON-EMPTY-STRING", "/applications/results/withheld/stateSecret/total"),
    bad("a negative amount", setp(cur, '/proactiveDisclosure/administrativeFees/amount', -0.5), "JSON-NEGATIVE", "/proactiveDisclosure/administrativeFees/amount"),
    bad("a year before the 条例", setp(cur, '/year', 2007), "JSON-OUT-OF-RANGE", "/year"),
    bad("an empty agency", setp(cur, '/agency', ""), "JSON-EMPTY-STRING", "/agency"),
    bad("a date that does not exist", setp(cur, '/publishedOn', "2025-02-30"), "JSON-INVALID-DATE", "/publishedOn"),
    bad("a date in another form", setp(cur, '/publishedOn', "2025/01/21"), "JSON-INVALID-DATE", "/publishedOn"),
    bad("an unknown format", setp(cur, '/format', "2022"), "JSON-UNKNOWN-FORMAT", "/format"),
    bad("no format", delp(cur, '/format'), "JSON-MISSING-FORMAT", "/format"),
    bad("a duplicated property (most JSON parsers keep the last one)", None, "JSON-DUPLICATE-PROPERTY", "/year", schema_can_tell=False,
        text=json.dumps(cur, ensure_ascii=False).replace('"year": 2024,', '"year": 2024, "year": 2024,')),
    bad("not JSON", None, "JSON-SYNTAX", "", schema_can_tell=False, text="{\"format\": \"2021\","),
]

legacy = [
    ok("the 2020 county 信访局 sample (legacy layout)", leg),
    ok("a negative 本年增/减 (well formed; GID-LA3 fails: 0 items last year − 8)", setp(leg, '/proactiveDisclosure/administrativeLicensing/change', -8), [
        fails("GID-LA3", ['/proactiveDisclosure/administrativeLicensing/previousYearItems', '/proactiveDisclosure/administrativeLicensing/change'], 0, -8),
    ]),
    ok("a procurement amount in 万元", setp(leg, '/proactiveDisclosure/centralizedProcurement/amount', 25.1)),
    bad("a negative 上一年项目数量", setp(leg, '/proactiveDisclosure/administrativeLicensing/previousYearItems', -3), "JSON-NEGATIVE", "/proactiveDisclosure/administrativeLicensing/previousYearItems"),
    bad("a current-format (六) split in a legacy document", setp(leg, '/applications/results/otherHandling/overdueFee', 0), "JSON-UNKNOWN-PROPERTY", "/applications/results/otherHandling/overdueFee"),
    bad("a current-format column in a legacy document", setp(leg, '/proactiveDisclosure/rules/issued', 0), "JSON-UNKNOWN-PROPERTY", "/proactiveDisclosure/rules/issued"),
    bad("a missing legacy column", delp(leg, '/proactiveDisclosure/centralizedProcurement/amount'), "JSON-MISSING-PROPERTY", "/proactiveDisclosure/centralizedProcurement/amount"),
]

for name, cases in (('2021', current), ('2019', legacy)):
    path = os.path.join(root, 'conformance', 'documents', name + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({"description": f"Report documents of format {name}: well formed (expect []) or not (the problem expected).", "cases": cases}, f, ensure_ascii=False, indent=2)
    print('wrote', path, len(cases), 'cases')
