/**
 * Quotes stage: direct, partial and indirect quotations, each attributed to a speaker entity
 * from the entity stage.
 *  - direct: a quoted clause or sentence (quotation marks of any style, nested, across paragraphs);
 *  - partial: a quoted fragment inside the reporter's sentence, after a speech verb;
 *  - indirect: reported speech after a speech verb ('bahwa', a comma, or a clause), 'menurut X, …',
 *    and a sentence-final cue ('…, kata Stoltenberg.').
 * Attribution, in order: explicit (a name by the verb), pronoun ('katanya', 'dia mengatakan':
 * the salient speaker), role ('juru bicara Kremlin': the entity holding that role), previous
 * (an unattributed quote continues the previous speaker). A speaker the article does not give
 * stays null.
 */
import type { ArticleDoc, Span, Stage, StageContext } from '../../pipeline/types.js';
import type { Entity, Mention, Quote, QuoteKind, Speaker } from '../../output/types.js';
import { quoteData, type QuoteData } from './data.js';
import { opensWithQuote, quotedSpans, type QuotedSpan } from './marks.js';
import { lowerBound, spanAt, within } from '../../pipeline/spans.js';
import { firstNameGender, type Gender } from '../../pipeline/first-names.js';
import { BoundedMemo } from '../../pipeline/memo.js';

type Via = Speaker['via'];

/** How a speaker was found before pronouns and continuations are resolved. */
type Attribution =
  | { kind: 'entity'; entity: Entity; via: Via; cue: Span | null }
  | { kind: 'pronoun'; cue: Span | null }
  | { kind: 'role'; phrase: string; cue: Span | null }
  /** 'the company said', 'perusahaan tersebut menyatakan': the article's organisation of that kind. */
  | { kind: 'organisation'; noun: string; cue: Span | null }
  /** The text says someone spoke but names no one ('the patient wrote', 'Sources told CNN'). */
  | { kind: 'unnamed'; cue: Span | null }
  | { kind: 'none' };

interface Found {
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  attribution: Attribution;
  paragraph: number;
}

/** Nothing, or capitalised words (with their points: 'Dr.', 'Supt'): what may stand before a name after a comma. */
const CAPITALISED_WORDS = /^\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u;

interface Located {
  entity: Entity;
  mention: Mention;
}

/** The speaker of the last attributed quote: who, in which paragraph, and where that quote ends. */
interface LastSpeaker {
  entity: Entity;
  paragraph: number;
  end: number;
}

/** 'Hal itu disampaikan Kepala PVMBG Hadi Wijaya …': a sentence that says who said what came before it. */
interface BackReference {
  start: number;
  paragraph: number;
  entity: Entity;
  cue: Span;
}

const CONFIDENCE: Readonly<Record<Via | 'none', number>> = { explicit: 0.9, pronoun: 0.8, role: 0.7, previous: 0.65, none: 0.4 };
const KIND_PENALTY: Readonly<Record<QuoteKind, number>> = { direct: 0, partial: 0.05, indirect: 0.1 };
/** A quote too short to be anything but a term or heading when nothing attributes it. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** How many words into the tail after a quote its attribution may stand. */
const TAIL_WORDS = 12;
/** The longest sentence read for indirect quotes, in characters (UD's longest Indonesian sentences are about 1,000). */
const MAX_SENTENCE = 5000;
/** The longest reported clause, in characters. */
const MAX_REPORT = 3000;
/** How far before a speech verb a joining ', dan' is looked for. */
const JOINT_REACH = 200;
/** A phrase of one to three words that opens a sentence, set off by a comma: 'Sementara itu,', 'Menanggapi hal itu,'. */
const OPENING_PHRASE = /^\s*(?:[^\s,]+\s+){0,2}[^\s,]+\s*,/u;
/** How many words may stand before a sentence's subject: 'Sementara itu, Kepala Desa Sukamaju, H Ahmad Syarifudin, …'. */
const SUBJECT_WORDS = 8;
/** The most words of an apposition after a name that opens a sentence: 'Greene, R-Ga., said'. */
const MAX_APPOSITION_WORDS = 3;
/** How far before a verb its subject's time and place ('di Jakarta, Senin (10/1/2022),') are looked for, in characters. */
const TIME_AND_PLACE_REACH = 120;

/** Words that open a clause without a subject of its own: '…, dengan mengatakan …'. */
const PARTICIPIAL = new Set(['dengan', 'sambil', 'seraya', 'sembari', 'juga', 'lalu', 'kemudian', 'pun', 'dan', 'serta', 'sekaligus']);
/** A subject and one apposition set off by commas, with no quotation before: "The mayor, Anne Hidalgo, " (not "…,” said Hill"). */
const APPOSITION = /^[^,“”"«»]{1,80},[^,“”"«»]{1,80},\s*$/u;
/** A subject with an age and one apposition after it: "Maria Lopez, 47, of Houston, ". */
const AGED_APPOSITION = /^[^,“”"«»]{1,80},\s*\d{1,3}\s*,[^,“”"«»]{1,80},\s*$/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The most words of a phrase that names an organisation by its noun: 'the Seattle-based electric car company'. */
const ORGANISATION_PHRASE_WORDS = 5;

/**
 * The organisation noun of a phrase that is nothing but one, with its article, modifiers or demonstrative ('the
 * company', 'the Japanese carmaker', 'perusahaan tersebut', 'Perseroan'), or null ('a company spokesman' is a role).
 */
function organisationNoun(words: readonly string[], data: QuoteData): string | null {
  if (!words.length || words.length > ORGANISATION_PHRASE_WORDS) return null;
  if (data.roleHeadLast) {
    const noun = words[words.length - 1]!.toLowerCase();
    // Modifiers only between the article and the noun: not "the software as the company".
    const modifiers = words.slice(1, -1).map((word) => word.toLowerCase());
    if (modifiers.some((word) => data.organisationArticles.has(word) || data.subjectBreaks.has(word))) return null;
    return words.length >= 2 && data.organisationArticles.has(words[0]!.toLowerCase()) && data.organisationNouns.has(noun) ? noun : null;
  }
  const noun = words[0]!.toLowerCase();
  return data.organisationNouns.has(noun) ? noun : null;
}

/**
 * Whether a speaker phrase after a speech verb names no one ('seorang pejabat kementerian', 'one official',
 * 'sejumlah sumber yang mengetahui …'): read up to a relative pronoun. One that points back ('warga itu') is
 * someone the article named; one that holds a predicate is a clause.
 */
