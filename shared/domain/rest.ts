import { isHoliday } from "./calendar";
import { DAY_MS, HOUR_MS, MINUTE_MS, isoWeekdayOf } from "./civil";
import { mergedWork, type Merged } from "./intervals";
import { rulesOf, type Rules } from "./settings";
import type { Interval, IsoWeekday, Settings } from "./types";
import { fieldError, instantOf, isoWeekday, minutesOfHHmm } from "./validate";
import type { Zone } from "./zone";

/**
 * Rest after work (Arbetstidslagen 1982:673 § 13 dygnsvila, § 14 veckovila), computed from
 * the worked intervals and the engineer's regular working hours. Its periods and span helpers
 * serve both rests, so they stay in this one file (about 400 lines). docs/rules.md gives the
 * law's wording and the decisions taken; in short:
 * - work is incident work ∪ regular hours (on the regular weekdays, never on a holiday);
 * - a rest is a maximal span without work, measured in full (a night's rest from 17:00 to
 *   08:00 is one rest of 15 h, whatever the period boundaries);
 * - the rest that counts for a 24-hour period is the one that ends when its regular work
 *   starts; a period without regular work counts the longest rest reaching into it;
 * - a 7-day period counts its longest rest inside it.
 */

/** The settings of the rest rule (the app keeps them beside the rules' settings). */
export interface RestSettings {
  /** The regular working week: ISO weekdays and local "HH:mm" times, start < end. */
  regular: { days: IsoWeekday[]; start: string; end: string };
  /** Local "HH:mm" at which each 24-hour period starts. */
  periodStart: string;
  /** The daily rest minimum in hours (0 < h ≤ 24). */
  dailyRestHours: number;
  /** The weekly rest minimum in hours (0 < h ≤ 168). */
  weeklyRestHours: number;
}

export const defaultRestSettings: RestSettings = Object.freeze({
  regular: Object.freeze({ days: [1, 2, 3, 4, 5], start: "08:00", end: "17:00" }),
  periodStart: "00:00",
  dailyRestHours: 11,
  weeklyRestHours: 36,
}) as RestSettings;

export interface DailyRest {
  /** The 24-hour period: from the period start on `date` to the next day's (23–25 h). */
  start: Date;
  end: Date;
  /** The period's local date, "YYYY-MM-DD". */
  date: string;
  /** The rest that counts for the period, and where it lies (null when there is none). */
  restMs: number;
  rest: { start: Date; end: Date } | null;
  /** How much the rest falls short of the minimum; 0 when it does not. */
  shortMs: number;
  /**
   * When short and the period has regular work: the earliest start of that work that gives
   * the minimum rest after the work before it; null otherwise.
   */
  earliestStart: Date | null;
}

export interface WeeklyRest {
  /** The 7-day period: from `from` to the same local time 7 days later. */
  start: Date;
  end: Date;
  /** The longest consecutive rest inside the period, and where it lies. */
  longestRestMs: number;
  rest: { start: Date; end: Date } | null;
  shortMs: number;
}

interface CheckedRest {
  days: ReadonlySet<number>;
  startMinutes: number;
  endMinutes: number;
  periodMinutes: number;
  dailyMs: number;
  weeklyMs: number;
}

/** Rests are looked for this far around a period: longer than any minimum allowed. */
const HORIZON_MS = 7 * DAY_MS;
/** Wall clocks run at most 14 h ahead of and 12 h behind UTC. */
const MAX_OFFSET_MS = 15 * HOUR_MS;

/**
 * The daily rest (§ 13) of the 24-hour period holding `at`.
 * @example
 * // A call 02:10–03:40 on a working Tuesday (08:00–17:00): 4 h 20 min of rest before work,
 * // 6 h 40 min short of 11 h; work may start at 14:40 at the earliest.
 * dailyRest(new Date("2026-11-24T05:00Z"), calls, defaultRestSettings, defaultSettings)
 */
export function dailyRest(
  at: Date,
  work: readonly Interval[],
  rest: RestSettings,
  settings: Settings,
): DailyRest {
  const ms = instantOf(at, "at");
  const checked = checkRest(rest);
  const rules = rulesOf(settings);
  const period = periodHolding(ms, checked, rules.zone);
  const around = aroundOf(period, period, mergedWork(work), checked, rules);
  return restOfPeriod(period, around, checked);
}

/**
 * The daily rest of every 24-hour period from the one holding `from` to the one holding `to`,
 * in order: what `dailyRest` gives for each, with the work, the regular hours and the rests
 * between them found once for all the periods instead of once per period.
 */
export function dailyRests(
  from: Date,
  to: Date,
  work: readonly Interval[],
  rest: RestSettings,
  settings: Settings,
): DailyRest[] {
  const fromMs = instantOf(from, "from");
  const toMs = instantOf(to, "to");
  const checked = checkRest(rest);
  const rules = rulesOf(settings);
  const periods = [periodHolding(fromMs, checked, rules.zone)];
  for (let p = periods[0] as Period; p.end <= toMs; periods.push(p)) {
    p = periodHolding(p.end, checked, rules.zone);
  }
  const first = periods[0] as Period;
  const last = periods[periods.length - 1] as Period;
  const around = aroundOf(first, last, mergedWork(work), checked, rules);
  return periods.map((period) => {
    const near = clipAround(around, period.start - HORIZON_MS, period.end + HORIZON_MS);
    return restOfPeriod(period, near, checked);
  });
}

