// The page: "检查文件" posts a file or pasted text to /api/check and shows the verdict, the tables drawn by the report
// renderer with the failing/unread cells marked, and the diagnostics grouped by code (a click scrolls to and flashes
// the cells). "填写表格" draws the empty official tables, turns each value cell into an input, and evaluates the
// exported rules in the browser on every keystroke (rules.mjs). Report text only ever enters the page as text
// (textContent) or as the renderer's escaped HTML; no inline script anywhere (the CSP forbids it).
import { evaluate, get } from '/assets/rules.mjs';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const c of children) node.append(c);
  return node;
};
const cellsAt = (root, pointers) => [...root.querySelectorAll('td[data-pointer]')].filter((td) => pointers.includes(td.dataset.pointer));
const verdictText = { valid: '通过：未发现错误', invalid: '不通过：表格数字不一致', incomplete: '不完整：有表格或单元格未能读出', unreadable: '无法读取' };

function flash(cells) {
  if (cells.length === 0) return;
  cells[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const td of cells) {
    td.classList.remove('flash');
    void td.offsetWidth; // restart the animation
    td.classList.add('flash');
  }
}

/** Diagnostics grouped by code, each group a heading and a list; clicking an item flashes its cells in root. */
function showDiagnostics(list, diagnostics, root) {
  list.replaceChildren();
  const groups = new Map();
  for (const d of diagnostics) {
    if (!groups.has(d.code)) groups.set(d.code, []);
    groups.get(d.code).push(d);
  }
  if (groups.size === 0) list.append(el('p', { textContent: '没有诊断信息。' }));
  for (const [code, items] of groups) {
    const ul = el('ul');
    for (const d of items) {
      const li = el('li', { className: `diagnostic ${d.severity} ${d.outcome}` }, el('span', { className: 'code', textContent: d.code + ' ' }), el('span', { className: 'message', textContent: d.message.zh }));
      li.dataset.code = d.code;
      li.addEventListener('click', () => flash(cellsAt(root, d.paths ?? [])));
      ul.append(li);
    }
    list.append(el('h4', { textContent: `${code}（${items.length}）` }), ul);
  }
}

// ---- 检查文件 -------------------------------------------------------------------------------------------------------
let lastInput = null; // { body, name } of the last check, posted again for the downloads

async function check(body, name) {
  lastInput = { body, name };
  const form = new FormData();
  form.append(body instanceof Blob ? 'file' : 'text', body, name ?? undefined);
  const response = await fetch('/api/check', { method: 'POST', body: form });
  const result = await response.json();
  $('result').hidden = false;
  const verdict = $('verdict');
  if (!response.ok) {
    verdict.className = 'verdict unreadable';
    verdict.textContent = `${result.title}：${result.detail}`;
    $('tables').replaceChildren();
    $('diagnostics').replaceChildren();
    return;
  }
  verdict.className = `verdict ${result.verdict}`;
  verdict.dataset.verdict = result.verdict;
  verdict.textContent = (result.fileName ? result.fileName + ' — ' : '') + verdictText[result.verdict];
  const tables = $('tables');
  // The tables are the report renderer's output (ReportDiagnosticsHtmlRenderer): every text escaped, the failing,
  // warning, unread and inferred cells already marked (gi-fail, gi-warn, gi-unread, gi-inferred).
  tables.innerHTML = result.tables ?? '';
  showDiagnostics($('diagnostics'), result.diagnostics, tables);
}

async function download(kind) {
  if (!lastInput) return;
  const form = new FormData();
  form.append(lastInput.body instanceof Blob ? 'file' : 'text', lastInput.body, lastInput.name ?? undefined);
  const response = await fetch(`/api/export/${kind}`, { method: 'POST', body: form });
  save(await response.blob(), fileNameOf(response) ?? `report.${kind}`);
}

function fileNameOf(response) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '');
  return match ? decodeURIComponent(match[1]) : null;
}

function save(blob, name) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// ---- 填写表格 -------------------------------------------------------------------------------------------------------
const fill = { format: '2021', rules: null, document: null, grid: [] };

async function loadForm(format) {
  fill.format = format;
  const [rules, template, form] = await Promise.all([
    fetch(`/api/rules/${format}`).then((r) => r.json()),
    fetch(`/api/template/${format}`).then((r) => r.json()),
    fetch(`/api/form/${format}`).then((r) => r.text()),
  ]);
  fill.rules = rules;
  fill.document = template;
  const root = $('form');
  root.innerHTML = form; // the renderer's output for an empty report: labels and empty value cells
  fill.grid = [];
  for (const table of root.querySelectorAll('table')) {
    for (const tr of table.querySelectorAll('tr')) {
      const row = [];
      for (const td of tr.querySelectorAll('td[data-pointer]')) {
        const input = el('input', { type: 'text', inputMode: 'numeric', autocomplete: 'off' });
        input.dataset.pointer = td.dataset.pointer;
        input.setAttribute('aria-label', td.dataset.pointer);
        input.dataset.row = String(fill.grid.length);
        input.dataset.col = String(row.length);
        td.replaceChildren(input);
        row.push(input);
      }
      if (row.length > 0) fill.grid.push(row);
    }
  }
  recheck();
}

