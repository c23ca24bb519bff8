/**
 * Reads gold files (corpus/gold/GUIDELINES.md format) and Warta output files into one
 * comparable shape, so that either can stand on either side of `warta eval`.
 */
import { readFileSync } from 'node:fs';
import type { DateMention, Entity, EntityType, OutputRecord, Quote, QuoteKind } from '../../output/types.js';

export interface EvalQuote {
  text: string;
  speaker: string | null;
  kind: QuoteKind;
  optional: boolean;
}

export interface EvalEntity {
  name: string;
  type: EntityType;
  /** The name and every other surface form: aliases, and mention texts for predictions. */
  names: string[];
  /** The person's title or function ('Finance Minister'), where given. */
  role: string | null;
  optional: boolean;
}

export interface EvalDate {
  text: string;
  value: string;
  /** The value a reader with the article's context would give (gold only). */
  contextValue: string | null;
  flags: string[];
  optional: boolean;
}

export interface EvalArticle {
  id: string;
  language: string | null;
  published: string | null;
  quotes: EvalQuote[];
  entities: EvalEntity[];
  dates: EvalDate[];
  /** Set when the prediction for this article is an error record. */
  failed: string | null;
}

export class EvalInputError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'EvalInputError';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

function fromGold(record: Json): EvalArticle {
  return {
    id: String(record.id),
    language: optionalText(record.language),
    published: optionalText(record.published),
    quotes: list(record.quotes).map((quote) => ({
      text: text(quote.text),
      speaker: optionalText(quote.speaker),
      kind: text(quote.kind) as QuoteKind,
      optional: quote.optional === true,
    })),
    entities: list(record.entities).map((entity) => ({
      name: text(entity.name),
      type: text(entity.type) as EntityType,
      names: [text(entity.name), ...(Array.isArray(entity.aliases) ? entity.aliases.filter((alias): alias is string => typeof alias === 'string') : [])],
      role: optionalText(entity.role),
      optional: entity.optional === true,
    })),
    dates: list(record.dates).map((date) => ({
      text: text(date.text),
      value: text(date.value),
      contextValue: optionalText(date.contextValue),
      flags: [
        ...(typeof date.flag === 'string' ? [date.flag] : []),
        ...(Array.isArray(date.flags) ? date.flags.filter((flag): flag is string => typeof flag === 'string') : []),
      ],
      optional: date.optional === true,
    })),
    failed: null,
  };
}

function fromOutput(record: OutputRecord): EvalArticle {
  if ('error' in record) {
    return { id: record.id, language: null, published: null, quotes: [], entities: [], dates: [], failed: `${record.error.code}: ${record.error.message}` };
  }
  return {
    id: record.id,
    language: record.language.code,
    published: record.meta.published,
    quotes: record.quotes.map((quote: Quote) => ({ text: quote.text, speaker: quote.speaker?.name ?? null, kind: quote.kind, optional: false })),
    entities: record.entities.map((entity: Entity) => ({
      name: entity.name,
      type: entity.type,
      names: [entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.text)],
      role: entity.role ?? null,
      optional: false,
    })),
    dates: record.dates.map((date: DateMention) => ({ text: date.text, value: date.value, contextValue: null, flags: date.flags, optional: false })),
    failed: null,
  };
}

/** Turns one parsed line, Warta output (has `schemaVersion`) or gold, into an EvalArticle. */
export function toEvalArticle(record: Json): EvalArticle {
  return 'schemaVersion' in record ? fromOutput(record as unknown as OutputRecord) : fromGold(record);
}

/** Reads a gold or output JSONL file; a line that is not a JSON object with an id is an error naming file and line. */
export function readEvalFile(file: string): EvalArticle[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalInputError(file, 0, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const articles: EvalArticle[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new EvalInputError(file, index + 1, `not valid JSON (${(error as Error).message})`);
    }
    if (!isObject(value) || (typeof value.id !== 'string' && typeof value.id !== 'number')) {
      throw new EvalInputError(file, index + 1, 'expected a JSON object with an "id"');
    }
    articles.push(toEvalArticle(value));
  });
  return articles;
}
