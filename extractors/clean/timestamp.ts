/**
 * Reads a publication timestamp line (`Sabtu, 08 Januari 2022 - 13:03 WIB`) into an ISO value
 * (`2022-01-08T13:03+07:00`). Month, weekday and time-zone names come from the dictionaries.
 */
import type { LanguageProfile } from '../../pipeline/types.js';
import { alternation } from '../../pipeline/patterns.js';
import { isValidDate } from '../../pipeline/calendar.js';

export interface TimestampReader {
  /** The ISO value of a line that is only a timestamp, or null. */
  read(line: string): string | null;
  /** The same, of a line that opens with a timestamp word ("Diterbitkan: …", "Published …") only. */
  readLabelled(line: string): string | null;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const FOUR_DIGITS = /\d{4}/;

/** Formats date parts as ISO; the time and offset only where known. */
export function isoDateTime(year: number, month: number, day: number, time?: { hour: number; minute: number }, offset?: string): string | null {
  if (!isValidDate(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time || time.hour > 23 || time.minute > 59) return date;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}${offset ?? ''}`;
}

/** A 12-hour clock's hour on the 24-hour clock ('10:15am', '12:30pm'); the hour itself without a meridiem. */
function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem || hour > 12) return hour;
  const afternoon = meridiem.toLowerCase() === 'p';
  return hour === 12 ? (afternoon ? 12 : 0) : afternoon ? hour + 12 : hour;
}

export function createTimestampReader(profiles: readonly LanguageProfile[]): TimestampReader {
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const zones = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const profile of profiles) {
    for (const [name, month] of profile.months) if (!months.has(name)) months.set(name, month);
    for (const name of profile.weekdays.keys()) weekdays.add(name);
    for (const [zone, offset] of profile.timezones) if (!zones.has(zone)) zones.set(zone, offset);
    for (const prefix of profile.timestampPrefixes) prefixes.add(prefix);
  }
  // "Diterbitkan: …", "Diterbitkan pada …", "Diterbitkan pada: …", "Published on …".
  const prefix = `(?:(?:${alternation(prefixes)})\\s*(?:(?:pada|on)\\b\\s*)?:?\\s*)?`;
  const weekday = `(?:(?:${alternation(weekdays)})\\s*,?\\s*)?`;
  // "13:03 WIB", "pukul 09.30", "@ 10:15am" (Berita Harian)
  const time = `(?:\\s*(?:[-–—|,/@]|pukul|jam|at)?\\s*(?:pukul\\s+|jam\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?(?:\\s*([ap])\\.?m\\.?)?\\s*(?:(${alternation(zones.keys())})|(Z|[+-]\\d{2}:?\\d{2}))?)?`;
  const tail = `${time}\\s*$`;
  // 08 Januari 2022 · 8 Jan. 2022
  const dayMonthYear = new RegExp(`^${prefix}${weekday}(\\d{1,2})\\s+(${alternation(months.keys())})\\.?\\s+(\\d{4})${tail}`, 'iu');
  // January 8, 2022
  const monthDayYear = new RegExp(`^${prefix}${weekday}(${alternation(months.keys())})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})${tail}`, 'iu');
  // 08/01/2022 · 08-01-2022 (day first)
  const numeric = new RegExp(`^${prefix}${weekday}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${tail}`, 'iu');
  // 2022-01-08
  const iso = new RegExp(`^${prefix}(\\d{4})-(\\d{2})-(\\d{2})${tail}`, 'iu');

  const offsetOf = (zone: string | undefined, numericOffset: string | undefined): string | undefined => {
    if (zone) return zones.get(zone.toUpperCase());
    if (!numericOffset) return undefined;
    if (numericOffset.toUpperCase() === 'Z') return 'Z';
    return numericOffset.length === 5 ? `${numericOffset.slice(0, 3)}:${numericOffset.slice(3)}` : numericOffset;
  };
  const build = (year: string, month: number, day: string, rest: (string | undefined)[]): string | null => {
    const [hour, minute, meridiem, zone, numericOffset] = rest;
    const clock = hour !== undefined && minute !== undefined ? { hour: to24(Number(hour), meridiem), minute: Number(minute) } : undefined;
    return isoDateTime(Number(year), month, Number(day), clock, offsetOf(zone, numericOffset));
  };

  // "Published 6:42 PM CST, February 1, 2023": the time before the date, read as if after it.
  const timeFirst = new RegExp(`^(${prefix})(\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,5})?)\\s*,\\s*(.+)$`, 'iu');

  /** The ISO value of a text that is only a timestamp, or null. */
  const readLine = (line: string): string | null => {
    let text = line.trim();
    if (text.length > 90) return null;
    const reordered = timeFirst.exec(text);
    if (reordered) text = `${reordered[1]}${reordered[3]} ${reordered[2]}`;
    let match = dayMonthYear.exec(text);
    if (match) return build(match[3]!, months.get(match[2]!.toLowerCase())!, match[1]!, match.slice(4));
    match = monthDayYear.exec(text);
    if (match) return build(match[3]!, months.get(match[1]!.toLowerCase())!, match[2]!, match.slice(4));
    match = numeric.exec(text);
    if (match) return build(match[3]!, Number(match[2]), match[1]!, match.slice(4));
    match = iso.exec(text);
    if (match) return build(match[1]!, Number(match[2]), match[3]!, match.slice(4));
    return null;
  };

  const labelled = new RegExp(`^(?:${alternation(prefixes)})\\b`, 'iu');
  const read = (line: string): string | null => {
    // Every shape holds a four-digit year: most lines of an article hold none.
    if (!FOUR_DIGITS.test(line)) return null;
    const whole = readLine(line);
    if (whole !== null) return whole;
    // A field of the line: "Kompas.com - 03/09/2022, 14:30 WIB", "CNN Indonesia | Sabtu, 03/09/2022",
    // "Oleh Nor Amalina Alias - Disember 2, 2022 @ 10:15am".
    for (const field of line.split(/\s+[-–—|]\s+/u).slice(1)) {
      const value = readLine(field);
      if (value !== null) return value;
    }
    return null;
  };
  return {
    read,
    readLabelled: (line: string): string | null => (prefixes.size && labelled.test(line.trim()) ? read(line) : null),
  };
}

/** Normalises an input `published` value to ISO; null when it cannot be read. */
export function normalisePublished(value: string): string | null {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (match) {
    const [, year, month, day, hour, minute, second, offset] = match;
    if (!isValidDate(Number(year), Number(month), Number(day))) return null;
    const date = `${year}-${month}-${day}`;
    if (hour === undefined) return date;
    const zone = offset === undefined ? '' : offset.toUpperCase() === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
    return `${date}T${hour}:${minute}${second && second !== '00' ? `:${second}` : ''}${zone}`;
  }
  return null;
}