/** A 24-hour period: from the period start on local day `day` to the next day's. */
interface Period {
  day: number;
  start: number;
  end: number;
}

function periodHolding(ms: number, checked: CheckedRest, zone: Zone): Period {
  const periodAt = (day: number) =>
    firstAtOrAfter(day * DAY_MS + checked.periodMinutes * MINUTE_MS, zone);
  let day = Math.floor(zone.toWall(ms) / DAY_MS);
  if (ms < periodAt(day)) day--;
  else if (ms >= periodAt(day + 1)) day++;
  return { day, start: periodAt(day), end: periodAt(day + 1) };
}

/**
 * What the rule reads around periods, within [from, to): the incident work and the regular
 * hours (each merged, sorted) and the rests between them. Clipped to a narrower window these
 * are what that window alone gives (clipping commutes with union and with taking gaps).
 */
interface Around {
  from: number;
  to: number;
  incidents: Span[];
  regular: Span[];
  rests: Span[];
}

function aroundOf(
  first: Period,
  last: Period,
  merged: Merged,
  checked: CheckedRest,
  rules: Rules,
): Around {
  const from = first.start - HORIZON_MS;
  const to = last.end + HORIZON_MS;
  const incidents = clipAll(pairsOf(merged), from, to);
  const regular = union(regularSpans(from, to, checked, rules.zone, rules.eveningsAsHolidays));
  return { from, to, incidents, regular, rests: gaps(union([...incidents, ...regular]), from, to) };
}

function clipAround(around: Around, from: number, to: number): Around {
  return {
    from,
    to,
    incidents: clipAll(around.incidents, from, to),
    regular: clipAll(around.regular, from, to),
    rests: clipAll(around.rests, from, to),
  };
}

/** The daily rest of one period from what lies around it (± the horizon). */
function restOfPeriod(period: Period, around: Around, checked: CheckedRest): DailyRest {
  const { start, end } = period;
  const { from, to, incidents, regular, rests } = around;
  const firstRegular = regular.find(([s]) => s >= start && s < end);

  let counted: Span | undefined;
  if (firstRegular) {
    // The rest before the working day: the last one ending by its start (where the work
    // around that start begins).
    for (const span of rests) if (span[1] <= firstRegular[0]) counted = span;
  } else {
    // Nothing to be rested for: the longest rest reaching into the period, in full.
    counted = longest(rests.filter(([s, e]) => e > start && s < end));
  }
  const restMs = counted ? counted[1] - counted[0] : 0;
  const shortMs = Math.max(0, checked.dailyMs - restMs);

  let earliestStart: Date | null = null;
  if (shortMs > 0 && firstRegular) {
    const others = regular.filter((span) => span !== firstRegular);
    for (const [s, e] of gaps(union([...incidents, ...others]), from, to)) {
      if (e <= firstRegular[0]) continue;
      const t = Math.max(firstRegular[0], s + checked.dailyMs);
      if (t <= e) {
        earliestStart = new Date(t);
        break;
      }
    }
  }
  return {
    start: new Date(start),
    end: new Date(end),
    date: new Date(period.day * DAY_MS).toISOString().slice(0, 10),
    restMs,
    rest: counted ? spanDates(counted) : null,
    shortMs,
    earliestStart,
  };
}

/** The weekly rest (§ 14) of the 7 local days from `from`. */
export function weeklyRest(
  from: Date,
  work: readonly Interval[],
  rest: RestSettings,
  settings: Settings,
): WeeklyRest {
  const start = instantOf(from, "from");
  const checked = checkRest(rest);
  const rules = rulesOf(settings);
  const { zone } = rules;
  const end = firstAtOrAfter(zone.toWall(start) + 7 * DAY_MS, zone);
  const worked = union([
    ...clipAll(pairsOf(mergedWork(work)), start, end),
    ...regularSpans(start, end, checked, zone, rules.eveningsAsHolidays),
  ]);
  const best = longest(gaps(worked, start, end));
  const longestRestMs = best ? best[1] - best[0] : 0;
  return {
    start: new Date(start),
    end: new Date(end),
    longestRestMs,
    rest: best ? spanDates(best) : null,
    shortMs: Math.max(0, checked.weeklyMs - longestRestMs),
  };
}

