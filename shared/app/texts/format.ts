import { longSpanParts } from "./long-span";
import { formatHours } from "../../index";
import { dateTimeText, dayRangeText } from "./date-names";
import { localClock, localParts, sameLocalDate } from "../../domain/local-time";
import type { Language } from "./language";

/**
 * Texts the user reads, in Swedish (default) or English. Numbers and money are in Swedish
 * format in both languages ("4 500 kr", "2,5 h", "v. 48"), as the agency reports; dates
 * use the language's names (date-names.ts, the same as the window's).
 */

/** "4 500 kr", "72,50 kr" */
export function formatSek(sek: number): string {
  const whole = Number.isInteger(sek);
  const [int = "0", frac] = Math.abs(sek)
    .toFixed(whole ? 0 : 2)
    .split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sek < 0 ? "−" : ""}${grouped}${frac ? `,${frac}` : ""} kr`;
}

/** "2,5 h" */
export function formatHoursText(hours: number): string {
  return `${formatHours(hours)} h`;
}

/** "00:12:34" (hours grow past 99 if they must). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** "12 min", "2 h 5 min" */
export function formatMinutes(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/**
 * A span a person reads: "12 min", "2 h 5 min", and from 48 h in days and hours ("3 dagar
 * 5 h", "3 days"), never "25375 h".
 */
export function formatSpanText(ms: number, language: Language): string {
  const long = longSpanParts(ms);
  if (!long) return formatMinutes(ms);
  const text = language === "en" ? `${long.days} days` : `${long.days} dagar`;
  return long.hours === 0 ? text : `${text} ${long.hours} h`;
}

/** "14:05" today, "mån 24 nov 09:00" / "Mon 24 Nov 09:00" on another day. */
export function formatMoment(
  ms: number,
  now: number,
  timeZone: string,
  language: Language,
): string {
  if (sameLocalDate(ms, now, timeZone)) return localClock(ms, timeZone);
  return dateTimeText(localParts(ms, timeZone), language);
}

/** "mån 24 nov 00:00" / "Mon 24 Nov 00:00" */
export function formatDayMonthTime(ms: number, timeZone: string, language: Language): string {
  return dateTimeText(localParts(ms, timeZone), language);
}

/**
 * "24–30 nov", "27 okt–2 nov" / "24–30 Nov": first and last local day of a span (end
 * exclusive). The language defaults to Swedish for callers that predate it.
 */
export function formatDayRange(
  start: number,
  end: number,
  timeZone: string,
  language: Language = "sv",
): string {
  return dayRangeText(localParts(start, timeZone), localParts(end - 1, timeZone), language);
}

/** "v. 48" (DOMAIN §4); in English "w. 48", as the English rotation texts write it. */
export function weekLabel(isoWeek: number, language: Language = "sv"): string {
  return `${language === "en" ? "w." : "v."} ${isoWeek}`;
}
