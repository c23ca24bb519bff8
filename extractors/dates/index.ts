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
import type { ArticleDoc, LanguageProfile, Span, Stage, StageContext, Token } from '../../pipeline/types.js';
import type { DateKind, DateMention } from '../../output/types.js';
import { dateWords, hasRelation, type DateWords } from './words.js';
import {
  DayOfMonthParser, EraAgoParser, InvalidSlashDateParser, MonthRelationParser, NotADateRefiner, PeriodParser, PrepositionRefiner,
  TAG, ThisPartOfDayRefiner, PartOfDayBeforeDateRefiner, NumberNotTimeRefiner, RecurringRefiner, WeekdayOfWeekParser, UnitsAgoParser, DayMonthNameParser, WeekdayRelationParser, WeekdayAheadParser, DayWordParser, MidnightTimeParser, WeekdayWithDateParser, YearParser, isValidDay,
  WeekendParser, DurationRefiner, BracketedDateRefiner, WeekRefiner, MonthPrefixRefiner, DateTimeJoinRefiner, RelativeYearJoinRefiner,
} from './parsers.js';
import { addDays, isoWeekday, type Day } from '../../pipeline/calendar.js';
import { lowerBound, spanAt } from '../../pipeline/spans.js';
import { alternation, gated } from '../../pipeline/patterns.js';

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
const RANGE = /\s*(?:\bhingga\b|\bsampai dengan\b|\bsampai\b|\bs\.d\.?|\bs\/d\b|[-–—])\s*/iu;

/** Two reference dates far apart: a value that changes with the reference depends on it. */
const PROBES: readonly [Day, Day] = [{ year: 2001, month: 6, day: 13 }, { year: 2013, month: 10, day: 2 }];
const PLAUSIBLE_YEARS = { min: 1800, max: 2100 };
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)/;
/** A written year anywhere in a stretch: only such a stretch can hold a full date. */
const WRITTEN_YEAR_IN = /\d{4}/;

/** A digit pattern that can be (part of) a date: a year, a day/month or a time, an hour or ordinal. */
const DIGIT_CUE = /\d{4}|\d\s*[/:.-]\s*\d|\d\s*(?:[ap]\.?m|st|nd|rd|th)(?![\p{L}])/uy;

/** Whether the token at [start, end) cues a date: a cue word (or 'se' + one: "seminggu"), or a date-like digit pattern. */
function isCue(text: string, { start, end, lower }: Token, cues: ReadonlySet<string>): boolean {
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
  // An abbreviation keeps its point in the token ("Dec.").
  const word = text.charCodeAt(end - 1) === 46 ? lower.slice(0, -1) : lower;
  return cues.has(word) || (word.startsWith('se') && cues.has(word.slice(2)));
}

/**
 * Words either side of a cue that a date expression can reach: "pada pertengahan bulan depan",
 * "dua belas hari yang lalu", "Sabtu, 20 April 2013 pukul 10.00 WIB".
 */
const WINDOW = { before: 4, after: 6 };
/** The longest stretch chrono reads at once, in characters (dates cannot span more). */
const MAX_STRETCH = 1000;
/** How many characters of stretches one call of chrono reads: chrono slows down more than linearly on long texts. */
const MAX_BATCH = 2000;
/**
 * What joins the stretches of a batch: a line holding only a symbol (SYMBOL FOR RECORD SEPARATOR)
 * that no date pattern reads, so that no match, look-around or merge of chrono's reaches across.
 */
const SEPARATOR = '\n\u241E\n';

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

/** How far back (in characters, a few paragraphs) a clock time alone takes its day from the last date. */
const TIME_REACH = 1200;
/** A value that names a day: "2025-01-12", "2025-01-12T16:00+07:00". */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

const instances = new WeakMap<LanguageProfile, chrono.Chrono>();

