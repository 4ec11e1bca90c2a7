/**
 * Property tests: the implementation against the per-minute brute force in ./reference, plus
 * invariants that need no reference. Random zones, settings and minute-aligned, overlapping
 * work in 2010–2060, biased towards DST changes, 06:00/22:00/midnight, handovers and holidays.
 * One file, though long: every property shares the generators and the reference calls.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Interval, Rounding, Settings, Tariff } from "../../shared/index";
import {
  onCallWeek,
  organizerText,
  responseDeadline,
  rollbackDeadline,
  splitByTariff,
  tariffAt,
  weekPay,
} from "../../shared/index";
import {
  DAY,
  HOUR,
  MINUTE,
  dayNumber,
  instantOfWall,
  isoWeekday,
  minutesOf,
  offsetAt,
  refHolidays,
  refOnCallWeek,
  refOrganizerText,
  refResponseDeadline,
  refSplitByTariff,
  refTariffAt,
  refWeekPay,
  wallOf,
} from "./reference";

const zones = [
  "Europe/Stockholm",
  "Europe/London",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "Pacific/Chatham",
  "UTC",
] as const;

const RUNS = { numRuns: 250 };
const TARIFFS = [1, 2, 3] as const;

// ---------------------------------------------------------------------------------------------
// Arbitraries

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (hMin: number, hMax: number) =>
  fc
    .tuple(fc.integer({ min: hMin, max: hMax }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${pad(h)}:${pad(m)}`);

const handoverArb = fc.oneof(
  fc.constantFrom(
    "00:00",
    "08:00",
    "02:30",
    "02:00",
    "03:00",
    "01:00",
    "02:45",
    "23:30",
    "06:00",
    "22:00",
  ),
  hhmm(0, 23),
);

/**
 * Office hours stay clear of every DST change of the zones used (all between 00:00 and 04:00
 * local), where "open at a local time" and "the opening instant" could disagree.
 */
const officeArb = fc.record({
  days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
  open: hhmm(5, 11),
  close: fc.oneof(hhmm(13, 21), fc.constant("22:00")),
});

const slaArb = fc.record({
  p1Hours: fc.integer({ min: 1, max: 4 }),
  p2Hours: fc.integer({ min: 1, max: 8 }),
  p3HoursAfterOpening: fc.constantFrom(1, 2, 3, 4, 0.5),
  rollbackHours: fc.constantFrom(1, 2, 0.25),
});

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    eveningsAsHolidays: fc.boolean(),
    weekStartsOn: fc.constantFrom(1, 2, 3, 4, 5, 6, 7),
    handoverTime: handoverArb,
    allowance: fc.record({
      weeklySek: fc.integer({ min: 0, max: 10_000 }),
      storhelgSupplement: fc.constantFrom(0, 0.25, 0.5, 1),
    }),
    rates: fc.record({
      1: fc.integer({ min: 0, max: 1000 }),
      2: fc.integer({ min: 0, max: 1000 }),
      3: fc.integer({ min: 0, max: 1000 }),
    }),
    rounding: fc.constantFrom<Rounding>("none", "quarter", "half", "hour"),
    office: officeArb,
    sla: fc.option(slaArb, { nil: undefined }),
  })
  .map(({ sla, ...core }) => (sla === undefined ? core : { ...core, sla }));

const transitionCache = new Map<string, number[]>();

