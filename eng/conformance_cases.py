"""Helpers shared by the eng/make-conformance-*.py scripts: the samples, document edits, and expected diagnostics.

The severities are written here by hand, like every expectation of the suite (the .NET tests check them against the
library's rule catalogue); they are not read from the library.
"""
import copy, json, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Marks a property to remove in mutate().
DELETE = object()

SEVERITY = {
    # Within one report.
    'GID-B1': 'error', 'GID-B2': 'error', 'GID-B2G': 'error', 'GID-B3': 'error', 'GID-B3P': 'error',
    'GID-C1': 'error', 'GID-C2': 'error', 'GID-C3': 'error', 'GID-LA3': 'error', 'GID-LA1': 'warning',
    'GID-B7': 'warning', 'GID-B8': 'warning', 'GID-B9': 'warning',
    # Between reports.
    'GID-B6': 'warning', 'GID-A2': 'warning', 'GID-A3': 'warning', 'GID-LA4': 'warning', 'GID-LA5': 'warning',
    'GID-X1': 'warning', 'GID-S1': 'error', 'GID-S2': 'error', 'GID-S3': 'error',
}


def sample(name):
    """A sample report of docs/samples, as a JSON value."""
    with open(os.path.join(root, 'docs', 'samples', name + '.json'), encoding='utf-8') as f:
        return json.load(f)


def mutate(doc, *changes):
    """A copy of doc with each (pointer, value) set; value DELETE removes the property."""
    d = copy.deepcopy(doc)
    for pointer, value in changes:
        node = d
        tokens = pointer[1:].split('/')
        for t in tokens[:-1]:
            node = node[t]
        if value is DELETE:
            del node[tokens[-1]]
        else:
            node[tokens[-1]] = value
    return d


def fail(code, paths, expected, actual, message=None):
    """An expected failed diagnostic; message is (zh, en) when the case pins it."""
    d = {"code": code, "severity": SEVERITY[code], "outcome": "fail", "paths": paths, "expected": expected, "actual": actual}
    if message:
        d["message"] = {"zh": message[0], "en": message[1]}
    return d


def indeterminate(code, paths, unknown, message=None):
    """An expected indeterminate diagnostic: unknown lists the cells that could not be read."""
    assert all(u in paths for u in unknown), (code, unknown)
    d = {"code": code, "severity": SEVERITY[code], "outcome": "indeterminate", "paths": paths, "unknownPaths": unknown}
    if message:
        d["message"] = {"zh": message[0], "en": message[1]}
    return d