/** chrono's casual parser for the language, extended with Warta's parsers and refiners. */
function chronoFor(profile: LanguageProfile, words: DateWords): chrono.Chrono {
  let instance = instances.get(profile);
  if (instance) return instance;
  if (profile.code === 'en') {
    instance = chrono.en.casual.clone();
    instance.parsers.unshift(new InvalidSlashDateParser(PLAUSIBLE_YEARS), new YearParser(words), new WeekendParser(words));
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
    if (words.weekdayAhead.length) instance.parsers.unshift(new WeekdayAheadParser(words));
    instance.parsers.unshift(new WeekdayOfWeekParser(words));
    if (words.midnight.length) instance.parsers.unshift(new MidnightTimeParser(words));
  }
  // A part of the day before a date goes before chrono merges the two the wrong way round; so does a number that is no time.
  instance.refiners.unshift(new PartOfDayBeforeDateRefiner(words), new NumberNotTimeRefiner());
  // Our filter replaces chrono's, which drops bare years and the invalid dates we flag.
  instance.refiners = instance.refiners.filter((refiner) => refiner.constructor.name !== 'UnlikelyFormatFilter');
  // Durations are told by their whole text ("after a year"), before the preposition goes; a bracketed date joins only a date.
  instance.refiners.push(new RecurringRefiner(words), new DurationRefiner(words), new RelativeYearJoinRefiner(words), new PrepositionRefiner(words), new MonthPrefixRefiner(words), new ThisPartOfDayRefiner(words), new NotADateRefiner(words), new BracketedDateRefiner(), new DateTimeJoinRefiner(words), new WeekRefiner(words));
  instances.set(profile, instance);
  return instance;
}

/** The anchor the input or the timestamp line gives, as a day. */
function publishedDay(published: string | null): Day | null {
  const match = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** A result whose day, month and year are all written out ("12 Januari 2022", "14/1/2022"). */
/**
 * Without an anchor, "Selasa (11/7)" still has its year where the article writes one that fits: of
 * the years the article writes and those next to them, the one whose 11 July is a Tuesday, where
 * only one is (2023 in an article that writes "Februari 2023"; 2017 and 2028 are far from it).
 */
function yearsByWeekday(results: readonly Result[]): Result[] {
  const given: Result[] = [];
  const written = new Set<number>();
  for (const result of results) {
    const year = result.start.get('year');
    if (result.start.isCertain('year') && year !== null && WRITTEN_YEAR.test(result.text) && year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max) written.add(year);
  }
  if (!written.size) return given;
  const near = [...new Set([...written].flatMap((year) => [year - 1, year, year + 1]))];
  for (const result of results) {
    const start = result.start;
    if (!result.tags.has(TAG.weekdayDate) || result.tags.has(TAG.mismatch) || start.isCertain('year') || start.get('weekday') === null) continue;
    const [month, day, weekday] = [start.get('month')!, start.get('day')!, start.get('weekday')!];
    const fitting = near.filter((year) => isValidDay({ year, month, day }) && isoWeekday({ year, month, day }) % 7 === weekday % 7);
    if (fitting.length === 1 && start instanceof chrono.ParsingComponents) {
      start.assign('year', fitting[0]!);
      given.push(result);
    }
  }
  return given;
}

/** How many characters after a date a relation word that marks it as ahead ("mendatang") is looked for. */
const FOLLOWING_RELATION = 20;

/** Whether `following` opens with a relation word that points ahead ("mendatang", "yang akan datang"). */
function aheadAfter(words: DateWords, following: string): boolean {
  const next = /^\s+(\p{L}+(?:\s+\p{L}+){0,2})/u.exec(following)?.[1]?.toLowerCase().replace(/\s+/gu, ' ');
  return next !== undefined && words.future.some((word) => `${next} `.startsWith(`${word.toLowerCase()} `));
}

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
  return countedFromAnchor(result.tags);
}

