// The rules that compare several reports, evaluated from the exported data alone (schemas/rules-*.json: crossYear and
// consolidation; docs/rules-export.md), agree with CrossReportValidator on every case of conformance/cross-year and
// conformance/consolidation. Like rules.test.mjs, this is a reading of the documentation that knows nothing of the C#.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, suite, get } from './support.mjs';

const exported = { 2021: readJson('schemas', 'rules-2021.json'), 2019: readJson('schemas', 'rules-2019.json') };

/** A cell of a document: number, blank (null), mark (a string) or absent. */
function cellOf(document, pointer) {
  const v = get(document, pointer);
  if (v === undefined) return { state: 'absent' };
  if (v === null) return { state: 'blank' };
  return typeof v === 'string' ? { state: 'mark', mark: v } : { state: 'number', value: v };
}
const isKnown = (cell) => cell.state === 'number';

/** A diagnostic with its message rendered from the rule's template; each placeholder's value is a function of the language. */
function diagnostic(rules, code, outcome, fields, fill) {
  const rule = rules.rules.find((r) => r.code === code);
  const render = (l) => rule.messages[outcome][l].replace(/\{([A-Za-z]+)\}/g, (m, k) => (k in fill ? fill[k](l) : m));
  return { code, severity: rule.severity, outcome, ...fields, message: { zh: render('zh'), en: render('en') } };
}

/** Year over year: the crossYear instances of the current report's file for the previous report's format. */
export function compareYears(previous, current) {
  const rules = exported[current.format];
  const parts = rules.messageParts;
  if (previous.year + 1 !== current.year) {
    const years = { previous: () => String(previous.year), current: () => String(current.year) };
    return [diagnostic(rules, 'GID-X1', 'indeterminate', { paths: ['previous#/year', 'current#/year'], unknownPaths: [] }, years)];
  }
  const documents = { previous, current };
  const { instances } = rules.crossYear.find((e) => e.previousFormat === previous.format);
  const signed = (terms, text) => (terms.length === 0 ? parts.emptySide
    : terms.map((t, i) => (i === 0 ? (t.weight < 0 ? parts.leadingMinus : '') : (t.weight < 0 ? parts.minus : parts.plus)) + text(t)).join(''));
  const diagnostics = [];
  for (const instance of instances) {
    if (cellOf(documents[instance.anchorDocument], instance.anchor).state === 'absent') continue;
    const terms = [...instance.left, ...instance.right];
    assert.ok(terms.every((t) => !t.leaves), 'a year-over-year term is a cell');
    const cells = new Map(terms.map((t) => [t, cellOf(documents[t.document], t.pointer)]));
    const paths = terms.map((t) => `${t.document}#${t.pointer}`);
    const fill = { table: (l) => instance.table[l], scope: (l) => instance.scope[l] };
    const unknown = terms.filter((t) => !isKnown(cells.get(t)));
    if (unknown.length > 0) {
      const names = (side, l) => signed(side, (t) => t.name[l]);
      const why = (c, l) => (c.state === 'mark' ? parts.unknown.mark[l].replace('{mark}', c.mark) : parts.unknown[c.state === 'absent' ? 'missing' : 'blank'][l]);
      diagnostics.push(diagnostic(rules, instance.code, 'indeterminate', { paths, unknownPaths: unknown.map((t) => `${t.document}#${t.pointer}`) }, {
        ...fill,
        relation: (l) => `${names(instance.left, l)} ${instance.comparison} ${names(instance.right, l)}`,
        unknown: (l) => unknown.map((t) => t.name[l] + why(cells.get(t), l)).join(parts.unknownSeparator[l]),
      }));
      continue;
    }
    const sum = (side) => side.reduce((s, t) => s + t.weight * cells.get(t).value, 0);
    const [left, right] = [sum(instance.left), sum(instance.right)];
    if ({ '=': left === right, '≤': left <= right, '≥': left >= right }[instance.comparison]) continue;
    const [actual, expected] = instance.actual === 'left' ? [left, right] : [right, left];
    const side = (terms) => (l) => signed(terms, (t) => t.name[l] + parts.nameValueSeparator + cells.get(t).value);
    diagnostics.push(diagnostic(rules, instance.code, 'fail', { paths, expected, actual }, {
      ...fill, left: side(instance.left), op: () => parts.failOperator[instance.comparison], right: side(instance.right),
    }));
  }
  return diagnostics;
}

