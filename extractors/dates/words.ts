/** The dates stage's language data, compiled once per profile from months.json, weekdays.json and relative-dates.json. */
import type { LanguageProfile } from '../../pipeline/types.js';
import { dataObject, isRecord, stringsIn } from '../../pipeline/dictionaries.js';
import { alternation } from '../../pipeline/patterns.js';

export interface DateWords {
  /** lowercase month name → 1..12 */
  months: ReadonlyMap<string, number>;
  /** lowercase weekday name → ISO weekday 1..7 */
  weekdays: ReadonlyMap<string, number>;
  past: readonly string[];
  present: readonly string[];
  future: readonly string[];
  periodPrefixes: readonly string[];
  /** The third of a month (1, 2, 3) that each period prefix names ('pertengahan' → 2), lowercase. */
  periodThirds: ReadonlyMap<string, number>;
  weekWords: readonly string[];
  futureCues: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  eras: ReadonlyMap<string, number>;
  numberWords: ReadonlyMap<string, number>;
  countNouns: ReadonlySet<string>;
  /** The offset of a clock time that names no zone, where the language has one time zone ('+08:00' for Malay), else ''. */
  timezone: string;
  /** Phrases for midnight after a clock time ('pukul 12 tengah malam' is 00:00), lowercase. */
  midnight: readonly string[];
  /** Words for a day counted from the anchor ('semalam': -1), lowercase. */
  days: ReadonlyMap<string, number>;
  /** Whether the language names months or weekdays that chrono's Indonesian locale does not know (Malay). */
  ownCalendarWords: boolean;
  /** Words before a four-digit year that make it one ('tahun 2014'), lowercase. */
  yearWords: readonly string[];
  /** Words for the weekend ('weekend'): a week value, the nearest weekend on the side the tense points to. */
  weekendWords: readonly string[];
  /** 'until', 'hingga': a weekday or month without a year up to two words after one is the next one ('penuh hingga ke penghujung Oktober'). */
  untilWords: readonly string[];
  /** Words that open a new clause ('and', 'dan'): a tense cue across one says less about a date. */
  clauseBreaks: readonly string[];
  /** Words that put a sentence in the past ('said', 'was'), and endings of past-tense verbs ('ed'). Where given, a bare weekday in a sentence with neither a past nor a future cue is the nearest such day, either side of the anchor. */
  pastCues: ReadonlySet<string>;
  /** Words after which a future cue compares rather than looks ahead ('more than expected', 'as expected'), lowercase. */
  comparatives: readonly string[];
  pastSuffixes: readonly string[];
  /** Phrases that look ahead ('is set to take effect': a future cue); after a past auxiliary ('was set to') neither gives a tense. */
  prospectiveCues: readonly string[];
  /**
   * Words that make a past ending up to two words after them a participle ('will stay closed',
   * 'has been delayed'), lowercase. A past ending says less of the tense than a listed cue, except
   * one right next to the date after no such word: the date's own verb ('on Wednesday signaled it
   * will raise rates'), which counts as one of the pastCues.
   */
  participleAuxiliaries: ReadonlySet<string>;
  /** 'last Tuesday' is the Tuesday of last week, 'next Friday' that of next week (English), rather than the nearest one (Indonesian 'Selasa lalu'). */
  weekdayRelationByWeek: boolean;
  /** Words after a weekday that make it the next such day after the anchor ('Rabu besok'), lowercase. */
  weekdayAhead: readonly string[];
  /** Words before a date that make it a recurring one, no date: 'setiap 25 November', 'every Monday'. */
  recurring: readonly string[];
  /** Words that make what follows them a stretch of time, not a date: 'within', 'saat ini', 'dalam dua tahun'. */
  notADateStarts: readonly string[];
  /** Parts of the day, which alone are no date ('malam', 'morning'). */
  partsOfDay: readonly string[];
  /** A count and a unit after one of before ('the past two years', 'within a month') or within ('dalam dua tahun ke depan'), or before one of after ('seven years after', 'a year later'), is a duration or is counted from an event rather than from the anchor: no date; so is a period after a count without a number ('beberapa bulan lalu'), and a phrase of fromEvent ('the day after', 'the next day'). */
  duration: { before: readonly string[]; after: readonly string[]; units: readonly string[]; counts: readonly string[]; lookBack: ReadonlySet<string>; within: readonly string[]; fromEvent: ReadonlySet<string> };
  /** Words after a count and a unit that count it back from the anchor ('tiga hari lalu') or forward ('dua tahun lagi'). */
  countRelations: { past: readonly string[]; future: readonly string[] };
  /** A clock time written without a marker (a.m., a zone, 'pukul') is no time of day: '3:08 to play' is a game clock. */
  bareClockIsNoTime: boolean;
  /** Words between a date and the clock time that belongs to it ('Jumat (31/12/2021) sekitar pukul 23.30', 'on Tuesday at about 3 p.m.'). */
  timeJoiners: readonly string[];
  /** Lowercase words without which a sentence holds no date: months, weekdays, week words, eras and relative-dates.json's cues. */
  cues: ReadonlySet<string>;
  /** Alternations for regular expressions, longest first. */
  pattern: {
    month: string;
    weekday: string;
    relation: string;
    prefix: string;
    week: string;
    era: string;
    number: string;
    day: string;
    year: string;
    weekend: string;
    /** Counts without a number ('beberapa', 'a few'; relative-dates.json duration.counts). */
    vagueCount: string;
    /** A count and a unit of time: "two years", "a month", "24 hours", "sebulan" (relative-dates.json duration.counts/units; a count may be joined to its unit). */
    span: string;
  };
}

