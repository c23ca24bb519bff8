/**
 * Warta's parsers and refiners on top of chrono-node's Indonesian locale, one small class per
 * pattern, in chrono's own style (src/locales/id). They cover what chrono misses or reads
 * otherwise than Indonesian news means it:
 *  - "Rabu (12/1/2022)", "Senin (7/7)": one date with its weekday (chrono gives two results);
 *  - "minggu ini", "pekan lalu": a week (chrono reads "minggu" as Sunday);
 *  - "tahun 2014", "sejak 2019": years; "dua dekade lalu": a year counted back;
 *  - "Oktober lalu", "Oktober tahun lalu", "awal bulan ini": months and periods relative to the anchor;
 *  - "(20/20/2025)": a date that cannot exist, kept and flagged.
 * Tags ('warta:…') tell the stage how to read each result.
 */
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { countOf, direction, hasRelation, phraseKey, type DateWords } from './words.js';
import { alternation, gated } from '../../pipeline/patterns.js';
import { addDays, isValidDate, isoWeekday, type Day } from '../../pipeline/calendar.js';

/** No letter or digit just before: the match starts a word. */
const START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after: the match ends a word. */
const END = '(?![\\p{L}\\p{N}])';

export const TAG = {
  week: 'warta:week',
  month: 'warta:month',
  year: 'warta:year',
  weekdayDate: 'warta:weekday-date',
  /** "the weekend", "last weekend": a week, placed by the stage on the side the tense points to. */
  weekend: 'warta:weekend',
  mismatch: 'warta:weekday-mismatch',
  invalid: 'warta:invalid-date',
  /** The value was computed from the reference date ("Oktober lalu", "tiga hari lalu"). */
  relative: 'warta:relative',
} as const;


function reference(context: ParsingContext): Day {
  const date = context.refDate;
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export const isValidDay = (day: Day): boolean => isValidDate(day.year, day.month, day.day);

/**
 * The year of a date written without one ("Senin (7/7)"): of the anchor's year and its
 * neighbours, the nearest in which the date falls on the written weekday; else the nearest.
 */
export function yearForWeekday(anchor: Day, month: number, day: number, weekday: number | undefined): number {
  const distance = (year: number): number => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  const years = [anchor.year, anchor.year - 1, anchor.year + 1].filter((year) => isValidDay({ year, month, day })).sort((a, b) => distance(a) - distance(b));
  return years.find((year) => isoWeekday({ year, month, day }) === weekday) ?? years[0] ?? anchor.year;
}

/** A parser whose pattern is built once (chrono asks for it on every parse). */
abstract class CachedPatternParser implements Parser {
  private cached: RegExp | null = null;

  protected abstract buildPattern(): RegExp;

  pattern(): RegExp {
    // Gated: chrono runs every parser over every stretch, and these patterns are Unicode (see GatedRegExp).
    this.cached ??= gated(this.buildPattern());
    return this.cached;
  }

  abstract extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;
}

const tagged = (result: ParsingResult, ...tags: string[]): ParsingResult => result.addTags(tags);

/**
 * "Rabu (12/1/2022)", "Senin (7/7)", "Rabu, 12/1/2022", "Minggu, 19 Januari": one date; the weekday is
 * checked against it. chrono's Indonesian locale takes no "Minggu" (also "week") before a date.
 */
export class WeekdayWithDateParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}(?:hari\\s+)?(${this.words.pattern.weekday})(?:\\s*\\(\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2,4}))?\\s*\\)|\\s*,\\s*(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})${END}|\\s*,\\s*(\\d{1,2})\\s+(${this.words.pattern.month})(?:\\s+(\\d{4}))?${END})`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const weekday = this.words.weekdays.get(match[1]!.toLowerCase());
    const day = Number(match[2] ?? match[5] ?? match[8]);
    const month = match[9] !== undefined ? this.words.months.get(match[9].toLowerCase()) ?? 0 : Number(match[3] ?? match[6]);
    const yearText = match[4] ?? match[7] ?? match[10];
    const year = yearText ? (yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)) : yearForWeekday(reference(context), month, day, weekday);
    const date = { year, month, day };
    if (!isValidDay(date)) return tagged(context.createParsingResult(match.index!, match[0]), TAG.invalid, `${TAG.invalid}:${day}/${month}/${yearText ?? ''}`);
    const components = context.createParsingComponents({ day, month });
    if (yearText) components.assign('year', year);
    else components.imply('year', year);
    // Kept for the stage, which may choose the year by it where there is no anchor.
    if (weekday !== undefined) components.imply('weekday', weekday % 7);
    const result = context.createParsingResult(match.index!, match[0], components);
    tagged(result, TAG.weekdayDate);
    if (weekday !== undefined && weekday !== isoWeekday(date)) tagged(result, TAG.mismatch);
    return result;
  }
}

/** "(20/20/2025)", "13/10/3025": a written date that is not a real one. */
export class InvalidSlashDateParser extends CachedPatternParser {
  constructor(private readonly plausibleYears: { min: number; max: number }) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})${END}`, 'u');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
    if (isValidDay(date) && date.year >= this.plausibleYears.min && date.year <= this.plausibleYears.max) return null;
    return tagged(context.createParsingResult(match.index!, match[0]), TAG.invalid, `${TAG.invalid}:${match[1]}/${match[2]}/${match[3]}`);
  }
}

