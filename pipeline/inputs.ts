/**
 * Input readers. Inputs are `.txt` files, folders (every `.txt` below, sorted), `.jsonl` files
 * and `-` (JSONL on stdin). They are read as streams: folders file by file, JSONL line by line.
 * A bad input yields an error record in its place; it never stops the batch.
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { ArticleInput } from './types.js';
import type { ErrorCode, ErrorRecord } from '../output/types.js';
import { errorRecord } from '../output/record.js';

/** One input: an article or the error record that stands in its place; `bytes`: how much of the input it took (for progress). */
export type InputItem = ({ kind: 'article'; article: ArticleInput } | { kind: 'error'; record: ErrorRecord }) & { bytes?: number };

export const STDIN = '-';
/** Bytes a JSONL input is read ahead by (the default 64 kB holds only a few articles). */
const READ_AHEAD = 1 << 20;
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const TEXT_EXTENSIONS = new Set(['.txt']);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly; null when the bytes are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

const idFromPath = (path: string): string => basename(path, extname(path));

function fail(id: string, code: ErrorCode, message: string, file: string | null, line: number | null = null): InputItem {
  return { kind: 'error', record: errorRecord(id, code, message, file, line) };
}

/** A headline is longer than this in no news site; a first paragraph often is not. */
const MAX_TITLE_LENGTH = 250;
/**
 * What a headline does not hold: a last full stop (the lead paragraph: "TEMPO.CO, Jakarta - KPK
 * menetapkan … 2024."; "…" and "?" end headlines), a date in digits or a clock time (the
 * timestamp line: "Kompas.com - 03/12/2024, 10:15 WIB").
 */
const NOT_A_TITLE = /(?:^|[^.])\.$|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|MYT|[AP]\.?M\.?\b)/iu;

/**
 * Splits a `.txt` file's text into title and body: the first line is the title when a blank line
 * follows it and it reads as a headline, not as the lead paragraph or the timestamp line that
 * many articles open with (those stay in the body, where the cleaner reads them).
 */