const numbers = (value: unknown): Map<string, number> =>
  new Map(Object.entries(isRecord(value) ? value : {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && !entry[0].startsWith('$')));

const compiled = new WeakMap<LanguageProfile, DateWords>();

export function dateWords(profile: LanguageProfile): DateWords {
  let words = compiled.get(profile);
  if (words) return words;
  const data = dataObject(profile, 'relative-dates');
  const past = stringsIn(data.past);
  const present = stringsIn(data.present);
  const future = stringsIn(data.future);
  const periodPrefixes = stringsIn(data.periodPrefixes);
  const weekWords = stringsIn(data.weekWords);
  const eras = numbers(data.eras);
  const numberWords = numbers(data.numberWords);
  const days = numbers(data.days);
  const duration = isRecord(data.duration) ? data.duration : {};
  const countRelations = isRecord(data.countRelations) ? data.countRelations : {};
  const weekendWords = stringsIn(data.weekendWords);
  words = {
    months: profile.months,
    weekdays: profile.weekdays,
    past, present, future, periodPrefixes, weekWords,
    periodThirds: new Map([...numbers(data.periodThirds)].filter(([, third]) => third >= 1 && third <= 3).map(([word, third]) => [word.toLowerCase(), third])),
    futureCues: new Set(stringsIn(data.futureCues)),
    prepositions: new Set(stringsIn(data.prepositions)),
    eras,
    numberWords,
    days,
    timezone: typeof data.timezone === 'string' && /^[+-]\d{2}:\d{2}$/.test(data.timezone) ? data.timezone : '',
    midnight: stringsIn(data.midnight),
    ownCalendarWords: data.ownCalendarWords === true,
    countNouns: new Set(stringsIn(data.countNouns).map((word) => word.toLowerCase())),
    yearWords: stringsIn(data.yearWords),
    weekendWords,
    pastCues: new Set(stringsIn(data.pastCues).map((word) => word.toLowerCase())),
    comparatives: stringsIn(data.comparatives).map((word) => word.toLowerCase()),
    pastSuffixes: stringsIn(data.pastSuffixes),
    prospectiveCues: stringsIn(data.prospectiveCues).map((phrase) => phrase.toLowerCase()),
    participleAuxiliaries: new Set(stringsIn(data.participleAuxiliaries).map((word) => word.toLowerCase())),
    untilWords: stringsIn(data.untilWords),
    clauseBreaks: stringsIn(data.clauseBreaks),
    weekdayRelationByWeek: data.weekdayRelationByWeek === true,
    weekdayAhead: stringsIn(data.weekdayAhead).map((word) => word.toLowerCase()),
    recurring: stringsIn(data.recurring),
    notADateStarts: stringsIn(data.notADateStarts),
    partsOfDay: stringsIn(data.partsOfDay),
    duration: { before: stringsIn(duration.before), after: stringsIn(duration.after), units: stringsIn(duration.units), counts: stringsIn(duration.counts), lookBack: new Set(stringsIn(duration.lookBack).map((word) => word.toLowerCase())), within: stringsIn(duration.within), fromEvent: new Set(stringsIn(duration.fromEvent).map((phrase) => phrase.toLowerCase())) },
    countRelations: { past: stringsIn(countRelations.past), future: stringsIn(countRelations.future) },
    bareClockIsNoTime: data.bareClockIsNoTime === true,
    timeJoiners: stringsIn(data.timeJoiners),
    cues: new Set([...profile.months.keys(), ...profile.weekdays.keys(), ...weekWords, ...weekendWords, ...eras.keys(), ...days.keys(), ...stringsIn(data.cues)].map((word) => word.toLowerCase())),
    pattern: {
      month: alternation(profile.months.keys()),
      weekday: alternation(profile.weekdays.keys()),
      relation: alternation([...past, ...present, ...future]),
      prefix: alternation(periodPrefixes),
      week: alternation(weekWords),
      era: alternation(eras.keys()),
      number: `\\d{1,3}|${alternation(numberWords.keys())}`,
      day: alternation(days.keys()) || '(?!)',
      year: alternation(stringsIn(data.yearWords)) || '(?!)',
      weekend: alternation(weekendWords) || '(?!)',
      vagueCount: alternation(stringsIn(duration.counts)) || '(?!)',
      span: `(?:\\d+|${alternation([...stringsIn(duration.counts), ...numberWords.keys()]) || '(?!)'})\\s*(?:${alternation(stringsIn(duration.units)) || '(?!)'})`,
    },
  };
  compiled.set(profile, words);
  return words;
}

/** A phrase as the lists key it: lower case, single spaces ('Tadi  Malam' → 'tadi malam'). */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** -1 for a past relation ('lalu'), 0 for the present ('ini'), +1 for a future one ('depan'). */
export function direction(words: DateWords, relation: string): -1 | 0 | 1 {
  const word = phraseKey(relation);
  if (words.past.includes(word)) return -1;
  if (words.future.includes(word)) return 1;
  return 0;
}

/** Whether the text holds a relation word of the given sense as whole words ('last Tuesday', 'Rabu lalu'). */
export function hasRelation(words: DateWords, text: string, sense: -1 | 0 | 1): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return (sense < 0 ? words.past : sense > 0 ? words.future : words.present).some((word) => lower.includes(` ${word.toLowerCase()} `));
}

export function countOf(words: DateWords, text: string): number {
  const word = phraseKey(text);
  return words.numberWords.get(word) ?? Number(word);
}
