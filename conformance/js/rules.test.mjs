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
export function evaluate(document, { blankAsZero = false, checkNarrative = false } = {}) {
  const rules = exported[document.format];
  const parts = rules.messageParts;
  const cell = cellsOf(rules, document, blankAsZero);
  const byCode = Object.fromEntries(rules.rules.map((r) => [r.code, r]));
  const signed = (terms, text) => (terms.length === 0 ? parts.emptySide
    : terms.map((t, i) => (i === 0 ? (t.weight < 0 ? parts.leadingMinus : '') : (t.weight < 0 ? parts.minus : parts.plus)) + text(t)).join(''));
  const diagnostics = [];
  /** Adds a diagnostic; each placeholder's value is a function of the language. */
  const emit = (code, outcome, fields, fill) => {
    const rule = byCode[code];
    const render = (l) => rule.messages[outcome][l].replace(/\{([A-Za-z]+)\}/g, (m, k) => (k in fill ? fill[k](l) : m));
    diagnostics.push({ code, severity: rule.severity, outcome, ...fields, message: { zh: render('zh'), en: render('en') } });
  };
  for (const instance of rules.instances) {
    if (cell(instance.anchor).state === 'absent') continue; // an optional row or column the document does not have
    const terms = [...instance.left, ...instance.right];
    const values = new Map(terms.map((t) => [t, valueOf(t, cell)]));
    const report = (outcome, fields, placeholders) =>
      emit(instance.code, outcome, fields, { table: (l) => instance.table[l], scope: (l) => instance.scope[l], ...placeholders });

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
  if (checkNarrative) narrative(rules.narrative, document, cell, emit);
  return diagnostics;
}

/** The opt-in checks of the prose (rules.narrative): section 六 and the fee, the figures stated in the overview. */
function narrative({ feeStatement: fee, overviewFigures: overview, tableFigures: table }, document, cell, emit) {
  const normalize = (t) => t.replace(/\p{White_Space}/gu, '').replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
  const textAt = (pointer) => (typeof get(document, pointer) === 'string' ? get(document, pointer) : null);
  const same = (s) => () => String(s);
  if (fee && textAt(fee.text) !== null) {
    const c = cell(fee.cell.pointer);
    const paths = [fee.cell.pointer, fee.text];
    if (!isKnown(c)) emit(fee.code, 'indeterminate', { paths, unknownPaths: [fee.cell.pointer] }, { cell: (l) => fee.cell.name[l] });
    else if (c.value !== 0) {
      const text = textAt(fee.text);
      const noNotice = new RegExp(fee.noNotice);
      const statement = !fee.words.some((w) => normalize(text).includes(w)) ? fee.statements.silent
        : text.split(new RegExp(overview.clauseSeparator)).map(normalize)
          .some((clause) => clause && clause.length <= overview.maxClauseLength && noNotice.test(clause)) ? fee.statements.noNotice
        : null;
      if (statement) {
        emit(fee.code, 'fail', { paths, expected: null, actual: c.value }, { cell: (l) => fee.cell.name[l], actual: same(c.value), statement: (l) => statement[l] });
      }
    }
  }
  for (const figure of overview.figures) {
    const [stated, none] = [new RegExp(figure.stated), new RegExp(figure.none)];
    const found = overview.sections.flatMap((section) => (textAt(section.pointer) ?? '').split(new RegExp(overview.clauseSeparator)).map(normalize)
      .filter((c) => c && c.length <= overview.maxClauseLength && !figure.excludedWords.some((w) => c.includes(w)) && !(figure.excludedPrefix && c.startsWith(figure.excludedPrefix)))
      .map((c) => ({ section, value: numberOf(stated.exec(c)?.[1]) ?? (none.test(c) ? 0 : null) }))
      .filter((f) => f.value !== null));
    if (found.length === 0 || found.some((f) => f.value !== found[0].value)) continue; // nothing stated, or ambiguous
    const [{ section, value }, c] = [found[0], cell(figure.cell.pointer)];
    const fill = { section: (l) => section.name[l], phrase: (l) => figure.phrase[l], actual: same(value), cell: (l) => figure.cell.name[l] };
    const paths = [section.pointer, figure.cell.pointer];
    if (!isKnown(c)) emit(overview.code, 'indeterminate', { paths, unknownPaths: [figure.cell.pointer] }, fill);
    else if (c.value !== value) emit(overview.code, 'fail', { paths, expected: c.value, actual: value }, { ...fill, expected: same(c.value) });
  }
  const figureOf = (text) => (text === undefined ? null : text.includes('.') ? Number(text) : numberOf(text));
  for (const figure of table.figures) {
    const found = table.sections.flatMap((section) => (textAt(section.pointer) ?? '').split(new RegExp(overview.clauseSeparator)).map(normalize)
      .filter((c) => c && c.length <= overview.maxClauseLength && !figure.excludedWords.some((w) => c.includes(w)))
      .map((c) => ({ section, clause: c,
        value: figure.stated.map((p) => figureOf(new RegExp(p).exec(c)?.[1])).find((v) => v !== null && v !== undefined)
          ?? (new RegExp(figure.none).test(c) ? 0 : null) }))
      .filter((f) => f.value !== null));
    if (found.length === 0 || found.some((f) => f.value !== found[0].value)) continue;
    const { section, clause, value } = found[0];
    const cells = figure.cells.map((pointer) => ({ pointer, cell: cell(pointer) }));
    const unknown = cells.filter((c) => !isKnown(c.cell)).map((c) => c.pointer);
    const paths = [section.pointer, ...figure.cells];
    const fill = { section: (l) => section.name[l], sentence: same(clause), phrase: (l) => figure.phrase[l], actual: same(value),
      table: (l) => figure.table[l], cell: (l) => figure.cellName[l] };
    if (unknown.length > 0) { emit(table.code, 'indeterminate', { paths, unknownPaths: unknown }, fill); continue; }
    const sum = cells.reduce((s, c) => s + c.cell.value, 0);
    if (sum !== value) emit(table.code, 'fail', { paths, expected: sum, actual: value }, { ...fill, expected: same(sum) });
  }
}

/** Arabic digits, or a Chinese numeral up to 万 (rules.narrative.overviewFigures.numbers); null when not a number. */
function numberOf(text) {
  if (text === undefined || text.length === 0 || text.length > 12) return null;
  if (/^[0-9]/.test(text)) return /^[0-9]+$/.test(text) ? Number(text) : null;
  let [total, section, digit] = [0, 0, 0];
  for (const ch of text) {
    const d = '零〇一二两三四五六七八九'.indexOf(ch);
    if (d >= 0) { digit = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][d]; continue; }
    const unit = { 十: 10, 百: 100, 千: 1000, 万: 10000 }[ch];
    if (unit === undefined) return null;
    if (unit === 10000) [total, section] = [(total + section + digit) * 10000, 0];
    else section += (digit === 0 && unit === 10 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + section + digit;
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