export function splitTitle(text: string): { title?: string; body: string } {
  const match = /^\s*([^\n]+?)[ \t]*\r?\n[ \t]*\r?\n([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { body: text };
  const title = match[1]!.trim();
  if (title.length > MAX_TITLE_LENGTH || NOT_A_TITLE.test(title)) return { body: text };
  return { title, body: match[2]! };
}

export async function readTextFile(path: string): Promise<InputItem> {
  const id = idFromPath(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(id, 'unreadable-file', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, path);
  }
  const text = decodeUtf8(bytes);
  if (text === null) return fail(id, 'invalid-utf8', 'the file is not valid UTF-8', path);
  if (!text.trim()) return fail(id, 'empty-text', 'the file is empty', path);
  const { title, body } = splitTitle(text);
  return { kind: 'article', article: { id, text: body, path, ...(title ? { title } : {}) }, bytes: bytes.length };
}

/** Yields every `.txt` file below `dir`, in sorted order, without listing the whole tree first. */
async function* walkTextFiles(dir: string): AsyncGenerator<string> {
  const entries: Array<{ name: string; directory: boolean }> = [];
  for await (const entry of await opendir(dir)) {
    if (entry.isDirectory()) entries.push({ name: entry.name, directory: true });
    else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) entries.push({ name: entry.name, directory: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.directory) yield* walkTextFiles(path);
    else yield path;
  }
}

/** JSONL lines longer than this become an error record instead of filling memory. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Splits a byte stream into lines (LF or CRLF), keeping memory bounded by the longest line.
 * A line longer than `maxLineBytes` is dropped as it streams and yields null in its place.
 */
export async function* byteLines(stream: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Buffer | null> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  const finish = (tail: Buffer): Buffer | null => {
    if (overlong) {
      overlong = false;
      return null;
    }
    const line = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    pendingBytes = 0;
    return line.length && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
  };
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let newline = buffer.indexOf(0x0a);
    while (newline !== -1) {
      yield finish(buffer.subarray(0, newline));
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    if (buffer.length && !overlong) {
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes > maxLineBytes) {
        pending = [];
        pendingBytes = 0;
        overlong = true;
      }
    }
  }
  if (pending.length || overlong) yield finish(Buffer.alloc(0));
}

const OPTIONAL_STRINGS = ['published', 'url', 'title', 'language'] as const;

/** Turns one JSONL line into an article or an error record. */
export function parseJsonlLine(bytes: Buffer, file: string, line: number): InputItem | null {
  const fallbackId = `${idFromPath(file)}:${line}`;
  const text = decodeUtf8(bytes);
  if (text === null) return fail(fallbackId, 'invalid-utf8', 'the line is not valid UTF-8', file, line);
  if (!text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(fallbackId, 'invalid-json', `not valid JSON: ${(error as Error).message}`, file, line);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(fallbackId, 'not-an-object', `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`, file, line);
  }
  const fields = value as Record<string, unknown>;
  const rawId = fields.id;
  const id = typeof rawId === 'string' && rawId.trim() ? rawId : typeof rawId === 'number' ? String(rawId) : fallbackId;
  if (!('text' in fields)) return fail(id, 'missing-text', 'the object has no "text" field', file, line);
  if (typeof fields.text !== 'string') return fail(id, 'missing-text', `"text" must be a string, got ${fields.text === null ? 'null' : typeof fields.text}`, file, line);
  if (!fields.text.trim()) return fail(id, 'empty-text', '"text" is empty', file, line);
  const article: ArticleInput = { id, text: fields.text, path: file, line };
  for (const key of OPTIONAL_STRINGS) {
    const field = fields[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') return fail(id, 'invalid-field', `"${key}" must be a string, got ${typeof field}`, file, line);
    article[key] = field;
  }
  return { kind: 'article', article };
}

async function* readJsonl(stream: AsyncIterable<Buffer | string>, file: string): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const bytes of byteLines(stream)) {
    line++;
    if (bytes === null) {
      yield { ...fail(`${idFromPath(file)}:${line}`, 'invalid-json', `the line is longer than ${MAX_LINE_BYTES} bytes`, file, line), bytes: MAX_LINE_BYTES };
      continue;
    }
    const item = parseJsonlLine(bytes, file, line);
    if (item) yield { ...item, bytes: bytes.length + 1 };
  }
}

export interface ReadOptions {
  /** The stream `-` reads; process.stdin by default. */
  stdin?: Readable;
}

/**
 * The total size in bytes of the inputs, when it can be known cheaply (files; not folders,
 * which would have to be walked twice, nor stdin): the progress bar's 100 %.
 */
export async function inputBytes(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === STDIN) return null;
    try {
      const info = await stat(input);
      if (info.isDirectory()) return null;
      total += info.size;
    } catch {
      // An unreadable input becomes an error record; it adds nothing to the total.
    }
  }
  return total;
}

/** Reads every input in order and yields articles and error records. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === STDIN) {
      yield* readJsonl(options.stdin ?? process.stdin, '<stdin>');
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield fail(idFromPath(input), 'unreadable-file', `cannot read input: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, input);
      continue;
    }
    const extension = extname(input).toLowerCase();
    if (info.isDirectory()) {
      for await (const path of walkTextFiles(input)) yield await readTextFile(path);
    } else if (JSONL_EXTENSIONS.has(extension)) {
      let stream;
      try {
        // Read ahead in large blocks, so that processing seldom waits for the disk.
        stream = createReadStream(input, { highWaterMark: READ_AHEAD });
        yield* readJsonl(stream, input);
      } catch (error) {
        yield fail(idFromPath(input), 'unreadable-file', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, input);
      }
    } else if (TEXT_EXTENSIONS.has(extension)) {
      yield await readTextFile(input);
    } else {
      yield fail(idFromPath(input), 'unsupported-input', `unsupported input type '${extension || '(no extension)'}': give .txt, .jsonl, a folder or -`, input);
    }
  }
}
