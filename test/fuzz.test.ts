/**
 * Fuzz test: a few hundred generated hostile inputs (fixed seed) through the whole pipeline, on
 * the worker pool of the built CLI. Whatever the input, there is exactly one schema-valid record
 * per input, in input order, and no stage crashes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateRecord } from '../output/validate.js';
import { readSeed, warta } from './helpers.js';

/** mulberry32: a small seeded generator, so that every run fuzzes the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261123);
const integer = (limit: number): number => Math.floor(next() * limit);
const pick = <T>(items: readonly T[]): T => items[integer(items.length)]!;

const WORDS = ['kata', 'Presiden', 'Joko', 'Widodo', 'Jakarta', 'pada', 'Rabu', '(12/1/2022)', 'bulan', 'lalu', 'Oktober', 'yang', 'dan', 'NATO', 'Rusia',
  'mengatakan', 'bahwa', 'menurut', 'juru', 'bicara', 'Kremlin', 'ujarnya', 'Ia', 'said', 'the', 'Menteri', 'Datuk', 'Seri', 'berkata', 'semalam'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '[', ']', ',', '.', '!', '?', ':', ';', '—', '-', '…', '\n', '\n\n', '\t', ' '];
const ODD = ['\u0000', '\u0007', '\u200b', '\u200f', '\u202e', '\ufeff', '\ud800', '\udfff', '😀', '👩‍👩‍👧', 'é', 'e\u0301', 'ﷺ', '\u0663', '𝒳', '\r', '\u2028'];

/** Word salad with quotation marks, odd characters and dates. */
function salad(length: number): string {
  const parts: string[] = [];
  while (parts.join('').length < length) {
    const roll = next();
    parts.push(roll < 0.6 ? pick(WORDS) : roll < 0.9 ? pick(MARKS) : pick(ODD));
    parts.push(next() < 0.8 ? ' ' : '');
  }
  return parts.join('');
}

/** A JSONL line: bytes, and the id its record must carry. */
interface Line {
  bytes: Buffer;
  id: string;
}

function jsonLine(line: number, value: unknown, id?: string): Line {
  return { bytes: Buffer.from(JSON.stringify(value)), id: id ?? `fuzz:${line}` };
}

function randomBytes(length: number): Buffer {
  // No newline (it would split the line) and a first byte that is not blank (a blank line is no input).
  const bytes = Buffer.from(Array.from({ length }, () => integer(256)).map((byte) => (byte === 0x0a ? 0x0b : byte)));
  bytes[0] = 0x7b;
  return bytes;
}

