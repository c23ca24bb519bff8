import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvalFile, toEvalArticle, EvalInputError, type EvalArticle } from '../pipeline/evaluation/gold.js';
import { evaluate, matchOneToOne, prf, wordOverlap, type EvalReport } from '../pipeline/evaluation/metrics.js';
import { formatTable } from '../pipeline/evaluation/format.js';
import { ROOT } from './helpers.js';

const gold = (fields: Record<string, unknown>): EvalArticle => toEvalArticle({ id: 'a', language: 'id', published: null, quotes: [], entities: [], dates: [], ...fields });
const dir = mkdtempSync(join(tmpdir(), 'warta-eval-'));

/** A Warta output record with the given layers. */
function output(fields: Record<string, unknown>): EvalArticle {
  return toEvalArticle({
    schemaVersion: '1.0', id: 'a', source: {}, text: '', boilerplate: [], sentences: [], warnings: [],
    meta: { title: null, published: null, publishedFrom: null, author: null, dateline: null, outlet: null },
    language: { code: 'id', confidence: 1, candidates: [] }, quotes: [], entities: [], dates: [], ...fields,
  });
}

const quote = (text: string, speaker: string | null, kind = 'direct') => ({ text, start: 0, end: 1, kind, cue: null, confidence: 1, speaker: speaker ? { entityId: 'e1', name: speaker, via: 'explicit' } : null });

