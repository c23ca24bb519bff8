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
  words = {
    months: profile.months,
    weekdays: profile.weekdays,
    past, present, future, periodPrefixes, weekWords,
    futureCues: new Set(stringsIn(data.futureCues)),
    prepositions: new Set(stringsIn(data.prepositions)),
    eras,
    numberWords,
    days,
    timezone: typeof data.timezone === 'string' && /^[+-]\d{2}:\d{2}$/.test(data.timezone) ? data.timezone : '',
    midnight: stringsIn(data.midnight),
    ownCalendarWords: data.ownCalendarWords === true,
    countNouns: new Set(stringsIn(data.countNouns).map((word) => word.toLowerCase())),
    cues: new Set([...profile.months.keys(), ...profile.weekdays.keys(), ...weekWords, ...eras.keys(), ...days.keys(), ...stringsIn(data.cues)].map((word) => word.toLowerCase())),
    pattern: {
      month: alternation(profile.months.keys()),
      weekday: alternation(profile.weekdays.keys()),
      relation: alternation([...past, ...present, ...future]),
      prefix: alternation(periodPrefixes),
      week: alternation(weekWords),
      era: alternation(eras.keys()),
      number: `\\d{1,3}|${alternation(numberWords.keys())}`,
      day: alternation(days.keys()) || '(?!)',
    },
  };
  compiled.set(profile, words);
  return words;
}

/** -1 for a past relation ('lalu'), 0 for the present ('ini'), +1 for a future one ('depan'). */
export function direction(words: DateWords, relation: string): -1 | 0 | 1 {
  const word = relation.toLowerCase().replace(/\s+/g, ' ');
  if (words.past.includes(word)) return -1;
  if (words.future.includes(word)) return 1;
  return 0;
}

export function countOf(words: DateWords, text: string): number {
  const word = text.toLowerCase().replace(/\s+/g, ' ');
  return words.numberWords.get(word) ?? Number(word);
}