/** "tahun 2014", "sejak 2019", "in 2016": a year, not a count ("2014 orang") or an amount. */
export class YearParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}(?:(${this.words.pattern.year})\\s+)?((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}]|[.,:]\\d)`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    const before = context.text.slice(Math.max(0, index - 12), index);
    // Money, numbers and times: "Rp2014", "No. 2014", "12.2014", "2014/2015" stays a year range elsewhere.
    if (/(?:rp\.?|[$£€]|no\.?|nomor|[\d.,/:-])\s*$/iu.test(before)) return null;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 20);
    const next = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    if (!match[1] && next !== undefined && this.words.countNouns.has(next)) return null;
    return tagged(context.createParsingResult(index, match[0], { year: Number(match[2]) }), TAG.year);
  }
}

/** "dua dekade lalu", "satu abad silam": a year counted back from the anchor. */
export class EraAgoParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { number, era } = this.words.pattern;
    return new RegExp(`${START}(${number})\\s+(${era})\\s+(?:yang\\s+)?(lalu|silam|lepas)${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const count = countOf(this.words, match[1]!);
    const span = this.words.eras.get(match[2]!.toLowerCase());
    if (!Number.isFinite(count) || !span) return null;
    return tagged(context.createParsingResult(match.index!, match[0], { year: reference(context).year - count * span }), TAG.year, TAG.relative);
  }
}

/** "Oktober lalu", "Oktober tahun lalu", "awal Maret mendatang", "Desember ini". */
export class MonthRelationParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { prefix, month, relation } = this.words.pattern;
    // Not "3 Februari mendatang": a day before the month makes it a date, which chrono reads.
    return new RegExp(`${START}(?<!\\d\\s{1,3})(?:(${prefix})\\s+)?(${month})\\s+(?:(tahun)\\s+)?(${relation})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, prefix, monthWord, yearWord, relation] = match;
    const month = this.words.months.get(monthWord!.toLowerCase());
    if (month === undefined) return null;
    const now = reference(context);
    const sense = direction(this.words, relation!);
    let year = now.year + (yearWord ? sense : 0);
    // Without "tahun": the nearest such month before ("lalu") or after ("mendatang") the anchor; in the anchor's own
    // month, a third of it still ahead ("pertengahan Februari mendatang" on 3 February) or already past ("awal Februari lalu" on the 25th) is this one.
    const third = prefix ? this.words.periodThirds.get(prefix.toLowerCase()) : undefined;
    const thisMonth = month === now.month && third !== undefined && (sense > 0 ? now.day <= 10 * (third - 1) : now.day > 10 * third && third < 3);
    if (!yearWord && !thisMonth && sense < 0 && month >= now.month) year--;
    if (!yearWord && !thisMonth && sense > 0 && month <= now.month) year++;
    return tagged(context.createParsingResult(match.index!, match[0], { month, year }), TAG.month, TAG.relative);
  }
}

/** "awal bulan ini", "akhir tahun lalu", "pertengahan pekan depan", "bulan lalu", "minggu ini". */
export class PeriodParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { prefix, week, relation } = this.words.pattern;
    return new RegExp(`${START}(?:(?:${prefix})\\s+)?(bulan|tahun|${week})\\s+(${relation})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const unit = match[1]!.toLowerCase();
    const sense = direction(this.words, match[2]!);
    const now = reference(context);
    if (unit === 'tahun') return tagged(context.createParsingResult(match.index!, match[0], { year: now.year + sense }), TAG.year, TAG.relative);
    if (unit === 'bulan') {
      const month = now.month + sense;
      const date = month < 1 ? { month: 12, year: now.year - 1 } : month > 12 ? { month: 1, year: now.year + 1 } : { month, year: now.year };
      return tagged(context.createParsingResult(match.index!, match[0], date), TAG.month, TAG.relative);
    }
    const day = addDays(now, 7 * sense);
    return tagged(context.createParsingResult(match.index!, match[0], day), TAG.week, TAG.relative);
  }
}

