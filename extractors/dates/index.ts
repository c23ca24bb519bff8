/**
 * Dates stage: every calendar reference, normalised to a TIMEX3-style value against the
 * article's time anchor, with sanity flags. chrono-node's Indonesian locale does the parsing;
 * Warta's parsers and refiners (parsers.ts) extend it where Indonesian news needs it.
 *
 * Anchor, in this order: the input's `published`; the article's timestamp line; the latest
 * explicit full date the article gives (HeidelTime's rule for narratives). Without one,
 * whatever depends on it stays unresolved (`XXXX-WXX-3`), never a guess.
 */
import * as chrono from 'chrono-node';
import type { ArticleDoc, LanguageProfile, Span, Stage, StageContext } from '../../pipeline/types.js';
import type { DateKind, DateMention } from '../../output/types.js';
import { dateWords, type DateWords } from './words.js';
import {
  DayOfMonthParser, EraAgoParser, InvalidSlashDateParser, MonthRelationParser, NotADateRefiner, PeriodParser, PrepositionRefiner,
  TAG, UnitsAgoParser, DayMonthNameParser, WeekdayRelationParser, DayWordParser, MidnightTimeParser, WeekdayWithDateParser, YearParser, isValidDay,
} from './parsers.js';
import { isoWeekday, type Day } from '../../pipeline/calendar.js';
import { spanAt } from '../../pipeline/spans.js';

type Parsed = ReturnType<chrono.Chrono['parse']>[number];
type Components = Parsed['start'];

/** A chrono result placed in the article's text. */
interface Result {
  index: number;
  text: string;
  start: Components;
  end: Components | undefined;
  tags: ReadonlySet<string>;
}
/** Where a date stands: its start and text. */
interface Place {
  index: number;
  text: string;
}

/** The word or dash between the two ends of a range. */
const RANGE = /\s*(?:\bhingga\b|\bsampai\b|\bsampai dengan\b|\bs\.d\.?|\bs\/d\b|[-–—])\s*/iu;

/** Two reference dates far apart: a value that changes with the reference depends on it. */
const PROBES: readonly [Day, Day] = [{ year: 2001, month: 6, day: 13 }, { year: 2013, month: 10, day: 2 }];
const PLAUSIBLE_YEARS = { min: 1800, max: 2100 };
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)/;

/** A digit pattern that can be (part of) a date: a year, a day/month or a time, an hour or ordinal. */
const DIGIT_CUE = /\d{4}|\d\s*[/:.-]\s*\d|\d\s*(?:[ap]\.?m|st|nd|rd|th)(?![\p{L}])/uy;

/** Whether the token at [start, end) cues a date: a cue word (or 'se' + one: "seminggu"), or a date-like digit pattern. */
function isCue(text: string, start: number, end: number, cues: ReadonlySet<string>): boolean {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) {
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code < 48 || code > 57) continue;
      DIGIT_CUE.lastIndex = index;
      if (DIGIT_CUE.test(text)) return true;
    }
    return false;
  }
  const word = text.slice(start, end).toLowerCase();
  return cues.has(word) || (word.startsWith('se') && cues.has(word.slice(2)));
}

/**
 * Words either side of a cue that a date expression can reach: "pada pertengahan bulan depan",
 * "dua belas hari yang lalu", "Sabtu, 20 April 2013 pukul 10.00 WIB".
 */
const WINDOW = { before: 4, after: 6 };
/** The longest stretch chrono reads at once, in characters (dates cannot span more). */
const MAX_STRETCH = 1000;

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/** The start of the `count`th word before `index`, not before `floor`. */
function wordsBefore(text: string, index: number, floor: number, count: number): number {
  let cursor = index;
  for (let seen = 0; seen < count && cursor > floor; seen++) {
    while (cursor > floor && isSpace(text.charCodeAt(cursor - 1))) cursor--;
    while (cursor > floor && !isSpace(text.charCodeAt(cursor - 1))) cursor--;
  }
  return cursor;
}

