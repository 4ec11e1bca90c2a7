/**
 * The fast paths of the rules core: `weeksPay` (many weeks over one merge of the work) against
 * `weekPay` and the per-minute brute force, and the settings checked once per object, which
 * must still follow a settings object its caller changes in place.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Interval, Rounding, Settings } from "../../shared/index";
import {
  defaultSettings,
  onCallWeek,
  organizerText,
  organizerTextOf,
  splitByTariff,
  tariffAt,
  weekPay,
  weeksPay,
} from "../../shared/index";
import { iv, mentions, rangeErrorOf } from "./fixtures";
import { DAY, MINUTE, refSplitByTariff, refWeekPay } from "./reference";

const zones = [
  "Europe/Stockholm",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "UTC",
] as const;

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  timeZone: fc.constantFrom(...zones),
  eveningsAsHolidays: fc.boolean(),
  weekStartsOn: fc.constantFrom(1, 2, 3, 4, 5, 6, 7),
  handoverTime: fc.constantFrom("00:00", "02:30", "08:00", "23:30", "06:00"),
  allowance: fc.record({
    weeklySek: fc.integer({ min: 0, max: 10_000 }),
    storhelgSupplement: fc.constantFrom(0, 0.5, 1),
  }),
  rates: fc.record({
    1: fc.integer({ min: 0, max: 1000 }),
    2: fc.integer({ min: 0, max: 1000 }),
    3: fc.integer({ min: 0, max: 1000 }),
  }),
  rounding: fc.constantFrom<Rounding>("none", "quarter", "half", "hour"),
  office: fc.constant({ days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" }),
});

/** Minute-aligned work over about two months around a start, biased to DST months. */
const caseArb = fc.record({
  settings: settingsArb,
  start: fc
    .tuple(fc.integer({ min: 2012, max: 2040 }), fc.constantFrom(0, 2, 3, 5, 9, 10, 11))
    .map(([year, month]) => Date.UTC(year, month, 1)),
  work: fc.array(
    fc.record({
      minute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
      length: fc.oneof(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 4 * 1440 })),
    }),
    { maxLength: 12 },
  ),
  weeks: fc.array(fc.integer({ min: -7 * DAY, max: 67 * DAY }), { minLength: 1, maxLength: 8 }),
});

function resolve(c: typeof caseArb extends fc.Arbitrary<infer C> ? C : never) {
  const work: Interval[] = c.work.map(({ minute, length }) => ({
    start: new Date(c.start + minute * MINUTE),
    end: new Date(c.start + (minute + length) * MINUTE),
  }));
  return { work, weeks: c.weeks.map((o) => c.start + o) };
}

