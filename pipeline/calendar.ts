/** Calendar arithmetic shared by the stages that read dates (clean's timestamp line, the dates stage). */

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: 1 (Monday) … 7 (Sunday). */
export function isoWeekday(day: Day): number {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The day `days` after (or, negative, before) a day. */
export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