/** The zone's offset changes during a UTC year, to the minute (scan 6-hourly, then bisect). */
function transitionsIn(year: number, zone: string): number[] {
  const key = `${zone}|${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: number[] = [];
  const step = 6 * HOUR;
  for (let a = Date.UTC(year, 0, 1); a < Date.UTC(year + 1, 0, 1); a += step) {
    if (offsetAt(a, zone) === offsetAt(a + step, zone)) continue;
    let lo = a;
    let hi = a + step;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, zone) === offsetAt(lo, zone)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  transitionCache.set(key, found);
  return found;
}

/** A recipe for an instant near something interesting, resolved once the settings are known. */
const anchorArb = fc.record({
  kind: fc.constantFrom("uniform", "transition", "transition", "wall", "handover", "holiday"),
  year: fc.integer({ min: 2010, max: 2060 }),
  index: fc.nat(10_000),
  minute: fc.nat(365 * 24 * 60 - 1),
  jitter: fc.oneof(
    fc.constant(0),
    fc.integer({ min: -90, max: 90 }),
    fc.integer({ min: -1500, max: 1500 }),
  ),
});
type Anchor = typeof anchorArb extends fc.Arbitrary<infer A> ? A : never;

function resolveAnchor(a: Anchor, s: Settings): number {
  const zone = s.timeZone;
  const firstDay = dayNumber(a.year, 1, 1);
  const day = firstDay + (a.index % 365);
  let base: number;
  switch (a.kind) {
    case "transition": {
      const list = transitionsIn(a.year, zone);
      const pick = list[a.index % Math.max(1, list.length)];
      base = pick ?? Date.UTC(a.year, 0, 1) + a.minute * MINUTE;
      break;
    }
    case "wall": {
      const minutes = [0, 6 * 60, 22 * 60, minutesOf(s.handoverTime), minutesOf(s.office.open)];
      base = instantOfWall(day, minutes[a.index % minutes.length] ?? 0, zone);
      break;
    }
    case "handover": {
      let d = day;
      while (isoWeekday(d) !== s.weekStartsOn) d++;
      base = instantOfWall(d, minutesOf(s.handoverTime), zone);
      break;
    }
    case "holiday": {
      const hs = refHolidays(a.year);
      const h = hs[a.index % hs.length];
      const minutes = [0, 6 * 60, 12 * 60, 22 * 60, 23 * 60 + 59];
      base = instantOfWall(h?.day ?? day, minutes[a.index % minutes.length] ?? 0, zone);
      break;
    }
    default:
      base = Date.UTC(a.year, 0, 1) + a.minute * MINUTE;
  }
  return Math.floor(base / MINUTE) * MINUTE + a.jitter * MINUTE;
}

/** Work as minute offsets from the anchor: overlapping, up to a few days across. */
const workArb = fc.array(
  fc.record({
    from: fc.oneof(fc.integer({ min: -120, max: 120 }), fc.integer({ min: -2880, max: 2880 })),
    length: fc.oneof(
      fc.integer({ min: 1, max: 90 }),
      fc.integer({ min: 1, max: 720 }),
      fc.integer({ min: 1, max: 2880 }),
    ),
  }),
  { maxLength: 6 },
);
type WorkSpec = typeof workArb extends fc.Arbitrary<infer W> ? W : never;

function resolveWork(anchor: number, spec: WorkSpec): Interval[] {
  return spec.map(({ from, length }) => ({
    start: new Date(anchor + from * MINUTE),
    end: new Date(anchor + (from + length) * MINUTE),
  }));
}

/**
 * With `dstHandover` and a "transition" anchor, moves the handover into the gap or fold of that
 * DST change (weekday and "HH:mm" of a wall time that is skipped or repeated).
 */
function settingsFor(s: Settings, a: Anchor, dstHandover: boolean): Settings {
  if (!dstHandover || a.kind !== "transition") return s;
  const list = transitionsIn(a.year, s.timeZone);
  const at = list[a.index % Math.max(1, list.length)];
  if (at === undefined) return s;
  const before = wallOf(at - MINUTE, s.timeZone);
  const after = wallOf(at, s.timeZone);
  const change = (offsetAt(at, s.timeZone) - offsetAt(at - MINUTE, s.timeZone)) / MINUTE;
  // Gap: the skipped wall times start just after the last minute before the change.
  // Fold: the repeated wall times start at the first reading after the change.
  const first =
    change > 0
      ? {
          day: before.day + Math.floor((before.minute + 1) / 1440),
          minute: (before.minute + 1) % 1440,
        }
      : after;
  const minute = first.minute + ((a.jitter >>> 0) % Math.abs(change));
  const day = first.day + Math.floor(minute / 1440);
  return {
    ...s,
    weekStartsOn: isoWeekday(day) as Settings["weekStartsOn"],
    handoverTime: `${pad(Math.floor((minute % 1440) / 60))}:${pad(minute % 60)}`,
  };
}

const caseArb = fc.record({
  settings: settingsArb,
  anchor: anchorArb,
  work: workArb,
  dstHandover: fc.boolean(),
});

function resolveCase(c: {
  settings: Settings;
  anchor: Anchor;
  work: WorkSpec;
  dstHandover: boolean;
}) {
  const s = settingsFor(c.settings, c.anchor, c.dstHandover);
  const at = resolveAnchor(c.anchor, s);
  return { s, at, work: resolveWork(at, c.work) };
}

function unionLength(work: readonly Interval[]): number {
  const sorted = work
    .map((w) => [w.start.getTime(), w.end.getTime()] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [a, b] of sorted) {
    if (a > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else curEnd = Math.max(curEnd, b);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

/** A deterministic shuffle driven by a seed (a small LCG). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const dates = (w: { start: Date; end: Date }) => ({
  start: w.start.getTime(),
  end: w.end.getTime(),
});

// ---------------------------------------------------------------------------------------------

describe("tariffs against the brute force", { timeout: 60_000 }, () => {
  it("splitByTariff equals the per-minute count of the union", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { s, work } = resolveCase(c);
        expect(splitByTariff(work, s)).toEqual(refSplitByTariff(work, s));
      }),
      RUNS,
    );
  });

  it("tariffAt equals the brute force at any millisecond", () => {
    fc.assert(
      fc.property(
        settingsArb,
        anchorArb,
        fc.integer({ min: -5 * 60_000, max: 5 * 60_000 }),
        (s, a, ms) => {
          const at = resolveAnchor(a, s) + ms;
          expect(tariffAt(new Date(at), s)).toBe(refTariffAt(at, s));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a 1 ms interval falls wholly in tariffAt's tariff", () => {
    fc.assert(
      fc.property(settingsArb, anchorArb, fc.integer({ min: -60_000, max: 60_000 }), (s, a, ms) => {
        const at = resolveAnchor(a, s) + ms;
        const split = splitByTariff([{ start: new Date(at), end: new Date(at + 1) }], s);
        expect(split[tariffAt(new Date(at), s)]).toBe(1);
      }),
      RUNS,
    );
  });
});

describe("tariff invariants", { timeout: 60_000 }, () => {
  it("the three tariffs sum to the union's length", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { s, work } = resolveCase(c);
        const split = splitByTariff(work, s);
        expect(split[1] + split[2] + split[3]).toBe(unionLength(work));
        for (const k of TARIFFS) expect(split[k]).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("cutting intervals into pieces (at any millisecond) changes nothing", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        (c, cuts) => {
          const { s, at, work } = resolveCase(c);
          const pieces: Interval[] = [];
          work.forEach((w, i) => {
            const a = w.start.getTime();
            const b = w.end.getTime();
            const points = cuts
              .filter((_, k) => k % Math.max(1, work.length) === i)
              .map((f) => a + Math.floor(f * (b - a)))
              .filter((p) => p > a && p < b);
            const bounds = [a, ...[...new Set(points)].sort((x, y) => x - y), b];
            for (let k = 0; k + 1 < bounds.length; k++) {
              pieces.push({ start: new Date(bounds[k] ?? a), end: new Date(bounds[k + 1] ?? b) });
            }
          });
          expect(splitByTariff(pieces, s)).toEqual(splitByTariff(work, s));
          expect(weekPay(new Date(at), pieces, s)).toEqual(weekPay(new Date(at), work, s));
        },
      ),
      RUNS,
    );
  });

  it("the order of the work changes nothing", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, seed) => {
        const { s, at, work } = resolveCase(c);
        const other = shuffled(work, seed);
        expect(splitByTariff(other, s)).toEqual(splitByTariff(work, s));
        expect(weekPay(new Date(at), other, s)).toEqual(weekPay(new Date(at), work, s));
      }),
      RUNS,
    );
  });
});

describe("weeks against the brute force", { timeout: 60_000 }, () => {
  it("onCallWeek equals the week found by walking local days", () => {
    fc.assert(
      fc.property(
        settingsArb,
        anchorArb,
        fc.boolean(),
        fc.integer({ min: -3 * DAY, max: 3 * DAY }),
        (random, a, dst, ms) => {
          const s = settingsFor(random, a, dst);
          const at = resolveAnchor(a, s) + ms;
          const w = onCallWeek(new Date(at), s);
          const ref = refOnCallWeek(at, s);
          expect({
            ...dates(w),
            isoYear: w.isoYear,
            isoWeek: w.isoWeek,
            storhelg: w.storhelg,
            allowanceSek: w.allowanceSek,
          }).toEqual(ref);
        },
      ),
      RUNS,
    );
  });

  it("holds its instant, the next week starts at its end, the previous one ends at its start", () => {
    fc.assert(
      fc.property(
        settingsArb,
        anchorArb,
        fc.boolean(),
        fc.integer({ min: -DAY, max: DAY }),
        (random, a, dst, ms) => {
          const s = settingsFor(random, a, dst);
          const at = resolveAnchor(a, s) + ms;
          const w = dates(onCallWeek(new Date(at), s));
          expect(w.start).toBeLessThanOrEqual(at);
          expect(at).toBeLessThan(w.end);
          // 7 local days: 168 h give or take the DST changes of the zones used (≤ 1 h each).
          expect(w.end - w.start).toBeGreaterThanOrEqual(166 * HOUR);
          expect(w.end - w.start).toBeLessThanOrEqual(170 * HOUR);
          expect(dates(onCallWeek(new Date(w.end), s)).start).toBe(w.end);
          expect(dates(onCallWeek(new Date(w.start - 1), s)).end).toBe(w.start);
          expect(dates(onCallWeek(new Date(w.end - 1), s))).toEqual(w);
        },
      ),
      RUNS,
    );
  });
});

describe("pay against the brute force", { timeout: 60_000 }, () => {
  it("weekPay equals the per-minute count, rounded, priced", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -4 * DAY, max: 4 * DAY }), (c, shift) => {
        const { s, at, work } = resolveCase(c);
        const when = at + shift;
        const got = weekPay(new Date(when), work, s);
        const ref = refWeekPay(when, work, s);
        for (const k of TARIFFS) expect(got.hours[k]).toBeCloseTo(ref.hours[k], 9);
        expect(got.allowanceSek).toBeCloseTo(ref.allowanceSek, 9);
        expect(got.totalSek).toBeCloseTo(ref.totalSek, 6);
        expect(got.allowanceSek).toBe(onCallWeek(new Date(when), s).allowanceSek);
      }),
      RUNS,
    );
  });

  it('with rounding "none", the weeks\' hours add up to splitByTariff of the whole', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { s: random, work } = resolveCase(c);
        const s: Settings = { ...random, rounding: "none" };
        fc.pre(work.length > 0);
        const from = Math.min(...work.map((w) => w.start.getTime()));
        const to = Math.max(...work.map((w) => w.end.getTime()));
        const sum: Record<Tariff, number> = { 1: 0, 2: 0, 3: 0 };
        let week = onCallWeek(new Date(from), s);
        while (week.start.getTime() < to) {
          const { hours } = weekPay(week.start, work, s);
          for (const k of TARIFFS) sum[k] += hours[k];
          week = onCallWeek(week.end, s);
        }
        const whole = splitByTariff(work, s);
        for (const k of TARIFFS) expect(sum[k]).toBeCloseTo(whole[k] / HOUR, 9);
      }),
      RUNS,
    );
  });

  it("rounded hours are at least the exact hours and less than one unit more", () => {
    const unit: Record<Rounding, number> = { none: 0, quarter: 0.25, half: 0.5, hour: 1 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const { s, at, work } = resolveCase(c);
        const exact = weekPay(new Date(at), work, { ...s, rounding: "none" }).hours;
        const got = weekPay(new Date(at), work, s).hours;
        for (const k of TARIFFS) {
          expect(got[k]).toBeGreaterThanOrEqual(exact[k] - 1e-9);
          expect(got[k] - exact[k]).toBeLessThan(unit[s.rounding] + 1e-9);
          if (unit[s.rounding] > 0) {
            const units = got[k] / unit[s.rounding];
            expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  it("organizerText equals the brute force, duplicates counted once", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.integer({ min: -10 * DAY, max: 10 * DAY }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (c, offsets, duplicate) => {
          const { s, at, work } = resolveCase(c);
          const weeks = offsets.map((o) => at + o);
          if (duplicate) weeks.push(weeks[0] ?? at);
          const got = organizerText(
            weeks.map((w) => new Date(w)),
            work,
            s,
          );
          expect(got).toBe(refOrganizerText(weeks, work, s));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("SLA against the brute force", { timeout: 60_000 }, () => {
  it("responseDeadline(3) equals stepping minutes until the office is open, + P3 hours", () => {
    fc.assert(
      fc.property(settingsArb, anchorArb, fc.integer({ min: -DAY, max: DAY }), (s, a, ms) => {
        const at = resolveAnchor(a, s) + ms;
        expect(responseDeadline(3, new Date(at), s).getTime()).toBe(refResponseDeadline(3, at, s));
      }),
      RUNS,
    );
  });

  it("P1, P2 and rollback are fixed real-time offsets", () => {
    fc.assert(
      fc.property(settingsArb, anchorArb, fc.integer({ min: -DAY, max: DAY }), (s, a, ms) => {
        const at = resolveAnchor(a, s) + ms;
        const sla = s.sla ?? { p1Hours: 1, p2Hours: 3, rollbackHours: 1 };
        expect(responseDeadline(1, new Date(at), s).getTime()).toBe(refResponseDeadline(1, at, s));
        expect(responseDeadline(2, new Date(at), s).getTime()).toBe(at + sla.p2Hours * HOUR);
        expect(rollbackDeadline(new Date(at), s).getTime()).toBe(at + sla.rollbackHours * HOUR);
      }),
      RUNS,
    );
  });

  it("P3 is never earlier than P3 hours after the report, and is monotonic", () => {
    fc.assert(
      fc.property(settingsArb, anchorArb, fc.integer({ min: 0, max: 3 * HOUR }), (s, a, later) => {
        const at = resolveAnchor(a, s);
        const p3h = (s.sla?.p3HoursAfterOpening ?? 3) * HOUR;
        const first = responseDeadline(3, new Date(at), s).getTime();
        const second = responseDeadline(3, new Date(at + later), s).getTime();
        expect(first).toBeGreaterThanOrEqual(at + p3h);
        expect(second).toBeGreaterThanOrEqual(first);
      }),
      RUNS,
    );
  });
});
