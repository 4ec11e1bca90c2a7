/**
 * The rest rule against its per-minute brute force (./rest-reference) on random work,
 * regular hours, period starts and minimums, in zones with DST changes of 1 h, 30 min and
 * none, biased towards the DST weeks and Swedish holidays.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dailyRest, dailyRests, weeklyRest } from "../../shared/index";
import type { Interval, IsoWeekday, RestSettings } from "../../shared/index";
import { settings } from "./fixtures";
import { DAY, HOUR, MINUTE } from "./reference";
import { refDailyRest, refWeeklyRest } from "./rest-reference";

const zones = ["Europe/Stockholm", "America/New_York", "Australia/Lord_Howe", "UTC"] as const;
const RUNS = { numRuns: 120 };

const pad = (n: number) => String(n).padStart(2, "0");
const hhmmOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

// Around the DST changes of both hemispheres, Easter, Midsummer and Christmas 2026.
const anchors = [
  "2026-11-23",
  "2026-03-29",
  "2026-04-05",
  "2026-06-20",
  "2026-10-04",
  "2026-10-25",
  "2026-11-01",
  "2026-12-24",
].map((d) => Date.parse(`${d}T00:00Z`));
const instantArb = fc
  .tuple(fc.constantFrom(...anchors), fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 }))
  .map(([anchor, minutes]) => anchor + minutes * MINUTE);

const workArb = (around: number): fc.Arbitrary<Interval[]> =>
  fc.array(
    fc
      .tuple(
        fc.integer({ min: -9 * 24 * 60, max: 9 * 24 * 60 }),
        fc.integer({ min: 1, max: 12 * 60 }),
      )
      .map(([offset, minutes]) => {
        const start = around + offset * MINUTE;
        return { start: new Date(start), end: new Date(start + minutes * MINUTE) };
      }),
    { maxLength: 6 },
  );

const restArb: fc.Arbitrary<RestSettings> = fc
  .record({
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]),
    hours: fc.oneof(
      fc.constant([8 * 60, 17 * 60]),
      fc.uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 2, maxLength: 2 }),
    ),
    periodStart: fc.oneof(fc.constantFrom(0, 7 * 60), fc.integer({ min: 0, max: 1439 })),
    dailyQuarters: fc.integer({ min: 1, max: 96 }),
    weeklyHours: fc.integer({ min: 1, max: 168 }),
  })
  .map((r) => {
    const [a, b] = [...r.hours].sort((x, y) => x - y) as [number, number];
    return {
      regular: { days: r.days, start: hhmmOf(a), end: hhmmOf(b) },
      periodStart: hhmmOf(r.periodStart),
      dailyRestHours: r.dailyQuarters / 4,
      weeklyRestHours: r.weeklyHours,
    };
  });

const caseArb = instantArb.chain((at) =>
  fc.record({
    at: fc.constant(at),
    work: workArb(at),
    rest: restArb,
    zone: fc.constantFrom(...zones),
    eves: fc.boolean(),
  }),
);

describe("the rest rule equals the per-minute brute force", () => {
  it("dygnsvila", () => {
    fc.assert(
      fc.property(caseArb, ({ at, work, rest, zone, eves }) => {
        const s = settings({ timeZone: zone, eveningsAsHolidays: eves });
        const fast = dailyRest(new Date(at), work, rest, s);
        const ref = refDailyRest(at, work, rest, s);
        expect({
          start: fast.start.getTime(),
          end: fast.end.getTime(),
          restMs: fast.restMs,
          shortMs: fast.shortMs,
          earliestStart: fast.earliestStart?.getTime() ?? null,
        }).toEqual(ref);
        // The minimum is met by the earliest start: a rest that long ends there.
        if (fast.earliestStart) expect(fast.shortMs).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("veckovila", () => {
    fc.assert(
      fc.property(caseArb, ({ at, work, rest, zone, eves }) => {
        const s = settings({ timeZone: zone, eveningsAsHolidays: eves });
        const from = Math.floor(at / MINUTE) * MINUTE;
        const fast = weeklyRest(new Date(from), work, rest, s);
        expect({
          end: fast.end.getTime(),
          longestRestMs: fast.longestRestMs,
          shortMs: fast.shortMs,
        }).toEqual(refWeeklyRest(from, work, rest, s));
        expect(fast.end.getTime() - from).toBeGreaterThanOrEqual(7 * DAY - 2 * HOUR);
      }),
      { numRuns: 60 },
    );
  });

  it("dailyRests of a span is dailyRest of each of its periods, in order", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        ({ at, work, rest, zone, eves }, minutes) => {
          const s = settings({ timeZone: zone, eveningsAsHolidays: eves });
          const to = at + minutes * MINUTE;
          const all = dailyRests(new Date(at), new Date(to), work, rest, s);
          const one = [dailyRest(new Date(at), work, rest, s)];
          for (let p = one[0]; p && p.end.getTime() <= to;) {
            p = dailyRest(p.end, work, rest, s);
            one.push(p);
          }
          expect(all).toEqual(one);
          expect(all[all.length - 1]?.start.getTime()).toBeLessThanOrEqual(to);
          expect(all[all.length - 1]?.end.getTime()).toBeGreaterThan(to);
        },
      ),
      RUNS,
    );
  });
});
