// The exported migration table, applied by a few lines of JavaScript, gives what the .NET migrator gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, suite, schemaValid, get, set } from './support.mjs';

const table = readJson('schemas', 'migration-2019-to-2021.json');

function migrate(legacy) {
  const report = { format: table.to };
  const notes = [];
  for (const carry of table.carries) {
    if (carry.kind === 'notCarried') {
      if (!carry.targetOptional) {
        set(report, carry.target, null);
        notes.push({ kind: carry.kind, source: null, target: carry.target, sourceValue: null });
      }
      continue;
    }
    const value = get(legacy, carry.source);
    if (value === undefined) continue; // an optional part the source does not have
    if (carry.target) set(report, carry.target, structuredClone(value));
    if (carry.kind !== 'exact') notes.push({ kind: carry.kind, source: carry.source, target: carry.target, sourceValue: value });
  }
  return { report, notes };
}

const kindNames = { notCarried: 'not-carried' };

for (const c of suite('migration')) {
  test(c.name, () => {
    const { report, notes } = migrate(c.document);
    assert.deepEqual(report, c.expect.document);
    assert.deepEqual(notes.map((n) => ({ ...n, kind: kindNames[n.kind] ?? n.kind })), c.expect.notes);
    assert.ok(schemaValid(c.expect.document).valid, 'the migrated document is valid under the 2021 schema');
  });
}