/** Checks the rest settings; a bad field is a RangeError naming it ("rest.regular.end"). */
function checkRest(rest: RestSettings): CheckedRest {
  if (typeof rest !== "object" || rest === null) throw fieldError("rest", "expected an object");
  const { regular } = rest;
  if (typeof regular !== "object" || regular === null) {
    throw fieldError("rest.regular", "expected an object");
  }
  if (!Array.isArray(regular.days)) {
    throw fieldError("rest.regular.days", "expected a list of ISO weekdays");
  }
  const days = new Set(regular.days.map((d, i) => isoWeekday(d, `rest.regular.days[${i}]`)));
  if (days.size !== regular.days.length) {
    throw fieldError("rest.regular.days", "weekdays must be distinct");
  }
  const startMinutes = minutesOfHHmm(regular.start, "rest.regular.start");
  const endMinutes = minutesOfHHmm(regular.end, "rest.regular.end");
  if (endMinutes <= startMinutes) throw fieldError("rest.regular.end", "must be after start");
  return {
    days,
    startMinutes,
    endMinutes,
    periodMinutes: minutesOfHHmm(rest.periodStart, "rest.periodStart"),
    dailyMs: hoursWithin(rest.dailyRestHours, 24, "rest.dailyRestHours") * HOUR_MS,
    weeklyMs: hoursWithin(rest.weeklyRestHours, 168, "rest.weeklyRestHours") * HOUR_MS,
  };
}

function hoursWithin(value: unknown, max: number, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > max) {
    throw fieldError(field, `expected hours above 0 and at most ${max}`);
  }
  return value;
}

/**
 * The instants in [from, to) at which the local clock reads regular working hours on a
 * regular day that is not a holiday. Walked offset segment by offset segment, so a clock
 * change inside the hours gives exactly the time the clock showed them (as office hours do).
 */
function regularSpans(
  from: number,
  to: number,
  rest: CheckedRest,
  zone: Zone,
  eveningsAsHolidays: boolean,
): Span[] {
  const spans: Span[] = [];
  const firstDay = Math.floor(zone.toWall(from) / DAY_MS) - 1;
  const lastDay = Math.floor(zone.toWall(to) / DAY_MS) + 1;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!rest.days.has(isoWeekdayOf(day)) || isHoliday(day, eveningsAsHolidays)) continue;
    const wallFrom = day * DAY_MS + rest.startMinutes * MINUTE_MS;
    const wallTo = day * DAY_MS + rest.endMinutes * MINUTE_MS;
    for (const [s, e] of instantsOfWallRange(wallFrom, wallTo, zone)) {
      const start = Math.max(s, from);
      const end = Math.min(e, to);
      if (end > start) spans.push([start, end]);
    }
  }
  return spans;
}

/** The instants whose local wall time lies in [wallFrom, wallTo), as spans in time order. */
function instantsOfWallRange(wallFrom: number, wallTo: number, zone: Zone): Span[] {
  const spans: Span[] = [];
  const last = wallTo + MAX_OFFSET_MS;
  for (let t = wallFrom - MAX_OFFSET_MS; t < last;) {
    const { offset, until } = zone.segmentAt(t);
    const segmentEnd = Math.min(until, last);
    const start = Math.max(t, wallFrom - offset);
    const end = Math.min(segmentEnd, wallTo - offset);
    if (end > start) spans.push([start, end]);
    t = segmentEnd;
  }
  return spans;
}

/** The first instant at which the local clock reads `wall` or later. */
function firstAtOrAfter(wall: number, zone: Zone): number {
  let best = Infinity;
  const last = wall + MAX_OFFSET_MS;
  for (let t = wall - MAX_OFFSET_MS; t < last;) {
    const { offset, until } = zone.segmentAt(t);
    const candidate = Math.max(t, wall - offset);
    if (candidate < until) best = Math.min(best, candidate);
    t = until;
  }
  return best;
}

/** A half-open span [start, end) in epoch ms. */
type Span = readonly [start: number, end: number];

/** The merged work's flat [start0, end0, start1, …] as spans. */
function pairsOf(merged: Merged): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < merged.length; i += 2) {
    spans.push([merged[i] as number, merged[i + 1] as number]);
  }
  return spans;
}

/** The union of spans as sorted, disjoint, non-touching spans. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The spans clipped to [from, to); a span already inside is kept as it is (spans are never changed). */
function clipAll(spans: readonly Span[], from: number, to: number): Span[] {
  const clipped: Span[] = [];
  for (const span of spans) {
    const [s, e] = span;
    if (s >= to || e <= from) continue;
    clipped.push(s >= from && e <= to ? span : [Math.max(s, from), Math.min(e, to)]);
  }
  return clipped;
}

/** The spans of [from, to) not covered by `merged` (sorted, disjoint, non-touching). */
function gaps(merged: readonly Span[], from: number, to: number): Span[] {
  const free: Span[] = [];
  let at = from;
  for (const [s, e] of merged) {
    if (s > at) free.push([at, s]);
    at = Math.max(at, e);
  }
  if (to > at) free.push([at, to]);
  return free;
}

function longest(spans: readonly Span[]): Span | undefined {
  let best: Span | undefined;
  for (const span of spans) if (!best || span[1] - span[0] > best[1] - best[0]) best = span;
  return best;
}

function spanDates([start, end]: Span): { start: Date; end: Date } {
  return { start: new Date(start), end: new Date(end) };
}
