// The Parquet cell export as a researcher meets it: `govinfo export DIR --to cells.parquet`, then DuckDB runs the query
// that docs/export.md shows (taken from the page, so the documented query is the tested one) over the samples plus a
// second year of one body. The expected figures come from the sample JSON documents, not from govinfo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const samples = join(root, 'docs', 'samples');
// The portable (JIT) build as `dotnet build` leaves it; GOVINFO names another (e.g. an installed tool).
const govinfo = process.env.GOVINFO
  ? [process.env.GOVINFO]
  : ['dotnet', join(root, 'src', 'GovInfoDisclosure.Cli', 'bin', 'Debug', 'net8.0', 'govinfo.dll')];

function documentedQuery() {
  const page = readFileSync(join(root, 'docs', 'export.md'), 'utf8');
  const match = /### DuckDB[^\n]*\n+```sql\n([\s\S]*?)```/.exec(page);
  assert.ok(match, 'docs/export.md has a DuckDB sql block');
  return match[1].trim().replace(/;\s*$/, '');
}

test('DuckDB reads the Parquet export and the documented year-over-year query gives the samples\' figures', async () => {
  const work = mkdtempSync(join(tmpdir(), 'govinfo-duckdb-'));
  const corpus = join(work, 'reports');
  execFileSync('mkdir', ['-p', corpus]);
  const expected = new Map();
  for (const name of readdirSync(samples).filter(n => n.endsWith('.json')).sort()) {
    copyFileSync(join(samples, name), join(corpus, name));
    const report = JSON.parse(readFileSync(join(samples, name), 'utf8'));
    const total = report.applications?.newlyReceived?.total;
    if (typeof total === 'number') expected.set(`${report.agency}|${report.year}`, total);
  }
  // A second year of 平武县人民政府办公室, so the query's lag() has something to compare.
  const pingwu = JSON.parse(readFileSync(join(samples, '2024-pingwu-county-government-office.json'), 'utf8'));
  pingwu.year = 2025;
  pingwu.applications.newlyReceived.total = 20;
  writeFileSync(join(corpus, '2025-pingwu-county-government-office.json'), JSON.stringify(pingwu));
  expected.set(`${pingwu.agency}|2025`, 20);

  const parquet = join(work, 'cells.parquet');
  execFileSync(govinfo[0], [...govinfo.slice(1), 'export', corpus, '--to', parquet], { stdio: ['ignore', 'inherit', 'inherit'] });

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const query = documentedQuery().replaceAll("'cells.parquet'", `'${parquet.replaceAll("'", "''")}'`);
  const reader = await connection.runAndReadAll(
    `SELECT agency, CAST(year AS INTEGER) AS year, CAST(applications AS DOUBLE) AS applications, CAST(change AS DOUBLE) AS change FROM (${query}) q`);
  const rows = reader.getRowObjectsJson();

  assert.equal(rows.length, expected.size, 'one row per report whose newly received total is a number');
  for (const row of rows) {
    assert.equal(row.applications, expected.get(`${row.agency}|${row.year}`), `${row.agency} ${row.year}`);
  }
  const pingwuRows = rows.filter(r => r.agency === pingwu.agency);
  assert.deepEqual(pingwuRows.map(r => [r.year, r.applications, r.change]), [[2024, 16, null], [2025, 20, 4]]);

  // Every cell of every report is a row; a blank cell has no value (unknown is not zero).
  const counts = (await connection.runAndReadAll(
    `SELECT count(DISTINCT file) AS files, count(*) FILTER (WHERE kind <> 'number' AND value IS NOT NULL) AS valued_non_numbers FROM '${parquet}'`)).getRowObjectsJson();
  assert.equal(Number(counts[0].files), expected.size);
  assert.equal(Number(counts[0].valued_non_numbers), 0);
  connection.closeSync?.();
});
