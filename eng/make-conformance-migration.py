#!/usr/bin/env python3
"""Writes conformance/migration/2019-to-2021.json: legacy documents in, the current document and the notes out.

The expected outputs are those of the reference implementation (govinfo migrate --json); the .NET tests guard them
against regressions and the JavaScript runner re-implements the migration from schemas/migration-2019-to-2021.json
and must produce the same. Re-run after editing: python3 eng/make-conformance-migration.py
"""
import json, os, subprocess, tempfile

from conformance_cases import mutate, root, sample

leg = sample('2020-county-petitions-bureau-legacy-layout')


def variant(mutations):
    return mutate(leg, *mutations)


inputs = [
    ("the 2020 county 信访局 sample", leg),
    ("marks, blanks, a negative change, a procurement amount, a subtotal row and the 小计 column", variant([
        ('/applications/carriedOver/naturalPerson', '/'),
        ('/applications/carriedOver/total', None),
        ('/applications/results/otherHandling/naturalPerson', 2),
        ('/applications/results/otherHandling/total', 2),
        ('/applications/results/otherHandling/legalPersonSubtotal', 0),
        ('/applications/results/withheld/subtotal', dict(leg['applications']['results']['withheld']['stateSecret'])),
        ('/proactiveDisclosure/administrativeLicensing/change', -8),
        ('/proactiveDisclosure/centralizedProcurement/amount', 25.1),
        ('/proactiveDisclosure/normativeDocuments/publishedTotal', '无'),
    ])),
]

cases = []
for description, document in inputs:
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False, encoding='utf-8') as f:
        json.dump(document, f, ensure_ascii=False)
    out = subprocess.run(['dotnet', 'run', '--project', os.path.join(root, 'src', 'GovInfoDisclosure.Cli'), '--', 'migrate', f.name, '--json'],
                         check=True, capture_output=True, text=True).stdout
    os.unlink(f.name)
    result = json.loads(out)
    notes = [{k: n[k] for k in ('kind', 'source', 'target', 'sourceValue')} for n in result['notes']]
    cases.append({"description": description, "document": document, "expect": {"document": result['report'], "notes": notes}})

path = os.path.join(root, 'conformance', 'migration', '2019-to-2021.json')
with open(path, 'w', encoding='utf-8') as f:
    json.dump({"description": "Legacy (\"2019\") documents migrated to the current format: the expected document and the notes on every field not carried exactly.", "cases": cases}, f, ensure_ascii=False, indent=2)
print('wrote', path, len(cases), 'cases')
