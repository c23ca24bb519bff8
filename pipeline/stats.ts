/**
 * What the batch summary needs of each record. Workers compute it next to the record's JSON
 * line, so this module stays small: a worker does not load the runner.
 */
import { isErrorRecord, type OutputRecord } from '../output/types.js';

/** What the summary needs of a record; small, so that a worker sends it with the JSON line instead of the record. */
export interface RecordStats {
  error: string | null;
  language: string | null;
  sentences: number;
  boilerplate: number;
  warnings: string[];
  published: boolean;
}

export function recordStats(record: OutputRecord): RecordStats {
  if (isErrorRecord(record)) return { error: record.error.code, language: null, sentences: 0, boilerplate: 0, warnings: [], published: false };
  return {
    error: null,
    language: record.language.code,
    sentences: record.sentences.length,
    boilerplate: record.boilerplate.length,
    warnings: record.warnings.map((warning) => warning.code),
    published: Boolean(record.meta.published),
  };
}

