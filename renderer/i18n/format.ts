import {
  clockText,
  dateText,
  dateTimeText,
  dayRangeText,
  weekdayDateText,
  weekdayDayText,
} from "../../shared/app/texts/date-names";
import type { Language } from "../../shared/app/texts/language";
import { localParts as wallTime } from "../../shared/domain/local-time";
import { exactClock } from "../../shared/domain/wall-time";

/**
 * Numbers and money in Swedish format in both languages ("4 500 kr", "1,5 h"), as the
 * agency reports them (and as the app core's texts do); dates in the chosen language with
 * the same names as the core's (shared/app/texts/date-names.ts), in the rules' time zone (never
 * the machine's).
 */

const NBSP = "\u00a0";

const wholeSek = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const centsSek = new Intl.NumberFormat("sv-SE", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const hoursNumber = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

/** "4 500 kr", "72,50 kr" (non-breaking spaces, so an amount never wraps). */
export function formatSek(sek: number): string {
  const format = Number.isInteger(sek) ? wholeSek : centsSek;
  return `${format.format(sek)}${NBSP}kr`;
}

/** "4 500", "0,5": a plain amount (a rate, a percentage) as Swedish writes it. */
export function formatAmount(value: number): string {
  return hoursNumber.format(value);
}

/** "1,5 h" */
export function formatHours(hours: number): string {
  return `${hoursNumber.format(hours)}${NBSP}h`;
}

export function msToHours(ms: number): number {
  return ms / 3_600_000;
}

/** "00:12:34" */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** "12 min", "2 h 5 min" (a countdown; rounded up so "0 min" never shows early). */
export function formatSpan(ms: number): string {
  const minutes = Math.max(0, Math.ceil(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const rest = minutes % 60;
  const hours = Math.floor(minutes / 60);
  return rest === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h ${rest}${NBSP}min`;
}

/** "14:05" */
export function formatTime(ms: number, timeZone: string): string {
  return clockText(wallTime(ms, timeZone));
}

/** "14:05", or "14:05:15" when its seconds are not zero: a work interval's ends (docs/timer.md). */
export function formatExactTime(ms: number, timeZone: string): string {
  return exactClock(ms, timeZone);
}

/** "mån 24 nov 14:05" / "Mon 24 Nov 14:05" */
export function formatDateTime(ms: number, timeZone: string, language: Language): string {
  return dateTimeText(wallTime(ms, timeZone), language);
}

/** "mån 24 nov" / "Mon 24 Nov" */
export function formatWeekdayDate(ms: number, timeZone: string, language: Language): string {
  return weekdayDateText(wallTime(ms, timeZone), language);
}

/** "24 nov 2025" / "24 Nov 2025" */
export function formatDate(ms: number, timeZone: string, language: Language): string {
  return dateText(wallTime(ms, timeZone), language);
}

/** "24–30 nov" / "24–30 Nov" for a week (end exclusive). */
export function formatDayRange(
  start: number,
  end: number,
  timeZone: string,
  language: Language,
): string {
  return dayRangeText(wallTime(start, timeZone), wallTime(end - 1, timeZone), language);
}

/** A calendar date "2025-11-24" as "mån 24" / "Mon 24" (for chart axes). */
export function formatCalendarDay(date: string, language: Language): string {
  const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
  return weekdayDayText(wallTime(Date.UTC(y, m - 1, d), "UTC"), language);
}
