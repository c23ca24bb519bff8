import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline, type Stage } from '../pipeline/index.js';
import { readTextFile } from '../pipeline/inputs.js';
import { validateRecord } from '../output/validate.js';
import { errorRecord } from '../output/record.js';
import { isErrorRecord, SCHEMA_VERSION } from '../output/types.js';
import { recordLine } from '../pipeline/stats.js';
import { pipeline, SEEDS_DIR } from './helpers.js';

describe('pipeline', () => {
  it('turns every seed article into a schema-valid Indonesian record', async () => {
    for (const file of readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort()) {
      const item = await readTextFile(join(SEEDS_DIR, file));
      expect(item.kind).toBe('article');
      if (item.kind !== 'article') continue;
      const record = pipeline().process(item.article);
      expect(validateRecord(record)).toEqual({ valid: true, errors: [] });
      if (isErrorRecord(record)) throw new Error(record.error.message);
      expect(record.id).toBe(file.replace(/\.txt$/, ''));
      expect(record.source).toEqual({ path: join(SEEDS_DIR, file) });
      expect(record.language.code).toBe('id');
      expect(record.sentences.length).toBeGreaterThan(10);
      expect(record.entities.length).toBeGreaterThan(10);
      expect(record.quotes.length).toBeGreaterThan(5);
      expect(record.dates.length).toBeGreaterThan(0);
    }
  });

  it('returns an error record, never throws, for text that is missing or empty', () => {
    const missing = pipeline().process({ id: 'x', text: undefined as unknown as string });
    expect(missing).toEqual(errorRecord('x', 'missing-text', 'the article has no "text" string'));
    expect(validateRecord(missing).valid).toBe(true);
    const empty = pipeline().process({ id: 'y', text: ' \n ' });
    expect(isErrorRecord(empty) && empty.error.code).toBe('empty-text');
  });

  it('turns a failing stage into an error record for that article only', () => {
    const failing: Stage = {
      name: 'boom',
      run(doc) {
        if (doc.input.text.includes('meledak')) throw new Error('kaboom');
      },
    };
    const custom = createPipeline({ stages: [failing] });
    const bad = custom.process({ id: 'bad', text: 'Bom meledak.' });
    expect(isErrorRecord(bad) && bad.error).toEqual({ code: 'processing-failed', message: "stage 'boom' failed: kaboom", file: null, line: null });
    expect(isErrorRecord(custom.process({ id: 'good', text: 'Aman.' }))).toBe(false);
    // An article read from a JSONL line: its error record names the file and the line, and keeps the URL.
    const located = custom.process({ id: 'located', text: 'Bom meledak lagi.', path: 'feeds/day.jsonl', line: 17, url: 'https://example.org/a' });
    expect(located).toEqual({
      schemaVersion: SCHEMA_VERSION,
      id: 'located',
      source: { path: 'feeds/day.jsonl', url: 'https://example.org/a' },
      error: { code: 'processing-failed', message: "stage 'boom' failed: kaboom", file: 'feeds/day.jsonl', line: 17 },
    });
  });

  it('processes a batch stage by stage into the same records as one by one, in order', async () => {
    const articles = [];
    for (const file of readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort()) {
      const item = await readTextFile(join(SEEDS_DIR, file));
      if (item.kind === 'article') articles.push(item.article);
    }
    // An article without text in the middle gets its error record in its place.
    articles.splice(2, 0, { id: 'no-text', text: undefined as unknown as string });
    const batched = createPipeline().processBatch(articles);
    const single = createPipeline();
    expect(batched.map((record) => record.id)).toEqual(articles.map((article) => article.id));
    expect(batched).toEqual(articles.map((article) => single.process(article)));
    expect(isErrorRecord(batched[2]!) && batched[2].error.code).toBe('missing-text');
  });

  it('in a batch, a stage that fails on one article stops only that article', () => {
    const ran: string[] = [];
    const failing: Stage = { name: 'boom', run(doc) { if (doc.input.text.includes('meledak')) throw new Error('kaboom'); } };
    const after: Stage = { name: 'after', run(doc) { ran.push(doc.input.id); } };
    const custom = createPipeline({ stages: [failing, after] });
    const records = custom.processBatch([{ id: 'a', text: 'Aman.' }, { id: 'bad', text: 'Bom meledak.' }, { id: 'c', text: 'Tenang.' }]);
    expect(records.map((record) => (isErrorRecord(record) ? record.error.message : 'ok'))).toEqual(['ok', "stage 'boom' failed: kaboom", 'ok']);
    expect(ran).toEqual(['a', 'c']);
    expect(custom.timings()).toEqual([{ name: 'boom', ms: expect.any(Number), runs: 2 }, { name: 'after', ms: expect.any(Number), runs: 2 }]);
  });

  it('warns when a stage runs past its time budget', () => {
    const slow: Stage = { name: 'slow', run() { const until = Date.now() + 30; while (Date.now() < until); } };
    const record = createPipeline({ stages: [slow], stageBudgetMs: 5 }).process({ id: 'a', text: 'Isi.' });
    expect(!isErrorRecord(record) && record.warnings.map((warning) => warning.code)).toEqual(['stage-over-budget']);
  });

  it('counts time per stage', () => {
    const timed = createPipeline();
    timed.process({ id: 'a', text: 'Presiden tiba di Jakarta.' });
    expect(timed.timings().map((timing) => [timing.name, timing.runs])).toEqual([['clean', 1], ['tokens', 1], ['language', 1], ['sentences', 1], ['entities', 1], ['quotes', 1], ['dates', 1]]);
  });

  it('rejects a record that breaks the schema', () => {
    const record = pipeline().process({ id: 'a', text: 'Presiden tiba di Jakarta.' });
    const broken = { ...record, sentences: [{ start: -1, end: 3 }] };
    expect(validateRecord(broken).valid).toBe(false);
  });
});

describe('recordLine', () => {
  it('gives a record as its JSONL line in UTF-8, newline included, in a buffer of its own that a worker can move', () => {
    const record = pipeline().process({ id: 'utf8', text: '“Kami siap,” kata Menteri Luar Negeri Retno Marsudi di café itu.' });
    const line = recordLine(record);
    expect(new TextDecoder().decode(line)).toBe(`${JSON.stringify(record)}\n`);
    // “ ” are three bytes each in UTF-8 and é two: the bytes are not the string's length.
    expect(line.byteLength).toBe(Buffer.byteLength(`${JSON.stringify(record)}\n`));
    expect(line.byteLength).toBeGreaterThan(JSON.stringify(record).length + 1);
    expect([line.byteOffset, line.buffer.byteLength]).toEqual([0, line.byteLength]);
  });
});
