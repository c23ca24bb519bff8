/**
 * Scores predictions against gold, stage by stage (issue 3's definitions):
 *  - quotes match on word overlap ≥ 0.6, dates on word overlap ≥ 0.5, one-to-one, best pairs first;
 *  - entities match at document level when a predicted name or mention equals a gold name or alias;
 *  - gold items marked optional count neither as misses nor as false alarms, and a prediction
 *    that matches only an optional item is not counted either.
 * Figures are micro-averaged over articles; a figure whose denominator is 0 is null (undefined),
 * except F1, which is 0 when there was something to find or something predicted but no match.
 */
import type { EvalArticle, EvalDate, EvalEntity, EvalQuote } from './gold.js';
import type { EntityType, QuoteKind } from '../../output/types.js';

export const QUOTE_OVERLAP = 0.6;
export const DATE_OVERLAP = 0.5;
const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Recall {
  found: number;
  total: number;
  recall: number | null;
}

export interface EvalError {
  id: string;
  stage: 'language' | 'published' | 'quote' | 'speaker' | 'entity' | 'role' | 'date' | 'date-value' | 'flag' | 'article';
  kind: 'miss' | 'false-alarm' | 'wrong' | 'failed';
  gold?: string;
  pred?: string;
}

export interface EvalReport {
  articles: { gold: number; predicted: number; missing: string[]; failed: number };
  language: Accuracy;
  published: Accuracy;
  quotes: PRF;
  speakers: Accuracy;
  endToEnd: PRF;
  quoteKinds: Record<QuoteKind, Recall>;
  /** roles: of the entities found whose gold gives a role, those given the same words (case and punctuation aside). */
  entities: { typed: PRF; untyped: PRF; byType: Record<EntityType, PRF>; roles: Accuracy };
  dates: { detection: PRF; value: Accuracy };
  flags: Recall;
  errors: EvalError[];
}

/** Lowercased words, quotation marks and punctuation dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 2·common / (len_a + len_b) over word multisets. */
export function wordOverlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (!left.length && !right.length) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      common++;
      counts.set(word, count - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/** Greedy one-to-one matching, best pairs first (ties: earlier gold, then earlier prediction). */
export function matchOneToOne<P, G>(preds: readonly P[], golds: readonly G[], score: (pred: P, gold: G) => number, threshold: number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  preds.forEach((pred, p) => golds.forEach((gold, g) => {
    const value = score(pred, gold);
    if (value >= threshold) pairs.push([p, g, value]);
  }));
  pairs.sort((a, b) => b[2] - a[2] || a[1] - b[1] || a[0] - b[0]);
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const matches: Array<[number, number]> = [];
  for (const [p, g] of pairs) {
    if (usedPred.has(p) || usedGold.has(g)) continue;
    usedPred.add(p);
    usedGold.add(g);
    matches.push([p, g]);
  }
  return matches;
}

interface Matching {
  /** [pred index, gold index] pairs with required gold items. */
  matched: Array<[number, number]>;
  unmatchedPreds: number[];
  missedGolds: number[];
}

/** Matches against required gold items first; predictions left over that match an optional item are dropped. */
function matchWithOptional<P, G extends { optional: boolean }>(preds: readonly P[], golds: readonly G[], score: (pred: P, gold: G) => number, threshold: number): Matching {
  const required = golds.map((gold, index) => ({ gold, index })).filter(({ gold }) => !gold.optional);
  const optional = golds.map((gold, index) => ({ gold, index })).filter(({ gold }) => gold.optional);
  const matched = matchOneToOne(preds, required, (pred, item) => score(pred, item.gold), threshold).map(([p, g]): [number, number] => [p, required[g]!.index]);
  const usedPreds = new Set(matched.map(([p]) => p));
  const leftover = preds.map((pred, index) => ({ pred, index })).filter(({ index }) => !usedPreds.has(index));
  const ignored = new Set(matchOneToOne(leftover, optional, (item, gold) => score(item.pred, gold.gold), threshold).map(([p]) => leftover[p]!.index));
  const matchedGolds = new Set(matched.map(([, g]) => g));
  return {
    matched,
    unmatchedPreds: leftover.map(({ index }) => index).filter((index) => !ignored.has(index)),
    missedGolds: required.map(({ index }) => index).filter((index) => !matchedGolds.has(index)),
  };
}

const ratio = (numerator: number, denominator: number): number | null => (denominator ? numerator / denominator : null);

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // Nothing to find and nothing found: undefined. Otherwise no true positive means F1 = 0.
  const f1 = tp + fp + fn === 0 ? null : tp === 0 ? 0 : (2 * precision! * recall!) / (precision! + recall!);
  return { tp, fp, fn, precision, recall, f1 };
}

