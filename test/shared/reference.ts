/**
 * A deliberately plain, per-minute brute force of the rules in DOMAIN.md §2–§5, written from
 * the spec and independently of shared/domain (only its types are imported). The property
 * tests compare the implementation with it. Everything here works on whole minutes: callers
 * pass minute-aligned work, so counting minutes is exact.
 * One file on purpose: the whole brute force reads top to bottom, with nothing shared.
 */
import type { Interval, Rounding, Settings, Tariff } from "../../shared/index";

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Local wall time, straight from Intl (the machine's own zone never enters).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset (local wall clock − UTC) in ms of `zone` at instant `ms`, asked from Intl. */
export function intlOffset(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts["year"] ?? NaN,
    (parts["month"] ?? NaN) - 1,
    parts["day"] ?? NaN,
    parts["hour"] ?? NaN,
    parts["minute"] ?? NaN,
    parts["second"] ?? NaN,
  );
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wall - wholeSecond;
}

const BLOCK = 15 * MINUTE;
const blockCache = new Map<string, Map<number, number>>();

/**
 * intlOffset, memoised: if the offsets at both ends of a 15-minute block agree, nothing changed
 * inside it (no zone changes its offset twice within 15 minutes); otherwise ask Intl directly.
 */
export function offsetAt(ms: number, zone: string): number {
  let cache = blockCache.get(zone);
  if (!cache) {
    cache = new Map();
    blockCache.set(zone, cache);
  }
  const block = Math.floor(ms / BLOCK);
  const at = (b: number): number => {
    let o = cache.get(b);
    if (o === undefined) {
      o = intlOffset(b * BLOCK, zone);
      cache.set(b, o);
    }
    return o;
  };
  const a = at(block);
  return a === at(block + 1) ? a : intlOffset(ms, zone);
}

export interface Wall {
  /** Local calendar date as days since 1970-01-01. */
  day: number;
  /** Minutes after local midnight (0–1439). */
  minute: number;
}

export function wallOf(ms: number, zone: string): Wall {
  const local = ms + offsetAt(ms, zone);
  const day = Math.floor(local / DAY);
  return { day, minute: Math.floor((local - day * DAY) / MINUTE) };
}

/** ISO weekday 1 = Monday … 7 = Sunday of a day number (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function dayNumber(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / DAY);
}

export function civil(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * Every instant at which the local clock reads the wall time: none in a gap, two in a fold.
 * Assumes at most one offset change within ±30 h, true for every zone the tests use.
 */
export function instantsOfWall(day: number, minuteOfDay: number, zone: string): number[] {
  const wall = day * DAY + minuteOfDay * MINUTE;
  const offsets = new Set([offsetAt(wall - 30 * HOUR, zone), offsetAt(wall + 30 * HOUR, zone)]);
  return [...offsets].filter((o) => offsetAt(wall - o, zone) === o).map((o) => wall - o);
}

/**
 * The instant of a local wall time. A time that occurs twice (fold) gives the earlier instant
 * (Temporal's "compatible"); a time that does not occur (gap) moves forward by the gap, i.e. it is read
 * with the offset in force before the change.
 */
export function instantOfWall(day: number, minuteOfDay: number, zone: string): number {
  const found = instantsOfWall(day, minuteOfDay, zone);
  if (found.length > 0) return Math.min(...found);
  const wall = day * DAY + minuteOfDay * MINUTE;
  return wall - offsetAt(wall - 30 * HOUR, zone);
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? NaN) * 60 + (m ?? NaN);
}

// ---------------------------------------------------------------------------------------------
// Swedish calendar (DOMAIN §2).

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus) as a day number. */
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
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, date);
}

/** The day in [first, first + 6] that is the given ISO weekday. */
function weekdayFrom(first: number, weekday: number): number {
  for (let d = first; d < first + 7; d++) if (isoWeekday(d) === weekday) return d;
  throw new Error("unreachable");
}

export interface RefHoliday {
  day: number;
  date: string;
  name: string;
  kind: "helgdag" | "afton";
  storhelg: boolean;
}

const holidayCache = new Map<number, RefHoliday[]>();