/** A typed cell: blank → null, digits → a number, anything else (/, —, 无) → a printed mark. */
function valueOf(text) {
  const t = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/,/g, '');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

function set(documentNode, pointer, value) {
  const tokens = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = documentNode;
  for (const token of tokens.slice(0, -1)) node = node[token];
  node[tokens.at(-1)] = value;
}

function recheck() {
  const root = $('form');
  for (const input of root.querySelectorAll('input[data-pointer]')) set(fill.document, input.dataset.pointer, valueOf(input.value));
  const blankAsZero = $('blank-as-zero').checked;
  const diagnostics = evaluate(fill.rules, fill.document, { blankAsZero });
  const failing = diagnostics.filter((d) => d.outcome === 'fail');
  // The renderer's marks: gi-fail for an error that fails, gi-warn for a warning.
  for (const td of root.querySelectorAll('td[data-pointer]')) td.classList.remove('gi-fail', 'gi-warn');
  for (const d of failing) cellsAt(root, d.paths).forEach((td) => td.classList.add(d.severity === 'error' ? 'gi-fail' : 'gi-warn'));
  showDiagnostics($('fill-messages'), failing, root);
  const open = diagnostics.length - failing.length;
  const status = $('fill-status');
  status.dataset.failures = String(failing.length);
  status.textContent = failing.length > 0 ? `${failing.length} 处不一致` : open > 0 ? `暂无不一致（${open} 项关系因空白或符号未能检查）` : '全部关系一致';
}

function move(input, dRow, dCol) {
  const r = Number(input.dataset.row) + dRow;
  if (r < 0 || r >= fill.grid.length) return;
  const row = fill.grid[r];
  row[Math.min(Math.max(Number(input.dataset.col) + dCol, 0), row.length - 1)].focus();
}

function onKey(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.dataset.pointer) return;
  if (event.key === 'Enter') { event.preventDefault(); move(input, event.shiftKey ? -1 : 1, 0); }
  else if (event.key === 'ArrowDown') { event.preventDefault(); move(input, 1, 0); }
  else if (event.key === 'ArrowUp') { event.preventDefault(); move(input, -1, 0); }
}

/** A block copied from Excel or Word: rows by line, cells by tab; filled from the focused cell right and down. */
function onPaste(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.dataset.pointer) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!/[\t\n]/.test(text.trim())) return; // one value: the browser pastes it
  event.preventDefault();
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const [r0, c0] = [Number(input.dataset.row), Number(input.dataset.col)];
  lines.forEach((line, i) => {
    const row = fill.grid[r0 + i];
    if (!row) return;
    line.split('\t').forEach((value, j) => { if (row[c0 + j]) row[c0 + j].value = value.trim(); });
  });
  recheck();
}

async function downloadFilled() {
  recheck();
  const response = await fetch('/api/export/json?name=filled.json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fill.document) });
  if (!response.ok) {
    const problem = await response.json();
    $('fill-status').textContent = `${problem.title}：${problem.detail}`;
    return;
  }
  save(await response.blob(), fileNameOf(response) ?? 'report.json');
}

// ---- wiring ---------------------------------------------------------------------------------------------------------
function showScreen(name) {
  for (const s of ['check', 'fill']) {
    $(`screen-${s}`).hidden = s !== name;
    $(`tab-${s}`).classList.toggle('active', s === name);
  }
  if (name === 'fill' && !fill.rules) loadForm($('fill-format').value);
}

$('tab-check').addEventListener('click', () => showScreen('check'));
$('tab-fill').addEventListener('click', () => showScreen('fill'));
$('file').addEventListener('change', (e) => { const f = e.target.files[0]; if (f) check(f, f.name); });
$('check-paste').addEventListener('click', () => { const t = $('paste').value; if (t.trim()) check(t, null); });
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); const f = e.dataTransfer.files[0]; if (f) check(f, f.name); });
$('dl-json').addEventListener('click', () => download('json'));
$('dl-csv').addEventListener('click', () => download('csv'));
$('dl-html').addEventListener('click', () => download('html'));
$('form').addEventListener('input', recheck);
$('form').addEventListener('keydown', onKey);
$('form').addEventListener('paste', onPaste);
$('blank-as-zero').addEventListener('change', recheck);
$('fill-format').addEventListener('change', (e) => loadForm(e.target.value));
$('fill-download').addEventListener('click', downloadFilled);
$('fill-print').addEventListener('click', () => window.print());
document.documentElement.dataset.ready = 'true';