const accuracy = (correct: number, total: number): Accuracy => ({ correct, total, accuracy: ratio(correct, total) });
const recall = (found: number, total: number): Recall => ({ found, total, recall: ratio(found, total) });

const normalName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** 2 when the canonical names agree, 1 when any surface form agrees, 0 otherwise. */
function entityScore(pred: EvalEntity, gold: EvalEntity): number {
  if (normalName(pred.name) === normalName(gold.name)) return 2;
  const goldNames = new Set(gold.names.map(normalName));
  return pred.names.some((name) => goldNames.has(normalName(name))) ? 1 : 0;
}

/** Whether the published value matches gold: exactly, or on the date when gold gives only a date. */
function samePublished(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  if (pred === gold) return true;
  return /^\d{4}-\d{2}-\d{2}$/.test(gold) && pred.slice(0, 10) === gold;
}

/** The names a gold speaker goes by: the gold entity's name and aliases. */
function speakerNames(gold: EvalArticle, speaker: string): Set<string> {
  const entity = gold.entities.find((candidate) => normalName(candidate.name) === normalName(speaker));
  return new Set((entity ? entity.names : [speaker]).map(normalName));
}

class Counter {
  tp = 0;
  fp = 0;
  fn = 0;
  add(matching: Matching): void {
    this.tp += matching.matched.length;
    this.fp += matching.unmatchedPreds.length;
    this.fn += matching.missedGolds.length;
  }
  result(): PRF {
    return prf(this.tp, this.fp, this.fn);
  }
}

const emptyArticle = (id: string): EvalArticle => ({ id, language: null, published: null, quotes: [], entities: [], dates: [], failed: 'no prediction for this article' });