/** Whether a result was counted from the reference date: Warta's relative parsers, chrono's relative and casual ones ("in three days", "besok"). */
function countedFromAnchor(tags: ReadonlySet<string>): boolean {
  for (const tag of tags) {
    if (tag === TAG.relative || tag.startsWith('result/relative') || tag.startsWith('casualReference/')) return true;
  }
  return false;
}

/** The year of a month named without one: the latest such month up to the anchor's, or the next from it on when looking ahead. */
function yearOfMonth(month: number, anchor: Day, forward: boolean): number {
  if (forward) return month >= anchor.month ? anchor.year : anchor.year + 1;
  return month <= anchor.month ? anchor.year : anchor.year - 1;
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
    let byStretch: Result[][];
    let probe: Map<string, Result> | null = null;
    if (anchor) {
      byStretch = this.parse(parser, doc.text, stretches, anchor);
    } else {
      // HeidelTime's rule: the anchor is the latest date the article writes out in full, and only a
      // stretch with a written year can hold one. Those are read first; the others are read once,
      // against the anchor so found (before, every stretch was read against a stand-in and again).
      const text = doc.text;
      const withYear: number[] = [];
      const withoutYear: number[] = [];
      for (const [index, stretch] of stretches.entries()) (WRITTEN_YEAR_IN.test(text.slice(stretch.start, stretch.end)) ? withYear : withoutYear).push(index);
      byStretch = stretches.map(() => []);
      const readInto = (indexes: readonly number[], reference: Day): void => {
        const parsed = this.parse(parser, text, indexes.map((index) => stretches[index]!), reference);
        for (const [position, index] of indexes.entries()) byStretch[index] = parsed[position]!;
      };
      readInto(withYear, PROBES[0]);
      const written = withYear.flatMap((index) => byStretch[index]!).filter((result) => explicitDay(result) !== null);
      // A date the text marks as ahead ("Senin (9/1/2023) mendatang") is no day of the narrative: the anchor is one that is not, where there is one.
      const narrated = written.filter((result) => !aheadAfter(words, text.slice(result.index + result.text.length, result.index + result.text.length + FOLLOWING_RELATION)));
      const explicit = (narrated.length ? narrated : written).map(explicitDay).filter((day): day is Day => day !== null);
      if (explicit.length) {
        anchor = explicit.reduce((latest, day) => (compare(day, latest) > 0 ? day : latest));
        anchorFromDates = true;
        // Stretches whose results depend on the reference date are read again against the anchor.
        readInto(withYear.filter((index) => byStretch[index]!.some(dependsOnReference)), anchor);
        readInto(withoutYear, anchor);
      } else {
        // No anchor: what moves with a second reference depends on an anchor.
        readInto(withoutYear, PROBES[0]);
        const dependent = [...stretches.keys()].filter((index) => byStretch[index]!.some(dependsOnReference)).map((index) => stretches[index]!);
        probe = new Map(this.parse(parser, text, dependent, PROBES[1]).flat().map((result) => [`${result.index}:${result.text}`, result]));
      }
    }
    const results = byStretch.flat();
    // The years so given are certain, whatever the reference: no probe moves them.
    if (!anchor) for (const result of yearsByWeekday(results)) probe?.delete(`${result.index}:${result.text}`);
    // The last day a date gave, for a clock time alone after it.
    let lastDay: { value: string; start: number } | null = null;
    doc.dates = results.flatMap((result) => {
      const other = probe?.get(`${result.index}:${result.text}`) ?? null;
      const mention = (text: string, start: number, components: Components, probed: Components | null): DateMention => {
        const dayBefore = lastDay && start - lastDay.start <= TIME_REACH ? lastDay.value : null;
        const reading = this.read(components, result.tags, anchor, probed, doc, words, anchorFromDates, result.end !== undefined, start, text, dayBefore);
        if (reading.resolved && FULL_DAY.test(reading.value)) lastDay = { value: reading.value.slice(0, 10), start };
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
        if (!isCue(text, token, cues)) continue;
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

  /**
   * chrono's results in each stretch. Stretches are read in batches, joined by SEPARATOR: each call
   * of chrono sets up every parser and refiner once, so one call per batch saves that set-up per
   * stretch (about a tenth of the stage). A batch whose result crosses a separator (none should)
   * is read again stretch by stretch.
   */
  private parse(parser: chrono.Chrono, text: string, stretches: readonly Span[], reference: Day): Result[][] {
    const results: Result[][] = stretches.map(() => []);
    const date = referenceDate(reference);
    const read = (first: number, last: number): boolean => {
      const offsets: number[] = [];
      let joined = '';
      for (let index = first; index < last; index++) {
        if (index > first) joined += SEPARATOR;
        offsets.push(joined.length);
        joined += text.slice(stretches[index]!.start, stretches[index]!.end);
      }
      const batch: Result[][] = offsets.map(() => []);
      for (const result of parser.parse(joined, date)) {
        const at = lowerBound(offsets, result.index + 1, (offset) => offset) - 1;
        const stretch = stretches[first + at]!;
        if (result.index + result.text.length > offsets[at]! + stretch.end - stretch.start) return false;
        batch[at]!.push({ index: result.index - offsets[at]! + stretch.start, text: result.text, start: result.start, end: result.end ?? undefined, tags: result.tags() });
      }
      for (const [index, found] of batch.entries()) results[first + index] = found;
      return true;
    };
    for (let first = 0; first < stretches.length; ) {
      let last = first + 1;
      let length = stretches[first]!.end - stretches[first]!.start;
      while (last < stretches.length && length + SEPARATOR.length + stretches[last]!.end - stretches[last]!.start <= MAX_BATCH) {
        length += SEPARATOR.length + stretches[last]!.end - stretches[last]!.start;
        last++;
      }
      if (!read(first, last)) for (let index = first; index < last; index++) read(index, index + 1);
      first = last;
    }
    return results;
  }

  /** The TIMEX3 value, kind and flags of one date (`start`: its components). */
  private read(
    start: Components, tags: ReadonlySet<string>, anchor: Day | null, probe: Components | null, doc: ArticleDoc, words: DateWords,
    anchorFromDates: boolean, inRange: boolean, index: number, text: string, dayBefore: string | null,
  ): Reading {
    const at = { index, text };
    if (tags.has(TAG.invalid)) return { value: 'XXXX-XX-XX', kind: 'date', resolved: false, flags: ['invalid-date'] };

    const flags: string[] = [];
    if (tags.has(TAG.mismatch)) flags.push('weekday-mismatch');
    const moved = (component: 'year' | 'month' | 'day'): boolean => probe !== null && probe.get(component) !== start.get(component);
    const part = (component: 'year' | 'month' | 'day', width: number): string => (moved(component) ? 'X'.repeat(width) : pad(start.get(component)!, width));
    const year = part('year', 4);
    const resolved = (...parts: string[]): boolean => !parts.some((text) => text.includes('X'));

    if (tags.has(TAG.weekend)) return this.readWeekend(at, anchor, doc, words, flags);
    if (tags.has(TAG.week)) {
      if (anchor === null && (moved('day') || moved('month') || moved('year'))) return { value: 'XXXX-WXX', kind: 'week', resolved: false, flags };
      const [weekYear, week] = isoWeek({ year: start.get('year')!, month: start.get('month')!, day: start.get('day')! });
      return { value: `${weekYear}-W${pad(week)}`, kind: 'week', resolved: true, flags };
    }
    // A year chrono guessed (the nearest), which the tense may overrule; not where the anchor is itself a date of the narrative, nor in a range, whose other end gives the year.
    const yearImplied = anchor !== null && !anchorFromDates && !inRange && !start.isCertain('year') && !tags.has(TAG.relative) && !tags.has(TAG.weekdayDate);
    if (start.isCertain('day') || tags.has(TAG.weekdayDate)) {
      // "Dec. 5" in a sentence that looks ahead is the next one; in one in the past (where the language marks it), the last one.
      let dayYear = year;
      if (yearImplied && !moved('year')) {
        const day = { year: anchor.year, month: start.get('month')!, day: start.get('day')! };
        const sense = this.tense(at, doc, words, words.pastCues.size > 0);
        if (sense > 0) dayYear = String(compare(day, anchor) >= 0 ? anchor.year : anchor.year + 1);
        else if (sense < 0) dayYear = String(compare(day, anchor) <= 0 ? anchor.year : anchor.year - 1);
      }
      const date = `${dayYear}-${part('month', 2)}-${part('day', 2)}`;
      if (!tags.has(TAG.weekdayDate) && start.isCertain('weekday') && resolved(date)) {
        const written = start.get('weekday')!;
        const day = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
        if ((written === 0 ? 7 : written) !== isoWeekday(day)) flags.push('weekday-mismatch');
      }
      // A date counted from the anchor ("in three days", "besok") is after it by its own words.
      if (resolved(date) && anchor && !anchorFromDates && !countedFromAnchor(tags) && this.afterAnchor(date, anchor) && !this.pointsForward(at, doc, words)) flags.push('future-date');
      if (start.isCertain('hour')) {
        const time = `T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`;
        const zone = start.isCertain('timezoneOffset') ? offset(start.get('timezoneOffset')!) : words.timezone;
        return { value: `${date}${time}${zone}`, kind: 'datetime', resolved: resolved(date), flags };
      }
      return { value: date, kind: 'date', resolved: resolved(date), flags };
    }
    if (start.isCertain('weekday') && !start.isCertain('month')) return this.readWeekday(start, at, anchor, doc, words, flags);
    if (start.isCertain('hour')) {
      // A time alone ("sekitar pukul 16.00 WIB"): on the day the article gave last, a few paragraphs back at most (the
      // story's day: "Minggu (12/1/2025) sore … sekitar pukul 16.00 WIB"), else on the anchor's day.
      const date = dayBefore ?? (anchor ? isoDay(anchor) : 'XXXX-XX-XX');
      const zone = start.isCertain('timezoneOffset') ? offset(start.get('timezoneOffset')!) : words.timezone;
      return { value: `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}${zone}`, kind: 'datetime', resolved: dayBefore !== null || anchor !== null, flags };
    }
    if (start.isCertain('month')) {
      // A month without a year ("in April"): in news, the last one before the anchor, unless the sentence looks ahead.
      const monthYear = yearImplied ? String(yearOfMonth(start.get('month')!, anchor, this.tense(at, doc, words, words.pastCues.size > 0) > 0)) : year;
      const value = `${monthYear}-${part('month', 2)}`;
      return { value, kind: 'month', resolved: resolved(value), flags };
    }
    return { value: year, kind: 'year', resolved: resolved(year), flags };
  }

  /**
   * "pada hari Rabu": the nearest Wednesday on the side the tense points to; the past by default
   * in news. "Rabu lalu" said on a Wednesday is a week back; a bare "Rabu" that day is the day
   * itself, in the past and in the future. Where the language lists past cues (English), a weekday in a sentence with no tense
   * cue either way is the nearest one ("Visit the Thunder on Friday"). Where relations go by week
   * (English), "last Tuesday" is the Tuesday of last week and "next Friday" that of next week.
   */
  private readWeekday(start: Components, at: Place, anchor: Day | null, doc: ArticleDoc, words: DateWords, flags: string[]): Reading {
    const written = start.get('weekday')!;
    const weekday = written === 0 ? 7 : written;
    if (!anchor) return { value: `XXXX-WXX-${weekday}`, kind: 'weekday', resolved: false, flags };
    const current = isoWeekday(anchor);
    const back = (current - weekday + 7) % 7;
    const ahead = (weekday - current + 7) % 7;
    // 'Rabu besok': the next Wednesday (its text is a weekday with its relation, and maybe a time).
    const saysAhead = words.weekdayAhead.some((word) => ` ${at.text.toLowerCase()} `.includes(` ${word} `));
    const relation = hasRelation(words, at.text, -1) ? -1 : hasRelation(words, at.text, 1) || saysAhead ? 1 : 0;
    const sense = relation || this.tense(at, doc, words, true);
    let shift: number;
    if (relation !== 0 && words.weekdayRelationByWeek) shift = weekday - current + 7 * relation;
    else if (relation < 0) shift = -(back || 7);
    // A bare weekday that is the anchor's own is that day, whatever the tense: news writes "will vote on Friday" on
    // the Friday itself, and "next Friday" (a relation) for a week ahead.
    else if (relation > 0) shift = ahead || 7;
    else if (sense > 0) shift = ahead;
    // With no cue either way where the language marks tense, the present: a schedule, the nearest day.
    else if (sense === 0 && words.pastCues.size) shift = ahead < back ? ahead : -back;
    else shift = -back;
    const value = isoDay(addDays(anchor, shift));
    // "3 p.m. Tuesday", "Selasa pukul 10.00": the time of that day.
    if (start.isCertain('hour')) {
      const zone = start.isCertain('timezoneOffset') ? offset(start.get('timezoneOffset')!) : words.timezone;
      return { value: `${value}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}${zone}`, kind: 'datetime', resolved: true, flags };
    }
    return { value, kind: 'weekday', resolved: true, flags };
  }

  /** "the weekend", "last weekend", "this weekend": the ISO week of the nearest weekend on the side the text or the tense points to. */
  private readWeekend(at: Place, anchor: Day | null, doc: ArticleDoc, words: DateWords, flags: string[]): Reading {
    if (!anchor) return { value: 'XXXX-WXX', kind: 'week', resolved: false, flags };
    const current = isoWeekday(anchor);
    // "this weekend": the one of the anchor's week.
    const forward = !hasRelation(words, at.text, -1) && (hasRelation(words, at.text, 1) || hasRelation(words, at.text, 0) || this.pointsForward(at, doc, words));
    // A weekend's Saturday: this one when the anchor falls in it, else the next or the last.
    const shift = current >= 6 ? 6 - current : forward ? 6 - current : -(current + 1);
    const [weekYear, week] = isoWeek(addDays(anchor, shift));
    return { value: `${weekYear}-W${pad(week)}`, kind: 'week', resolved: true, flags };
  }

  /**
   * Whether a cue stands right next to the date, with nothing but spaces between ('on Wednesday signaled', 'announced
   * Tuesday'); not across a preposition ('kept funded through Feb. 18').
   */
  private nextTo(cue: TenseCue, at: Place, text: string): boolean {
    const dateEnd = at.index + at.text.length;
    if (cue.index >= dateEnd) return !text.slice(dateEnd, cue.index).trim();
    return cue.end <= at.index && !text.slice(cue.end, at.index).trim();
  }

  private afterAnchor(date: string, anchor: Day): boolean {
    return date > isoDay(anchor);
  }

  /** Whether the date's own words or its sentence speak of what is to come ("Rabu depan"; "akan", "will"). */
  private pointsForward(at: Place, doc: ArticleDoc, words: DateWords): boolean {
    if (hasRelation(words, at.text, 1)) return true;
    if (hasRelation(words, at.text, -1)) return false;
    const sentence = spanAt(doc.sentences, at.index);
    return sentence !== null && tenseCues(doc, sentence, words).some((cue) => cue.sense > 0);
  }

  /**
   * The tense a date without its year or week is read in: +1 ahead, -1 back, 0 unknown.
   *  1. A relation word in the date's own text ("next Friday", "Rabu lalu").
   *  2. The tense cue nearest to the date in its clause (between punctuation and clauseBreaks):
   *     "said Tuesday it would reopen in September" puts Tuesday back and September ahead.
   *  3. "until" just before it looks ahead ("has been delayed until February"), unless the
   *     sentence is in the past ("Until April, he lived in Ohio"); it outranks a participle.
   *  4. With `sentenceWide`, the cue nearest to the date in the whole sentence.
   * Past cues exist only where the language marks tense (English).
   */
  private tense(at: Place, doc: ArticleDoc, words: DateWords, sentenceWide: boolean): -1 | 0 | 1 {
    if (hasRelation(words, at.text, 1)) return 1;
    if (hasRelation(words, at.text, -1)) return -1;
    const sentence = spanAt(doc.sentences, at.index);
    if (!sentence) return 0;
    const cues = tenseCues(doc, sentence, words);
    const clause = clauseOf(doc, sentence, at.index, words);
    // A listed word ("will", "said") outranks a mere ending ("closed" in "will stay closed", "funded" in "would keep it funded
    // through May"), except the date's own verb: a past ending right next to it, after no auxiliary ("on Wednesday signaled it will").
    const strength = (cue: TenseCue): number => (cue.listed || (cue.finite && this.nextTo(cue, at, doc.text)) ? 1 : 0);
    const nearest = (from: number, to: number): (TenseCue & { strength: number }) | null => {
      let best: (TenseCue & { strength: number }) | null = null;
      let distance = Infinity;
      for (const cue of cues) {
        if (cue.index < from || cue.index >= to) continue;
        const gap = cue.index < at.index ? at.index - cue.end : cue.index - (at.index + at.text.length);
        const strong = strength(cue);
        if (!best || strong > best.strength || (strong === best.strength && gap < distance)) [best, distance] = [{ ...cue, strength: strong }, gap];
      }
      return best;
    };
    const inClause = nearest(clause.start, clause.end);
    if (inClause?.strength) return inClause.sense;
    // 'until' outranks a participle: 'has been delayed until Tuesday'.
    if (words.untilWords.length && untilBefore(words).test(doc.text.slice(Math.max(0, at.index - 40), at.index)) && !cues.some((cue) => cue.sense < 0 && (cue.listed || cue.finite))) return 1;
    if (inClause) return inClause.sense;
    return sentenceWide ? (nearest(sentence.start, sentence.end)?.sense ?? 0) : 0;
  }
}

interface TenseCue {
  index: number;
  end: number;
  sense: -1 | 1;
  /** 1 for a word of the lists, 0 for a past ending ('-ed'), which may be a participle. */
  listed: 0 | 1;
  /** For a past ending: no auxiliary stands up to two words before it ('will stay closed', 'has been delayed' are participles). */
  finite: boolean;
}

/** The tense cues of a sentence, found once per sentence (a sentence can hold thousands of dates). */
const sentenceCues = new WeakMap<Span, TenseCue[]>();

function tenseCues(doc: ArticleDoc, sentence: Span, words: DateWords): TenseCue[] {
  let cues = sentenceCues.get(sentence);
  if (cues) return cues;
  cues = [];
  const text = doc.text.slice(sentence.start, sentence.end).toLowerCase();
  /** The ordinal of the last auxiliary (or listed cue) seen: a past ending up to two words after it is a participle. */
  let auxiliaryAt = -Infinity;
  let ordinal = 0;
  // "was set to take effect on Sept. 1", "was due to be released in September": looking ahead from a past, the phrase and
  // its auxiliary tell no side of the anchor (the date is the nearest one); without a past auxiliary ("is scheduled to take
  // place in February") the phrase looks ahead.
  const prospective = prospectivePattern(words);
  const skipped = new Set<number>();
  // 'fell more than expected to 1.7%', 'held as expected': a comparison, not a look ahead.
  const comparative = comparativePattern(words);
  const compared = (at: number): boolean => comparative !== null && comparative.test(text.slice(Math.max(0, at - 12), at));
  if (prospective) {
    for (const match of text.matchAll(prospective)) {
      const phrase = sentence.start + match.index + match[1]!.length;
      if (!match[1] && !compared(match.index)) cues.push({ index: phrase, end: phrase + match[2]!.length, sense: 1, listed: 1, finite: true });
      for (const word of match[0].matchAll(/\p{L}+/gu)) skipped.add(sentence.start + match.index + word.index);
    }
  }
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const index = sentence.start + match.index;
    ordinal++;
    if (skipped.has(index)) continue;
    if (words.futureCues.has(word) && compared(match.index)) continue;
    if (words.futureCues.has(word)) cues.push({ index, end: index + word.length, sense: 1, listed: 1, finite: true });
    else if (words.pastCues.has(word)) cues.push({ index, end: index + word.length, sense: -1, listed: 1, finite: true });
    else if (words.pastSuffixes.some((suffix) => word.length > suffix.length + 2 && word.endsWith(suffix))) {
      cues.push({ index, end: index + word.length, sense: -1, listed: 0, finite: ordinal - auxiliaryAt > 3 });
    }
    if (words.participleAuxiliaries.has(word) || words.futureCues.has(word) || words.pastCues.has(word)) auxiliaryAt = ordinal;
  }
  sentenceCues.set(sentence, cues);
  return cues;
}

const comparativePatterns = new WeakMap<DateWords, RegExp | null>();

/** A comparative word ending a text ('more than '), or null where the language lists none. */
function comparativePattern(words: DateWords): RegExp | null {
  let pattern = comparativePatterns.get(words);
  if (pattern === undefined) {
    pattern = words.comparatives.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(words.comparatives)})\\s+$`, 'u') : null;
    comparativePatterns.set(words, pattern);
  }
  return pattern;
}

const prospectivePatterns = new WeakMap<DateWords, RegExp | null>();

/** A prospective phrase ('set to'), after the past auxiliary before it where there is one. Groups: the auxiliary and its space (may be empty), the phrase. Global. */
function prospectivePattern(words: DateWords): RegExp | null {
  let pattern = prospectivePatterns.get(words);
  if (pattern === undefined) {
    const auxiliaries = alternation(words.pastCues);
    pattern = words.prospectiveCues.length
      ? new RegExp(`(?<![\\p{L}])((?:(?:${auxiliaries || '(?!)'})\\s+)?)(${alternation(words.prospectiveCues)})(?![\\p{L}])`, 'gu')
      : null;
    prospectivePatterns.set(words, pattern);
  }
  return pattern;
}

const clausePatterns = new WeakMap<DateWords, RegExp>();

/** The clause around a position: between punctuation (or a clause-breaking word) before and after it, inside its sentence. */
function clauseOf(doc: ArticleDoc, sentence: Span, index: number, words: DateWords): Span {
  let pattern = clausePatterns.get(words);
  if (!pattern) {
    const breaks = alternation(words.clauseBreaks);
    pattern = gated(new RegExp(`[,;:()\u2013\u2014"\u201c\u201d]|\\s--\\s${breaks ? `|(?<![\\p{L}])(?:${breaks})(?![\\p{L}])` : ''}`, 'giu'));
    clausePatterns.set(words, pattern);
  }
  const text = doc.text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = sentence.start + match.index;
    if (at < index) start = at + match[0].length;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

const untilPatterns = new WeakMap<DateWords, RegExp>();

/** 'hingga', 'until', then up to two words, at the end of the text before a date. */
function untilBefore(words: DateWords): RegExp {
  let pattern = untilPatterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:${alternation(words.untilWords)})(?:\\s+[\\p{L}]+){0,2}\\s+$`, 'iu');
    untilPatterns.set(words, pattern);
  }
  return pattern;
}