describe('evaluation: arithmetic', () => {
  it('measures word overlap on lowercased words, ignoring quotation marks and punctuation', () => {
    expect(wordOverlap('“Kami siap,” katanya.', 'kami SIAP katanya')).toBe(1);
    expect(wordOverlap('a b c d', 'a b x y')).toBe(0.5);
    expect(wordOverlap('a a b', 'a b b')).toBeCloseTo((2 * 2) / 6);
  });

  it('matches one to one, best pairs first', () => {
    // Prediction 0 fits gold 1 best, so gold 0 goes to prediction 1.
    const score = (p: number, g: number) => [[0.7, 0.9], [0.8, 0.1]][p]![g]!;
    expect(matchOneToOne([0, 1], [0, 1], score, 0.6)).toEqual([[0, 1], [1, 0]]);
    // Two predictions of the same quote: one matches, the other is a false alarm.
    expect(matchOneToOne(['x', 'x'], ['x'], () => 1, 0.6)).toEqual([[0, 0]]);
  });

  it('defines F1 = 0 when nothing matched, and leaves it undefined when there was nothing at all', () => {
    expect(prf(0, 0, 3)).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
    expect(prf(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(prf(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
  });
});

describe('evaluation: quotes', () => {
  const goldArticle = gold({
    quotes: [
      { text: 'Kami siap untuk opsi apa pun', speaker: 'Alexander Grushko', kind: 'direct' },
      { text: 'NATO tidak akan mengesampingkan kebijakan pintu terbuka', speaker: 'Jens Stoltenberg', kind: 'indirect' },
      { text: 'menahan Rusia', speaker: 'Alexander Grushko', kind: 'partial' },
      { text: 'posisi mereka sebelumnya tentang ekspansi', speaker: 'NATO', kind: 'indirect', optional: true },
    ],
    entities: [
      { name: 'Alexander Grushko', type: 'PERSON', aliases: ['Alexander Grushko', 'Grushko'] },
      { name: 'Jens Stoltenberg', type: 'PERSON', aliases: ['Jens Stoltenberg', 'Stoltenberg'] },
    ],
  });

  it('counts matches, misses, false alarms; accepts speaker aliases; ignores optional items', () => {
    const pred = output({
      quotes: [
        quote('“Kami siap untuk opsi apa pun,”', 'grushko'),                      // match, alias, case-insensitive
        quote('NATO tidak akan mengesampingkan kebijakan', 'Wendy Sherman', 'indirect'), // overlap 0.89: match, wrong speaker
        quote('posisi mereka sebelumnya tentang ekspansi', 'NATO', 'indirect'),    // matches only an optional item: not counted
        quote('Cuaca cerah hari ini', null),                                       // false alarm
      ],
    });
    const report = evaluate([goldArticle], [pred]);
    expect(report.quotes).toEqual({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(report.speakers).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.endToEnd).toEqual(prf(1, 2, 2));
    expect(report.quoteKinds).toEqual({
      direct: { found: 1, total: 1, recall: 1 },
      partial: { found: 0, total: 1, recall: 0 },
      indirect: { found: 1, total: 1, recall: 1 },
    });
    expect(report.errors.filter((error) => error.stage === 'quote' || error.stage === 'speaker')).toEqual([
      { id: 'a', stage: 'speaker', kind: 'wrong', gold: 'Jens Stoltenberg ← NATO tidak akan mengesampingkan kebijakan pintu terbuka', pred: 'Wendy Sherman' },
      { id: 'a', stage: 'quote', kind: 'miss', gold: '[partial] menahan Rusia' },
      { id: 'a', stage: 'quote', kind: 'false-alarm', pred: '[direct] Cuaca cerah hari ini' },
    ]);
  });

  it('does not match below 0.6 word overlap', () => {
    const report = evaluate([goldArticle], [output({ quotes: [quote('Kami siap', 'Alexander Grushko')] })]);
    expect(report.quotes).toMatchObject({ tp: 0, fp: 1, fn: 3 });
  });

  it('a null speaker is right only where gold has none', () => {
    const noSpeaker = gold({ quotes: [{ text: 'Harga naik', speaker: null, kind: 'indirect' }] });
    expect(evaluate([noSpeaker], [output({ quotes: [quote('Harga naik', null)] })]).speakers.accuracy).toBe(1);
    expect(evaluate([noSpeaker], [output({ quotes: [quote('Harga naik', 'Budi')] })]).speakers.accuracy).toBe(0);
  });
});

describe('evaluation: entities, dates, flags, language, publication date', () => {
  it('matches entities at document level by name or mention, typed and untyped, per type', () => {
    const goldArticle = gold({
      entities: [
        { name: 'Jens Stoltenberg', type: 'PERSON', aliases: ['Jens Stoltenberg', 'Stoltenberg'] },
        { name: 'NATO', type: 'ORG', aliases: ['NATO'] },
        { name: 'Moskow', type: 'LOC', aliases: ['Moskow'] },
        { name: 'Kremlin', type: 'ORG', aliases: ['Kremlin'], optional: true },
      ],
    });
    const entity = (name: string, type: string, mentions: string[] = []) => ({ id: name, name, type, aliases: [], mentions: mentions.map((text) => ({ text, start: 0, end: 1 })) });
    const pred = output({
      entities: [
        entity('Stoltenberg Jens', 'PERSON', ['Stoltenberg']), // matched through a mention
        entity('NATO', 'LOC'),                                  // right name, wrong type
        entity('Kremlin', 'ORG'),                               // only an optional item: not counted
        entity('Brussel', 'LOC'),                               // false alarm
      ],
    });
    const report = evaluate([goldArticle], [pred]);
    expect(report.entities.untyped).toEqual(prf(2, 1, 1));
    expect(report.entities.typed).toEqual(prf(1, 2, 2));
    expect(report.entities.byType.PERSON).toEqual(prf(1, 0, 0));
    expect(report.entities.byType.ORG).toEqual(prf(0, 0, 1));
    expect(report.entities.byType.LOC).toEqual(prf(0, 2, 1));
  });

  it('scores the role of each entity found whose gold gives one, on its words', () => {
    const goldArticle = gold({
      entities: [
        { name: 'Koichi Hagiuda', type: 'PERSON', aliases: [], role: 'Economy Minister' },
        { name: 'Fiona Hill', type: 'PERSON', aliases: [], role: 'former White House Russia adviser' },
        { name: 'Budi Santoso', type: 'PERSON', aliases: [], role: 'warga' },
        { name: 'NATO', type: 'ORG', aliases: [] },
      ],
    });
    const entity = (name: string, type: string, role?: string) => ({ id: name, name, type, aliases: [], mentions: [], ...(role ? { role } : {}) });
    const pred = output({ entities: [entity('Koichi Hagiuda', 'PERSON', 'economy minister,'), entity('Fiona Hill', 'PERSON', 'White House Russia adviser'), entity('NATO', 'ORG')] });
    const report = evaluate([goldArticle], [pred]);
    // Budi Santoso is not found: his role is not counted.
    expect(report.entities.roles).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.errors.filter((error) => error.stage === 'role')).toEqual([
      { id: 'a', stage: 'role', kind: 'wrong', gold: 'Fiona Hill: former White House Russia adviser', pred: 'White House Russia adviser' },
    ]);
  });

  it('detects dates on word overlap ≥ 0.5, scores values (contextValue accepted) and flags', () => {
    const goldArticle = gold({
      dates: [
        { text: 'Rabu (12/11/2022)', value: '2022-11-12', contextValue: '2022-01-12', flag: 'weekday-mismatch', resolvable: true },
        { text: 'hari Senin', value: 'XXXX-WXX-1', contextValue: '2022-01-10', resolvable: false },
        { text: '2014', value: '2014', resolvable: true },
        { text: '2014', value: '2014', resolvable: true },
        { text: 'awal pekan ini', value: 'XXXX-WXX', optional: true, resolvable: false },
      ],
    });
    const date = (text: string, value: string, flags: string[] = []) => ({ text, value, start: 0, end: 1, kind: 'date', resolved: true, flags });
    const pred = output({
      dates: [
        date('Rabu (12/11/2022)', '2022-01-12'),  // contextValue accepted, flag missed
        date('Senin', '2022-01-10'),              // overlap 2/3: match, contextValue
        date('2014', '2015'),                     // wrong value
        date('pekan ini', 'XXXX-WXX'),            // only an optional item
        date('tahun depan', '2023'),              // false alarm
      ],
    });
    const report = evaluate([goldArticle], [pred]);
    expect(report.dates.detection).toEqual(prf(3, 1, 1));
    expect(report.dates.value).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(report.flags).toEqual({ found: 0, total: 1, recall: 0 });
    const flagged = output({ dates: [date('Rabu (12/11/2022)', '2022-11-12', ['weekday-mismatch'])] });
    expect(evaluate([goldArticle], [flagged]).flags.recall).toBe(1);
  });

  it('scores language on every article and publication date where gold has one', () => {
    const golds = [gold({ id: 'a', published: '2019-11-20' }), gold({ id: 'b', language: 'ms', published: '2022-01-08T13:03+07:00' }), gold({ id: 'c' })];
    const preds = [
      output({ id: 'a', meta: { title: null, published: '2019-11-20T05:52:20-05:00', publishedFrom: 'input', author: null, dateline: null, outlet: null } }),
      output({ id: 'b', meta: { title: null, published: '2022-01-08', publishedFrom: 'text', author: null, dateline: null, outlet: null } }),
    ];
    const report = evaluate(golds, preds);
    expect(report.language).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 });
    expect(report.published).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.articles).toEqual({ gold: 3, predicted: 2, missing: ['c'], failed: 1 });
  });

  it('treats an error record as an article with nothing predicted', () => {
    const failed = toEvalArticle({ schemaVersion: '1.0', id: 'a', source: {}, error: { code: 'empty-text', message: 'the article text is empty', file: null, line: null } });
    const report = evaluate([gold({ quotes: [{ text: 'Kami siap', speaker: 'X', kind: 'direct' }] })], [failed]);
    expect(report.quotes).toEqual(prf(0, 0, 1));
    expect(report.errors[0]).toEqual({ id: 'a', stage: 'article', kind: 'failed', pred: 'empty-text: the article text is empty' });
  });

  it('gives undefined figures for empty files', () => {
    const report = evaluate([], []);
    expect(report.language.accuracy).toBeNull();
    expect(report.quotes).toEqual(prf(0, 0, 0));
    expect(report.quotes.f1).toBeNull();
    expect(formatTable(report)).toMatch(/quote detection\s+P\/R\/F1\s+n\/a\s+n\/a\s+n\/a/);
  });
});

describe('evaluation: files', () => {
  const isPerfect = (report: EvalReport): void => {
    const figures = [
      report.language.accuracy, report.published.accuracy, report.quotes.f1, report.speakers.accuracy, report.endToEnd.f1,
      ...Object.values(report.quoteKinds).map((kind) => kind.recall), report.entities.typed.f1, report.entities.untyped.f1,
      ...Object.values(report.entities.byType).map((score) => score.f1), report.dates.detection.f1, report.dates.value.accuracy, report.flags.recall,
    ];
    expect(figures.filter((value) => value !== null && value !== 1)).toEqual([]);
    expect(report.errors).toEqual([]);
  };

  it('scores the seed gold against itself as 1.0 on every figure it defines', () => {
    const seeds = readEvalFile(join(ROOT, 'corpus', 'gold', 'seeds.jsonl'));
    expect(seeds).toHaveLength(5);
    isPerfect(evaluate(seeds, seeds));
  });

  it('names the file and line of a bad line', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","quotes":[]}\n{"quotes": []}\n');
    expect(() => readEvalFile(file)).toThrow(EvalInputError);
    expect(() => readEvalFile(file)).toThrow(`${file}:2: expected a JSON object with an "id"`);
  });

  it('reads an empty file as no articles', () => {
    const file = join(dir, 'empty.jsonl');
    writeFileSync(file, '');
    expect(readEvalFile(file)).toEqual([]);
  });
});
