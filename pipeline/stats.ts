/**
 * What the batch runner needs of each record: its JSONL line and the summary's stats. Workers
 * compute both, so this module stays small: a worker does not load the runner.
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

const utf8 = new TextEncoder();

/**
 * A record's JSONL line, newline included, in UTF-8: what the output file holds. The buffer is the
 * line's own (TextEncoder, unlike Buffer.from, never hands out a slice of a shared pool), so a
 * worker can move it to the main thread.
 */
export function recordLine(record: OutputRecord): Uint8Array {
  return utf8.encode(`${JSON.stringify(record)}\n`);
}
