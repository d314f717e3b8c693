// The exported rules (schemas/rules-*.json), evaluated by a few dozen lines of JavaScript, give exactly the diagnostics
// the .NET validator gives: on every rule case and on every well-formed document case. docs/rules-export.md describes
// the file; this is a reading of it that knows nothing of the C#. The evaluator is the one the web checker's fill form
// runs in the browser (src/GovInfoDisclosure.Web/wwwroot/rules.mjs): this suite is its test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, suite } from './support.mjs';
import { evaluate as evaluateRules } from '../../src/GovInfoDisclosure.Web/wwwroot/rules.mjs';

const exported = { 2021: readJson('schemas', 'rules-2021.json'), 2019: readJson('schemas', 'rules-2019.json') };
const evaluate = (document, options) => evaluateRules(exported[document.format], document, options);

/** The diagnostics as the cases write them: the message only where the expectation pins it. */
function check(document, options, expect) {
  const actual = evaluate(document, options).map((d, i) => {
    const { message, ...rest } = d;
    return expect[i]?.message ? d : rest;
  });
  assert.deepEqual(actual, expect);
}

for (const c of suite('rules')) {
  test(c.name, () => check(c.document, c.options, c.expect));
}

for (const c of suite('documents').filter((c) => c.rules !== undefined)) {
  test(`${c.name} (rules)`, () => check(c.document, {}, c.rules));
}
