import { civilOf, dayNumberOf, isoDateOf, isoWeekdayOf } from "./civil";
import type { Holiday } from "./types";

/**
 * The Swedish calendar of DOMAIN §2: helgdagar (current law, from 2005) and the four aftnar
 * that are treated as holidays in practice. Days are day numbers (days since 1970-01-01).
 */

interface CalendarDay {
  day: number;
  name: string;
  kind: Holiday["kind"];
  /** Part of the fixed storhelg list of DOMAIN §4 (Easter, Midsummer, Christmas, New Year). */
  storhelg: boolean;
}

/** Gregorian Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

/** The day in [first, first + 6] of the given ISO weekday. */
function weekdayFrom(first: number, isoWeekday: number): number {
  return first + ((isoWeekday - isoWeekdayOf(first) + 7) % 7);
}

const FRIDAY = 5;
const SATURDAY = 6;

// Listed in DOMAIN order so that a stable sort keeps it for days that coincide.
function calendarDays(year: number): CalendarDay[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number): number => dayNumberOf(year, month, day);
  const days: CalendarDay[] = [
    { day: on(1, 1), name: "Nyårsdagen", kind: "helgdag", storhelg: true },
    { day: on(1, 6), name: "Trettondedag jul", kind: "helgdag", storhelg: false },
    { day: easter - 2, name: "Långfredagen", kind: "helgdag", storhelg: true },
    { day: easter, name: "Påskdagen", kind: "helgdag", storhelg: true },
    { day: easter + 1, name: "Annandag påsk", kind: "helgdag", storhelg: true },
    { day: on(5, 1), name: "Första maj", kind: "helgdag", storhelg: false },
    { day: easter + 39, name: "Kristi himmelsfärdsdag", kind: "helgdag", storhelg: false },
    { day: easter + 49, name: "Pingstdagen", kind: "helgdag", storhelg: false },
    { day: on(6, 6), name: "Sveriges nationaldag", kind: "helgdag", storhelg: false },
    {
      day: weekdayFrom(on(6, 20), SATURDAY),
      name: "Midsommardagen",
      kind: "helgdag",
      storhelg: true,
    },
    {
      day: weekdayFrom(on(10, 31), SATURDAY),
      name: "Alla helgons dag",
      kind: "helgdag",
      storhelg: false,
    },
    { day: on(12, 25), name: "Juldagen", kind: "helgdag", storhelg: true },
    { day: on(12, 26), name: "Annandag jul", kind: "helgdag", storhelg: true },
    { day: easter - 1, name: "Påskafton", kind: "afton", storhelg: true },
    { day: weekdayFrom(on(6, 19), FRIDAY), name: "Midsommarafton", kind: "afton", storhelg: true },
    { day: on(12, 24), name: "Julafton", kind: "afton", storhelg: true },
    { day: on(12, 31), name: "Nyårsafton", kind: "afton", storhelg: true },
  ];
  return days.sort((x, y) => x.day - y.day);
}

const yearCache = new Map<number, CalendarDay[]>();

function daysOfYear(year: number): CalendarDay[] {
  let days = yearCache.get(year);
  if (!days) {
    days = calendarDays(year);
    yearCache.set(year, days);
  }
  return days;
}

// What the rules ask of a day, as bits of one byte per day of a year: a lookup is an index.
const HELGDAG = 1;
const AFTON = 2;
const STORHELG = 4;

interface YearFlags {
  first: number;
  flags: Uint8Array;
}

const flagsCache = new Map<number, YearFlags>();
// The year looked up last: most lookups fall in the same year.
let lastYear: YearFlags = { first: 0, flags: new Uint8Array(0) };

function flagsOfYear(year: number): YearFlags {
  let entry = flagsCache.get(year);
  if (!entry) {
    const first = dayNumberOf(year, 1, 1);
    const flags = new Uint8Array(dayNumberOf(year + 1, 1, 1) - first);
    for (const { day, kind, storhelg } of daysOfYear(year)) {
      const bits = (kind === "helgdag" ? HELGDAG : AFTON) | (storhelg ? STORHELG : 0);
      flags[day - first] = (flags[day - first] ?? 0) | bits;
    }
    entry = { first, flags };
    flagsCache.set(year, entry);
  }
  return entry;
}

/** The bits of a day (0 on most days). */
function flagsOn(dayNumber: number): number {
  let index = dayNumber - lastYear.first;
  if (index < 0 || index >= lastYear.flags.length) {
    lastYear = flagsOfYear(civilOf(dayNumber).year);
    index = dayNumber - lastYear.first;
  }
  return lastYear.flags[index] as number;
}

/** Whether a day is a holiday for tariffs and office hours (aftnar only when so set). */
export function isHoliday(dayNumber: number, eveningsAsHolidays: boolean): boolean {
  return (flagsOn(dayNumber) & (eveningsAsHolidays ? HELGDAG | AFTON : HELGDAG)) !== 0;
}

/** Whether a day is one of the storhelg days that raise a week's allowance. */
export function isStorhelgDay(dayNumber: number): boolean {
  return (flagsOn(dayNumber) & STORHELG) !== 0;
}

/** Saturday, Sunday or a holiday: Taxa 2 in daytime. */
export function isWeekendOrHoliday(dayNumber: number, eveningsAsHolidays: boolean): boolean {
  return isoWeekdayOf(dayNumber) >= SATURDAY || isHoliday(dayNumber, eveningsAsHolidays);
}

/** The year's helgdagar and aftnar, sorted by date; aftnar are always listed. */
export function holidaysOfYear(year: number): Holiday[] {
  return daysOfYear(year).map(({ day, name, kind }) => ({ date: isoDateOf(day), name, kind }));
}