/** The end of the `count`th word after `index`, not after `ceiling`. */
function wordsAfter(text: string, index: number, ceiling: number, count: number): number {
  let cursor = index;
  // Finish the word the cue stands in.
  while (cursor < ceiling && !isSpace(text.charCodeAt(cursor))) cursor++;
  for (let seen = 0; seen < count && cursor < ceiling; seen++) {
    while (cursor < ceiling && isSpace(text.charCodeAt(cursor))) cursor++;
    while (cursor < ceiling && !isSpace(text.charCodeAt(cursor))) cursor++;
  }
  return cursor;
}

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');
const isoDay = (day: Day): string => `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
const referenceDate = (day: Day): Date => new Date(day.year, day.month - 1, day.day, 12, 0, 0);

function compare(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** ISO 8601 week of a day: [week-year, week]. */
export function isoWeek(day: Day): [number, number] {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return [date.getUTCFullYear(), Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7)];
}

function offset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

const instances = new WeakMap<LanguageProfile, chrono.Chrono>();

/** chrono's casual parser for the language, extended with Warta's parsers and refiners. */
function chronoFor(profile: LanguageProfile, words: DateWords): chrono.Chrono {
  let instance = instances.get(profile);
  if (instance) return instance;
  if (profile.code === 'en') {
    instance = chrono.en.casual.clone();
  } else {
    instance = chrono.id.casual.clone();
    // Ours first: at the same start, chrono keeps the earlier of two equally long results.
    instance.parsers.unshift(
      new WeekdayWithDateParser(words), new InvalidSlashDateParser(PLAUSIBLE_YEARS), new PeriodParser(words), new MonthRelationParser(words),
      new UnitsAgoParser(words), new EraAgoParser(words), new YearParser(words), new DayOfMonthParser(words),
    );
    // Malay's own month and weekday names (Julai, Ogos, Khamis) and day words (semalam: yesterday), read before chrono's Indonesian ones.
    if (words.ownCalendarWords) instance.parsers.unshift(new DayMonthNameParser(words), new WeekdayRelationParser(words));
    if (words.days.size) instance.parsers.unshift(new DayWordParser(words));
    if (words.midnight.length) instance.parsers.unshift(new MidnightTimeParser(words));
    // Our filter replaces chrono's, which drops bare years and the invalid dates we flag.
    instance.refiners = instance.refiners.filter((refiner) => refiner.constructor.name !== 'UnlikelyFormatFilter');
    instance.refiners.push(new PrepositionRefiner(words), new NotADateRefiner());
  }
  instances.set(profile, instance);
  return instance;
}

/** The anchor the input or the timestamp line gives, as a day. */
function publishedDay(published: string | null): Day | null {
  const match = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** A result whose day, month and year are all written out ("12 Januari 2022", "14/1/2022"). */
function explicitDay(result: Result): Day | null {
  const start = result.start;
  if (result.tags.has(TAG.invalid) || !start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return null;
  if (!WRITTEN_YEAR.test(result.text)) return null;
  const day = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
  return isValidDay(day) && day.year >= PLAUSIBLE_YEARS.min && day.year <= PLAUSIBLE_YEARS.max ? day : null;
}

/**
 * Whether a result's value was computed from the reference date: chrono's relative and casual
 * results, Warta's relative parsers, and anything whose year is not written in its text.
 */
function dependsOnReference(result: Result): boolean {
  if (!WRITTEN_YEAR.test(result.text) || !result.start.isCertain('year') || (result.end && !result.end.isCertain('year'))) return true;
  for (const tag of result.tags) {
    if (tag === TAG.relative || tag.startsWith('result/relative') || tag.startsWith('casualReference/')) return true;
  }
  return false;
}

interface Reading {
  value: string;
  kind: DateKind;
  resolved: boolean;
  flags: string[];
}

export class DatesStage implements Stage {
  readonly name = 'dates';

  run(doc: ArticleDoc, context: StageContext): void {
    if (!doc.text) return;
    const words = dateWords(context.profile);
    const parser = chronoFor(context.profile, words);

    const stretches = this.stretches(doc, words.cues);
    let anchor = publishedDay(doc.meta.published);
    let anchorFromDates = false;
    const byStretch = stretches.map((stretch) => this.parse(parser, doc.text, stretch, anchor ?? PROBES[0]));
    // A second pass against another reference reparses only the stretches whose results depend on it.
    const dependent = stretches.filter((_, index) => byStretch[index]!.some(dependsOnReference));
    let probe: Map<string, Result> | null = null;
    if (!anchor) {
      // HeidelTime's rule: the latest date the article writes out in full.
      const explicit = byStretch.flat().map(explicitDay).filter((day): day is Day => day !== null);
      if (explicit.length) {
        anchor = explicit.reduce((latest, day) => (compare(day, latest) > 0 ? day : latest));
        anchorFromDates = true;
        for (const [index, stretch] of stretches.entries()) {
          if (dependent.includes(stretch)) byStretch[index] = this.parse(parser, doc.text, stretch, anchor);
        }
      } else {
        // No anchor: parse against a second reference; what moves with it depends on an anchor.
        probe = new Map(dependent.flatMap((stretch) => this.parse(parser, doc.text, stretch, PROBES[1])).map((result) => [`${result.index}:${result.text}`, result]));
      }
    }
    const results = byStretch.flat();
    doc.dates = results.flatMap((result) => {
      const other = probe?.get(`${result.index}:${result.text}`) ?? null;
      const mention = (text: string, start: number, components: Components, probed: Components | null): DateMention => {
        const reading = this.read(components, result.tags, anchor, probed, doc, words, anchorFromDates, start, text);
        const date: DateMention = { text, start, end: start + text.length, ...reading };
        if (anchor) date.anchor = isoDay(anchor);
        return date;
      };
      // A range ("3 Agustus hingga 5 November") is two dates.
      const connector = result.end ? RANGE.exec(result.text) : null;
      if (result.end && connector) {
        const endStart = connector.index + connector[0].length;
        return [
          mention(result.text.slice(0, connector.index), result.index, result.start, other?.start ?? null),
          mention(result.text.slice(endStart), result.index + endStart, result.end, other?.end ?? null),
        ];
      }
      return [mention(result.text, result.index, result.start, other?.start ?? null)];
    });
  }

  /**
   * The stretches of text chrono reads: a few words either side of each date cue, inside the
   * sentences that hold one, merged where they touch (so that a range or a date and its time
   * still meet). Computed once; chrono runs over them once per reference date.
   */
  private stretches(doc: ArticleDoc, cues: ReadonlySet<string>): Span[] {
    const { text, tokens } = doc;
    const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: text.length }];
    const stretches: Span[] = [];
    let cursor = 0;
    for (const sentence of sentences) {
      while (cursor < tokens.length && tokens[cursor]!.start < sentence.start) cursor++;
      for (; cursor < tokens.length && tokens[cursor]!.end <= sentence.end; cursor++) {
        const token = tokens[cursor]!;
        if (!isCue(text, token.start, token.end, cues)) continue;
        const start = wordsBefore(text, token.start, sentence.start, WINDOW.before);
        const end = wordsAfter(text, token.end, sentence.end, WINDOW.after);
        const last = stretches[stretches.length - 1];
        // Windows that touch merge, up to a length: chrono slows down more than linearly on long texts.
        if (last && start <= last.end && last.end - last.start < MAX_STRETCH) last.end = Math.max(last.end, end);
        else stretches.push({ start: last ? Math.max(start, last.end) : start, end });
      }
    }
    return stretches;
  }

  private parse(parser: chrono.Chrono, text: string, { start, end }: Span, reference: Day): Result[] {
    return parser.parse(text.slice(start, end), referenceDate(reference)).map((result) => (
      { index: result.index + start, text: result.text, start: result.start, end: result.end, tags: result.tags() }));
  }

  /** The TIMEX3 value, kind and flags of one date (`start`: its components). */
  private read(
    start: Components, tags: ReadonlySet<string>, anchor: Day | null, probe: Components | null, doc: ArticleDoc, words: DateWords,
    anchorFromDates: boolean, index: number, text: string,
  ): Reading {
    const at = { index, text };
    if (tags.has(TAG.invalid)) return { value: 'XXXX-XX-XX', kind: 'date', resolved: false, flags: ['invalid-date'] };

    const flags: string[] = [];
    if (tags.has(TAG.mismatch)) flags.push('weekday-mismatch');
    const moved = (component: 'year' | 'month' | 'day'): boolean => probe !== null && probe.get(component) !== start.get(component);
    const part = (component: 'year' | 'month' | 'day', width: number): string => (moved(component) ? 'X'.repeat(width) : pad(start.get(component)!, width));
    const year = part('year', 4);
    const resolved = (...parts: string[]): boolean => !parts.some((text) => text.includes('X'));

    if (tags.has(TAG.week)) {
      if (anchor === null && (moved('day') || moved('month') || moved('year'))) return { value: 'XXXX-WXX', kind: 'week', resolved: false, flags };
      const [weekYear, week] = isoWeek({ year: start.get('year')!, month: start.get('month')!, day: start.get('day')! });
      return { value: `${weekYear}-W${pad(week)}`, kind: 'week', resolved: true, flags };
    }
    if (start.isCertain('day') || tags.has(TAG.weekdayDate)) {
      const date = `${year}-${part('month', 2)}-${part('day', 2)}`;
      if (!tags.has(TAG.weekdayDate) && start.isCertain('weekday') && resolved(date)) {
        const written = start.get('weekday')!;
        const day = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
        if ((written === 0 ? 7 : written) !== isoWeekday(day)) flags.push('weekday-mismatch');
      }
      if (resolved(date) && anchor && !anchorFromDates && this.afterAnchor(date, anchor) && !this.pointsForward(at, doc, words)) flags.push('future-date');
      if (start.isCertain('hour')) {
        const time = `T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`;
        const zone = start.isCertain('timezoneOffset') ? offset(start.get('timezoneOffset')!) : words.timezone;
        return { value: `${date}${time}${zone}`, kind: 'datetime', resolved: resolved(date), flags };
      }
      return { value: date, kind: 'date', resolved: resolved(date), flags };
    }
    if (start.isCertain('weekday') && !start.isCertain('month')) return this.readWeekday(start, at, anchor, doc, words, flags);
    if (start.isCertain('hour')) {
      // A time alone ("pukul 10.00 WIB"): on the anchor's day.
      const date = anchor ? isoDay(anchor) : 'XXXX-XX-XX';
      const zone = start.isCertain('timezoneOffset') ? offset(start.get('timezoneOffset')!) : words.timezone;
      return { value: `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}${zone}`, kind: 'datetime', resolved: anchor !== null, flags };
    }
    if (start.isCertain('month')) {
      const value = `${year}-${part('month', 2)}`;
      return { value, kind: 'month', resolved: resolved(value), flags };
    }
    return { value: year, kind: 'year', resolved: resolved(year), flags };
  }

  /** "pada hari Rabu": the nearest Wednesday on the side the tense points to; the past by default in news. */
  private readWeekday(start: Components, at: Place, anchor: Day | null, doc: ArticleDoc, words: DateWords, flags: string[]): Reading {
    const written = start.get('weekday')!;
    const weekday = written === 0 ? 7 : written;
    if (!anchor) return { value: `XXXX-WXX-${weekday}`, kind: 'weekday', resolved: false, flags };
    const forward = this.pointsForward(at, doc, words);
    const current = isoWeekday(anchor);
    // "Rabu lalu" said on a Wednesday is a week back; a bare "Rabu" that day is the day itself.
    const explicitlyPast = /(?:lalu|silam|lepas|kemarin)\s*$/iu.test(at.text);
    const shift = forward ? ((weekday - current + 7) % 7 || 7) : -((current - weekday + 7) % 7 || (explicitlyPast ? 7 : 0));
    const date = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + shift));
    const value = isoDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    return { value, kind: 'weekday', resolved: true, flags };
  }

  private afterAnchor(date: string, anchor: Day): boolean {
    return date > isoDay(anchor);
  }

  /** Whether the sentence around a result speaks of what is to come ("akan", "mendatang", "depan"). */
  private pointsForward(at: Place, doc: ArticleDoc, words: DateWords): boolean {
    if (/(?:depan|mendatang|datang|hadapan)\s*$/iu.test(at.text)) return true;
    if (/(?:lalu|silam|lepas|kemarin)\s*$/iu.test(at.text)) return false;
    const sentence = spanAt(doc.sentences, at.index);
    if (!sentence) return false;
    // Read once per sentence: a sentence can hold thousands of dates.
    let forward = futureSentences.get(sentence);
    if (forward === undefined) {
      const lower = doc.text.slice(sentence.start, sentence.end).toLowerCase();
      forward = lower.split(/[^\p{L}]+/u).some((word) => words.futureCues.has(word));
      futureSentences.set(sentence, forward);
    }
    return forward;
  }
}

/** Whether a sentence holds a future cue, per sentence span object (so per document). */
const futureSentences = new WeakMap<Span, boolean>();
