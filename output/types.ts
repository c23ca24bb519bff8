/**
 * The output record, schema v1 (output/schema/article.v1.json describes the same shape).
 * Every offset in a record indexes `text` in Unicode code points, as Python's `str` does.
 */

/** 1.1 added `key` to entities. */
export const SCHEMA_VERSION = '1.2' as const;

/** ISO 639-1 codes of the languages Warta reports; 'und' when nothing could be detected. */
export type LanguageCode = 'id' | 'ms' | 'en' | 'jv' | 'su' | 'tl' | 'und';

export interface Meta {
  title: string | null;
  /** ISO date (`2022-01-08`) or date-time with offset (`2022-01-08T13:03+07:00`). */
  published: string | null;
  publishedFrom: 'input' | 'text' | null;
  author: string | null;
  /** The place of a dateline (`BRUSSELS`), as written. */
  dateline: string | null;
  /** The outlet named in the dateline or metadata (`KOMPAS.com`). */
  outlet: string | null;
}

export interface LanguageCandidate {
  code: LanguageCode;
  score: number;
}

export interface LanguageResult {
  code: LanguageCode;
  confidence: number;
  candidates: LanguageCandidate[];
}

export interface BoilerplateBlock {
  text: string;
  reason: string;
}

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface Mention extends OffsetSpan {
  text: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOC';

export interface Entity {
  /** Stable within the record: e1, e2, … in order of first mention. */
  id: string;
  /** The fullest form the article uses. */
  name: string;
  type: EntityType;
  /** Corpus-level key, the same for the same entity across articles: 'person:jens-stoltenberg'. */
  key: string;
  /** Title or function the article gives a person; honours or a rank after it follow a semicolon ("Presiden PKR; Datuk Seri Dr"). */
  role?: string;
  aliases: string[];
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  entityId: string;
  name: string;
  via: 'explicit' | 'pronoun' | 'role' | 'previous';
}

export interface Quote extends OffsetSpan {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Mention | null;
  confidence: number;
}

export type DateKind = 'date' | 'month' | 'year' | 'datetime' | 'week' | 'weekday';

export interface DateMention extends OffsetSpan {
  text: string;
  /** TIMEX3-style value: `2022-01-12`, `2021-10`, `2019`, `2022-01-08T13:03+07:00`, `XXXX-WXX-3`. */
  value: string;
  kind: DateKind;
  resolved: boolean;
  anchor?: string;
  flags: string[];
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Source {
  path?: string;
  url?: string;
}

/** One processed article. */
export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  source: Source;
  meta: Meta;
  language: LanguageResult;
  text: string;
  boilerplate: BoilerplateBlock[];
  sentences: OffsetSpan[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  warnings: Warning[];
}

export type ErrorCode =
  | 'unreadable-file'
  | 'invalid-utf8'
  | 'empty-text'
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-text'
  | 'invalid-field'
  | 'unsupported-input'
  | 'processing-failed'
  /** The article ran past the per-article time limit (--article-timeout) and was stopped. */
  | 'timeout';

/** Stands in the output, in its input's place, for an article that could not be processed. */
export interface ErrorRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  source: Source;
  error: {
    code: ErrorCode;
    message: string;
    file: string | null;
    line: number | null;
  };
}

export type OutputRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}
