/**
 * Language stage: franc, restricted to the languages we handle, gives the candidates;
 * Indonesian and Malay, which franc confuses, are then told apart by lexical markers
 * from dictionaries/<lang>/language-markers.json.
 */
import { francAll } from 'franc';
import type { ArticleDoc, LanguageMarkers, LanguageProfile, Stage, StageContext, Token } from '../../pipeline/types.js';
import type { LanguageCandidate, LanguageCode, LanguageResult } from '../../output/types.js';
import { BoundedMemo } from '../../pipeline/memo.js';

/** franc's ISO 639-3 codes → ours (ISO 639-1). */
const FRANC_CODES: Readonly<Record<string, LanguageCode>> = {
  ind: 'id',
  zlm: 'ms',
  eng: 'en',
  jav: 'jv',
  sun: 'su',
  tgl: 'tl',
};
const SUPPORTED = new Set<string>(['id', 'ms', 'en', 'jv', 'su', 'tl']);

/** franc reads at most this many characters: enough to tell the language family (the Indonesian/Malay markers read the whole text). */
const FRANC_SAMPLE = 500;

/** How franc's scores and the lexical markers are weighed (fitted on the seeds, UD Indonesian and the Malay sample). */
export interface LanguageWeights {
  /** Sharpness of the softmax over franc's scores, which sit within a few hundredths of each other. */
  francSharpness: number;
  /** How much franc's own Indonesian/Malay preference counts next to the markers. */
  francIdMs: number;
  /** Log-odds per marker point between Indonesian and Malay. */
  marker: number;
  /** Log-odds per marker point (either language) for the Indonesian/Malay pair against Javanese, Sundanese, Tagalog, English. */
  markerGroup: number;
  /** Log-odds per shared Indonesian/Malay word, for the pair against the others. */
  family: number;
  /** Log-odds prior for Indonesian over Malay: Warta's corpora are Indonesian first. */
  indonesianPrior: number;
}

export const DEFAULT_WEIGHTS: LanguageWeights = {
  francSharpness: 150,
  // franc's own Indonesian/Malay preference is noise on single sentences: it calls 16 % of UD
  // Indonesian sentences Malay. The markers decide inside the pair.
  francIdMs: 0,
  marker: 0.7,
  markerGroup: 1,
  family: 0.5,
  indonesianPrior: 1,
};

export interface MarkerCounts {
  id: number;
  ms: number;
  /** Words shared by Indonesian and Malay that Javanese, Sundanese and Tagalog do not use. */
  family: number;
}