/** A JSON number as an exact decimal: [digits as BigInt, scale]. */
function decimal(value) {
  const text = String(value);
  if (/e/i.test(text)) return [BigInt(Math.round(value)), 0]; // beyond 1e21: an integer
  const [whole, fraction = ''] = text.split('.');
  return [BigInt(whole + fraction), fraction.length];
}
function addDecimals(values) {
  const scale = Math.max(0, ...values.map((v) => decimal(v)[1]));
  const scaled = (v) => { const [d, s] = decimal(v); return d * 10n ** BigInt(scale - s); };
  const total = values.reduce((s, v) => s + scaled(v), 0n);
  const sign = total < 0n ? '-' : '';
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return Number(sign + text);
}

/** Consolidation: a consolidated report against its parts (null: a part known to exist but not available). */
export function checkConsolidated(consolidated, parts) {
  const rules = exported[consolidated.format];
  const { codes, messageParts: mp, cells } = rules.consolidation;
  const role = (i) => `part${i + 1}`;
  const reason = (text) => ({ reason: (l) => text[l] });
  const missing = parts.map((p, i) => (p === null ? `${role(i)}#` : null)).filter((p) => p !== null);
  if (missing.length > 0) {
    const names = (l) => missing.map((p) => p.slice(0, -1)).join(mp.listSeparator[l]);
    return [diagnostic(rules, codes.missingPart, 'indeterminate', { paths: missing, unknownPaths: missing }, { parts: names })];
  }
  const notSummable = (paths, template, values) => diagnostic(rules, codes.notSummable, 'fail', { paths, expected: null, actual: null },
    reason(Object.fromEntries(['zh', 'en'].map((l) => [l, Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), template[l])]))));
  if (parts.length === 0) return [notSummable([], mp.notSummable.noParts, {})];
  const problems = parts.flatMap((p, i) => [
    ...(p.format !== consolidated.format ? [notSummable([`${role(i)}#/format`], mp.notSummable.format, { part: role(i), format: p.format, expected: consolidated.format })] : []),
    ...(p.year !== consolidated.year ? [notSummable([`${role(i)}#/year`], mp.notSummable.year, { part: role(i), year: p.year, expected: consolidated.year })] : []),
  ]);
  if (problems.length > 0) return problems;

  const diagnostics = [];
  for (const field of cells) {
    const total = cellOf(consolidated, field.pointer);
    if (total.state === 'absent') continue;
    const values = parts.map((p) => cellOf(p, field.pointer));
    const paths = [`consolidated#${field.pointer}`, ...parts.map((_, i) => `${role(i)}#${field.pointer}`)];
    const cell = { cell: (l) => field.name[l] };
    const unknown = [total, ...values].map((c, i) => (isKnown(c) ? null : i)).filter((i) => i !== null);
    if (unknown.length > 0) {
      const name = (i, l) => (i === 0 ? mp.unknownConsolidated[l] : mp.unknownPart[l].replace('{part}', role(i - 1)));
      diagnostics.push(diagnostic(rules, codes.cell, 'indeterminate', { paths, unknownPaths: unknown.map((i) => paths[i]) },
        { ...cell, unknown: (l) => unknown.map((i) => name(i, l)).join(mp.listSeparator[l]) }));
      continue;
    }
    const expected = addDecimals(values.map((c) => c.value));
    if (expected === total.value) continue;
    diagnostics.push(diagnostic(rules, codes.cell, 'fail', { paths, expected, actual: total.value }, {
      ...cell, actual: () => String(total.value), expected: () => String(expected),
      parts: () => values.map((c, i) => `${role(i)} ${c.value}`).join(mp.partsPlus),
    }));
  }
  return diagnostics;
}

/** The diagnostics as the cases write them: the message only where the expectation pins it. */
function check(diagnostics, expect) {
  assert.deepEqual(diagnostics.map((d, i) => {
    const { message, ...rest } = d;
    return expect[i]?.message ? d : rest;
  }), expect);
}

for (const c of suite('cross-year')) {
  test(c.name, () => check(compareYears(c.previous, c.current), c.expect));
}

for (const c of suite('consolidation')) {
  test(c.name, () => check(checkConsolidated(c.consolidated, c.parts), c.expect));
}
