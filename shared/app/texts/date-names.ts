import type { Language } from "./language";

/**
 * The one way each language writes a date, for the window, the tray and the notifications
 * alike ("mån 24 nov 14:05" / "Mon 24 Nov 14:05"): the same names whatever the machine's
 * locale, and without Intl's per-engine variants ("nov." in Swedish, a comma in English).
 */

/** A wall time in the rules' time zone. */
export interface WallParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

const MONTHS: Record<Language, readonly string[]> = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
const WEEKDAYS: Record<Language, readonly string[]> = {
  sv: ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

const pad = (n: number): string => String(n).padStart(2, "0");
const month = (p: WallParts, language: Language): string => MONTHS[language][p.month - 1] ?? "";
const weekday = (p: WallParts, language: Language): string =>
  WEEKDAYS[language][p.weekday - 1] ?? "";

/** "14:05" (24-hour in both languages). */
export function clockText(p: WallParts): string {
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "mån 24 nov 14:05" / "Mon 24 Nov 14:05" */
export function dateTimeText(p: WallParts, language: Language): string {
  return `${weekday(p, language)} ${p.day} ${month(p, language)} ${clockText(p)}`;
}

/** "mån 24 nov" / "Mon 24 Nov" */
export function weekdayDateText(p: WallParts, language: Language): string {
  return `${weekday(p, language)} ${p.day} ${month(p, language)}`;
}

/** "24 nov 2025" / "24 Nov 2025" */
export function dateText(p: WallParts, language: Language): string {
  return `${p.day} ${month(p, language)} ${p.year}`;
}

/** "mån 24" / "Mon 24" (chart axes). */
export function weekdayDayText(p: WallParts, language: Language): string {
  return `${weekday(p, language)} ${p.day}`;
}

/** "24–30 nov", "29 dec–4 jan": first and last day, inclusive (a week: no year needed). */
export function dayRangeText(a: WallParts, b: WallParts, language: Language): string {
  return a.month === b.month && a.year === b.year
    ? `${a.day}–${b.day} ${month(b, language)}`
    : `${a.day} ${month(a, language)}–${b.day} ${month(b, language)}`;
}
