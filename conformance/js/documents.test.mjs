// The published JSON Schemas, in a validator other than .NET's: every document the library accepts is valid, every
// document it refuses (where JSON Schema can tell) is invalid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repo, readJson, suite, schemaValid } from './support.mjs';

for (const c of suite('documents').filter((c) => c.document !== undefined && c.schemaCanTell !== false)) {
  test(c.name, () => {
    const { valid, errors } = schemaValid(c.document);
    assert.equal(valid, c.expect.length === 0, JSON.stringify(errors));
  });
}

for (const file of readdirSync(join(repo, 'docs', 'samples')).filter((f) => f.endsWith('.json'))) {
  test(`docs/samples/${file} is valid`, () => {
    const { valid, errors } = schemaValid(readJson('docs', 'samples', file));
    assert.ok(valid, JSON.stringify(errors));
  });
}
