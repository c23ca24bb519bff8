/**
 * Sentence-splitter evaluation on a Universal Dependencies CoNLL-U file: each group of N
 * consecutive gold sentences is joined with single spaces and split again; a predicted
 * sentence counts when its span matches a gold sentence exactly.
 */
import type { Span } from '../types.js';

export interface SentenceScores {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The gold sentence texts (`# text = …`) of a CoNLL-U document, in order. */
export function conlluSentences(conllu: string): string[] {
  const sentences: string[] = [];
  for (const line of conllu.split(/\r?\n/)) {
    if (line.startsWith('# text = ')) sentences.push(line.slice('# text = '.length).trim());
  }
  return sentences;
}

export function scores(gold: number, predicted: number, correct: number): SentenceScores {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

export interface SentenceMiss {
  text: string;
  gold: string[];
  predicted: string[];
}

/** Scores `split` on the gold sentences, grouped `groupSize` at a time. */
export function evaluateSentenceSplitter(
  goldSentences: readonly string[],
  split: (text: string) => Span[],
  groupSize = 10,
  misses?: SentenceMiss[],
): SentenceScores {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (let first = 0; first < goldSentences.length; first += groupSize) {
    const group = goldSentences.slice(first, first + groupSize).filter((sentence) => sentence.length > 0);
    const text = group.join(' ');
    const goldSpans = new Set<string>();
    let offset = 0;
    for (const sentence of group) {
      goldSpans.add(`${offset}:${offset + sentence.length}`);
      offset += sentence.length + 1;
    }
    const spans = split(text);
    const matched = spans.filter((span) => goldSpans.has(`${span.start}:${span.end}`)).length;
    gold += goldSpans.size;
    predicted += spans.length;
    correct += matched;
    if (misses && matched !== spans.length) {
      misses.push({ text, gold: group, predicted: spans.map((span) => text.slice(span.start, span.end)) });
    }
  }
  return scores(gold, predicted, correct);
}
