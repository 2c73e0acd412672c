import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'facts.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Validation errors of an `extract --json` output against schema/facts.schema.json ([] when valid). */
export function validateOutput(json: unknown): string[] {
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Validates one document object (an NDJSON `data`) against the document definition. */
const validateDoc = ajv.compile({ $ref: 'https://github.com/nato-facts/nato-facts/schema/facts.schema.json#/definitions/document' });
export function validateDocument(json: unknown): string[] {
  return validateDoc(json) ? [] : (validateDoc.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