/** "tiga hari lalu", "dua pekan lalu", "lima bulan lalu", "dua tahun lagi": counted back (or forward) at the unit's grain (relative-dates.json countRelations). */
export class UnitsAgoParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { number, week } = this.words.pattern;
    const { past, future } = this.words.countRelations;
    return new RegExp(`${START}(${number})\\s+(hari|${week}|bulan|tahun)\\s+(${alternation([...past, ...future]) || '(?!)'})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const count = countOf(this.words, match[1]!);
    if (!Number.isFinite(count)) return null;
    const relation = match[3]!.toLowerCase().replace(/\s+/gu, ' ');
    const sense = this.words.countRelations.future.some((word) => word.toLowerCase() === relation) ? 1 : -1;
    const unit = match[2]!.toLowerCase();
    const now = reference(context);
    if (unit === 'hari') return tagged(context.createParsingResult(match.index!, match[0], addDays(now, sense * count)), TAG.relative);
    if (unit === 'tahun') return tagged(context.createParsingResult(match.index!, match[0], { year: now.year + sense * count }), TAG.year, TAG.relative);
    if (unit === 'bulan') {
      const total = now.year * 12 + (now.month - 1) + sense * count;
      return tagged(context.createParsingResult(match.index!, match[0], { year: Math.floor(total / 12), month: (total % 12) + 1 }), TAG.month, TAG.relative);
    }
    return tagged(context.createParsingResult(match.index!, match[0], addDays(now, 7 * sense * count)), TAG.week, TAG.relative);
  }
}

/** "tanggal 12": a day of the anchor's month. */
export class DayOfMonthParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}tanggal\\s+(\\d{1,2})(?!\\s*(?:${this.words.pattern.month})${END}|\\s*[/.-]\\d|\\d)`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const now = reference(context);
    const components = context.createParsingComponents({ day });
    components.imply('month', now.month);
    components.imply('year', now.year);
    return context.createParsingResult(match.index!, match[0], components);
  }
}

/**
 * "18 Julai", "29 Julai ini", "5 Ogos 2018", "Mac 2020": a day and a month name of the profile, or a
 * month name and a year. For languages whose month names chrono's Indonesian locale does not know
 * (Malay's Mac, Julai, Ogos, Disember).
 */
