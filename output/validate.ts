/** Validates output records against output/schema/article.v1.json (ajv). */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SCHEMA_PATH } from '../pipeline/paths.js';

let validator: ValidateFunction | null = null;

function compiled(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  }
  return validator;
}

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/** Checks one record (parsed JSON) against schema v1. */
export function validateRecord(record: unknown): ValidationResult {
  const validate = compiled();
  const valid = validate(record);
  return {
    valid,
    errors: valid ? [] : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`),
  };
}
