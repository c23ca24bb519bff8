import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countMarkers, detectLanguage } from '../extractors/language/index.js';
import { tokenize } from '../extractors/tokens/index.js';
import { evaluateLanguage } from '../pipeline/evaluation/language.js';
import { splitTitle } from '../pipeline/inputs.js';
import type { ArticleInput } from '../pipeline/types.js';
import { describeWithShared, pipeline, processText, SEEDS_DIR, SHARED_DIR } from './helpers.js';

function detect(text: string): string {
  const profiles = pipeline().profiles;
  return detectLanguage(text, tokenize(text), { indonesian: profiles.get('id'), malay: profiles.get('ms') }).code;
}

function corpus(dir: string): ArticleInput[] {
  return readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((file) => {
    const { title, body } = splitTitle(readFileSync(join(dir, file), 'utf8'));
    return { id: file, text: body, ...(title ? { title } : {}) };
  });
}

describe('language markers', () => {
  it('adds each word\'s weight, a two-word phrase\'s, and a suffix\'s where the word has none', () => {
    const profiles = pipeline().profiles;
    const indonesian = profiles.get('id');
    const malay = profiles.get('ms');
    const weight = (words: ReadonlyMap<string, number>, word: string): number => words.get(word) ?? 0;
    const words = ['karena', 'rumah', 'sakit', 'kerana', 'hospital'];
    const counts = countMarkers(words, indonesian, malay);
    const expectedId = words.reduce((sum, word) => sum + weight(indonesian.markers.words, word), 0) + weight(indonesian.markers.phrases, 'rumah sakit');
    const expectedMs = words.reduce((sum, word) => sum + weight(malay.markers.words, word), 0) + weight(malay.markers.phrases, 'rumah sakit');
    expect(indonesian.markers.phrases.get('rumah sakit')).toBe(3);
    expect(counts.id).toBe(expectedId);
    expect(counts.ms).toBe(expectedMs);
    expect(counts.id).toBeGreaterThanOrEqual(6);
    // The same words, counted again after 30,000 others have filled (and reset) the word memo.
    countMarkers(Array.from({ length: 30_000 }, (_, index) => `kata${index}`), indonesian, malay);
    expect(countMarkers(words, indonesian, malay)).toEqual(counts);
  });
});

describe('language identification', () => {
  it('tells Indonesian from Malay by their own words', () => {
    expect(detect('Pemerintah mengatakan bahwa harga obat di rumah sakit akan turun karena subsidi.')).toBe('id');
    expect(detect('Kerajaan berkata bahawa harga ubat di hospital akan turun kerana subsidi.')).toBe('ms');
    expect(detect('Beliau memberitahu pemberita selepas mesyuarat pada hari Isnin.')).toBe('ms');
    expect(detect('Polisi menangkap tersangka di Kabupaten Bogor pada Senin malam.')).toBe('id');
  });

  it('recognises English, Javanese and Sundanese', () => {
    expect(detect('The minister said the talks would continue next week in Geneva.')).toBe('en');
    expect(detect('Wong-wong padha nonton wayang ing alun-alun, nanging udane deres banget mula akeh sing bali.')).toBe('jv');
    expect(detect('Abdi badé angkat ka pasar sareng indung abdi énjing-énjing pikeun meser béas.')).toBe('su');
  });

  it('gives a distribution over the candidates, best first', () => {
    const { language } = processText('Presiden mengatakan bahwa pemerintah akan membangun jalan tol baru di Provinsi Jawa Barat tahun depan.');
    expect(language.code).toBe('id');
    expect(language.confidence).toBeGreaterThan(0.9);
    expect(language.candidates[0]).toEqual({ code: 'id', score: language.confidence });
    const total = language.candidates.reduce((sum, candidate) => sum + candidate.score, 0);
    expect(total).toBeCloseTo(1, 2);
  });

  it('stays right, with finite scores, on a very long article', () => {
    const sentence = 'Pemerintah mengatakan bahwa harga obat di rumah sakit akan turun karena subsidi dari kantor pusat. ';
    const { language } = processText(sentence.repeat(3000));
    expect(language.code).toBe('id');
    expect(language.candidates.every((candidate) => Number.isFinite(candidate.score))).toBe(true);
    expect(processText('Kerajaan berkata bahawa harga ubat di hospital akan turun kerana subsidi. '.repeat(3000)).language.code).toBe('ms');
  });

  it('follows the Indonesian/Malay markers of a long article whatever language it opens in', () => {
    const english = 'The minister said the talks would continue next week in Geneva, where delegations from both sides are expected to meet again. ';
    const indonesian = 'Pemerintah mengatakan bahwa harga obat di rumah sakit akan turun karena subsidi dari kantor pusat. ';
    // An English lead (all of franc's sample) over 2 kB of Indonesian: the markers decide.
    const opensInEnglish = processText(english.repeat(5) + '\n\n' + indonesian.repeat(20)).language;
    expect(opensInEnglish.code).toBe('id');
    expect(opensInEnglish.candidates.find((candidate) => candidate.code === 'en')?.score).toBe(0);
    expect(detect(english.repeat(20))).toBe('en');
  });

  it('uses the language the input declares, and warns when the text disagrees', () => {
    const record = processText('The minister said the talks would continue next week in Geneva.', { language: 'id' });
    expect(record.language.code).toBe('id');
    expect(record.language.confidence).toBe(1);
    expect(record.warnings.map((warning) => warning.code)).toEqual(['language-mismatch']);
  });

  it('reads every seed article as Indonesian, and at least 97 % of their sentences', () => {
    const scores = evaluateLanguage(pipeline(), corpus(SEEDS_DIR), 'id');
    expect(scores.articlesCorrect).toBe(5);
    expect(scores.sentencesCorrect / scores.sentences).toBeGreaterThanOrEqual(0.97);
  });
});

describeWithShared('language identification on the Malay and English corpora', () => {
  it('reads every Malay article as Malay, and at least 85 % of their sentences', () => {
    const scores = evaluateLanguage(pipeline(), corpus(join(SHARED_DIR, 'corpus', 'ms')), 'ms');
    expect(scores.articlesCorrect).toBe(scores.articles);
    expect(scores.sentencesCorrect / scores.sentences).toBeGreaterThanOrEqual(0.85);
  });

  it('reads every English article as English', () => {
    const scores = evaluateLanguage(pipeline(), corpus(join(SHARED_DIR, 'corpus', 'en')), 'en');
    expect(scores.articles).toBe(6);
    expect(scores.articlesCorrect).toBe(6);
  });
});
