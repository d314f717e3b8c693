// Shared loading for the conformance tests: the suite's files, the published schemas, JSON Pointer helpers.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const readJson = (...parts) => JSON.parse(readFileSync(join(repo, ...parts), 'utf8'));
export const suite = (folder) => readdirSync(join(repo, 'conformance', folder))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) => readJson('conformance', folder, file).cases.map((c, i) => ({ ...c, name: `${folder}/${file.replace('.json', '')}/${String(i).padStart(2, '0')} ${c.description}` })));

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
export const validators = {
  2021: ajv.compile(readJson('schemas', 'report-2021.schema.json')),
  2019: ajv.compile(readJson('schemas', 'report-2019.schema.json')),
};

/** Validates a document against the schema its "format" names; a document naming no known format is invalid. */
export function schemaValid(document) {
  const validate = validators[document?.format];
  return validate ? { valid: validate(document), errors: validate.errors } : { valid: false, errors: [{ message: 'unknown format' }] };
}

const unescape = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');
export function get(document, pointer) {
  let node = document;
  for (const token of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object' || !(unescape(token) in node)) return undefined;
    node = node[unescape(token)];
  }
  return node;
}
export function set(document, pointer, value) {
  const tokens = pointer.slice(1).split('/').map(unescape);
  let node = document;
  for (const token of tokens.slice(0, -1)) node = node[token] ??= {};
  node[tokens.at(-1)] = value;
}