export class DayMonthNameParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { month, relation } = this.words.pattern;
    return new RegExp(`${START}(?:(\\d{1,2})\\s+(${month})(?:\\s+(\\d{4})${END}|\\s+(${relation})${END})?|(${month})\\s+(\\d{4}))${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (match[5]) {
      // "Mac 2020": a month of a year (a month name alone is too often a word or a name: "Mac", "Jun").
      const month = this.words.months.get(match[5].toLowerCase());
      if (month === undefined) return null;
      return context.createParsingResult(match.index!, match[0], context.createParsingComponents({ month, year: Number(match[6]) }));
    }
    const day = Number(match[1]);
    const month = this.words.months.get(match[2]!.toLowerCase());
    if (month === undefined || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ day, month });
    if (match[3]) {
      components.assign('year', Number(match[3]));
      return context.createParsingResult(match.index!, match[0], components);
    }
    const now = reference(context);
    const sense = match[4] ? direction(this.words, match[4]) : 0;
    // Without a year: the anchor's year, or the next/previous one when the relation says so and the date has passed/not come.
    let year = now.year;
    const before = month < now.month || (month === now.month && day < now.day);
    if (sense > 0 && before) year++;
    if (sense < 0 && !before) year--;
    components.imply('year', year);
    return tagged(context.createParsingResult(match.index!, match[0], components), TAG.relative);
  }
}

/** "Khamis lalu", "Ahad lepas", "Isnin depan": a weekday with a relation word (the stage places it). */
export class WeekdayRelationParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { weekday, relation } = this.words.pattern;
    return new RegExp(`${START}(?:hari\\s+)?(${weekday})(?:\\s+(${relation}))?${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const weekday = this.words.weekdays.get(match[1]!.toLowerCase());
    if (weekday === undefined) return null;
    return context.createParsingResult(match.index!, match[0], { weekday: weekday % 7 });
  }
}

/**
 * "Rabu besok": the coming Wednesday (relative-dates.json "weekdayAhead"). chrono reads "besok" as tomorrow
 * and gives it the weekday, whatever day tomorrow is; the stage places the weekday ahead of the anchor.
 */
export class WeekdayAheadParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}(?:hari\\s+)?(${this.words.pattern.weekday})\\s+(?:${alternation(this.words.weekdayAhead)})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const weekday = this.words.weekdays.get(match[1]!.toLowerCase());
    if (weekday === undefined) return null;
    return context.createParsingResult(match.index!, match[0], { weekday: weekday % 7 });
  }
}

/**
 * "Jumat pekan ini", "Senin pekan depan", "Isnin minggu lalu": a weekday of the week a relation names, counted
 * in ISO weeks from the anchor's (chrono gives the weekday alone, which the stage would place by tense).
 */
export class WeekdayOfWeekParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { weekday, week, relation } = this.words.pattern;
    // A preposition before it too ("pada Jumat pekan ini"): chrono's result from "pada" on would win as the longer one.
    const preposition = alternation([...this.words.prepositions]);
    return new RegExp(`${START}(?:(?:${preposition || '(?!)'})\\s+)?(?:hari\\s+)?(${weekday})\\s+(?:${week || '(?!)'})\\s+(${relation || '(?!)'})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const weekday = this.words.weekdays.get(match[1]!.toLowerCase());
    if (weekday === undefined) return null;
    const anchor = reference(context);
    const day = addDays(anchor, (weekday % 7 || 7) - isoWeekday(anchor) + 7 * direction(this.words, match[2]!));
    return tagged(context.createParsingResult(match.index!, match[0], day), TAG.relative);
  }
}

/** "the weekend", "last weekend", "this weekend": the stage places the week (TAG.weekend). */
export class WeekendParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    const { relation, weekend } = this.words.pattern;
    return new RegExp(`${START}(?:(?:the|${relation})\\s+)?(?:${weekend})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    return tagged(context.createParsingResult(match.index!, match[0], reference(context)), TAG.weekend, TAG.relative);
  }
}

/** "semalam" (Malay: yesterday), "kelmarin", "esok": a day counted from the anchor (relative-dates.json "days"). */
export class DayWordParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}(${this.words.pattern.day})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const days = this.words.days.get(phraseKey(match[1]!));
    if (days === undefined) return null;
    return tagged(context.createParsingResult(match.index!, match[0], addDays(reference(context), days)), TAG.relative);
  }
}

