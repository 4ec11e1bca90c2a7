import type { Interval, Settings, Tariff, WeekPay } from "../shared/index";

/**
 * A straightforward, dependency-free implementation of `weekPay` and `organizerText`
 * (DOMAIN §2–§4) for the benchmark to race the core against in one process: what a careful
 * engineer writes without tuning. Each call checks its input in one pass that keeps the
 * intervals reaching into the week (a field's name is made only for an error), sorts those
 * [start, end] pairs with a comparator and merges them, and walks the work from boundary to boundary (06:00, 22:00,
 * local midnight, UTC midnight and offset changes), with Intl offsets cached per UTC day.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      });
    } catch {
      throw new RangeError(`settings.timeZone: unknown time zone ${zone}`);
    }
    formatters.set(zone, f);
  }
  return f;
}

function intlOffset(ms: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  const at = (key: string): number => p[key] ?? NaN;
  const wall = Date.UTC(at("year"), at("month") - 1, at("day"), at("hour"), at("minute"));
  return wall - Math.floor(ms / 60_000) * 60_000;
}

/** A UTC day's offset: one value, or a change at `changeAt` (zones change at most once a day). */
interface DayOffset {
  before: number;
  after: number;
  changeAt: number;
}
const days = new Map<string, Map<number, DayOffset>>();

