/**
 * The review report: one self-contained HTML file (no network) in which annotators read every
 * extraction highlighted in its text, accept, reject or correct it, and export their decisions
 * as gold data. Each article is embedded as its own JSON block and parsed only when opened, so a
 * corpus of 10,000 articles opens quickly; the overview is computed here, once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { isErrorRecord, type ArticleRecord, type OutputRecord } from './types.js';
import { utf16Indexer } from './offsets.js';

/** Quotes below this confidence are "low confidence" in the report. */
export const LOW_CONFIDENCE = 0.6;

type Pair = [number, number];

/** An article as the report's script reads it: offsets in UTF-16, short keys. */
interface ReportArticle {
  id: string;
  title: string | null;
  language: string;
  published: string | null;
  text: string;
  sentences: Pair[];
  entities: Array<{ id: string; name: string; type: string; role: string | null; aliases: string[]; mentions: Pair[] }>;
  quotes: Array<{ text: string; span: Pair; kind: string; speaker: { id: string; name: string; via: string } | null; cue: Pair | null; confidence: number }>;
  dates: Array<{ text: string; span: Pair; value: string; kind: string; anchor: string | null; resolved: boolean; flags: string[] }>;
  warnings: Array<{ code: string; message: string }>;
  boilerplate: Array<{ text: string; reason: string }>;
  error: string | null;
}

interface IndexEntry {
  id: string;
  title: string;
  language: string;
  quotes: number;
  entities: number;
  dates: number;
  speakers: string[];
  names: string[];
  flagged: boolean;
  low: boolean;
  error: boolean;
}

export interface ReportSummary {
  articles: number;
  errors: number;
  languages: Record<string, number>;
  quotes: number;
  entities: number;
  dates: number;
  topSpeakers: Array<[string, number]>;
  topEntities: Array<[string, number]>;
  timeline: Array<[string, number]>;
  flagged: number;
  lowConfidence: number;
}

function toReportArticle(record: ArticleRecord): ReportArticle {
  const at = utf16Indexer(record.text);
  const pair = (span: { start: number; end: number }): Pair => [at(span.start), at(span.end)];
  return {
    id: record.id,
    title: record.meta.title,
    language: record.language.code,
    published: record.meta.published,
    text: record.text,
    sentences: record.sentences.map(pair),
    entities: record.entities.map((entity) => ({
      id: entity.id, name: entity.name, type: entity.type, role: entity.role ?? null, aliases: entity.aliases, mentions: entity.mentions.map(pair),
    })),
    quotes: record.quotes.map((quote) => ({
      text: quote.text, span: pair(quote), kind: quote.kind,
      speaker: quote.speaker ? { id: quote.speaker.entityId, name: quote.speaker.name, via: quote.speaker.via } : null,
      cue: quote.cue ? pair(quote.cue) : null, confidence: quote.confidence,
    })),
    dates: record.dates.map((date) => ({
      text: date.text, span: pair(date), value: date.value, kind: date.kind, anchor: date.anchor ?? null, resolved: date.resolved, flags: date.flags,
    })),
    warnings: record.warnings.map(({ code, message }) => ({ code, message })),
    boilerplate: record.boilerplate,
    error: null,
  };
}

/** JSON that is safe inside a <script> element: no "</script>", no line separators that break parsing. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text that is safe inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** FNV-1a over the ids: the same corpus keeps its review decisions across rebuilds. */
function corpusKey(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 10, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

const top = (counts: Map<string, number>, limit: number): Array<[string, number]> =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);

/** Builds the report's HTML from output records. */
export async function renderReport(records: AsyncIterable<OutputRecord> | Iterable<OutputRecord>, title = 'Warta review'): Promise<string> {
  const blocks: string[] = [];
  const index: IndexEntry[] = [];
  const languages = new Map<string, number>();
  const speakers = new Map<string, number>();
  const mentioned = new Map<string, number>();
  const months = new Map<string, number>();
  const summary: ReportSummary = {
    articles: 0, errors: 0, languages: {}, quotes: 0, entities: 0, dates: 0, topSpeakers: [], topEntities: [], timeline: [], flagged: 0, lowConfidence: 0,
  };
  for await (const record of records) {
    const position = index.length;
    if (isErrorRecord(record)) {
      summary.errors++;
      index.push({ id: record.id, title: record.id, language: 'und', quotes: 0, entities: 0, dates: 0, speakers: [], names: [], flagged: false, low: false, error: true });
      const failed: ReportArticle = {
        id: record.id, title: null, language: 'und', published: null, text: '', sentences: [], entities: [], quotes: [], dates: [], warnings: [], boilerplate: [],
        error: `${record.error.code}: ${record.error.message}${record.error.file ? ` (${record.error.file}${record.error.line ? `:${record.error.line}` : ''})` : ''}`,
      };
      blocks.push(`<script type="application/json" id="a${position}">${scriptJson(failed)}</script>`);
      continue;
    }
    const article = toReportArticle(record);
    summary.articles++;
    languages.set(article.language, (languages.get(article.language) ?? 0) + 1);
    summary.quotes += article.quotes.length;
    summary.entities += article.entities.length;
    summary.dates += article.dates.length;
    for (const quote of article.quotes) if (quote.speaker) speakers.set(quote.speaker.name, (speakers.get(quote.speaker.name) ?? 0) + 1);
    for (const entity of article.entities) mentioned.set(entity.name, (mentioned.get(entity.name) ?? 0) + entity.mentions.length);
    for (const date of article.dates) {
      const month = /^(\d{4}-\d{2})/.exec(date.value)?.[1];
      if (date.resolved && month) months.set(month, (months.get(month) ?? 0) + 1);
    }
    const flagged = article.dates.some((date) => date.flags.length > 0) || article.warnings.length > 0;
    const low = article.quotes.some((quote) => quote.confidence < LOW_CONFIDENCE);
    summary.flagged += article.dates.filter((date) => date.flags.length > 0).length;
    summary.lowConfidence += article.quotes.filter((quote) => quote.confidence < LOW_CONFIDENCE).length;
    index.push({
      id: article.id, title: article.title ?? article.text.slice(0, 80), language: article.language,
      quotes: article.quotes.length, entities: article.entities.length, dates: article.dates.length,
      speakers: [...new Set(article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : [])))],
      names: article.entities.map((entity) => entity.name), flagged, low, error: false,
    });
    blocks.push(`<script type="application/json" id="a${position}">${scriptJson(article)}</script>`);
  }
  summary.languages = Object.fromEntries(languages);
  summary.topSpeakers = top(speakers, 15);
  summary.topEntities = top(mentioned, 15);
  summary.timeline = [...months].sort((a, b) => a[0].localeCompare(b[0]));

  const asset = (name: string): string => readFileSync(join(PACKAGE_ROOT, 'output', 'report', name), 'utf8');
  const meta = { title, key: corpusKey(index.map((entry) => entry.id)), lowConfidence: LOW_CONFIDENCE };
  return [
    '<!doctype html>',
    '<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${asset('style.css')}</style></head>`,
    `<body>${asset('body.html')}`,
    `<script type="application/json" id="warta-meta">${scriptJson(meta)}</script>`,
    `<script type="application/json" id="warta-summary">${scriptJson(summary)}</script>`,
    `<script type="application/json" id="warta-index">${scriptJson(index)}</script>`,
    ...blocks,
    `<script>${asset('app.js')}</script>`,
    '</body></html>',
  ].join('\n');
}
