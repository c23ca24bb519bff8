/**
 * Sentences stage: splits each paragraph on wink-nlp's tokens with rules for Indonesian news text.
 *  - a paragraph break always ends a sentence;
 *  - a full stop after an abbreviation from dictionaries/<lang>/abbreviations.json ("Dr.", "Jl.")
 *    or an initial ("H.") does not;
 *  - numbers, dates, URLs, e-mails are single tokens, and a full stop with no space after it
 *    ("SINDOnews.com") is not a boundary;
 *  - closing quotation marks and brackets after the full stop stay with their sentence;
 *  - a sentence does not end before a lower-case word ("…berdaulat… mempunyai", "“Apa?” tanya dia").
 */
import type { ArticleDoc, LanguageProfile, Span, Stage, StageContext, Token } from '../../pipeline/types.js';

const TERMINAL = /^[.!?…]+$/u;
const ELLIPSIS = /^(?:…|\.{2,})$/u;
const CLOSERS = new Set(['”', '’', '"', "'", '»', ')', ']', '›']);
const OPEN_QUOTES = new Set(['“', '«', '‹']);
const CLOSE_QUOTES = new Set(['”', '»', '›']);
/** Characters that may stand just before a word and are not part of it. */
const CHUNK_STOP = /[\s(\["“‘'«]/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+/u;
const LOWER_WORD = /^\p{Ll}{2,}$/u;
/** A word, not an abbreviation: four or more letters with a vowel. */
const LONG_WORD = /^(?=\p{L}*[aeiouAEIOU])\p{L}{4,}$/u;
const INITIAL = /^\p{Lu}\.$/u;

export interface SentenceRules {
  /** Never end a sentence ("Dr.", "Jl."). */
  prefixAbbreviations: ReadonlySet<string>;
  /** End a sentence only before a capitalised word ("dll.", "Tbk."), not before a number or bracket. */
  suffixAbbreviations: ReadonlySet<string>;
}

/** The run of non-space characters that ends at `end` (exclusive): the word a full stop closes. */
function chunkBefore(text: string, end: number): string {
  return text.slice(chunkStart(text, end), end);
}

function chunkStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !CHUNK_STOP.test(text[start - 1]!)) start--;
  return start;
}

/** A single capital and a full stop ("H.", "A.") is an initial, except after a number ("2 C.", "abad ke-6 M."). */
function isInitial(text: string, chunk: string, chunkStart: number): boolean {
  if (!INITIAL.test(chunk)) return false;
  const before = text.slice(Math.max(0, chunkStart - 12), chunkStart).trimEnd();
  return !/\d$/.test(before);
}

/**
 * For each token, whether it lies inside a quotation that opens and closes within the paragraph.
 * A quotation left open (scraped text often has one) protects nothing.
 */
function closedQuotations(text: string, tokens: readonly Token[]): boolean[] {
  const inside = new Array<boolean>(tokens.length).fill(false);
  let open = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const value = text.slice(token.start, token.end);
    const attachedBefore = index > 0 && tokens[index - 1]!.end === token.start;
    const attachedAfter = index + 1 < tokens.length && tokens[index + 1]!.start === token.end;
    const opens = OPEN_QUOTES.has(value) || (value === '"' && open < 0 && (!attachedBefore || !attachedAfter) && attachedAfter);
    const closes = CLOSE_QUOTES.has(value) || (value === '"' && open >= 0);
    if (closes && open >= 0) {
      for (let inner = open + 1; inner < index; inner++) inside[inner] = true;
      open = -1;
    } else if (opens) {
      open = index;
    }
  }
  return inside;
}