describe("weeksPay", { timeout: 60_000 }, () => {
  it("equals weekPay of each week, in the order given, and the per-minute brute force", () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), (c, sorted) => {
        const { work, weeks } = resolve(c);
        if (sorted) weeks.sort((a, b) => a - b);
        const got = weeksPay(
          weeks.map((w) => new Date(w)),
          work,
          c.settings,
        );
        expect(got).toHaveLength(weeks.length);
        weeks.forEach((at, i) => {
          expect(got[i]).toEqual(weekPay(new Date(at), work, c.settings));
          const ref = refWeekPay(at, work, c.settings);
          for (const t of [1, 2, 3] as const) expect(got[i]?.hours[t]).toBeCloseTo(ref.hours[t], 9);
          expect(got[i]?.totalSek).toBeCloseTo(ref.totalSek, 6);
        });
      }),
      { numRuns: 120 },
    );
  });

  it("organizerTextOf the pays of the distinct weeks is organizerText of the weeks", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { work, weeks } = resolve(c);
        const dates = weeks.map((w) => new Date(w));
        const distinct = new Map<number, Date>();
        for (const at of dates) distinct.set(onCallWeek(at, c.settings).start.getTime(), at);
        const pays = weeksPay([...distinct.values()], work, c.settings);
        expect(organizerTextOf(pays)).toBe(organizerText(dates, work, c.settings));
      }),
      { numRuns: 120 },
    );
    expect(organizerTextOf([])).toBe("0 x Jourvecka");
  });

  it("splitByTariff over the merged work equals the brute force (touching, nested, repeated)", () => {
    const base = Date.UTC(2026, 2, 28, 20);
    const at = (m: number) => new Date(base + m * MINUTE);
    const work: Interval[] = [
      { start: at(0), end: at(60) },
      { start: at(60), end: at(90) }, // touches the first
      { start: at(10), end: at(20) }, // inside it
      { start: at(0), end: at(60) }, // repeated
      { start: at(300), end: at(600) }, // across the DST night
      { start: at(-30), end: at(1) },
    ];
    expect(splitByTariff(work, defaultSettings)).toEqual(refSplitByTariff(work, defaultSettings));
  });

  it("gives each result its own objects, also for instants of the same week", () => {
    const at = new Date("2026-11-25T12:00:00Z");
    const [a, b] = weeksPay(
      [at, at],
      [iv("2026-11-24T20:00:00Z", "2026-11-24T22:00:00Z")],
      defaultSettings,
    );
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a?.hours).not.toBe(b?.hours);
  });

  it("names the bad field as the other rules do", () => {
    const ok = new Date("2026-11-25T12:00:00Z");
    const good = iv("2026-11-24T20:00:00Z", "2026-11-24T22:00:00Z");
    const named = (fn: () => unknown, field: string) =>
      expect(mentions(rangeErrorOf(fn).message, field)).toBe(true);
    named(() => weeksPay("x" as unknown as Date[], [good], defaultSettings), "weeks");
    named(() => weeksPay([ok, new Date(Number.NaN)], [good], defaultSettings), "weeks[1]");
    named(
      () => weeksPay([ok], [good, { start: good.end, end: good.start }], defaultSettings),
      "work[1]",
    );
    named(
      () => weeksPay([ok], [good], { ...defaultSettings, handoverTime: "25:00" }),
      "settings.handoverTime",
    );
  });
});

describe("settings checked once per object", () => {
  it("follow a settings object changed in place, field by field", () => {
    fc.assert(
      fc.property(settingsArb, settingsArb, fc.integer({ min: 0, max: 400 * DAY }), (a, b, o) => {
        const at = new Date(Date.UTC(2025, 0, 1) + o);
        const work = [{ start: at, end: new Date(at.getTime() + 7 * 3_600_000) }];
        const mutable = structuredClone(a);
        weekPay(at, work, mutable); // cached for `a`'s values
        Object.assign(mutable, structuredClone(b));
        expect(weekPay(at, work, mutable)).toEqual(weekPay(at, work, structuredClone(b)));
        expect(tariffAt(at, mutable)).toBe(tariffAt(at, structuredClone(b)));
        expect(onCallWeek(at, mutable)).toEqual(onCallWeek(at, structuredClone(b)));
      }),
      { numRuns: 100 },
    );
  });

  it("a nested field changed in place, or made invalid, is seen", () => {
    const s = structuredClone(defaultSettings) as Settings;
    const at = new Date("2026-11-25T12:00:00Z"); // Wednesday 13:00 in Stockholm
    const work = [iv("2026-11-25T12:00:00Z", "2026-11-25T13:00:00Z")];
    expect(weekPay(at, work, s).totalSek).toBe(4500 + 290);
    s.rates[1] = 300;
    expect(weekPay(at, work, s).totalSek).toBe(4500 + 300);
    s.office.days.push(6);
    s.office.days[5] = 9;
    expect(mentions(rangeErrorOf(() => tariffAt(at, s)).message, "settings.office.days[5]")).toBe(
      true,
    );
    s.office.days.pop();
    (s as { allowance: unknown }).allowance = null;
    expect(mentions(rangeErrorOf(() => weekPay(at, work, s)).message, "settings.allowance")).toBe(
      true,
    );
  });
});
