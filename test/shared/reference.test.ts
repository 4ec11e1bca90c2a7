/**
 * Checks of the brute force itself (test/shared/reference.ts) against facts known from outside
 * the spec, so that a property failure points at the implementation, not at the reference.
 */
import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MINUTE,
  civil,
  dayNumber,
  easterSunday,
  instantOfWall,
  instantsOfWall,
  isoDate,
  isoWeekOf,
  wallOf,
} from "./reference";

describe("reference calendar", () => {
  it("computes known Easter Sundays", () => {
    const known: Record<number, string> = {
      2008: "2008-03-23",
      2011: "2011-04-24",
      2019: "2019-04-21",
      2024: "2024-03-31",
      2025: "2025-04-20",
      2026: "2026-04-05",
      2027: "2027-03-28",
      2038: "2038-04-25",
      2049: "2049-04-18",
    };
    for (const [year, date] of Object.entries(known)) {
      expect(isoDate(easterSunday(Number(year)))).toBe(date);
    }
  });

  it("computes ISO weeks like the known calendar", () => {
    expect(isoWeekOf(dayNumber(2025, 12, 29))).toEqual({ isoYear: 2026, isoWeek: 1 });
    expect(isoWeekOf(dayNumber(2027, 1, 1))).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOf(dayNumber(2026, 11, 12))).toEqual({ isoYear: 2026, isoWeek: 46 });
    expect(isoWeekOf(dayNumber(2021, 1, 3))).toEqual({ isoYear: 2020, isoWeek: 53 });
  });
});

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

describe("reference wall time", () => {
  it("reads Stockholm's DST nights right", () => {
    const z = "Europe/Stockholm";
    expect(wallOf(Date.parse("2026-03-29T00:59:00Z"), z)).toEqual({
      day: dayNumber(2026, 3, 29),
      minute: 1 * 60 + 59,
    });
    expect(wallOf(Date.parse("2026-03-29T01:00:00Z"), z).minute).toBe(3 * 60);
    expect(wallOf(Date.parse("2026-10-25T00:30:00Z"), z).minute).toBe(2 * 60 + 30);
    expect(wallOf(Date.parse("2026-10-25T01:30:00Z"), z).minute).toBe(2 * 60 + 30);
    expect(instantOfWall(dayNumber(2026, 3, 29), 150, z)).toBe(Date.parse("2026-03-29T01:30:00Z"));
    expect(instantOfWall(dayNumber(2026, 10, 25), 150, z)).toBe(Date.parse("2026-10-25T00:30:00Z"));
  });

  it("resolves folds to the earlier instant (summer time)", () => {
    // TZDate is not used for folds: its choice there depends on the machine's own zone.
    const fold = (zone: string, y: number, m: number, d: number, minute: number) =>
      instantsOfWall(dayNumber(y, m, d), minute, zone);
    expect(fold("Europe/Stockholm", 2026, 10, 25, 150)).toHaveLength(2);
    expect(instantOfWall(dayNumber(2026, 10, 25), 150, "Europe/Stockholm")).toBe(
      Date.parse("2026-10-25T00:30:00Z"), // 02:30 CEST, not 02:30 CET (01:30Z)
    );
    expect(instantOfWall(dayNumber(2026, 11, 1), 90, "America/New_York")).toBe(
      Date.parse("2026-11-01T05:30:00Z"), // 01:30 EDT, not 01:30 EST (06:30Z)
    );
    expect(instantOfWall(dayNumber(2026, 4, 5), 105, "Australia/Lord_Howe")).toBe(
      Date.parse("2026-04-04T14:45:00Z"), // 01:45 +11, not +10:30 (15:15Z)
    );
    expect(instantOfWall(dayNumber(2026, 4, 5), 180, "Pacific/Chatham")).toBe(
      Date.parse("2026-04-04T13:15:00Z"), // 03:00 +13:45, not +12:45 (14:15Z)
    );
  });

  it("agrees with TZDate on wall → instant outside folds, gaps included", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: dayNumber(2010, 1, 1), max: dayNumber(2060, 12, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, day, minute) => {
          fc.pre(instantsOfWall(day, minute, zone).length < 2);
          const { year, month, date } = civil(day);
          const expected = new TZDate(
            year,
            month - 1,
            date,
            Math.floor(minute / 60),
            minute % 60,
            zone,
          );
          expect(instantOfWall(day, minute, zone)).toBe(expected.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with TZDate on wall → instant at every minute of transition days (outside folds)", () => {
    // 2026 transitions: Stockholm 29 Mar / 25 Oct, New York 8 Mar / 1 Nov, Lord Howe 5 Apr /
    // 4 Oct, Chatham 5 Apr / 27 Sep, and Sao Paulo's midnight change of 18 Oct 2015.
    const days: [string, number][] = [
      ["Europe/Stockholm", dayNumber(2026, 3, 29)],
      ["Europe/Stockholm", dayNumber(2026, 10, 25)],
      ["America/New_York", dayNumber(2026, 3, 8)],
      ["America/New_York", dayNumber(2026, 11, 1)],
      ["Australia/Lord_Howe", dayNumber(2026, 4, 5)],
      ["Australia/Lord_Howe", dayNumber(2026, 10, 4)],
      ["Pacific/Chatham", dayNumber(2026, 4, 5)],
      ["Pacific/Chatham", dayNumber(2026, 9, 27)],
      ["America/Sao_Paulo", dayNumber(2015, 10, 18)],
      ["America/Sao_Paulo", dayNumber(2015, 10, 17)],
    ];
    for (const [zone, day] of days) {
      const { year, month, date } = civil(day);
      for (let minute = 0; minute < 1440; minute += 5) {
        if (instantsOfWall(day, minute, zone).length === 2) continue;
        const expected = new TZDate(
          year,
          month - 1,
          date,
          Math.floor(minute / 60),
          minute % 60,
          zone,
        );
        expect(instantOfWall(day, minute, zone), `${zone} ${isoDate(day)} +${minute}`).toBe(
          expected.getTime(),
        );
      }
    }
  });

  it("agrees with TZDate on instant → wall", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2010, 0, 1) / MINUTE, max: Date.UTC(2061, 0, 1) / MINUTE }),
        (zone, minute) => {
          const ms = minute * MINUTE;
          const d = new TZDate(ms, zone);
          const w = wallOf(ms, zone);
          expect(w.day).toBe(dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate()));
          expect(w.minute).toBe(d.getHours() * 60 + d.getMinutes());
        },
      ),
      { numRuns: 500 },
    );
  });
});