export function evaluate(goldArticles: readonly EvalArticle[], predArticles: readonly EvalArticle[]): EvalReport {
  const predictions = new Map(predArticles.map((article) => [article.id, article]));
  const errors: EvalError[] = [];
  const missing: string[] = [];
  let failed = 0;
  let languageCorrect = 0;
  let publishedCorrect = 0;
  let publishedTotal = 0;
  const quotes = new Counter();
  let speakersCorrect = 0;
  let endToEnd = 0;
  const kinds = Object.fromEntries(QUOTE_KINDS.map((kind) => [kind, { found: 0, total: 0 }])) as Record<QuoteKind, { found: number; total: number }>;
  const typed = new Counter();
  const untyped = new Counter();
  const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, new Counter()])) as Record<EntityType, Counter>;
  let rolesCorrect = 0;
  let rolesTotal = 0;
  const dates = new Counter();
  let valuesCorrect = 0;
  let flagsFound = 0;
  let flagsTotal = 0;

  for (const gold of goldArticles) {
    const pred = predictions.get(gold.id) ?? emptyArticle(gold.id);
    if (!predictions.has(gold.id)) missing.push(gold.id);
    if (pred.failed) {
      failed++;
      errors.push({ id: gold.id, stage: 'article', kind: 'failed', pred: pred.failed });
    }

    // Language and publication date.
    if (pred.language === gold.language) languageCorrect++;
    else errors.push({ id: gold.id, stage: 'language', kind: 'wrong', gold: String(gold.language), pred: String(pred.language) });
    if (gold.published) {
      publishedTotal++;
      if (samePublished(pred.published, gold.published)) publishedCorrect++;
      else errors.push({ id: gold.id, stage: 'published', kind: 'wrong', gold: gold.published, pred: String(pred.published) });
    }

    // Quotes, speakers, kinds.
    const quoteMatching = matchWithOptional(pred.quotes, gold.quotes, (p: EvalQuote, g: EvalQuote) => wordOverlap(p.text, g.text), QUOTE_OVERLAP);
    quotes.add(quoteMatching);
    for (const [p, g] of quoteMatching.matched) {
      const predQuote = pred.quotes[p]!;
      const goldQuote = gold.quotes[g]!;
      const correct = goldQuote.speaker === null
        ? predQuote.speaker === null
        : predQuote.speaker !== null && speakerNames(gold, goldQuote.speaker).has(normalName(predQuote.speaker));
      if (correct) {
        speakersCorrect++;
        endToEnd++;
      } else {
        errors.push({ id: gold.id, stage: 'speaker', kind: 'wrong', gold: `${goldQuote.speaker ?? 'none'} ← ${goldQuote.text}`, pred: predQuote.speaker ?? 'none' });
      }
    }
    for (const quote of gold.quotes.filter((item) => !item.optional)) if (kinds[quote.kind]) kinds[quote.kind].total++;
    for (const [, g] of quoteMatching.matched) if (kinds[gold.quotes[g]!.kind]) kinds[gold.quotes[g]!.kind].found++;
    for (const g of quoteMatching.missedGolds) errors.push({ id: gold.id, stage: 'quote', kind: 'miss', gold: `[${gold.quotes[g]!.kind}] ${gold.quotes[g]!.text}` });
    for (const p of quoteMatching.unmatchedPreds) errors.push({ id: gold.id, stage: 'quote', kind: 'false-alarm', pred: `[${pred.quotes[p]!.kind}] ${pred.quotes[p]!.text}` });

    // Entities, document level.
    const untypedMatching = matchWithOptional(pred.entities, gold.entities, entityScore, 1);
    untyped.add(untypedMatching);
    const typedScore = (p: EvalEntity, g: EvalEntity): number => (p.type === g.type ? entityScore(p, g) : 0);
    const typedMatching = matchWithOptional(pred.entities, gold.entities, typedScore, 1);
    typed.add(typedMatching);
    for (const type of ENTITY_TYPES) {
      byType[type].add(matchWithOptional(pred.entities.filter((e) => e.type === type), gold.entities.filter((e) => e.type === type), entityScore, 1));
    }
    for (const [p, g] of typedMatching.matched) {
      const goldRole = gold.entities[g]!.role;
      if (goldRole === null) continue;
      rolesTotal++;
      const predRole = pred.entities[p]!.role;
      if (predRole !== null && words(predRole).join(' ') === words(goldRole).join(' ')) rolesCorrect++;
      else errors.push({ id: gold.id, stage: 'role', kind: 'wrong', gold: `${gold.entities[g]!.name}: ${goldRole}`, pred: predRole ?? 'none' });
    }
    for (const g of typedMatching.missedGolds) errors.push({ id: gold.id, stage: 'entity', kind: 'miss', gold: `${gold.entities[g]!.type} ${gold.entities[g]!.name}` });
    for (const p of typedMatching.unmatchedPreds) errors.push({ id: gold.id, stage: 'entity', kind: 'false-alarm', pred: `${pred.entities[p]!.type} ${pred.entities[p]!.name}` });

    // Dates and flags.
    const dateMatching = matchWithOptional(pred.dates, gold.dates, (p: EvalDate, g: EvalDate) => wordOverlap(p.text, g.text), DATE_OVERLAP);
    dates.add(dateMatching);
    const matchedPredOf = new Map(dateMatching.matched.map(([p, g]) => [g, p]));
    for (const [p, g] of dateMatching.matched) {
      const predDate = pred.dates[p]!;
      const goldDate = gold.dates[g]!;
      if (predDate.value === goldDate.value || (goldDate.contextValue !== null && predDate.value === goldDate.contextValue)) valuesCorrect++;
      else errors.push({ id: gold.id, stage: 'date-value', kind: 'wrong', gold: `${goldDate.text} = ${goldDate.value}${goldDate.contextValue ? ` (or ${goldDate.contextValue})` : ''}`, pred: `${predDate.text} = ${predDate.value}` });
    }
    gold.dates.forEach((goldDate, g) => {
      if (goldDate.optional) return;
      for (const flag of goldDate.flags) {
        flagsTotal++;
        const p = matchedPredOf.get(g);
        if (p !== undefined && pred.dates[p]!.flags.includes(flag)) flagsFound++;
        else errors.push({ id: gold.id, stage: 'flag', kind: 'miss', gold: `${flag}: ${goldDate.text}` });
      }
    });
    for (const g of dateMatching.missedGolds) errors.push({ id: gold.id, stage: 'date', kind: 'miss', gold: `${gold.dates[g]!.text} = ${gold.dates[g]!.value}` });
    for (const p of dateMatching.unmatchedPreds) errors.push({ id: gold.id, stage: 'date', kind: 'false-alarm', pred: `${pred.dates[p]!.text} = ${pred.dates[p]!.value}` });
  }

  const quoteResult = quotes.result();
  return {
    articles: { gold: goldArticles.length, predicted: predArticles.length, missing, failed },
    language: accuracy(languageCorrect, goldArticles.length),
    published: accuracy(publishedCorrect, publishedTotal),
    quotes: quoteResult,
    speakers: accuracy(speakersCorrect, quoteResult.tp),
    endToEnd: prf(endToEnd, quoteResult.tp + quoteResult.fp - endToEnd, quoteResult.tp + quoteResult.fn - endToEnd),
    quoteKinds: Object.fromEntries(QUOTE_KINDS.map((kind) => [kind, recall(kinds[kind].found, kinds[kind].total)])) as Record<QuoteKind, Recall>,
    entities: {
      typed: typed.result(),
      untyped: untyped.result(),
      byType: Object.fromEntries(ENTITY_TYPES.map((type) => [type, byType[type].result()])) as Record<EntityType, PRF>,
      roles: accuracy(rolesCorrect, rolesTotal),
    },
    dates: { detection: dates.result(), value: accuracy(valuesCorrect, dates.tp) },
    flags: recall(flagsFound, flagsTotal),
    errors,
  };
}
