import { formatHours } from "../index";
import { localClock, localParts, sameLocalDate } from "./local-time";
import type { Language } from "./settings";

/**
 * Texts the user reads, in Swedish (default) or English. Numbers, money and dates are in
 * Swedish format in both languages ("4 500 kr", "2,5 h", "v. 48"), as the agency reports.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const WEEKDAYS: Record<Language, readonly string[]> = {
  sv: ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

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

/** "12 min", "2 h 5 min", and past 48 h in days: "11 dagar 5 h" / "11 days 5 h". */
export function formatMinutes(ms: number, language: Language = "sv"): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes > 48 * 60) {
    const days = Math.floor(minutes / (24 * 60));
    const hours = Math.floor((minutes % (24 * 60)) / 60);
    const word = language === "en" ? "days" : "dagar";
    return hours === 0 ? `${days} ${word}` : `${days} ${word} ${hours} h`;
  }
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** "14:05" today, "mån 24 nov 09:00" on another day. */
export function formatMoment(
  ms: number,
  now: number,
  timeZone: string,
  language: Language,
): string {
  const clock = localClock(ms, timeZone);
  if (sameLocalDate(ms, now, timeZone)) return clock;
  const p = localParts(ms, timeZone);
  return `${WEEKDAYS[language][p.weekday - 1]} ${p.day} ${MONTHS[p.month - 1]} ${clock}`;
}

/** "24 nov 00:00" */
export function formatDayMonthTime(ms: number, timeZone: string, language: Language): string {
  const p = localParts(ms, timeZone);
  return `${WEEKDAYS[language][p.weekday - 1]} ${p.day} ${MONTHS[p.month - 1]} ${localClock(ms, timeZone)}`;
}

/** "24–30 nov", "27 okt–2 nov": first and last local day of a span (end exclusive). */
export function formatDayRange(start: number, end: number, timeZone: string): string {
  const a = localParts(start, timeZone);
  const b = localParts(end - 1, timeZone);
  const monthA = MONTHS[a.month - 1] ?? "";
  const monthB = MONTHS[b.month - 1] ?? "";
  return a.month === b.month && a.year === b.year
    ? `${a.day}–${b.day} ${monthB}`
    : `${a.day} ${monthA}–${b.day} ${monthB}`;
}

/** "v. 48" */
export function weekLabel(isoWeek: number): string {
  return `v. ${isoWeek}`;
}