const WORD = /^[\p{L}][\p{L}'’-]*$/u;

/** What one word gives each language by itself (its own weight, else a suffix's), and the pair's family weight. */
interface WordMarks {
  id: number;
  ms: number;
  family: number;
  /** Whether the word is a word of letters (WORD): only those of the text are counted. */
  letters: boolean;
}

/** The marker tables of one Indonesian/Malay pair of profiles, with a memo of the words already scored. */
interface MarkerTable {
  indonesian: LanguageMarkers;
  malay: LanguageMarkers;
  /** Words that open a two-word phrase of either language. */
  phraseStarts: ReadonlySet<string>;
  /** word → its marks. */
  memo: BoundedMemo<string, WordMarks>;
}

const tables = new WeakMap<LanguageProfile, WeakMap<LanguageProfile, MarkerTable>>();

function markerTable(indonesian: LanguageProfile, malay: LanguageProfile): MarkerTable {
  let byMalay = tables.get(indonesian);
  if (!byMalay) tables.set(indonesian, (byMalay = new WeakMap()));
  let table = byMalay.get(malay);
  if (!table) {
    const phraseStarts = new Set<string>();
    for (const profile of [indonesian, malay]) for (const phrase of profile.markers.phrases.keys()) phraseStarts.add(phrase.slice(0, phrase.indexOf(' ')));
    const [id, ms] = [indonesian.markers, malay.markers];
    const memo = new BoundedMemo((word: string): WordMarks => ({ id: wordWeight(id, word), ms: wordWeight(ms, word), family: id.family.get(word) ?? 0, letters: WORD.test(word) }));
    table = { indonesian: id, malay: ms, phraseStarts, memo };
    byMalay.set(malay, table);
  }
  return table;
}

/** A word's own weight in one language, else the weight of the first suffix it ends in (on words long enough to carry one). */
function wordWeight(markers: LanguageMarkers, word: string): number {
  const weight = markers.words.get(word);
  if (weight !== undefined) return weight;
  for (const [suffix, suffixWeight] of markers.suffixes) {
    if (word.length >= suffix.length + 4 && word.endsWith(suffix)) return suffixWeight;
  }
  return 0;
}

/** Adds up marker weights word by word; a two-word phrase is counted when its second word comes. */
class MarkerCounter {
  readonly counts: MarkerCounts = { id: 0, ms: 0, family: 0 };
  /** The previous word, where it opens a phrase. */
  private phraseStart: string | null = null;

  constructor(private readonly table: MarkerTable) {}

  add(word: string, marks: WordMarks): void {
    const counts = this.counts;
    // The phrase first: the sums then run in reading order, as they always have (floating point).
    if (this.phraseStart !== null) {
      const pair = `${this.phraseStart} ${word}`;
      counts.id += this.table.indonesian.phrases.get(pair) ?? 0;
      counts.ms += this.table.malay.phrases.get(pair) ?? 0;
    }
    counts.id += marks.id;
    counts.ms += marks.ms;
    counts.family += marks.family;
    this.phraseStart = this.table.phraseStarts.has(word) ? word : null;
  }
}

/** Sums the marker weights of Indonesian and Malay found in `words` (lowercase). */
export function countMarkers(words: readonly string[], indonesian: LanguageProfile, malay: LanguageProfile): MarkerCounts {
  const table = markerTable(indonesian, malay);
  const counter = new MarkerCounter(table);
  for (const word of words) counter.add(word, table.memo.get(word));
  return counter.counts;
}

/** countMarkers over the text's words of letters (WORD), lower case; the memo remembers which tokens are such words. */
function countTokenMarkers(tokens: readonly Token[], indonesian: LanguageProfile, malay: LanguageProfile): MarkerCounts {
  const table = markerTable(indonesian, malay);
  const counter = new MarkerCounter(table);
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const marks = table.memo.get(token.lower);
    if (marks.letters) counter.add(token.lower, marks);
  }
  return counter.counts;
}

export interface DetectOptions {
  indonesian: LanguageProfile;
  malay: LanguageProfile;
}

/** franc's candidates, for the case where it is not consulted. */
const FRANC_LANGUAGES = [...new Set(Object.values(FRANC_CODES))];

/**
 * Above this Indonesian/Malay evidence (log-odds), franc is not run: the text is in the pair.
 *
 * franc reads the first FRANC_SAMPLE characters; its logits span `francSharpness` at most, but on
 * text in any language its scores are compressed (a text shares few trigrams with a model and still
 * scores well above 0): English articles give the pair 0.78–0.91 of the top score, so franc can
 * outweigh about 35 log-odds of markers. Above this threshold it could change the outcome only where
 * the pair scored below 1/2 there (the first 500 characters in another language, or a table of
 * codes), and then the markers of the whole text are the better witness. 60 log-odds is about
 * 120 words shared by Indonesian and Malay only: some 2 kB of news text. Without franc the other
 * languages get its lowest score, and their shares print as 0.
 */
const DECISIVE_EVIDENCE = 60;