function dayOffset(ms: number, zone: string): DayOffset {
  let byDay = days.get(zone);
  if (!byDay) days.set(zone, (byDay = new Map()));
  const day = Math.floor(ms / DAY);
  let d = byDay.get(day);
  if (!d) {
    const before = intlOffset(day * DAY, zone);
    const after = intlOffset((day + 1) * DAY, zone);
    let lo = day * DAY;
    let hi = (day + 1) * DAY;
    // Bisect to the minute of the change.
    while (before !== after && hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (intlOffset(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    d = { before, after, changeAt: before === after ? Infinity : hi };
    byDay.set(day, d);
  }
  return d;
}

function offsetAt(ms: number, zone: string): number {
  const d = dayOffset(ms, zone);
  return ms < d.changeAt ? d.before : d.after;
}

/** The instant of a local wall time (a skipped time moves forward, a repeated one is early). */
function instantOfWall(wall: number, zone: string): number {
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  if (before === after) return wall - before;
  if (offsetAt(wall - before, zone) === before) return wall - before;
  return offsetAt(wall - after, zone) === after ? wall - after : wall - before;
}

function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return Date.UTC(year, month - 1, ((h + l - 7 * m + 114) % 31) + 1) / DAY;
}

interface YearDays {
  helgdagar: Set<number>;
  aftnar: Set<number>;
  storhelg: Set<number>;
}
const years = new Map<number, YearDays>();

function daysOf(year: number): YearDays {
  let y = years.get(year);
  if (!y) {
    const on = (m: number, d: number) => Date.UTC(year, m - 1, d) / DAY;
    const weekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
    const first = (from: number, wd: number) => from + ((wd - weekday(from) + 7) % 7);
    const e = easter(year);
    const midsommarafton = first(on(6, 19), 5);
    y = {
      helgdagar: new Set([
        on(1, 1),
        on(1, 6),
        e - 2,
        e,
        e + 1,
        on(5, 1),
        e + 39,
        e + 49,
        on(6, 6),
        first(on(6, 20), 6),
        first(on(10, 31), 6),
        on(12, 25),
        on(12, 26),
      ]),
      aftnar: new Set([e - 1, midsommarafton, on(12, 24), on(12, 31)]),
      storhelg: new Set([
        e - 2,
        e - 1,
        e,
        e + 1,
        midsommarafton,
        midsommarafton + 1,
        on(12, 24),
        on(12, 25),
        on(12, 26),
        on(12, 31),
        on(1, 1),
      ]),
    };
    years.set(year, y);
  }
  return y;
}

const yearOfDay = (day: number) => new Date(day * DAY).getUTCFullYear();

function isDayOff(day: number, evenings: boolean): boolean {
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
  if (weekday >= 6) return true;
  const y = daysOf(yearOfDay(day));
  return y.helgdagar.has(day) || (evenings && y.aftnar.has(day));
}

function instant(value: unknown, field: () => string): number {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${field()}: expected a valid Date`);
  }
  return value.getTime();
}

function check(s: Settings): number {
  formatter(s.timeZone);
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s.handoverTime);
  if (!m) throw new RangeError("settings.handoverTime: expected HH:mm");
  for (const t of [1, 2, 3] as const) {
    if (!Number.isFinite(s.rates[t])) throw new RangeError(`settings.rates.${t}: not a number`);
  }
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

/** The work reaching into [from, to) as pairs; every interval is checked. */
function spans(work: readonly Interval[], from = -Infinity, to = Infinity): [number, number][] {
  const kept: [number, number][] = [];
  for (let i = 0; i < work.length; i++) {
    const w = work[i] as Interval;
    const { start, end } = w;
    if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
      throw new RangeError(`work[${i}].start: expected a valid Date`);
    }
    if (!(end instanceof Date) || Number.isNaN(end.getTime())) {
      throw new RangeError(`work[${i}].end: expected a valid Date`);
    }
    const s = start.getTime();
    const e = end.getTime();
    if (e <= s) throw new RangeError(`work[${i}].end: must be after start`);
    if (s < to && e > from) kept.push([s, e]);
  }
  return kept;
}

function merge(list: [number, number][]): [number, number][] {
  list.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of list) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function week(ms: number, s: Settings, handover: number): [number, number] {
  const zone = s.timeZone;
  let day = Math.floor((ms + offsetAt(ms, zone)) / DAY);
  day -= (((((day + 3) % 7) + 7) % 7) + 1 - s.weekStartsOn + 7) % 7;
  let start = instantOfWall(day * DAY + handover, zone);
  if (start > ms) start = instantOfWall((day -= 7) * DAY + handover, zone);
  let end = instantOfWall((day + 7) * DAY + handover, zone);
  while (end <= ms)
    [start, end] = [end, instantOfWall((day += 7) * DAY + 7 * DAY + handover, zone)];
  return [start, end];
}

function tariffMs(merged: [number, number][], from: number, to: number, s: Settings): number[] {
  const ms = [0, 0, 0, 0];
  for (const [a, b] of merged) {
    // Merged work is sorted: what ends before the week is skipped, what starts after ends it.
    if (b <= from) continue;
    if (a >= to) break;
    let t = Math.max(a, from);
    const end = Math.min(b, to);
    while (t < end) {
      const offset = offsetAt(t, s.timeZone);
      const wall = t + offset;
      const day = Math.floor(wall / DAY);
      const time = wall - day * DAY;
      const tariff: Tariff =
        time < 6 * HOUR || time >= 22 * HOUR ? 3 : isDayOff(day, s.eveningsAsHolidays) ? 2 : 1;
      const boundary = time < 6 * HOUR ? 6 * HOUR : time < 22 * HOUR ? 22 * HOUR : DAY;
      const { changeAt } = dayOffset(t, s.timeZone);
      const nextUtcDay = (Math.floor(t / DAY) + 1) * DAY;
      const zoneStep = t < changeAt ? Math.min(changeAt, nextUtcDay) : nextUtcDay;
      const next = Math.min(end, day * DAY + boundary - offset, zoneStep);
      ms[tariff] = (ms[tariff] ?? 0) + next - t;
      t = next;
    }
  }
  return ms;
}

const UNITS = { none: 0, quarter: HOUR / 4, half: HOUR / 2, hour: HOUR };

function hoursOf(ms: number[], s: Settings): Record<Tariff, number> {
  const unit = UNITS[s.rounding];
  const round = (x: number) => (unit === 0 ? x / HOUR : (Math.ceil(x / unit) * unit) / HOUR);
  return { 1: round(ms[1] ?? 0), 2: round(ms[2] ?? 0), 3: round(ms[3] ?? 0) };
}

function storhelg([start, end]: [number, number], s: Settings): boolean {
  const first = Math.floor((start + offsetAt(start, s.timeZone)) / DAY);
  const last = Math.floor((end - 1 + offsetAt(end - 1, s.timeZone)) / DAY);
  for (let d = first; d <= last; d++) if (daysOf(yearOfDay(d)).storhelg.has(d)) return true;
  return false;
}

export function refWeekPay(at: Date, work: readonly Interval[], s: Settings): WeekPay {
  const ms = instant(at, () => "at");
  const handover = check(s);
  const span = week(ms, s, handover);
  const inWeek = spans(work, span[0], span[1]);
  const hours = hoursOf(tariffMs(merge(inWeek), span[0], span[1], s), s);
  const base = s.allowance.weeklySek;
  const allowanceSek = storhelg(span, s) ? base * (1 + s.allowance.storhelgSupplement) : base;
  const totalSek =
    allowanceSek + s.rates[1] * hours[1] + s.rates[2] * hours[2] + s.rates[3] * hours[3];
  return { hours, allowanceSek, totalSek };
}

export function refOrganizerText(
  weeks: readonly Date[],
  work: readonly Interval[],
  s: Settings,
): string {
  const instants = weeks.map((w, i) => instant(w, () => `weeks[${i}]`));
  const merged = merge(spans(work));
  const handover = check(s);
  const distinct = new Map<number, [number, number]>();
  for (const ms of instants) {
    const span = week(ms, s, handover);
    distinct.set(span[0], span);
  }
  const total = [0, 0, 0, 0];
  for (const span of distinct.values()) {
    const hours = hoursOf(tariffMs(merged, span[0], span[1], s), s);
    for (const t of [1, 2, 3] as const) total[t] = (total[t] ?? 0) + hours[t];
  }
  const lines = [`${distinct.size} x Jourvecka`];
  for (const t of [1, 2, 3] as const) {
    const h = total[t] ?? 0;
    if (h > 0) lines.push(`Taxa ${t}: ${String(Math.round(h * 100) / 100).replace(".", ",")}h`);
  }
  return lines.join("\n");
}