/** All helgdagar then all aftnar in DOMAIN order, stably sorted by date. */
export function refHolidays(year: number): RefHoliday[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const h = (day: number, name: string, storhelg: boolean): RefHoliday => ({
    day,
    date: isoDate(day),
    name,
    kind: "helgdag",
    storhelg,
  });
  const a = (day: number, name: string): RefHoliday => ({
    day,
    date: isoDate(day),
    name,
    kind: "afton",
    storhelg: true,
  });
  const list = [
    h(dayNumber(year, 1, 1), "Nyårsdagen", true),
    h(dayNumber(year, 1, 6), "Trettondedag jul", false),
    h(easter - 2, "Långfredagen", true),
    h(easter, "Påskdagen", true),
    h(easter + 1, "Annandag påsk", true),
    h(dayNumber(year, 5, 1), "Första maj", false),
    h(easter + 39, "Kristi himmelsfärdsdag", false),
    h(easter + 49, "Pingstdagen", false),
    h(dayNumber(year, 6, 6), "Sveriges nationaldag", false),
    h(weekdayFrom(dayNumber(year, 6, 20), 6), "Midsommardagen", true),
    h(weekdayFrom(dayNumber(year, 10, 31), 6), "Alla helgons dag", false),
    h(dayNumber(year, 12, 25), "Juldagen", true),
    h(dayNumber(year, 12, 26), "Annandag jul", true),
    a(easter - 1, "Påskafton"),
    a(weekdayFrom(dayNumber(year, 6, 19), 5), "Midsommarafton"),
    a(dayNumber(year, 12, 24), "Julafton"),
    a(dayNumber(year, 12, 31), "Nyårsafton"),
  ];
  const sorted = list
    .map((x, i) => ({ x, i }))
    .sort((p, q) => p.x.day - q.x.day || p.i - q.i)
    .map((p) => p.x);
  holidayCache.set(year, sorted);
  return sorted;
}

const byDay = new Map<number, RefHoliday[]>();

function holidaysOn(day: number): RefHoliday[] {
  let found = byDay.get(day);
  if (!found) {
    found = refHolidays(civil(day).year).filter((x) => x.day === day);
    byDay.set(day, found);
  }
  return found;
}

export function isHoliday(day: number, eveningsAsHolidays: boolean): boolean {
  return holidaysOn(day).some((x) => x.kind === "helgdag" || eveningsAsHolidays);
}

export function isStorhelgDay(day: number): boolean {
  return holidaysOn(day).some((x) => x.storhelg);
}

// ---------------------------------------------------------------------------------------------
// Tariffs (DOMAIN §3).

export function refTariffAt(ms: number, s: Settings): Tariff {
  const w = wallOf(ms, s.timeZone);
  if (w.minute < 6 * 60 || w.minute >= 22 * 60) return 3;
  const wd = isoWeekday(w.day);
  if (wd === 6 || wd === 7 || isHoliday(w.day, s.eveningsAsHolidays)) return 2;
  return 1;
}

/** The union of the work as a sorted list of minute numbers (epoch ms / 60 000). */
export function unionMinutes(work: readonly Interval[]): number[] {
  const set = new Set<number>();
  for (const iv of work) {
    for (let m = iv.start.getTime() / MINUTE; m < iv.end.getTime() / MINUTE; m++) set.add(m);
  }
  return [...set].sort((x, y) => x - y);
}

/** Minutes per tariff of the union's minutes inside [from, to). */
function minutesPerTariff(
  minutes: readonly number[],
  s: Settings,
  from = -Infinity,
  to = Infinity,
): Record<Tariff, number> {
  const out: Record<Tariff, number> = { 1: 0, 2: 0, 3: 0 };
  for (const m of minutes) {
    const ms = m * MINUTE;
    if (ms >= from && ms < to) out[refTariffAt(ms, s)] += 1;
  }
  return out;
}

export function refSplitByTariff(work: readonly Interval[], s: Settings): Record<Tariff, number> {
  const m = minutesPerTariff(unionMinutes(work), s);
  return { 1: m[1] * MINUTE, 2: m[2] * MINUTE, 3: m[3] * MINUTE };
}

// ---------------------------------------------------------------------------------------------
// On-call week (DOMAIN §4).

export interface RefWeek {
  start: number;
  end: number;
  isoYear: number;
  isoWeek: number;
  storhelg: boolean;
  allowanceSek: number;
}

/** ISO year and week of a day number: the week belongs to the year of its Thursday. */
export function isoWeekOf(day: number): { isoYear: number; isoWeek: number } {
  const thursday = day + (4 - isoWeekday(day));
  const isoYear = civil(thursday).year;
  const isoWeek = Math.floor((thursday - dayNumber(isoYear, 1, 1)) / 7) + 1;
  return { isoYear, isoWeek };
}