/** Detects the language of `text` (its `tokens` give the words for the markers). */
export function detectLanguage(text: string, tokens: readonly Token[], options: DetectOptions, weights = DEFAULT_WEIGHTS): LanguageResult {
  const markers = countTokenMarkers(tokens, options.indonesian, options.malay);
  const scores = new Map<LanguageCode, number>();
  if (groupEvidence(markers, weights) > DECISIVE_EVIDENCE) {
    for (const code of FRANC_LANGUAGES) scores.set(code, 0);
    scores.set('id', 1);
    scores.set('ms', 1);
  } else {
    const sample = text.length > FRANC_SAMPLE ? text.slice(0, FRANC_SAMPLE) : text;
    for (const [code, score] of francAll(sample, { only: Object.keys(FRANC_CODES), minLength: 3 })) {
      const ours = FRANC_CODES[code];
      if (ours) scores.set(ours, score);
    }
    if (scores.size === 0) return { code: 'und', confidence: 0, candidates: [] };
  }
  return combineEvidence(scores, markers, weights);
}

/** Log-odds that the markers give the Indonesian/Malay pair against the other languages. */
function groupEvidence(markers: MarkerCounts, weights: LanguageWeights): number {
  return weights.markerGroup * (markers.id + markers.ms) + weights.family * markers.family;
}

/** log(1 / (1 + e^-x)), without overflow for large |x|. */
function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

/**
 * Turns franc's scores and the marker counts into a distribution over languages.
 * Everything stays in log space: a long article's marker evidence runs into the thousands.
 */
export function combineEvidence(francScores: ReadonlyMap<LanguageCode, number>, markers: MarkerCounts, weights = DEFAULT_WEIGHTS): LanguageResult {
  const top = Math.max(...francScores.values());
  const logits = new Map<LanguageCode, number>();
  for (const [code, score] of francScores) logits.set(code, weights.francSharpness * (score - top));
  // Indonesian and Malay words are evidence for the pair against the other languages.
  const groupBoost = groupEvidence(markers, weights);
  const id = logits.get('id') ?? -Infinity;
  const ms = logits.get('ms') ?? -Infinity;
  const pairMax = Math.max(id, ms);
  const pairLogit = pairMax === -Infinity ? -Infinity : pairMax + Math.log(Math.exp(id - pairMax) + Math.exp(ms - pairMax)) + groupBoost;
  // Inside the pair, the markers (and, if weighted, franc) decide.
  const francOdds = weights.francIdMs * ((francScores.get('ms') ?? 0) - (francScores.get('id') ?? 0));
  const malayLogOdds = francOdds + weights.marker * (markers.ms - markers.id) - weights.indonesianPrior;
  logits.set('id', pairLogit + logSigmoid(-malayLogOdds));
  logits.set('ms', pairLogit + logSigmoid(malayLogOdds));
  const highest = Math.max(...logits.values());
  const weighted = [...logits].map(([code, logit]) => [code, Math.exp(logit - highest)] as const);
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  const candidates: LanguageCandidate[] = weighted
    .map(([code, weight]) => ({ code, score: Math.round((weight / total) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const best = candidates[0]!;
  return { code: best.code, confidence: best.score, candidates };
}

export class LanguageStage implements Stage {
  readonly name = 'language';

  run(doc: ArticleDoc, context: StageContext): void {
    const detected = detectLanguage(doc.text, doc.tokens, {
      indonesian: context.profiles.get('id'),
      malay: context.profiles.get('ms'),
    });
    const declared = doc.input.language?.trim().toLowerCase();
    if (declared && SUPPORTED.has(declared)) {
      // Input metadata wins; the detector's view stays in the candidates.
      if (declared !== detected.code && detected.code !== 'und') {
        doc.warnings.push({ code: 'language-mismatch', message: `input says '${declared}', the text reads as '${detected.code}' (${detected.confidence})` });
      }
      doc.language = { code: declared as LanguageCode, confidence: 1, candidates: detected.candidates };
      return;
    }
    if (declared) doc.warnings.push({ code: 'unsupported-language', message: `input language '${declared}' is not supported; detected '${detected.code}' instead` });
    doc.language = detected;
  }
}