function generateLine(line: number, kind: number): Line {
  const id = `f${line}`;
  switch (kind) {
    case 0: return { bytes: randomBytes(1 + integer(400)), id: `fuzz:${line}` };
    case 1: return { bytes: Buffer.concat([Buffer.from('{"id":"x","text":"Presiden '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), id: `fuzz:${line}` };
    case 2: return jsonLine(line, pick([42, [1, 2], 'text', null, true, [{ text: 'x' }]]));
    case 3: return jsonLine(line, { id, text: pick([42, { a: 1 }, ['a'], null, false]) }, id);
    case 4: return jsonLine(line, { id, text: pick(['', '   ', '\n\n\t']) }, id);
    case 5: return jsonLine(line, { id, text: salad(20 + integer(3000)) }, id);
    case 6: return jsonLine(line, { id, text: salad(50), published: pick([5, 'kemarin', '2022-13-45', '']) }, id);
    case 7: return jsonLine(line, { id, text: Array.from({ length: 2000 + integer(8000) }, () => pick(['"', '“', '”', '‘', '’', "'"]) + pick(WORDS)).join(' ') }, id);
    case 8: {
      const depth = 50 + integer(500);
      return jsonLine(line, { id, text: `${'“‘'.repeat(depth)}kata Budi${'’”'.repeat(integer(depth))} ujarnya.` }, id);
    }
    case 9: return jsonLine(line, { id, text: `${readSeed('003_cea940d86b109a50').slice(0, integer(3000))}${salad(200)}`, title: salad(30), language: pick(['id', 'ms', 'en', 'xx']) }, id);
    default: return jsonLine(line, { text: salad(100) }, `fuzz:${line}`);
  }
}

describe('fuzz: hostile inputs never stop the batch', () => {
  it('gives exactly one schema-valid record per input, in order, for 300 generated inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-fuzz-'));
    const lines: Line[] = [];
    for (let line = 1; line <= 260; line++) lines.push(generateLine(line, line % 11));
    // Rare but required: 200,000 characters without punctuation, 10,000 unbalanced quotation marks, a duplicate id.
    lines.push(jsonLine(261, { id: 'long-line', text: Array.from({ length: 40_000 }, () => pick(WORDS).replace(/\W/g, 'x')).join(' ').slice(0, 200_000) }, 'long-line'));
    lines.push(jsonLine(262, { id: 'quotes', text: `Ia berkata ${'“'.repeat(10_000)} lalu pergi` }, 'quotes'));
    lines.push(jsonLine(263, { id: 'f5', text: 'Duplikat id: kata Budi.' }, 'f5'));
    writeFileSync(join(dir, 'fuzz.jsonl'), Buffer.concat(lines.flatMap((line) => [line.bytes, Buffer.from('\n')])));

    // Text files: random bytes, invalid UTF-8, empty, a BOM and CRLF, salad; read in sorted order.
    const folder = join(dir, 'files');
    mkdirSync(folder);
    const files: Array<[string, Buffer]> = [];
    for (let index = 0; index < 37; index++) {
      const name = `t${String(index).padStart(2, '0')}`;
      const roll = index % 5;
      const content = roll === 0 ? Buffer.from(Array.from({ length: integer(2000) }, () => integer(256)))
        : roll === 1 ? Buffer.from([0x50, 0x72, 0xe9, 0x73, 0x69, 0x64, 0x65, 0x6e])
          : roll === 2 ? Buffer.alloc(0)
            : roll === 3 ? Buffer.from(`\ufeffJudul\r\n\r\n${salad(500).replace(/\n/g, '\r\n')}`)
              : Buffer.from(salad(integer(5000)));
      writeFileSync(join(folder, `${name}.txt`), content);
      files.push([name, content]);
    }

    const out = join(dir, 'out.jsonl');
    const result = warta(['run', folder, join(dir, 'fuzz.jsonl'), '--out', out, '--jobs', '2', '-q']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const records = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record.id)).toEqual([...files.map(([name]) => name), ...lines.map((line) => line.id)]);
    for (const record of records) expect(validateRecord(record).errors).toEqual([]);
    // Bad input is an input error; a stage that threw or hung would be 'processing-failed' or 'timeout'.
    const codes = new Set(records.map((record) => (record.error as { code?: string } | undefined)?.code).filter(Boolean));
    expect([...codes].sort()).toEqual(['empty-text', 'invalid-field', 'invalid-json', 'invalid-utf8', 'missing-text', 'not-an-object'].filter((code) => codes.has(code)));
    expect(codes.has('invalid-utf8') && codes.has('not-an-object') && codes.has('missing-text') && codes.has('empty-text')).toBe(true);
    // Most inputs are articles, and the article records hold what the pipeline found.
    expect(records.filter((record) => !record.error).length).toBeGreaterThanOrEqual(140);
  }, 240_000);

  it('processes a 10 MB article into a record, with a stage-over-budget warning rather than a hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-big-'));
    const seed = readSeed('001_668ca5b34627c643');
    const text = seed.repeat(Math.ceil(10_000_000 / seed.length)).slice(0, 10_000_000);
    writeFileSync(join(dir, 'big.jsonl'), `${JSON.stringify({ id: 'big', text })}\n{"id":"after","text":"Presiden tiba di Jakarta."}\n`);
    const out = join(dir, 'out.jsonl');
    // A budget of 1 ms: every stage on 10 MB runs past it on any machine, so the warning does not hang on this one's speed.
    const result = warta(['run', join(dir, 'big.jsonl'), '--out', out, '--jobs', '2', '--stage-budget', '1', '-q']);
    expect(result.code).toBe(0);
    const records = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; error?: unknown; sentences?: unknown[]; warnings?: Array<{ code: string }> });
    expect(records.map((record) => record.id)).toEqual(['big', 'after']);
    expect(records[0]!.error).toBeUndefined();
    expect(records[0]!.sentences!.length).toBeGreaterThan(50_000);
    expect(records[0]!.warnings!.map((warning) => warning.code)).toContain('stage-over-budget');
  }, 300_000);
});