/** "pukul 12 tengah malam", "12.01 tengah malam": a clock time at midnight is in the small hours. */
export class MidnightTimeParser extends CachedPatternParser {
  constructor(private readonly words: DateWords) {
    super();
  }

  protected buildPattern(): RegExp {
    return new RegExp(`${START}(?:(?:pukul|jam)\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?\\s+(?:${alternation(this.words.midnight)})${END}`, 'iu');
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const hour = Number(match[1]);
    const minute = Number(match[2] ?? 0);
    if ((hour !== 12 && hour !== 0) || minute > 59) return null;
    const day = reference(context);
    return tagged(context.createParsingResult(match.index!, match[0], { ...day, hour: 0, minute }), TAG.relative);
  }
}

/**
 * "pagi ini", "this morning", "sore ini": a part of the day with the present relation is the
 * anchor's day (chrono reads only the hour, which the stage would have given no day).
 */
export class ThisPartOfDayRefiner implements Refiner {
  private readonly pattern: RegExp;

  constructor(words: DateWords) {
    const parts = alternation(words.partsOfDay) || '(?!)';
    const present = alternation(words.present) || '(?!)';
    this.pattern = new RegExp(`^(?:(?:${present})\\s+(?:${parts})|(?:${parts})\\s+(?:${present}))$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.end || result.start.isCertain('day') || !this.pattern.test(result.text)) continue;
      const day = reference(context);
      result.start.assign('year', day.year);
      result.start.assign('month', day.month);
      result.start.assign('day', day.day);
      tagged(result, TAG.relative);
    }
    return results;
  }
}

/**
 * "sore hari Sabtu, 20 April 2013": a part of the day alone right before a date. chrono takes it for
 * both a date and a time (it has no certain component) and merges the two with the part of the day
 * as the date, the anchor's; it goes before chrono's merging. After a date it stays ("Minggu
 * (8/12/2024) malam"), which chrono merges the right way round.
 */
export class PartOfDayBeforeDateRefiner implements Refiner {
  private readonly partOfDay: RegExp;

  constructor(words: DateWords) {
    this.partOfDay = new RegExp(`^(?:${alternation(words.partsOfDay) || '(?!)'})$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result, index) => {
      const next = results[index + 1];
      return !(next && this.partOfDay.test(result.text) && /^[\s,]*$/u.test(context.text.slice(result.index + result.text.length, next.index)) && next.start.isCertain('day'));
    });
  }
}

/** What may join two dates of one list: a comma, a short word ("dan", "atau", "and", "or"). */
const LIST_JOINER = /^\s*(?:,|,?\s*\p{L}{1,4})\s*$/u;

/**
 * "diperingati setiap 25 November", "pasar buka setiap Senin dan Kamis", "every Monday": a date after a
 * word of recurrence (relative-dates.json recurring), and the dates listed with it, recur: no date.
 */
export class RecurringRefiner implements Refiner {
  private readonly before: RegExp;