export function refOnCallWeek(at: number, s: Settings): RefWeek {
  const zone = s.timeZone;
  const hand = minutesOf(s.handoverTime);
  const handover = (day: number): number => instantOfWall(day, hand, zone);
  const today = wallOf(at, zone).day;
  // Walk back over the local days until a handover day whose handover is not after `at`.
  let startDay = NaN;
  for (let d = today + 1; d >= today - 15; d--) {
    if (isoWeekday(d) === s.weekStartsOn && handover(d) <= at) {
      startDay = d;
      break;
    }
  }
  const start = handover(startDay);
  const end = handover(startDay + 7);
  if (!(start <= at && at < end)) throw new Error("reference week does not hold `at`");
  // Storhelg: [start, end) overlaps some storhelg day's [local 00:00, next local 00:00).
  let storhelg = false;
  for (let d = wallOf(start, zone).day - 1; d <= wallOf(end, zone).day + 1; d++) {
    const dayStart = instantOfWall(d, 0, zone);
    const dayEnd = instantOfWall(d + 1, 0, zone);
    if (isStorhelgDay(d) && Math.max(start, dayStart) < Math.min(end, dayEnd)) storhelg = true;
  }
  const { isoYear, isoWeek } = isoWeekOf(wallOf(start, zone).day);
  const allowanceSek = s.allowance.weeklySek * (storhelg ? 1 + s.allowance.storhelgSupplement : 1);
  return { start, end, isoYear, isoWeek, storhelg, allowanceSek };
}

/** Reported hours of a number of worked minutes, rounded up to the unit. */
export function refRoundedHours(minutes: number, rounding: Rounding): number {
  switch (rounding) {
    case "none":
      return minutes / 60;
    case "quarter":
      return Math.ceil(minutes / 15) / 4;
    case "half":
      return Math.ceil(minutes / 30) / 2;
    case "hour":
      return Math.ceil(minutes / 60);
  }
}

export function refWeekPay(
  at: number,
  work: readonly Interval[],
  s: Settings,
): {
  hours: Record<Tariff, number>;
  allowanceSek: number;
  totalSek: number;
  minutes: Record<Tariff, number>;
} {
  const week = refOnCallWeek(at, s);
  const minutes = minutesPerTariff(unionMinutes(work), s, week.start, week.end);
  const hours: Record<Tariff, number> = {
    1: refRoundedHours(minutes[1], s.rounding),
    2: refRoundedHours(minutes[2], s.rounding),
    3: refRoundedHours(minutes[3], s.rounding),
  };
  const totalSek =
    week.allowanceSek + s.rates[1] * hours[1] + s.rates[2] * hours[2] + s.rates[3] * hours[3];
  return { hours, allowanceSek: week.allowanceSek, totalSek, minutes };
}

/** Hours for display: nearest hundredth, decimal comma, no trailing zeros. */
export function refHoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace(".", ",");
}

export function refOrganizerText(
  weeks: readonly number[],
  work: readonly Interval[],
  s: Settings,
): string {
  const starts = new Map<number, number>();
  for (const at of weeks) {
    const w = refOnCallWeek(at, s);
    starts.set(w.start, at);
  }
  // Sum in whole rounding units (or minutes) so that the sum is exact.
  const unitMinutes = { none: 1, quarter: 15, half: 30, hour: 60 }[s.rounding];
  const units: Record<Tariff, number> = { 1: 0, 2: 0, 3: 0 };
  for (const at of starts.values()) {
    const { minutes } = refWeekPay(at, work, s);
    for (const t of [1, 2, 3] as const) units[t] += Math.ceil(minutes[t] / unitMinutes);
  }
  const lines = [`${starts.size} x Jourvecka`];
  for (const t of [1, 2, 3] as const) {
    if (units[t] > 0) lines.push(`Taxa ${t}: ${refHoursText((units[t] * unitMinutes) / 60)}h`);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// SLA (DOMAIN §5).

const defaultSla = { p1Hours: 1, p2Hours: 3, p3HoursAfterOpening: 3, rollbackHours: 1 };

export function refOfficeOpen(ms: number, s: Settings): boolean {
  const w = wallOf(ms, s.timeZone);
  return (
    minutesOf(s.office.open) <= w.minute &&
    w.minute < minutesOf(s.office.close) &&
    s.office.days.includes(isoWeekday(w.day)) &&
    !isHoliday(w.day, s.eveningsAsHolidays)
  );
}

/** Deadline of a report; P3 steps forward minute by minute until the office is open. */
export function refResponseDeadline(priority: 1 | 2 | 3, reportedAt: number, s: Settings): number {
  const sla = s.sla ?? defaultSla;
  if (priority === 1) return reportedAt + sla.p1Hours * HOUR;
  if (priority === 2) return reportedAt + sla.p2Hours * HOUR;
  if (refOfficeOpen(reportedAt, s)) return reportedAt + sla.p3HoursAfterOpening * HOUR;
  const limit = reportedAt + 60 * DAY;
  for (let m = Math.ceil(reportedAt / MINUTE) * MINUTE; m < limit; m += MINUTE) {
    if (refOfficeOpen(m, s)) return m + sla.p3HoursAfterOpening * HOUR;
  }
  throw new Error("reference: the office never opens");
}
