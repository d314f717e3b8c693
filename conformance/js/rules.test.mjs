// The exported rules (schemas/rules-*.json), evaluated by a few dozen lines of JavaScript, give exactly the diagnostics
// the .NET validator gives: on every rule case and on every well-formed document case. docs/rules-export.md describes
// the file; this is a reading of it that knows nothing of the C#.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, suite, get } from './support.mjs';

const exported = { 2021: readJson('schemas', 'rules-2021.json'), 2019: readJson('schemas', 'rules-2019.json') };
const isKnown = (cell) => cell.state === 'number' || cell.state === 'blankAsZero';

/** The cells of a document: number, blank (null), mark (a string) or absent; blanks read as 0 under blankAsZero. */
function cellsOf(rules, document, blankAsZero) {
  const raw = (pointer) => {
    const v = get(document, pointer);
    if (v === undefined) return { state: 'absent' };
    if (v === null) return { state: 'blank' };
    return typeof v === 'string' ? { state: 'mark', mark: v } : { state: 'number', value: v };
  };
  const keepUnknown = new Set(); // the rows of a group printed as one row: all blank, subtotal present
  for (const term of rules.instances.flatMap((i) => [...i.left, ...i.right]).filter((t) => blankAsZero && t.leaves)) {
    if (raw(term.subtotal.pointer).state !== 'absent' && term.leaves.every((l) => raw(l.pointer).state === 'blank')) {
      term.leaves.forEach((l) => keepUnknown.add(l.pointer));
    }
  }
  return (pointer) => {
    const cell = raw(pointer);
    return cell.state === 'blank' && blankAsZero && !keepUnknown.has(pointer) ? { state: 'blankAsZero', value: 0 } : cell;
  };
}

/** A term's value and the cells it was read from, or null when unknown. */
function valueOf(term, cell) {
  if (!term.leaves) {
    const c = cell(term.pointer);
    return isKnown(c) ? { value: c.value, read: [{ ...term, cell: c }] } : null;
  }
  const leaves = term.leaves.map((l) => cell(l.pointer));
  if (leaves.every(isKnown)) return { value: leaves.reduce((sum, c) => sum + c.value, 0), read: term.leaves, group: true };
  const subtotal = cell(term.subtotal.pointer);
  return isKnown(subtotal) ? { value: subtotal.value, read: [{ ...term.subtotal, cell: subtotal }] } : null;
}

/** Every diagnostic of a document, in the order of the exported instances, with its message in Chinese and English. */
export function evaluate(document, { blankAsZero = false } = {}) {
  const rules = exported[document.format];
  const parts = rules.messageParts;
  const cell = cellsOf(rules, document, blankAsZero);
  const byCode = Object.fromEntries(rules.rules.map((r) => [r.code, r]));
  const signed = (terms, text) => (terms.length === 0 ? parts.emptySide
    : terms.map((t, i) => (i === 0 ? (t.weight < 0 ? parts.leadingMinus : '') : (t.weight < 0 ? parts.minus : parts.plus)) + text(t)).join(''));
  const diagnostics = [];
  for (const instance of rules.instances) {
    if (cell(instance.anchor).state === 'absent') continue; // an optional row or column the document does not have
    const rule = byCode[instance.code];
    const terms = [...instance.left, ...instance.right];
    const values = new Map(terms.map((t) => [t, valueOf(t, cell)]));
    const report = (outcome, fields, placeholders) => {
      const fill = { table: (l) => instance.table[l], scope: (l) => instance.scope[l], ...placeholders };
      const render = (l) => rule.messages[outcome][l].replace(/\{([A-Za-z]+)\}/g, (m, k) => (k in fill ? fill[k](l) : m));
      diagnostics.push({ code: rule.code, severity: rule.severity, outcome, ...fields, message: { zh: render('zh'), en: render('en') } });
    };

    if ([...values.values()].some((v) => v === null)) {
      const withCell = (c) => ({ ...c, cell: cell(c.pointer) });
      const present = (c) => c.cell.state !== 'absent';
      const paths = terms.flatMap((t) => (!t.leaves ? [t.pointer]
        : [...t.leaves.map((c) => c.pointer), ...(present(withCell(t.subtotal)) ? [t.subtotal.pointer] : [])]));
      const unknown = terms.filter((t) => values.get(t) === null).flatMap((t) => (!t.leaves ? [withCell(t)]
        : [...t.leaves.map(withCell).filter((c) => !isKnown(c.cell)), ...[withCell(t.subtotal)].filter(present)]));
      const names = (side, l) => signed(side, (t) => t.name[l]);
      report('indeterminate', { paths, unknownPaths: unknown.map((c) => c.pointer) }, {
        relation: (l) => `${names(instance.left, l)} ${instance.comparison} ${names(instance.right, l)}`,
        unknown: (l) => unknown.map((c) => c.name[l] + (c.cell.state === 'mark' ? parts.unknown.mark[l].replace('{mark}', c.cell.mark)
          : parts.unknown[c.cell.state === 'absent' ? 'missing' : 'blank'][l])).join(parts.unknownSeparator[l]),
      });
      continue;
    }

    const sum = (side) => side.reduce((s, t) => s + t.weight * values.get(t).value, 0);
    const [left, right] = [sum(instance.left), sum(instance.right)];
    if ({ '=': left === right, '≤': left <= right, '≥': left >= right }[instance.comparison]) continue;
    const [actual, expected] = instance.actual === 'left' ? [left, right] : [right, left];
    const text = (t, l) => {
      const { group, value, read: [c] } = values.get(t);
      return group ? t.name[l] + parts.nameValueSeparator + value
        : c.name[l] + parts.nameValueSeparator + value + (c.cell.state === 'blankAsZero' ? parts.blankAsZero[l] : '');
    };
    report('fail', { paths: terms.flatMap((t) => values.get(t).read.map((c) => c.pointer)), expected, actual }, {
      left: (l) => signed(instance.left, (t) => text(t, l)),
      op: () => parts.failOperator[instance.comparison],
      right: (l) => signed(instance.right, (t) => text(t, l)),
    });
  }
  return diagnostics;
}

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