  constructor(words: DateWords) {
    this.before = new RegExp(`${START}(?:${alternation(words.recurring) || '(?!)'})\\s+$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let previous: ParsingResult | null = null;
    return results.filter((result) => {
      const recurs = this.before.test(context.text.slice(Math.max(0, result.index - 20), result.index))
        || (previous !== null && LIST_JOINER.test(context.text.slice(previous.index + previous.text.length, result.index)));
      previous = recurs ? result : null;
      return !recurs;
    });
  }
}

/** A clock time of digits alone: "20", "10.20", "13:03". */
const DIGITS_CLOCK = /^\d{1,2}(?:[.:]\d{2})?$/u;
/** What may stand between a clock time and the date chrono would merge it with. */
const TIME_TO_DATE = /^\s*(?:\p{L}{1,4}\s+)?$/u;

/**
 * Drops a clock time of digits alone that is part of a number ("RM10.20": chrono reads "20") or that
 * stands before a month with no day ("10.20 pada Desember 2023": chrono merges them into a time on
 * the anchor's day); it goes before chrono merges a time with a date.
 */
export class NumberNotTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result, index) => {
      if (!DIGITS_CLOCK.test(result.text) || !result.start.isCertain('hour') || result.start.isCertain('day') || result.start.isCertain('month')) return true;
      if (/[\p{L}\p{N}.,]$/u.test(context.text.slice(Math.max(0, result.index - 1), result.index))) return false;
      const next = results[index + 1];
      return !(next && next.start.isCertain('month') && !next.start.isCertain('day') && TIME_TO_DATE.test(context.text.slice(result.index + result.text.length, next.index)));
    });
  }
}

/** Two bare numbers joined by a dash or a word or two: a score or a count ("2 - 0", "berusia 5 hingga 14 tahun"), no time range. */
const NUMBER_RANGE = /^\d{1,2}(?:[.:]\d{2})?\s*(?:[-–]|\p{L}+(?:\s+\p{L}+)?)\s*\d{1,2}(?:[.:]\d{2})?$/u;

/**
 * Drops what is not a calendar reference: "sekarang", "now", "within a month" (relative-dates.json
 * notADateStarts), a part of the day alone ("malam"), bare numbers and two joined ("2 - 0"), a bare clock where the language
 * marks its times ("3:08 to play") and impossible dates, except the years and invalid dates that
 * Warta's own parsers tagged. (It takes the place of chrono's UnlikelyFormatFilter.)
 */
export class NotADateRefiner implements Refiner {
  private readonly notADate: RegExp;
  private readonly partOfDay: RegExp;

  constructor(private readonly words: DateWords) {
    this.notADate = new RegExp(`^(?:${alternation(words.notADateStarts) || '(?!)'})${END}`, 'iu');
    this.partOfDay = new RegExp(`^(?:${alternation(words.partsOfDay) || '(?!)'})$`, 'iu');
  }

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const tags = result.tags();
      if (tags.has(TAG.invalid)) return true;
      // A listed day word is a day even where it opens like a stretch ('tadi malam': last night).
      if (this.words.days.has(phraseKey(result.text))) return true;
      if (this.notADate.test(result.text) || this.partOfDay.test(result.text)) return false;
      if (!tags.has(TAG.year) && (/^\d*(?:\.\d*)?$/.test(result.text.replace(' ', '')) || NUMBER_RANGE.test(result.text))) return false;
      if (this.words.bareClockIsNoTime && /^\d{1,2}:\d{2}$/.test(result.text)) return false;
      return result.start.isValidDate() && (!result.end || result.end.isValidDate());
    });
  }
}

/** How many words before "in three months" may hold what makes it a stretch counted back: "the first rate rise in three months". */
const LOOK_BACK_WORDS = 6;

/** chrono's tag on a result counted in hours, minutes or seconds from the reference. */
const CHRONO_CLOCK_OFFSET = 'result/relativeDateAndTime';

/**
 * Drops a stretch of time ("the past two years", "within a month", "next 24 hours", "dalam dua tahun
 * ke depan"), a time counted from an event rather than from the anchor ("seven years after", "a year
 * later", "dua tahun kemudian"), a stretch counted back after a superlative ("for the first time in
 * three months", "the highest in two years") and a period after a count without a number ("beberapa
 * bulan lalu": some months ago, not last month): relative-dates.json "duration"; and hours or
 * minutes counted from the anchor ("in eight hours"), and a day counted from an event ("the day after the ban
 * takes effect", "the next day": duration.fromEvent). "two years ago" and "in three days" stay dates.
 */
export class DurationRefiner implements Refiner {
  private readonly pattern: RegExp;
  private readonly countedIn: RegExp;
  /** A count and a unit at the start of a result. */
  private readonly startsWithSpan: RegExp;
  /** A word of duration.within just before a result ("dalam", "selama"). */
  private readonly afterWithin: RegExp;
  /** A unit at the start of a result ("bulan lalu"). */
  private readonly startsWithUnit: RegExp;
  /** A count without a number just before a result ("beberapa"). */
  private readonly afterVagueCount: RegExp;

  constructor(private readonly words: DateWords) {
    const { before, after, within, units } = words.duration;
    const { span, vagueCount } = words.pattern;
    this.pattern = new RegExp(`^(?:(?:the\\s+)?(?:${alternation(before) || '(?!)'})\\s+(?:the\\s+)?${span}|${span}\\s+(?:${alternation(after) || '(?!)'}))$`, 'iu');
    this.countedIn = new RegExp(`^in\\s+(?:the\\s+)?${span}$`, 'iu');
    this.startsWithSpan = new RegExp(`^${span}${END}`, 'iu');
    this.afterWithin = new RegExp(`${START}(?:${alternation(within) || '(?!)'})\\s+$`, 'iu');
    this.startsWithUnit = new RegExp(`^(?:${alternation(units) || '(?!)'})${END}`, 'iu');
    this.afterVagueCount = new RegExp(`${START}(?:${vagueCount})\\s+$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (this.pattern.test(result.text)) return false;
      // Hours or minutes counted from the anchor ("in eight hours", "dua jam lagi"): the anchor is a
      // day with no clock time, so the count places no time (and in a report it is mostly a stretch).
      if (result.tags().has(CHRONO_CLOCK_OFFSET)) return false;
      if (this.words.duration.fromEvent.has(phraseKey(result.text))) return false;
      if (this.countedIn.test(result.text) && this.afterLookBack(context.text, result.index)) return false;
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      if (this.startsWithSpan.test(result.text) && this.afterWithin.test(before)) return false;
      return !(this.startsWithUnit.test(result.text) && this.afterVagueCount.test(before));
    });
  }

  /** Whether a look-back word ("first", "highest") stands in the few words of the clause before `index`. */
  private afterLookBack(text: string, index: number): boolean {
    const clause = text.slice(Math.max(0, index - 80), index).split(/[.;!?]/u).pop() ?? '';
    const before = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
    return before.slice(-LOOK_BACK_WORDS).some((word) => this.words.duration.lookBack.has(word));
  }
}