function unnamedPhrase(phrase: string, data: QuoteData): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const relative = words.findIndex((word) => data.relativePronouns.has(word.toLowerCase()));
  const head = (relative < 0 ? words : words.slice(0, relative)).join(' ').replace(/[\s.,!?”"’]+$/u, '');
  // 'said the city would appeal': a clause, not a speaker.
  return head !== '' && data.unnamed.test(head) && !data.pointsBack.test(head) && !holdsPredicate(head, data);
}

/**
 * Whether `report` reads as a clause rather than a noun phrase: it opens with a subject pronoun, or
 * holds a predicate word ('akan', 'would') or a word of a verb's shape ('diduga', 'remained') that
 * does not open a relative clause or an infinitive ('rasa duka yang mendalam', 'a plan to cut').
 */
function holdsPredicate(report: string, data: QuoteData): boolean {
  const { words, verbShape, exceptions, subjects, opensNonPredicate } = data.predicate;
  const tokens = report.match(/[\p{L}’'-]+/gu) ?? [];
  if (tokens.length && subjects.has(tokens[0]!.toLowerCase())) return true;
  return tokens.some((token, index) => {
    const word = token.toLowerCase();
    if (index > 0 && opensNonPredicate.has(tokens[index - 1]!.toLowerCase())) return false;
    if (exceptions.has(word)) return false;
    return words.has(word) || (verbShape !== null && /^\p{Ll}/u.test(token) && verbShape.test(token));
  });
}

/**
 * Whether `text` is a noun phrase and a relative clause set off by a comma ('Trump, who takes office on Monday'):
 * the subject of the verb that follows, not a report. A clause before the relative one ('Prices will rise,
 * which will hurt exporters') is a report.
 */
function subjectWithRelativeClause(text: string, data: QuoteData): boolean {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return false;
  const opening = /^\s*([\p{L}]+)/u.exec(text.slice(comma + 1))?.[1]?.toLowerCase();
  return opening !== undefined && data.relativePronouns.has(opening) && !text.slice(0, comma).includes(',') && !holdsPredicate(text.slice(0, comma), data);
}

/** Whether a pronoun after the verb of `cueText` ('said she expected …') opens a clause: more words follow it, so it is no inverted speaker ('said he.'). */
function pronounOpensClause(cueText: string, data: QuoteData): boolean {
  const words = cueText.match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 2 && data.pronouns.has(words[1]!.toLowerCase());
}

/**
 * Calls `visit` with where each word of `text` starts (a word: a run of letters and digits,
 * /[\p{L}\p{N}]+/u), in order, until it returns true. It reads the text in place, without a
 * Unicode pattern, as it runs on many slices per sentence.
 */
function visitWordStarts(text: string, visit: (start: number) => boolean): void {
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const start = index;
    const code = text.charCodeAt(index);
    let isWord: boolean;
    if (code < 128) isWord = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    else {
      const point = text.codePointAt(index)!;
      isWord = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
      if (point > 0xffff) index++;
    }
    if (isWord && !inWord && visit(start)) return;
    inWord = isWord;
  }
}

/** How many words `text` holds. */
function wordCount(text: string): number {
  let count = 0;
  visitWordStarts(text, () => {
    count++;
    return false;
  });
  return count;
}

/** How far from the end of `text` its `n`th last word starts (the text's length when it has fewer). */
function nthWordStartFromEnd(text: string, n: number): number {
  const starts: number[] = [];
  visitWordStarts(text, (start) => {
    starts.push(start);
    return false;
  });
  return starts.length >= n ? text.length - starts[starts.length - n]! : text.length;
}

/** Where the `n`th word of `text` starts (the text's length when it has fewer). */
function nthWordStart(text: string, n: number): number {
  let count = 0;
  let found = text.length;
  visitWordStarts(text, (start) => {
    if (++count < n) return false;
    found = start;
    return true;
  });
  return found;
}
/**
 * Whether `text` holds a word with the language's verb prefix ('menyinggung'); never where the
 * language lists none. With `lowercaseOnly`, capitalised words are names ('Kampung Melayu'), not verbs.
 */
function holdsVerb(text: string, data: QuoteData, lowercaseOnly = false): boolean {
  if (data.verbPrefix === null) return false;
  // Not a word of a verb's shape that is none ('Menteri', 'mereka').
  return (text.match(/\p{L}+/gu) ?? []).some((word) => word.length > 4 && (!lowercaseOnly || /^\p{Ll}/u.test(word)) && data.verbPrefix!.test(word.toLowerCase()) && !data.predicate.exceptions.has(word.toLowerCase()));
}

const trimSpan = (text: string, span: Span): Span => {
  let { start, end } = span;
  while (start < end && /[\s,;:–—-]/u.test(text[start]!)) start++;
  while (end > start && /[\s]/u.test(text[end - 1]!)) end--;
  return { start, end };
};

/** Per language: whether a token (lower case) holds a cue word as a whole run of letters. */
const cueMemos = new WeakMap<QuoteData, BoundedMemo<string, boolean>>();

function cueMemo(cueWords: ReadonlySet<string>): BoundedMemo<string, boolean> {
  // The patterns match case-insensitively: U+017F (long s) folds to 's' there but not in toLowerCase().
  return new BoundedMemo((lower: string) => (lower.match(/\p{L}+/gu) ?? []).some((run) => cueWords.has(run.replaceAll('\u017f', 's'))));
}

/** Whether the UTF-16 unit at `index` is (part of) a letter; a surrogate counts as one, to be safe. */
function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (code >= 0xd800 && code <= 0xdfff) || /\p{L}/u.test(text[index]!);
}

/**
 * Which sentences can report speech: those holding a cue word (QuoteData.cueWords) as a whole
 * run of letters. Found with one memo look-up per token, where the patterns it spares cost four
 * regular expressions per sentence (finalCue, finalSubjectCue, middleCue, afterVerb). Where a run of letters spans two tokens (wink splits
 * "cannot") or a token crosses the sentence's edge, the sentence is read anyway.
 */
export function reportingSentences(doc: Pick<ArticleDoc, 'text' | 'tokens' | 'sentences'>, data: QuoteData): boolean[] {
  const { cueWords } = data;
  if (!cueWords) return doc.sentences.map(() => true);
  let memo = cueMemos.get(data);
  if (!memo) cueMemos.set(data, (memo = cueMemo(cueWords)));
  const { text, tokens } = doc;
  let cursor = 0;
  return doc.sentences.map((sentence) => {
    while (cursor < tokens.length && tokens[cursor]!.end <= sentence.start) cursor++;
    for (let previousEnd = -1; cursor < tokens.length && tokens[cursor]!.start < sentence.end; cursor++) {
      const token = tokens[cursor]!;
      if (token.start < sentence.start || token.end > sentence.end) return true;
      if (token.start === previousEnd && letterAt(text, token.start) && letterAt(text, token.start - 1)) return true;
      if (memo.get(token.lower)) return true;
      previousEnd = token.end;
    }
    return false;
  });
}

export class QuotesStage implements Stage {
  readonly name = 'quotes';

  run(doc: ArticleDoc, context: StageContext): void {
    if (!doc.text) return;
    const data = quoteData(context.profile);
    const mentions: Located[] = doc.entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
      .sort((a, b) => a.mention.start - b.mention.start);
    const found: Found[] = [];
    // Each paragraph's quotation marks are read once: the direct quotes and the areas indirect quotes avoid.
    const spans = doc.paragraphs.map((paragraph) => quotedSpans(doc.text, paragraph));
    const quotedAreas: Span[] = spans.flatMap((inParagraph) => inParagraph.map((span) => ({ start: span.open, end: span.close })));
    const unattributed: Found[] = [];
    this.findMarked(doc, data, mentions, spans, found, unattributed);
    this.findIndirect(doc, data, mentions, quotedAreas, found);
    this.attributeWithinReports(doc, found, unattributed);
    found.sort((a, b) => a.start - b.start || (a.kind === 'indirect' ? -1 : 1));
    doc.quotes = this.resolve(doc, data, found, mentions);
  }

  /** The sentence that holds `offset`. */
  private sentenceAt(doc: ArticleDoc, offset: number): Span {
    return spanAt(doc.sentences, offset) ?? { start: offset, end: offset };
  }

  private paragraphAt(doc: ArticleDoc, offset: number): number {
    // Offsets at a paragraph's end (just after its last character) belong to it.
    return Math.max(0, lowerBound(doc.paragraphs, offset + 1, (paragraph) => paragraph.start) - 1);
  }

  /** Direct and partial quotes: what quotation marks enclose. */
  private findMarked(doc: ArticleDoc, data: QuoteData, mentions: Located[], spansByParagraph: QuotedSpan[][], found: Found[], unattributed: Found[]): void {
    const text = doc.text;
    const paragraphs = doc.paragraphs;
    for (let index = 0; index < paragraphs.length; index++) {
      for (const span of spansByParagraph[index]!) {
        const parts: QuotedSpan[] = [span];
        // A quote left open continues into following paragraphs that open with a quotation mark.
        let last = span;
        while (last.unclosed && index + 1 < paragraphs.length && opensWithQuote(text, paragraphs[index + 1]!)) {
          index++;
          const next = spansByParagraph[index]![0];
          if (!next) break;
          parts.push(next);
          last = next;
        }
        const quoteText = parts.map((part) => text.slice(part.inner.start, part.inner.end).trim()).join(' ').trim();
        if (!quoteText) continue;
        const sentence = this.sentenceAt(doc, span.open);
        const lead = text.slice(sentence.start, span.open);
        const leadTrimmed = lead.trim();
        const closing = last.unclosed ? { start: last.close, end: last.close } : this.sentenceAt(doc, last.close - 1);
        let tail = { start: last.close, end: Math.max(last.close, closing.end) };
        // '“… the investigation?’” Holmes testified.': a question or exclamation ends the sentence, and a short
        // attribution follows as a sentence of its own.
        if (!last.unclosed && tail.end <= tail.start + 1 && /[?!][’'”"»]*$/u.test(text.slice(last.inner.start, last.close))) {
          const next = this.sentenceAt(doc, Math.min(text.length - 1, closing.end + 1));
          if (next.start >= closing.end && wordCount(text.slice(next.start, next.end)) <= 8 && data.anyVerb.test(text.slice(next.start, next.end))) tail = { start: tail.start, end: next.end };
          data.anyVerb.lastIndex = 0;
        }
        const tailAttribution = last.unclosed ? { kind: 'none' as const } : this.tailAttribution(doc, data, mentions, tail);
        const leadHasVerb = data.partialCue.test(lead);
        let kind: QuoteKind | null;
        if (!leadTrimmed || /[:]\s*$/u.test(lead)) kind = 'direct';
        else if (/,\s*$/u.test(lead) && leadHasVerb) kind = 'direct';
        else if (leadHasVerb || tailAttribution.kind !== 'none') kind = 'partial';
        else kind = null;
        // 'latihan bersandi "Joint Sword-2024B"', 'an operation dubbed "Iron Sting"': a name, not a quote.
        if (kind === null || (kind === 'partial' && data.namingWordBefore?.test(lead))) continue;
        let attribution: Attribution = tailAttribution;
        if (attribution.kind === 'none' && leadTrimmed) attribution = this.leadAttribution(doc, data, mentions, { start: sentence.start, end: span.open });
        // A short quoted phrase with no speaker anywhere near it is a term or a heading.
        if (attribution.kind === 'none' && wordCount(quoteText) < MIN_UNATTRIBUTED_WORDS && !(kind === 'direct' && /[.!?,]$/u.test(quoteText))) continue;
        if (kind === 'partial' && attribution.kind === 'none') {
          // Kept aside: a reported clause in the same sentence may give it its speaker.
          unattributed.push({ kind, text: quoteText, start: span.inner.start, end: last.inner.end, attribution, paragraph: this.paragraphAt(doc, span.open) });
          continue;
        }
        found.push({ kind, text: quoteText, start: span.inner.start, end: last.inner.end, attribution, paragraph: this.paragraphAt(doc, span.open) });
      }
    }
  }

  /**
   * After the closing mark: ', kata X', ', katanya', '" X mengatakan', '" dia memperingatkan',
   * and garbled translations such as '… Wendy Kata Sherman, bisnis, kata.'
   */
  private tailAttribution(doc: ArticleDoc, data: QuoteData, mentions: Located[], tail: Span): Attribution {
    const text = doc.text.slice(tail.start, tail.end);
    const pronoun = data.pronounVerbAtStart.exec(text);
    if (pronoun) return { kind: 'pronoun', cue: trimSpan(doc.text, { start: tail.start, end: tail.start + pronoun[0].length }) };
    // A verb inside a name ("Wendy Kata Sherman") is part of the name.
    const insideName = (offset: number): boolean => {
      const located = mentions[lowerBound(mentions, offset + 1, ({ mention }) => mention.start) - 1];
      return located !== undefined && located.mention.start <= offset && offset < located.mention.end;
    };
    // The verb stands within the first TAIL_WORDS words after the quote.
    const reach = nthWordStart(text, TAIL_WORDS + 1);
    let verb: RegExpMatchArray | undefined;
    // Matched on a slice that ends well past the last place a verb may start (a cue is far shorter than 64 characters).
    for (const match of text.slice(0, reach + 64).matchAll(data.anyVerb)) {
      const infinitive = data.infinitiveAfterVerb?.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 8)) ?? false;
      if (match.index! <= reach && !insideName(tail.start + match.index!) && !infinitive) {
        verb = match;
        break;
      }
    }
    if (!verb || verb.index === undefined) return { kind: 'none' };
    const between = text.slice(0, verb.index).replace(/^[\s,.:;–—-]+/u, '');
    const cue = { start: tail.start + verb.index, end: tail.start + verb.index + verb[0].length };
    // '" X mengatakan': the speaker stands between the quote and the verb, as one phrase, in one
    // sentence (by the sentence stage, which knows that "Gov. Greg Abbott said" goes on past "Gov.").
    if (between && !/[;!?]/u.test(between) && (!between.includes('.') || this.sentenceAt(doc, cue.start).start <= cue.start - between.length)) {
      const found = this.speakerIn(doc, data, mentions, { start: tail.start, end: cue.start }, 'last', cue, true);
      // Across a comma a person or a pronoun ('…, he added'), not a role or an organisation: 'despite being the U.S. envoy in Brussels, said …' holds a clause, not its speaker.
      if (found.kind !== 'none' && (!/,/u.test(between) || found.kind === 'pronoun' || (found.kind === 'entity' && found.entity.type === 'PERSON'))) return found;
      if (data.unnamed.test(between)) return { kind: 'unnamed', cue };
      if (/,/u.test(between)) return { kind: 'none' };
    }
    // '", kata Sekretaris Jenderal NATO, Jens Stoltenberg seperti dikutip dari DW': the speaker follows the verb.
    if (!between) {
      // 'kata pria berusia 48 tahun itu saat ditemui di warungnya di kawasan Kotagede': the speaker ends where the aside opens.
      let end = this.stopAt(doc, cue.end, tail.end);
      const aside = data.asideAfterSpeaker?.exec(doc.text.slice(cue.end, end));
      if (aside) end = cue.end + aside.index;
      const after = this.speakerIn(doc, data, mentions, { start: cue.end, end }, 'first', cue, true);
      if (after.kind !== 'none') return after;
      // '", kata seorang pejabat kementerian.', '," said one official.': a speaker the article does not name (one that
      // points back, 'kata warga itu', is someone it did name); a channel ('according to a new case report') is where
      // the words were read, not who said them.
      if (unnamedPhrase(doc.text.slice(cue.end, end), data) && !data.channel.test(doc.text.slice(cue.start, end))) return { kind: 'unnamed', cue };
    }
    return { kind: 'none' };
  }

  /**
   * A quoted fragment with no speaker of its own, in a sentence that reports someone's words, is
   * theirs: 'The team isolated the problem, Mayer said, and “patched” the software'.
   */
  private attributeWithinReports(doc: ArticleDoc, found: Found[], unattributed: Found[]): void {
    if (!unattributed.length) return;
    const reports = found.filter((item) => item.kind === 'indirect' && item.attribution.kind !== 'none');
    for (const fragment of unattributed) {
      const sentence = this.sentenceAt(doc, fragment.start);
      const inSentence = reports.filter((item) => item.start >= sentence.start && item.start < sentence.end);
      // The report the fragment stands in or follows: "Mayer said, and “patched” the software as the company continued …" is Mayer's.
      const report = inSentence.filter((item) => item.start <= fragment.start).pop() ?? inSentence[0];
      if (report) found.push({ ...fragment, attribution: report.attribution });
    }
  }

  /**
   * The end of an attribution that follows its verb: the sentence end or the next quotation mark.
   * The sentence stage's end, not the next full stop: "said Dr. Anthony Fauci" goes on past "Dr.".
   */
  private stopAt(doc: ArticleDoc, start: number, limit: number): number {
    const end = Math.min(limit, this.sentenceAt(doc, start).end);
    const stop = /[“"«]/u.exec(doc.text.slice(start, end));
    return stop ? start + stop.index : end;
  }

  /** Before the opening mark: 'X mengatakan: "…"', 'juru bicara Kremlin Dmitry Peskov mengatakan, "…"'. */
  private leadAttribution(doc: ArticleDoc, data: QuoteData, mentions: Located[], lead: Span): Attribution {
    const text = doc.text.slice(lead.start, lead.end);
    const verbs = [...text.matchAll(data.afterVerb)];
    const verb = verbs[verbs.length - 1];
    if (!verb || verb.index === undefined) return { kind: 'none' };
    const verbStart = lead.start + verb.index;
    const cue = { start: verbStart, end: verbStart + verb[0].length };
    const subject = { start: this.clauseStart(doc.text, lead.start, verbStart), end: verbStart };
    // 'Janet Yellen, speaking in Detroit on Tuesday, said she saw "no signs"': the person before the apposition.
    const found = this.orAppositiveSubject(this.speakerIn(doc, data, mentions, subject, 'first', cue, true), doc.text, data, mentions, lead.start, subject, cue);
    if (found.kind !== 'none') return found;
    // '…, dengan mengatakan Rusia harus "…"': the verb's subject is the sentence's.
    return this.speakerIn(doc, data, mentions, { start: lead.start, end: verbStart }, 'first', cue, true);
  }

  /** The start of a bare reporting verb's subject: at most `subjectReach` words before it, after the last break word. */
  private subjectStart(text: string, data: QuoteData, floor: number, verbStart: number): number {
    const reach = Math.max(floor, verbStart - nthWordStartFromEnd(text.slice(floor, verbStart), data.subjectReach));
    let start = reach;
    for (const word of text.slice(reach, verbStart).matchAll(/[\p{L}’']+/gu)) {
      if (data.subjectBreaks.has(word[0].toLowerCase())) start = reach + word.index! + word[0].length;
    }
    return start;
  }

  /** Whether [start, end) is only a person's name and a short apposition after it: 'Rep. Marjorie Taylor Greene, R-Ga.'. */
  private namedSubject(text: string, mentions: Located[], start: number, end: number): boolean {
    const comma = text.indexOf(',', start);
    const second = comma < 0 ? -1 : text.indexOf(',', comma + 1);
    if (comma < 0 || comma >= end || (second >= 0 && second < end)) return false;
    if (wordCount(text.slice(comma + 1, end)) > MAX_APPOSITION_WORDS) return false;
    const name = within(mentions, { start, end: comma }, ({ mention }) => mention.start, ({ mention }) => mention.end).find(({ entity }) => entity.type === 'PERSON');
    return name !== undefined && !/\S/u.test(text.slice(name.mention.end, comma)) && wordCount(text.slice(start, name.mention.start)) <= 1;
  }

  /**
   * The person who opens the sentence, where all that stands between that person and `subjectEnd`
   * is apposition set off by a comma or a bracket: an age, a role, a place, a relative clause
   * ('Rohani Ismail, 47, dari Kampung Tebing, Kuala Krai berkata', 'Slamet, warga Desa Sukamaju,
   * mengatakan'), or a preposition and a name ('Maria Lopez of Houston said'). The clause after the
   * last comma or the preposition then names the person's place, not the speaker.
   */
  private appositiveSubject(text: string, data: QuoteData, mentions: Located[], sentenceStart: number, subjectEnd: number): Entity | null {
    const inside = within(mentions, { start: sentenceStart, end: subjectEnd }, ({ mention }) => mention.start, ({ mention }) => mention.end);
    const first = inside.find(({ entity }) => entity.type === 'PERSON');
    if (!first || inside.some(({ entity }) => entity.type === 'PERSON' && entity !== first.entity)) return null;
    const before = text.slice(sentenceStart, first.mention.start);
    if (wordCount(before) >= SUBJECT_WORDS || holdsVerb(before, data)) return null;
    const after = text.slice(first.mention.end, subjectEnd);
    // "Maria Lopez of Houston said": a preposition and a name after the person.
    const preposition = /^\s+(\p{Ll}+)(?:\s+\p{Lu}[\p{L}.’'-]*)+\s*$/u.exec(after);
    if (preposition && data.subjectBreaks.has(preposition[1]!)) return first.entity;
    if (!/^\s*[,(]/u.test(after)) return null;
    for (const part of after.split(',')) {
      const opening = /\p{L}+/u.exec(part)?.[0].toLowerCase();
      if (opening !== undefined && !data.relativePronouns.has(opening) && holdsVerb(part, data, true)) return null;
    }
    return first.entity;
  }

  /**
   * `found`, the speaker of a subject clause that starts after a comma, unless it names no person:
   * then the person who opens the sentence before its appositions, if there is one.
   */
  private orAppositiveSubject(found: Attribution, text: string, data: QuoteData, mentions: Located[], sentenceStart: number, subject: Span, cue: Span): Attribution {
    if (subject.start <= sentenceStart || !(found.kind === 'none' || found.kind === 'unnamed' || (found.kind === 'entity' && found.entity.type !== 'PERSON'))) return found;
    const person = this.appositiveSubject(text, data, mentions, sentenceStart, subject.end);
    return person ? { kind: 'entity', entity: person, via: 'explicit', cue } : found;
  }

  /** Where the subject before a verb at `verbStart` ends: before when and where it was said, if the text says so. */
  private beforeTimeAndPlace(text: string, data: QuoteData, floor: number, verbStart: number): number {
    if (!data.timeOrPlaceBeforeVerb) return verbStart;
    const from = Math.max(floor, verbStart - TIME_AND_PLACE_REACH);
    const adjunct = data.timeOrPlaceBeforeVerb.exec(text.slice(from, verbStart));
    return adjunct && /\p{L}/u.test(adjunct[0]) ? from + adjunct.index : verbStart;
  }

  /** Where the clause that ends at `end` starts: after the last comma, semicolon or dash, else `floor`. */
  private clauseStart(text: string, floor: number, end: number): number {
    for (let index = end - 1; index > floor; index--) {
      const char = text[index]!;
      if (char === ';' || char === '–' || char === '—') return index + 1;
      // "Wakil Menteri Luar Negeri AS, Wendy Sherman mengatakan": the name after the comma is the subject.
      if (char === ',' && /\p{L}/u.test(text.slice(index + 1, end))) return index + 1;
    }
    return floor;
  }


  /** The speaker a stretch of text names: a person first, else an organisation or place; a pronoun; a role phrase. */
  private speakerIn(doc: ArticleDoc, data: QuoteData, mentions: Located[], range: Span, order: 'first' | 'last', cue: Span | null, subject = false): Attribution {
    const text = doc.text.slice(range.start, range.end);
    const channel = data.channel.exec(text);
    const channelStart = channel ? range.start + channel.index : Infinity;
    const inside = within(mentions, range, ({ mention }) => mention.start, ({ mention }) => mention.end).filter(({ mention }) => mention.start < channelStart);
    const pick = (items: Located[]): Located | undefined => (order === 'first' ? items[0] : items[items.length - 1]);
    const person = pick(inside.filter(({ entity }) => entity.type === 'PERSON'));
    if (person) return { kind: 'entity', entity: person.entity, via: 'explicit', cue };
    const words = text.trim().split(/\s+/).map((word) => word.replace(/[^\p{L}]/gu, '')).filter(Boolean);
    // A pronoun counts as the subject: next to the verb ('dia memperingatkan') or opening the phrase.
    const pronounAt = subject ? [words[words.length - 1], words[0]] : [words[0]];
    if (pronounAt.some((word) => word !== undefined && data.pronouns.has(word))) return { kind: 'pronoun', cue };
    // "diplomat senior AS", "petinggi NATO tersebut": a title word opens the phrase and no person is named ('para' makes it plural).
    const first = words[0]?.toLowerCase();
    if (first && data.titleWords.has(first)) return { kind: 'role', phrase: text.trim(), cue };
    // 'The Wikileaks founder always argued': a head-last language's role phrase ends with its title.
    if (data.roleHeadLast && words.some((word) => data.titleWords.has(word.toLowerCase()))) return { kind: 'role', phrase: text.trim(), cue };
    // 'pria berusia 48 tahun itu': a person's noun that names no one and points back is a role phrase too (not 'program itu');
    // a place in it is where the person is from ('warga Cianjur itu').
    if (inside.every(({ entity }) => entity.type === 'LOC') && first && data.personNouns.has(first) && words.length >= 2 && data.pointsBack.test(text)) return { kind: 'role', phrase: text.trim(), cue };
    // 'Residents of Paiporta, a town near Valencia', 'warga Cianjur': people the article does not name; the place is theirs.
    if (data.anonymous.test(text) && !data.pointsBack.test(text)) return { kind: 'unnamed', cue };
    // 'the U.S. company', 'perusahaan asal Jepang itu': a place in the phrase is the organisation's, not the speaker.
    const noun = organisationNoun(words, data);
    const other = pick(inside);
    if (other && (noun === null || other.entity.type === 'ORG')) return { kind: 'entity', entity: other.entity, via: 'explicit', cue };
    if (noun !== null) return { kind: 'organisation', noun, cue };
    return { kind: 'none' };
  }

  /** Indirect quotes: reported clauses after speech verbs, 'menurut X', and sentence-final cues. */
  private findIndirect(doc: ArticleDoc, data: QuoteData, mentions: Located[], quoted: Span[], found: Found[]): void {
    const text = doc.text;
    const inQuote = (offset: number): boolean => spanAt(quoted, offset) !== null;
    const reporting = reportingSentences(doc, data);
    const dateline = doc.dateline;
    for (const [sentenceIndex, whole] of doc.sentences.entries()) {
      // Run-on text without full stops (lists, scraped tables, a 200,000-character line) holds no reported speech we can read.
      if (whole.end - whole.start > MAX_SENTENCE) continue;
      // 'KUALA LUMPUR: Kerajaan akan …, kata X', 'JAKARTA, KOMPAS.com - BPS mencatat …': the dateline opens the
      // sentence; it is neither the report nor its subject.
      const sentence = dateline && whole.start < dateline.end && dateline.end < whole.end ? { start: dateline.end, end: whole.end } : whole;
      const body = text.slice(sentence.start, sentence.end);
      const taken: Span[] = [];
      const add = (kind: QuoteKind, clause: Span, attribution: Attribution, display?: string): void => {
        const span = trimSpan(text, clause);
        if (span.end <= span.start || wordCount(text.slice(span.start, span.end)) < 3) return;
        if (inQuote(span.start) && inQuote(span.end - 1)) return;
        // A report that opens inside quotation marks is a direct quote's, already read: '“…,” Mayer, …, said Tuesday'.
        if (data.invertedAfterComma && inQuote(span.start)) return;
        // 'told CNN that Trump "dictated that whole letter …"': the quotation marks already hold the report.
        if (wordCount(text.slice(span.start, span.end).replace(/[“"«][^”"»]*(?:[”"»]|$)/gu, ' ')) < 3) return;
        if (taken.some((other) => span.start < other.end && other.start < span.end)) return;
        taken.push(span);
        found.push({ kind, text: display ?? text.slice(span.start, span.end), start: span.start, end: span.end, attribution, paragraph: this.paragraphAt(doc, span.start) });
      };

      // 'Menurut X, …' and 'Menurutnya, …' at the start.
      const according = /^(?:Menurut(nya)?)(?![\p{L}])\s*([^,]{0,80}),\s*/u.exec(body);
      if (according) {
        const subject = { start: sentence.start + 'Menurut'.length, end: sentence.start + according[0].length - 1 };
        const cue = { start: sentence.start, end: sentence.start + 7 };
        let attribution: Attribution = according[1] ? { kind: 'pronoun', cue: { start: sentence.start, end: sentence.start + 10 } } : this.speakerIn(doc, data, mentions, subject, 'first', cue);
        // 'Menurut tradisi, …', 'Menurut data BPS, …': a source without a name is nobody the article names.
        if (attribution.kind === 'none' && /\p{L}/u.test(according[2]!)) attribution = { kind: 'unnamed', cue };
        add('indirect', { start: sentence.start + according[0].length, end: this.reportEnd(doc, data, sentence.start + according[0].length, sentence.end) }, attribution);
      }
      // Every pattern below needs a cue word.
      if (!reporting[sentenceIndex]) continue;

      // '…, kata Stoltenberg.'  '…, tambahnya.'  '…, menurut pemerintah Ukraina.': the whole clause before is the report,
      // and speech verbs inside it are its content.
      const final = according ? null : data.finalCue.exec(body);
      let verbsUntil = sentence.end;
      if (final && !inQuote(sentence.start + final.index)) {
        const cueStart = sentence.start + final.index;
        const cueText = final[1]!;
        const cueSpan = trimSpan(text, { start: cueStart, end: sentence.end });
        let attribution: Attribution;
        // 'Mary Jones, 58, said she was …', 'Rep. Marjorie Taylor Greene, R-Ga., said she …', 'Trump, who takes office
        // on Monday, asked the court …': the verb's subject stands before it, with an age, a short apposition or a
        // relative clause; no report precedes.
        const before = text.slice(sentence.start, cueStart);
        if (/,\s*\d{1,3}\s*,?\s*$/u.test(before) || this.namedSubject(text, mentions, sentence.start, cueStart) || subjectWithRelativeClause(before, data)) attribution = { kind: 'none' };
        else if (data.pronounVerbAtStart.test(cueText)) attribution = { kind: 'pronoun', cue: cueSpan };
        else if (data.invertedAfterComma && (wordCount(cueText.split(',')[0]!) > 7 || pronounOpensClause(cueText, data))) {
          // '…, said the lanes would hurt …', '…, said she expected more …': a clause, not a speaker, follows the verb.
          attribution = { kind: 'none' };
        } else {
          const verb = /^\S+\s+/u.exec(cueText)!;
          const speakerStart = cueStart + final[0].indexOf(cueText) + verb[0].length;
          attribution = data.channel.test(cueText) ? { kind: 'none' } : this.speakerIn(doc, data, mentions, { start: speakerStart, end: sentence.end }, 'first', cueSpan);
          // '…, kata sejumlah sumber yang mengetahui perundingan itu.': a speaker the article does not name.
          if (attribution.kind === 'none' && !data.channel.test(cueText) && unnamedPhrase(text.slice(speakerStart, sentence.end), data)) attribution = { kind: 'unnamed', cue: cueSpan };
        }
        if (attribution.kind !== 'none') {
          add('indirect', { start: sentence.start, end: cueStart }, attribution);
          verbsUntil = cueStart;
        }
      }

      // '…, Dempsey said.' '…, the Swedish Prosecution Authority said.': the speaker before a sentence-final verb.
      const finalSubject = according || verbsUntil < sentence.end ? null : data.finalSubjectCue?.exec(body) ?? null;
      if (finalSubject && !inQuote(sentence.start + finalSubject.index)) {
        const cueStart = sentence.start + finalSubject.index;
        // The regex has the 'd' flag: its groups' offsets within the sentence.
        const subjectStart = sentence.start + finalSubject.indices![1]![0];
        const verbStart = sentence.start + finalSubject.indices![2]![0];
        const cueEnd = finalSubject[4] ? sentence.start + finalSubject.indices![4]![0] : sentence.end;
        const cueSpan = trimSpan(text, { start: cueStart, end: cueEnd });
        // A speaker is a short phrase ('Dempsey', 'the Swedish Prosecution Authority'), not a clause.
        let attribution: Attribution = wordCount(finalSubject[1]!) > 6 ? { kind: 'none' }
          : this.speakerIn(doc, data, mentions, { start: subjectStart, end: verbStart }, 'last', cueSpan, true);
        // '…, officials said.', '…, two people familiar with the matter said.': a report whose speaker the article does not name.
        if (attribution.kind === 'none' && data.anonymous.test(finalSubject[1]!)) attribution = { kind: 'unnamed', cue: cueSpan };
        if (attribution.kind !== 'none') {
          add('indirect', { start: sentence.start, end: cueStart }, attribution);
          verbsUntil = cueStart;
        }
      }

      // 'Namun, kata Stoltenberg, Moskow seharusnya …': a cue set off by commas inside the sentence.
      const middle = data.middleCue.exec(body);
      if (middle && middle.index !== undefined && !inQuote(sentence.start + middle.index)) {
        const cueStart = sentence.start + middle.index + middle[1]!.length;
        const afterCue = sentence.start + middle.index + middle[0].length;
        const cueSpan = trimSpan(text, { start: cueStart, end: afterCue });
        const named = middle[2]!;
        // '…, kata Ketua Polis Daerah Kuantan, Supt Wan Mohd Zahari Wan Busu.': a person's name (after a rank or honours)
        // ends the sentence after the second comma: the title before it named the speaker, and the cue is final.
        const before = text.slice(sentence.start, cueStart).replace(/[\s,]+$/u, '');
        const closingName = this.nameClosing(doc, mentions, afterCue, sentence.end);
        if (closingName) {
          add('indirect', { start: sentence.start, end: sentence.start + before.length }, { kind: 'entity', entity: closingName, via: 'explicit', cue: trimSpan(text, { start: cueStart, end: sentence.end }) });
          verbsUntil = Math.min(verbsUntil, cueStart);
        }
        const attribution = closingName ? ({ kind: 'none' } as const) : data.pronounVerbAtStart.test(named) ? ({ kind: 'pronoun', cue: cueSpan } as const)
          : this.speakerIn(doc, data, mentions, { start: cueStart, end: afterCue }, 'first', cueSpan);
        if (attribution.kind !== 'none') {
          // 'The team isolated the problem, Mayer said, and patched …': after a conjunction the reporter goes on.
          // What stands before the cue is the report's subject where it is a phrase ('Penghematan tersebut, kata dia, akan …'),
          // not where it is a connective ('Namun, kata Stoltenberg, …', 'Selain itu, kata dia, …').
          const beforeWords = wordCount(before);
          const subjectBefore = beforeWords >= 3 || (beforeWords === 2 && !data.connectives.has(before.toLowerCase().replace(/\s+/gu, ' ')));
          if (data.conjunctionAtStart.test(text.slice(afterCue, afterCue + 12)) && subjectBefore) {
            add('indirect', { start: sentence.start, end: sentence.start + before.length }, attribution);
          } else {
            const rest = text.slice(afterCue, this.reportEnd(doc, data, afterCue, sentence.end));
            const joined = subjectBefore ? `${before} ${rest}` : rest;
            add('indirect', { start: subjectBefore ? sentence.start : afterCue, end: this.reportEnd(doc, data, afterCue, sentence.end) }, attribution, joined);
          }
          verbsUntil = Math.min(verbsUntil, afterCue);
        }
      }

      // '… X mengatakan (bahwa|,) …'
      for (const verb of body.matchAll(data.afterVerb)) {
        const verbStart = sentence.start + verb.index!;
        const verbEnd = verbStart + verb[0].length;
        if (inQuote(verbStart) || verbStart >= verbsUntil) continue;
        const participle = data.participles.has(verb[0].toLowerCase());
        const afterComma = /[,”"’]\s*$/u.test(text.slice(Math.max(sentence.start, verbStart - 3), verbStart));
        // 'Becker, who voted against the plan, said …': a relative clause closes before its subject's verb.
        // 'John Carter, 58, said …': so does an age.
        // 'The mayor, Anne Hidalgo, said …', 'Smith, the company's founder, said …': so does an apposition to the sentence's subject.
        const beforeVerb = text.slice(sentence.start, verbStart);
        const afterRelative = afterComma && (/,\s*(?:(?:who|which)\s[^,]*|\d{1,3}),\s*$/iu.test(beforeVerb) || (data.invertedAfterComma && (APPOSITION.test(beforeVerb) || AGED_APPOSITION.test(beforeVerb))));
        // '…,” said Hill': the speaker follows the verb, and the report stood before it.
        if (data.invertedAfterComma && afterComma && !participle && !afterRelative && !data.complementizer.test(text.slice(verbEnd, verbEnd + 6))) continue;
        const clause = this.reportedClause(doc, data, verb[0].toLowerCase(), verbEnd, sentence.end);
        if (!clause) continue;
        // 'Ia meminta jajarannya menjelaskan …', 'menolak untuk mengatakan …': asked for or intended, not said.
        if (data.unsaidBefore.test(text.slice(Math.max(sentence.start, verbStart - 60), verbStart))) continue;
        // 'said after the vote': a bare clause does not open with a preposition.
        if (data.subjectBreaks.has((/\p{L}+/u.exec(text.slice(clause.start, clause.start + 20))?.[0] ?? '').toLowerCase()) && data.subjectReach > 0) continue;
        if (/^\s*[“"«‘']/u.test(text.slice(clause.start, clause.start + 2))) continue;
        // 'Budi Santoso di Jakarta, Senin, mengatakan': when and where it was said stand between the subject and the verb.
        const subjectEnd = this.beforeTimeAndPlace(text, data, sentence.start, verbStart);
        let subjectStart = this.clauseStart(text, sentence.start, subjectEnd);
        // 'Norhayati Zakaria, 55 pula berkata': an age set off by a comma belongs to the name before it.
        if (/^\s*\d{1,3}(?:\s+\p{Ll}+)?\s*$/u.test(text.slice(subjectStart, subjectEnd))) subjectStart = this.clauseStart(text, sentence.start, subjectStart - 1);
        // 'Sondland said he …': the subject stands right before the verb, within a few words, after any preposition.
        if (data.subjectReach > 0) subjectStart = this.subjectStart(text, data, subjectStart, subjectEnd);
        const subjectText = text.slice(subjectStart, subjectEnd);
        const cue = { start: verbStart, end: verbEnd };
        let attribution: Attribution;
        if (participle || afterRelative || (data.invertedAfterComma && !subjectText.trim() && afterComma)) {
          // '…, saying the sex was consensual', 'Dr. Ronny Jackson, who was …, suggested that', 'The mayor, Anne Hidalgo, said': the sentence's subject.
          attribution = this.speakerIn(doc, data, mentions, { start: sentence.start, end: verbStart }, 'first', cue, true);
        } else if ((!subjectText.trim() && /,\s*$/u.test(text.slice(sentence.start, subjectEnd))) || data.pronounVerbAtStart.test(subjectText.replace(/^[\s"“”']+/u, ''))) {
          // '"…," katanya, menambahkan bahwa …': the same speaker goes on.
          attribution = { kind: 'pronoun', cue };
        } else if (/(?:^|\s)dan\s*$/u.test(subjectText) || /^\s*yang\s/u.test(subjectText)) {
          // 'Para anggota NATO bertemu … dan mengatakan', 'Moskow, yang bersikeras bahwa': the sentence's subject.
          attribution = this.speakerIn(doc, data, mentions, { start: sentence.start, end: verbStart }, 'first', cue, true);
        } else {
          const subject = { start: subjectStart, end: subjectEnd };
          attribution = this.orAppositiveSubject(this.speakerIn(doc, data, mentions, subject, 'first', cue, true), text, data, mentions, sentence.start, subject, cue);
          // '…, dengan mengatakan …': no subject of its own, so the sentence's.
          if (attribution.kind === 'none' && subjectText.trim().split(/\s+/).every((word) => PARTICIPIAL.has(word.toLowerCase()))) {
            attribution = this.speakerIn(doc, data, mentions, { start: sentence.start, end: verbStart }, 'first', cue, true);
          }
        }
        if (attribution.kind === 'none' && data.unnamed.test(subjectText)) attribution = { kind: 'unnamed', cue };
        // 'polisi di B.C. mengatakan': a subject without a name; the place it spoke in is not the speaker.
        if (attribution.kind === 'none' && subjectEnd < verbStart && /\p{L}/u.test(subjectText)) attribution = { kind: 'unnamed', cue };
        if (attribution.kind === 'none') continue;
        // 'While Grisham said the trip was …, he did not …': a subordinate clause ends at its comma.
        if (data.subordinator.test(body)) {
          const comma = text.indexOf(',', clause.start);
          if (comma > 0 && comma < clause.end) clause.end = comma;
        }
        add('indirect', clause, attribution);
      }
    }
  }

  /**
   * The person whose name ends the sentence from `from` on, after capitalised words only (a rank,
   * honours: 'Supt', 'Datuk Seri'), or null.
   */
  private nameClosing(doc: ArticleDoc, mentions: Located[], from: number, sentenceEnd: number): Entity | null {
    const text = doc.text;
    for (const { entity, mention } of within(mentions, { start: from, end: sentenceEnd }, ({ mention: m }) => m.start, ({ mention: m }) => m.end)) {
      if (entity.type !== 'PERSON') continue;
      if (!CAPITALISED_WORDS.test(text.slice(from, mention.start)) || !/^[\s.!?”"’]*$/u.test(text.slice(mention.end, sentenceEnd))) continue;
      return entity;
    }
    return null;
  }

  /** The clause a speech verb reports: after 'bahwa', after a comma, or (for saying verbs) right after the verb. */
  private reportedClause(doc: ArticleDoc, data: QuoteData, verb: string, from: number, sentenceEnd: number): Span | null {
    const text = doc.text;
    const window = text.slice(from, Math.min(sentenceEnd, from + 120));
    const that = data.complementizer.exec(window);
    // 'mengatakan pada hari Rabu (12/11/2022) bahwa …': 'bahwa' within a few words of the verb. Not
    // after a predicate right after the verb: 'said officials were not confident that …' reports the whole clause.
    const beforeThat = that ? window.slice(0, that.index) : '';
    if (that && wordCount(beforeThat) <= 8 && !/[.;]/u.test(beforeThat) && !holdsPredicate(beforeThat.split(',')[0]!, data)) {
      const start = from + that.index + that[0].length;
      return { start, end: this.reportEnd(doc, data, start, sentenceEnd) };
    }
    // 'mengatakan, …' / 'mengatakan kepada wartawan, …'
    const comma = data.commaReport ? /^(?:\s+(?:kepada|pada|di|dalam|saat|usai|seusai|setelah)\s[^,]{1,60})?\s*,\s*/u.exec(window) : null;
    if (comma) {
      const start = from + comma[0].length;
      return { start, end: this.reportEnd(doc, data, start, sentenceEnd) };
    }
    // 'told reporters the decision …', 'told lawmakers it was …': a clause after the addressee.
    const addressee = data.addresseeVerbs.has(verb) ? data.objectAtStart.exec(window) : null;
    if (addressee && /^\s+\p{L}/u.test(window.slice(addressee[0].length))) {
      const start = from + addressee[0].length;
      return { start, end: this.reportEnd(doc, data, start, sentenceEnd) };
    }
    if (data.clauseVerbs.has(verb) && /^\s+\p{L}/u.test(window)) {
      // 'said Monday it would reopen': the weekday says when it was said.
      const day = data.weekdayAfterVerb?.exec(window);
      const start = from + (day && /^\s+\p{L}/u.test(window.slice(day[0].length)) ? day[0].length : 0);
      const end = this.reportEnd(doc, data, start, sentenceEnd);
      // 'menyampaikan terima kasih kepada …', 'announced a plan to …': the verb's object, not a report.
      if (data.objectVerbs.has(verb) && !holdsPredicate(text.slice(start, end), data)) return null;
      return { start, end };
    }
    return null;
  }

  /** Where a reported clause ends: the sentence end, or before a following attribution or speech verb clause. */
  private reportEnd(doc: ArticleDoc, data: QuoteData, start: number, sentenceEnd: number): number {
    // A reported clause is read up to MAX_REPORT characters: a text without full stops is one endless "sentence".
    const rest = doc.text.slice(start, Math.min(sentenceEnd, start + MAX_REPORT));
    let end = rest.length;
    const final = data.finalCue.exec(rest);
    if (final) end = Math.min(end, final.index);
    // '…, dan menambahkan secara khusus bahwa …': another speech verb starts another report.
    for (const verb of rest.matchAll(data.afterVerb)) {
      // The joint (', dan' / ', but' and at most two words) sits just before the verb: only that much is read.
      const from = Math.max(0, verb.index! - JOINT_REACH);
      const before = rest.slice(from, verb.index);
      const joint = /,\s*(?:\p{L}+\s+){0,3}$/u.exec(before);
      if (joint && data.joint.exec(before.slice(joint.index))?.index === 0) {
        end = Math.min(end, from + joint.index);
        break;
      }
    }
    // ', as he deflected …', ', in which …': the reporter's own clause.
    data.reportEnder.lastIndex = 0;
    const ender = data.reportEnder.exec(rest);
    if (ender) end = Math.min(end, ender.index);
    // The sentence's own closing stop belongs to the quote (gold keeps it), a trailing comma does not.
    let cut = start + end;
    while (cut > start && /[\s,;:–—-]/u.test(doc.text[cut - 1]!)) cut--;
    return cut;
  }

  /** Resolves pronouns, roles and continuations in reading order, and builds the output quotes. */
  private resolve(doc: ArticleDoc, data: QuoteData, found: Found[], mentions: Located[]): Quote[] {
    const quotes: Quote[] = [];
    let lastSpeaker: LastSpeaker | null = null;
    // The last report whose speaker the article does not name ('…, ujar salah satu pejabat'): a quote after it with no cue is theirs.
    let lastUnnamed: { paragraph: number; end: number } | null = null;
    const roleHolders = doc.entities.filter((entity) => entity.type === 'PERSON' && entity.role).length;
    const byId = new Map(doc.entities.map((entity) => [entity.id, entity]));
    const backReferences = found.length ? this.backReferences(doc, data, mentions) : [];
    let nextBack = 0;
    /** Gives the quotes just before each back reference up to `offset` that name no speaker of their own to the one it names. */
    const readBackReferences = (offset: number): void => {
      for (; nextBack < backReferences.length && backReferences[nextBack]!.start < offset; nextBack++) {
        const back = backReferences[nextBack]!;
        for (let index = quotes.length - 1; index >= 0; index--) {
          const quote = quotes[index]!;
          if (quote.end > back.start) continue;
          if (found[index]!.paragraph < back.paragraph - 1 || (quote.speaker && quote.speaker.via !== 'previous')) break;
          quote.speaker = { entityId: back.entity.id, name: back.entity.name, via: 'explicit' };
          quote.cue = { start: back.cue.start, end: back.cue.end, text: doc.text.slice(back.cue.start, back.cue.end) };
          quote.confidence = Math.round(Math.max(0.1, CONFIDENCE.explicit - KIND_PENALTY[quote.kind]) * 100) / 100;
        }
        lastSpeaker = { entity: back.entity, paragraph: back.paragraph, end: back.cue.end };
      }
    };
    for (const item of found) {
      readBackReferences(item.start);
      let speaker: Speaker | null = null;
      let cue: Mention | null = null;
      const attribution = item.attribution;
      const cueOf = (span: Span | null): Mention | null => (span ? { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) } : null);
      if (attribution.kind === 'entity') {
        speaker = { entityId: attribution.entity.id, name: attribution.entity.name, via: attribution.via };
        cue = cueOf(attribution.cue);
      } else if (attribution.kind === 'pronoun') {
        const salient = this.salient(doc, data, item, lastSpeaker, mentions, this.pronounGender(doc, data, attribution.cue));
        if (salient) speaker = { entityId: salient.id, name: salient.name, via: 'pronoun' };
        cue = cueOf(attribution.cue);
      } else if (attribution.kind === 'unnamed') {
        cue = cueOf(attribution.cue);
        lastUnnamed = { paragraph: item.paragraph, end: item.end };
      } else if (attribution.kind === 'organisation') {
        // '…, the union said.': the organisation may be named in the report before the attribution.
        const organisation = this.salientOrganisation(doc, data, Math.max(item.start, attribution.cue?.start ?? 0), attribution.noun, mentions);
        if (organisation) speaker = { entityId: organisation.id, name: organisation.name, via: 'role' };
        cue = cueOf(attribution.cue);
      } else if (attribution.kind === 'role') {
        // "tambah politikus Partai Golkar itu": a role phrase that points back ('itu', 'tersebut') and names no one's role is the salient speaker.
        const holder = this.roleHolder(data, attribution.phrase, item.start, mentions, roleHolders)
          ?? (data.pointsBack.test(attribution.phrase) ? this.salientPerson(doc, data, item, lastSpeaker, mentions) : null);
        if (holder) speaker = { entityId: holder.id, name: holder.name, via: 'role' };
        cue = cueOf(attribution.cue);
      } else if (lastUnnamed && item.paragraph - lastUnnamed.paragraph <= 1 && (!lastSpeaker || lastSpeaker.end < lastUnnamed.end)) {
        // The unnamed speaker goes on: no one.
      } else if (lastSpeaker && item.paragraph - lastSpeaker.paragraph <= 1) {
        // An unattributed quote continues the previous speaker, in its paragraph or the next.
        speaker = { entityId: lastSpeaker.entity.id, name: lastSpeaker.entity.name, via: 'previous' };
      } else {
        const subject = this.previousSubject(doc, item, mentions);
        if (subject) speaker = { entityId: subject.id, name: subject.name, via: 'previous' };
      }
      if (speaker) {
        const entity: Entity = byId.get(speaker.entityId)!;
        lastSpeaker = { entity, paragraph: item.paragraph, end: item.end };
      }
      const confidence = Math.max(0.1, CONFIDENCE[speaker ? speaker.via : 'none'] - KIND_PENALTY[item.kind]);
      quotes.push({ text: item.text, start: item.start, end: item.end, kind: item.kind, speaker, cue, confidence: Math.round(confidence * 100) / 100 });
    }
    readBackReferences(doc.text.length);
    return quotes;
  }

  /**
   * The sentences that point back at what was said and name who said it ('Hal itu disampaikan Kepala Pusat
   * Vulkanologi … Hadi Wijaya dalam konferensi pers'): the speaker is the first person named after the verb,
   * where the phrase there is a name or a title (not 'disampaikan dalam rapat bersama Presiden …'), or an
   * organisation named right after it.
   */
  private backReferences(doc: ArticleDoc, data: QuoteData, mentions: Located[]): BackReference[] {
    const pattern = data.backReference;
    if (!pattern) return [];
    const references: BackReference[] = [];
    for (const sentence of doc.sentences) {
      pattern.lastIndex = sentence.start;
      const match = pattern.exec(doc.text);
      const after = sentence.start + (match?.[0].length ?? 0);
      if (!match || after >= sentence.end) continue;
      const inside = within(mentions, { start: after, end: sentence.end }, ({ mention }) => mention.start, ({ mention }) => mention.end);
      const person = inside.find(({ entity }) => entity.type === 'PERSON');
      const lead = person ? doc.text.slice(after, person.mention.start).trim() : '';
      const named = person && (lead === '' || /^\p{Lu}/u.test(lead) || (person.entity.role !== undefined && lead.toLowerCase().startsWith(person.entity.role.toLowerCase().split(/\s+/u)[0]!)));
      const first = inside[0];
      const entity = named ? person.entity : first && first.mention.start === after && first.entity.type === 'ORG' ? first.entity : null;
      if (entity) references.push({ start: sentence.start, paragraph: this.paragraphAt(doc, sentence.start), entity, cue: trimSpan(doc.text, { start: sentence.start, end: after }) });
    }
    return references;
  }

  /**
   * The organisation 'the company' or 'perusahaan tersebut' refers to: of the organisations named before `offset`
   * (the article's outlet aside), one whose name holds the noun ('the bank': Bank Indonesia), else the one named most
   * often, the latest of those on a tie.
   */
  private salientOrganisation(doc: ArticleDoc, data: QuoteData, offset: number, noun: string, mentions: Located[]): Entity | null {
    const counts = new Map<Entity, number>();
    for (const { entity, mention } of mentions) {
      if (mention.start >= offset) break;
      if (entity.type !== 'ORG' || entity.name.toLowerCase() === doc.meta.outlet?.toLowerCase()) continue;
      // Re-inserted so that the map's order is that of each one's latest mention.
      const count = (counts.get(entity) ?? 0) + 1;
      counts.delete(entity);
      counts.set(entity, count);
    }
    // 'the union': an organisation whose name says it is one ('… Aerospace Workers'), and no other.
    const kind = data.organisationKinds.get(noun);
    const holdsNoun = (entity: Entity): boolean => entity.name.toLowerCase().split(/[^\p{L}]+/u).some((word) => word === noun || kind?.has(word) === true);
    let best: { entity: Entity; named: boolean; count: number } | null = null;
    for (const [entity, count] of counts) {
      const named = holdsNoun(entity);
      if (!best || (named && !best.named) || (named === best.named && count >= best.count)) best = { entity, named, count };
    }
    return best && (best.named || !kind) ? best.entity : null;
  }

  /** The salient speaker, where it is a person: a role phrase ('pemain berkebangsaan Amerika itu') names no organisation. */
  private salientPerson(doc: ArticleDoc, data: QuoteData, item: Found, lastSpeaker: LastSpeaker | null, mentions: Located[]): Entity | null {
    const entity = this.salient(doc, data, item, lastSpeaker, mentions, null);
    return entity?.type === 'PERSON' ? entity : null;
  }

  /** The gender the pronoun of an attribution tells ('she said': female), where the language's pronouns tell one. */
  private pronounGender(doc: ArticleDoc, data: QuoteData, cue: Span | null): Gender | null {
    if (!cue || !data.pronounGenders.size) return null;
    for (const word of doc.text.slice(cue.start, cue.end).toLowerCase().match(/\p{L}+/gu) ?? []) {
      const gender = data.pronounGenders.get(word);
      if (gender) return gender;
    }
    return null;
  }

  /**
   * The speaker a pronoun refers to: a person the quote's paragraph brings in after the last
   * speaker's quote ('Salah seorang korban, Rina (34), mengaku … "…," ujarnya'), else the last
   * speaker nearby, else the last person mentioned; with a gendered pronoun, the last one whose
   * first name is not of the other gender.
   */
  private salient(doc: ArticleDoc, data: QuoteData, item: Found, lastSpeaker: LastSpeaker | null, mentions: Located[], gender: Gender | null): Entity | null {
    const fits = (entity: Entity): boolean => {
      if (!gender) return true;
      const first = /^\p{L}+/u.exec(entity.name)?.[0];
      const named = first ? firstNameGender(first) : null;
      return named === null || named === gender;
    };
    if (lastSpeaker && item.paragraph - lastSpeaker.paragraph <= 3 && fits(lastSpeaker.entity)) {
      const newcomer = this.newSubject(doc, data, item, lastSpeaker, mentions);
      return newcomer && fits(newcomer) ? newcomer : lastSpeaker.entity;
    }
    for (let index = lowerBound(mentions, item.start, ({ mention }) => mention.start) - 1; index >= 0; index--) {
      const { entity, mention } = mentions[index]!;
      if (entity.type === 'PERSON' && mention.end <= item.start && fits(entity)) return entity;
    }
    return lastSpeaker?.entity ?? null;
  }

  /**
   * A person other than the last speaker who is the subject of a sentence of the quote's paragraph
   * or the one before, after the last speaker's quote: the first person of that sentence, within
   * its first SUBJECT_WORDS words, with no verb before it ('Pemerintah juga menyinggung peran
   * Presiden Jokowi'), in a sentence that does not open with a pronoun ('Ia juga menyinggung …').
   * The nearest such sentence before the quote counts.
   */
  private newSubject(doc: ArticleDoc, data: QuoteData, item: Found, lastSpeaker: LastSpeaker, mentions: Located[]): Entity | null {
    const floor = Math.max(lastSpeaker.end, doc.paragraphs[Math.max(0, item.paragraph - 1)]?.start ?? item.start);
    for (let index = lowerBound(mentions, item.start, ({ mention }) => mention.start) - 1; index >= 0 && mentions[index]!.mention.start >= floor; index--) {
      const { entity, mention } = mentions[index]!;
      if (entity.type !== 'PERSON' || mention.end > item.start) continue;
      const sentence = this.sentenceAt(doc, mention.start);
      // 'Menanggapi hal itu, anggota Komisi VII DPR Mulyanto meminta …': an opening phrase set off by a comma is no part of the
      // subject, nor is an institution's bracket ('Presiden Persatuan Pengguna Islam Malaysia (PPIM), Datuk Nadzim Johan').
      const written = doc.text.slice(Math.max(sentence.start, floor), mention.start).replace(OPENING_PHRASE, '');
      // The person's own role before the name ("Anggota Komisi IX DPR dari Fraksi PDI-P, Rahmad Handoyo") is part of the subject, however long.
      const role = entity.role ? written.lastIndexOf(entity.role) : -1;
      const before = (role >= 0 && /^[\s,]*$/u.test(written.slice(role + entity.role!.length)) ? written.slice(0, role) : written).replace(/\([^()]*\)/gu, ' ');
      const opening = /\p{L}+/u.exec(before)?.[0];
      let earlierPerson = false;
      for (let other = index - 1; other >= 0 && mentions[other]!.mention.start >= sentence.start && !earlierPerson; other--) earlierPerson = mentions[other]!.entity.type === 'PERSON';
      if (!earlierPerson && !holdsVerb(before, data) && wordCount(before) < SUBJECT_WORDS && !(opening && data.pronouns.has(opening))) return entity === lastSpeaker.entity ? null : entity;
    }
    return null;
  }

  /**
   * The person whose role the phrase names ('juru bicara Kremlin', 'diplomat senior AS'): the best
   * match of the phrase's words in the person's role, and of equals the one mentioned last before
   * the quote. Per person rather than per mention, so that long articles stay linear.
   */
  private roleHolder(data: QuoteData, phrase: string, before: number, mentions: Located[], roleHolders: number): Entity | null {
    // Whole words: 'a spokesperson' is no part of 'leader of the conservative Christian Democrats'.
    const words = (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 && !data.referenceWords.has(word));
    const qualifiers = phrase.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? [];
    const latest = new Map<Entity, number>();
    const end = lowerBound(mentions, before, ({ mention }) => mention.start);
    for (let index = end - 1; index >= 0 && latest.size < roleHolders; index--) {
      const { entity, mention } = mentions[index]!;
      if (entity.type === 'PERSON' && entity.role && !latest.has(entity)) latest.set(entity, mention.start);
    }
    let best: Entity | null = null;
    let bestScore = 0;
    let bestAt = -1;
    for (const [entity, at] of latest) {
      const roleWords = new Set(entity.role!.match(/[\p{L}\p{N}]+/gu));
      const lowerRoleWords = new Set([...roleWords].map((word) => word.toLowerCase()));
      const score = words.filter((word) => lowerRoleWords.has(word)).length + 2 * qualifiers.filter((word) => roleWords.has(word)).length;
      if (score > 0 && (score > bestScore || (score === bestScore && at > bestAt))) {
        best = entity;
        bestScore = score;
        bestAt = at;
      }
    }
    return best;
  }

  /** The first person (else entity) of the sentence before the quote in its paragraph. */
  private previousSubject(doc: ArticleDoc, item: Found, mentions: Located[]): Entity | null {
    const paragraph = doc.paragraphs[item.paragraph];
    if (!paragraph) return null;
    const sentence = doc.sentences[lowerBound(doc.sentences, item.start + 1, (span) => span.end) - 1];
    if (!sentence || sentence.start < paragraph.start || sentence.end > item.start) return null;
    const inside = within(mentions, sentence, ({ mention }) => mention.start, ({ mention }) => mention.end);
    return (inside.find(({ entity }) => entity.type === 'PERSON') ?? null)?.entity ?? null;
  }
}
