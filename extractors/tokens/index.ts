/**
 * Tokens stage: wink-nlp tokenises `text` once; every later stage shares these tokens.
 * Only the tokeniser runs (an empty pipe): wink's English sentence, POS and NER models
 * are for English articles and are not applied here.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleDoc, Stage, Token } from '../../pipeline/types.js';

type Wink = ReturnType<typeof winkNLP>;
let tokenizer: Wink | null = null;
let tokensSinceStart = 0;

/**
 * wink-nlp adds every token it has not seen to its lexicon and never forgets it: over a corpus
 * of millions of articles (names, numbers, typos) memory would grow without end. A fresh
 * instance (about 0.1 s) after this many tokens keeps it bounded.
 */
const RENEW_AFTER_TOKENS = 1_000_000;

/**
 * The model, with its custom-entity meta model read once: wink-eng-lite-web-model's metaCER()
 * re-encodes its own module state as JSON on every call, so the string doubles with each new
 * instance until it no longer fits in memory.
 */
const cerModel: unknown = (model as unknown as { metaCER(): unknown }).metaCER();
const stableModel = { ...model, metaCER: (): unknown => cerModel } as typeof model;

/** A new wink-nlp instance with an empty pipe: the tokeniser only (about 0.1 s). */
export function createTokenizer(): Wink {
  return winkNLP(stableModel, []);
}

/** The shared wink-nlp instance, created on first use (loading the model takes a moment). */
export function wink(): Wink {
  if (tokenizer === null || tokensSinceStart > RENEW_AFTER_TOKENS) {
    tokenizer = createTokenizer();
    tokensSinceStart = 0;
  }
  return tokenizer;
}

/** Tokenises `text` into tokens with UTF-16 offsets; wink's tokenisation is lossless. */
export function tokenize(text: string): Token[] {
  if (!text) return [];
  const nlp = wink();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  tokensSinceStart += values.length;
  const spaces = tokens.out(nlp.its.precedingSpaces) as string[];
  const kinds = tokens.out(nlp.its.type) as string[];
  const result: Token[] = [];
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    offset += spaces[index]!.length;
    const value = values[index]!;
    // Whitespace-only tokens (newlines) are layout, not tokens.
    if (value.trim()) result.push({ start: offset, end: offset + value.length, kind: kinds[index]!, text: value, lower: value.toLowerCase() });
    offset += value.length;
  }
  if (offset !== text.length) throw new Error(`tokeniser lost text: covered ${offset} of ${text.length} characters`);
  return result;
}

export class TokensStage implements Stage {
  readonly name = 'tokens';

  run(doc: ArticleDoc): void {
    doc.tokens = tokenize(doc.text);
  }
}
