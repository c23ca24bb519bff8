/** Turns a finished ArticleDoc into its output record, converting every offset to code points. */
import type { ArticleDoc, ArticleInput, Span } from '../pipeline/types.js';
import { SCHEMA_VERSION, type ArticleRecord, type ErrorCode, type ErrorRecord, type OffsetSpan, type Source } from './types.js';
import { codePointIndexer } from './offsets.js';

export function sourceOf(path: string | undefined, url: string | undefined): Source {
  const source: Source = {};
  if (path) source.path = path;
  if (url) source.url = url;
  return source;
}

export function toRecord(doc: ArticleDoc): ArticleRecord {
  const at = codePointIndexer(doc.text);
  const span = <T extends Span>(item: T): T & OffsetSpan => ({ ...item, start: at(item.start), end: at(item.end) });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.input.id,
    source: sourceOf(doc.input.path, doc.input.url),
    meta: { ...doc.meta },
    language: doc.language,
    text: doc.text,
    boilerplate: doc.boilerplate,
    sentences: doc.sentences.map(({ start, end }) => ({ start: at(start), end: at(end) })),
    entities: doc.entities.map((entity) => ({ ...entity, mentions: entity.mentions.map(span) })),
    quotes: doc.quotes.map((quote) => ({ ...span(quote), cue: quote.cue ? span(quote.cue) : null })),
    dates: doc.dates.map(span),
    warnings: doc.warnings.map((warning) =>
      warning.start !== undefined && warning.end !== undefined ? { ...warning, start: at(warning.start), end: at(warning.end) } : warning,
    ),
  };
}

export function errorRecord(id: string, code: ErrorCode, message: string, file: string | null = null, line: number | null = null, url?: string): ErrorRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    source: sourceOf(file ?? undefined, url),
    error: { code, message, file, line },
  };
}

/** The error record of an article that was read but could not be processed: where it came from (file, JSONL line, URL) and why. */
export function articleErrorRecord(article: ArticleInput, code: ErrorCode, message: string): ErrorRecord {
  return errorRecord(article.id, code, message, article.path ?? null, article.line ?? null, article.url);
}