/**
 * "today (Nov. 18)", "kemarin (12/1)": a relative day followed by the date it stands for, in
 * brackets, is one date (GUIDELINES: the text includes the bracketed date); the bracket's value wins.
 */
export class BracketedDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      if (previous && !previous.end && !result.end) {
        const between = context.text.slice(previous.index + previous.text.length, result.index);
        const after = context.text.slice(result.index + result.text.length);
        const close = /^\s*\)/.exec(after);
        if (/^\s*\(\s*$/.test(between) && close) {
          result.text = context.text.slice(previous.index, result.index + result.text.length + close[0].length);
          result.index = previous.index;
          merged[merged.length - 1] = result;
          continue;
        }
      }
      merged.push(result);
    }
    return merged;
  }
}

/**
 * "Jumat (31/12/2021) sekitar pukul 23.30 WIB", "Tuesday at about 3 p.m.": a clock time after a date,
 * with only a joining word (relative-dates.json's timeJoiners) or a part of the day between, is that
 * date's time (chrono joins them only with nothing but "pada" or a comma between).
 */
export class DateTimeJoinRefiner implements Refiner {
  private readonly between: RegExp;

  constructor(words: DateWords) {
    const joiners = alternation(words.timeJoiners);
    const parts = alternation(words.partsOfDay);
    this.between = new RegExp(`^\\s*,?(?:\\s*(?:${parts || '(?!)'}))?(?:\\s+(?:${joiners || '(?!)'}))*\\s*$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const joined: ParsingResult[] = [];
    for (const result of results) {
      const previous = joined[joined.length - 1];
      if (previous && !previous.end && !result.end && previous.start.isOnlyDate() && result.start.isOnlyTime()
        && this.between.test(context.text.slice(previous.index + previous.text.length, result.index))) {
        for (const component of TIME_COMPONENTS) {
          if (result.start.isCertain(component)) previous.start.assign(component, result.start.get(component)!);
        }
        previous.text = context.text.slice(previous.index, result.index + result.text.length);
        continue;
      }
      joined.push(result);
    }
    return joined;
  }
}

/**
 * "7 Oktober tahun lalu", "Oct. 7 last year", "October last year": a day and month, or a month, written
 * without a year right before a relative year is of that year (chrono reads them as two dates, the
 * first in the anchor's year).
 */
export class RelativeYearJoinRefiner implements Refiner {
  private readonly relativeYear: RegExp;

  constructor(private readonly words: DateWords) {
    const { year, relation } = words.pattern;
    this.relativeYear = new RegExp(`^(?:(?:${year})\\s+(${relation})|(${relation})\\s+(?:${year}))$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const joined: ParsingResult[] = [];
    for (const result of results) {
      const previous = joined[joined.length - 1];
      const relation = this.relativeYear.exec(result.text);
      if (previous && relation && !previous.end && !result.end && previous.start.get('month') !== null && !previous.start.isCertain('year')
        && !previous.start.isCertain('weekday') && !previous.tags().has(TAG.weekdayDate) && !/\d{4}/u.test(previous.text) && /^\s+$/u.test(context.text.slice(previous.index + previous.text.length, result.index))) {
        previous.start.assign('year', reference(context).year + direction(this.words, (relation[1] ?? relation[2])!));
        previous.text = context.text.slice(previous.index, result.index + result.text.length);
        tagged(previous, TAG.relative);
        continue;
      }
      joined.push(result);
    }
    return joined;
  }
}

/** The components a clock time gives a date. */
const TIME_COMPONENTS = ['hour', 'minute', 'second', 'timezoneOffset', 'meridiem'] as const;

/** "last week", "this week", "the past week": a week, as chrono reads its day (TAG.week); the stage gives the ISO week. */
export class WeekRefiner implements Refiner {
  private readonly pattern: RegExp;

