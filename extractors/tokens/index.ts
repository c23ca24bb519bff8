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

/**
 * wink-nlp adds every token it has not seen to its lexicon and never forgets it: over a corpus
 * of millions of articles (names, numbers, typos) memory would grow without end. A fresh
 * instance (about 0.1 s) replaces it once this many lexemes were added: about 117 bytes each
 * (measured), 12 MB. It was renewed every million tokens read (0.1 ms per article, and up to
 * 117 MB where every token was new); counting what was added renews it as often as the
 * corpus's vocabulary grows, and bounds the memory whatever the text.
 */
const RENEW_AFTER_NEW_LEXEMES = 100_000;
/** How many tokens are read between two measures of the lexicon: at most this many lexemes (12 MB) go unseen. */
const MEASURE_EVERY_TOKENS = 100_000;
let lexiconAtStart = 0;
let tokensSinceMeasure = 0;
let probes = 0;

/** The size of wink's lexicon: a word it cannot know gets the next free index. */
function lexiconSize(nlp: Wink): number {
  const [index] = nlp.readDoc(`wartaprobe${(probes++).toString(36)}`).tokens().out(nlp.its.uniqueId) as number[];
  return index!;
}

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

/** The shared wink-nlp instance, created on first use (loading the model takes a moment), renewed as its lexicon grows. */
export function wink(): Wink {
  if (tokenizer !== null && tokensSinceMeasure > MEASURE_EVERY_TOKENS) {
    tokensSinceMeasure = 0;
    if (lexiconSize(tokenizer) - lexiconAtStart > RENEW_AFTER_NEW_LEXEMES) tokenizer = null;
  }
  if (tokenizer === null) {
    tokenizer = createTokenizer();
    lexiconAtStart = lexiconSize(tokenizer);
    tokensSinceMeasure = 0;
  }
  return tokenizer;
}

/** Tokenises `text` into tokens with UTF-16 offsets; wink's tokenisation is lossless. */
export function tokenize(text: string): Token[] {
  if (!text) return [];
  const nlp = wink();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  tokensSinceMeasure += values.length;
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
  // Whitespace after the last token is no token's preceding space: wink leaves it out.
  if (offset !== text.length && (offset > text.length || text.slice(offset).trim())) throw new Error(`tokeniser lost text: covered ${offset} of ${text.length} characters`);
  return result;
}

export class TokensStage implements Stage {
  readonly name = 'tokens';

  run(doc: ArticleDoc): void {
    doc.tokens = tokenize(doc.text);
  }
}
