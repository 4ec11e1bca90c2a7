/**
 * Civil (proleptic Gregorian) calendar arithmetic on day numbers: days since 1970-01-01.
 * Local wall times are handled as "wall ms": the epoch ms a wall clock reading would have
 * in UTC, so that plain UTC arithmetic gives dates and times of day in any zone.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function civilOf(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function dayNumberOfWall(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS);
}

/** The ISO week-numbering year and week of a day: the week belongs to the year of its Thursday. */
export function isoWeekOf(dayNumber: number): { isoYear: number; isoWeek: number } {
  const thursday = dayNumber - isoWeekdayOf(dayNumber) + 4;
  const isoYear = civilOf(thursday).year;
  return { isoYear, isoWeek: Math.floor((thursday - dayNumberOf(isoYear, 1, 1)) / 7) + 1 };
}

/** "YYYY-MM-DD" of a day number. */
export function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