/** Splits the tokens of one paragraph into sentences. */
function splitParagraph(text: string, tokens: readonly Token[], rules: SentenceRules, out: Span[]): void {
  if (tokens.length === 0) return;
  const quoted = closedQuotations(text, tokens);
  let sentenceStart = tokens[0]!.start;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const value = text.slice(token.start, token.end);

    const wordWithStop = token.kind === 'word' && value.length > 1 && value.endsWith('.');
    if (!TERMINAL.test(value) && !wordWithStop) continue;

    // Take closing quotation marks and brackets (and further stops) that follow without a space.
    let last = index;
    while (last + 1 < tokens.length) {
      const following = tokens[last + 1]!;
      const followingValue = text.slice(following.start, following.end);
      if (following.start !== tokens[last]!.end || !(CLOSERS.has(followingValue) || TERMINAL.test(followingValue))) break;
      last++;
    }
    const next = tokens[last + 1];
    if (!next) break;
    const end = tokens[last]!.end;
    const nextValue = text.slice(next.start, next.end);

    // A quotation of several sentences stays one sentence with its attribution (the UD convention).
    if (quoted[index] && quoted[last + 1]) continue;
    if (!endsSentence(text, token, value, end, next, nextValue, last > index, rules)) continue;
    out.push({ start: sentenceStart, end });
    sentenceStart = next.start;
    index = last;
  }
  out.push({ start: sentenceStart, end: tokens[tokens.length - 1]!.end });
}

function endsSentence(
  text: string,
  token: Token,
  value: string,
  end: number,
  next: Token,
  nextValue: string,
  closed: boolean,
  rules: SentenceRules,
): boolean {
  const stop = value.endsWith('.') && !ELLIPSIS.test(value);
  if (next.start === end) {
    // No space: "Ukraina?Rusia" and "perbatasan.Rusia" are run-together sentences;
    // "SINDOnews.com" and "12.30" are not.
    if (/[?!]$/.test(value)) return UPPER_START.test(nextValue);
    const previousWord = chunkBefore(text, token.start);
    return stop && value === '.' && LOWER_WORD.test(previousWord) && CAPITALISED_WORD.test(nextValue);
  }
  if (LOWER_START.test(nextValue)) {
    // Before a lower-case word: "“Apa?” tanya dia" and "berdaulat… mempunyai" go on; a plain word
    // and a stop ("…bergigi. shikamaru…") is a sloppy sentence start.
    if (closed || ELLIPSIS.test(value) || token.kind !== 'punctuation') return false;
    return LONG_WORD.test(chunkBefore(text, token.start)) && !rules.suffixAbbreviations.has(`${chunkBefore(text, token.start)}.`);
  }
  if (ELLIPSIS.test(value)) return UPPER_START.test(nextValue);
  if (stop) {
    const start = chunkStart(text, token.end);
    const chunk = text.slice(start, token.end);
    // Abbreviations match case-sensitively: "Hal." (halaman) is an abbreviation, "hal." (thing) is not.
    if (rules.prefixAbbreviations.has(chunk) || isInitial(text, chunk, start)) return false;
    if (rules.suffixAbbreviations.has(chunk)) return UPPER_START.test(nextValue);
  }
  return true;
}

/** Splits `text` into sentences; each paragraph is split on its own. */
export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Span[], rules: SentenceRules): Span[] {
  const sentences: Span[] = [];
  let cursor = 0;
  for (const paragraph of paragraphs) {
    const first = cursor;
    while (cursor < tokens.length && tokens[cursor]!.start < paragraph.end) cursor++;
    splitParagraph(text, tokens.slice(first, cursor), rules, sentences);
  }
  return sentences;
}

export function sentenceRules(profile: LanguageProfile): SentenceRules {
  return {
    prefixAbbreviations: profile.prefixAbbreviations,
    suffixAbbreviations: profile.suffixAbbreviations,
  };
}

export class SentencesStage implements Stage {
  readonly name = 'sentences';

  run(doc: ArticleDoc, context: StageContext): void {
    doc.sentences = splitSentences(doc.text, doc.tokens, doc.paragraphs, sentenceRules(context.profile));
  }
}