  constructor(private readonly words: DateWords) {
    const { relation, week } = words.pattern;
    this.pattern = new RegExp(`^(?:the\\s+)?(?:(?:${relation})\\s+(?:${week})|(?:${week})\\s+(?:${relation}))$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!this.pattern.test(result.text)) continue;
      result.addTag(TAG.week);
      // chrono reads "this week" as the Sunday that opens it, which is in the ISO week before: the anchor's own day is in it.
      if (hasRelation(this.words, result.text, 0)) {
        const now = reference(context);
        for (const [component, value] of [['year', now.year], ['month', now.month], ['day', now.day]] as const) result.start.assign(component, value);
      }
    }
    return results;
  }
}

/**
 * "awal Desember", "akhir Oktober 2024": a period prefix right before a month (without a day) is part of its text, as in
 * "awal bulan ini"; the value stays the month's.
 */
export class MonthPrefixRefiner implements Refiner {
  private readonly before: RegExp;

  constructor(words: DateWords) {
    this.before = new RegExp(`${START}(?:${words.pattern.prefix || '(?!)'})\\s+$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!result.start.isCertain('month') || result.start.isCertain('day') || result.start.isCertain('weekday')) continue;
      const prefix = this.before.exec(context.text.slice(Math.max(0, result.index - 16), result.index));
      if (!prefix) continue;
      result.index -= prefix[0].length;
      result.text = context.text.slice(result.index, result.index + prefix[0].length + result.text.length);
    }
    return results;
  }
}

/** Strips a leading preposition ("pada", "sejak", "on") and a trailing separator ("April,", "February -") from a result's text. */
export class PrepositionRefiner implements Refiner {
  /** A count and a unit: "in three days" keeps its "in", which makes it a date. */
  private readonly span: RegExp;

  constructor(private readonly words: DateWords) {
    this.span = new RegExp(`^${words.pattern.span}${END}`, 'iu');
  }

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      for (;;) {
        const match = /^([\p{L}]+)\s+/u.exec(result.text);
        if (!match || !this.words.prepositions.has(match[1]!.toLowerCase()) || this.span.test(result.text.slice(match[0].length))) break;
        result.index += match[0].length;
        result.text = result.text.slice(match[0].length);
      }
      const trailing = /[\s,;:\-–—]+$/u.exec(result.text);
      if (trailing && trailing.index > 0) result.text = result.text.slice(0, trailing.index);
    }
    return results;
  }
}
