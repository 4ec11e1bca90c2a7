import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exactClock,
  isSummerTime,
  parseWallClock,
  readingsOf,
  wallClockOf,
  wallTimeText,
  zoneAbbreviation,
} from "../../shared/domain/wall-time";

// Run under TZ=UTC, Europe/Stockholm and America/New_York (npm run test:unit): the machine's
// zone must change nothing.
const STOCKHOLM = "Europe/Stockholm";
const NEW_YORK = "America/New_York";
const wall = (text: string) => {
  const [date = "", time = ""] = text.split(" ");
  const parsed = parseWallClock(date, time);
  if (!parsed) throw new Error(`bad wall time ${text}`);
  return parsed;
};

describe("a wall time's instants in the rules' zone", () => {
  it("the autumn night in Stockholm: 02:30 is 00:30Z (sommartid) and 01:30Z (vintertid)", () => {
    const readings = readingsOf(wall("2026-10-25 02:30"), STOCKHOLM);
    expect(readings).toEqual({
      kind: "two",
      earlier: Date.UTC(2026, 9, 25, 0, 30),
      later: Date.UTC(2026, 9, 25, 1, 30),
    });
    if (readings.kind !== "two") return;
    expect(zoneAbbreviation(readings.earlier, STOCKHOLM)).toBe("CEST");
    expect(zoneAbbreviation(readings.later, STOCKHOLM)).toBe("CET");
    expect(isSummerTime(readings.earlier, readings.later, STOCKHOLM)).toBe(true);
    expect(isSummerTime(readings.later, readings.earlier, STOCKHOLM)).toBe(false);
  });

  it("the hour either side of the repeat is one instant", () => {
    expect(readingsOf(wall("2026-10-25 01:59:59"), STOCKHOLM)).toEqual({
      kind: "one",
      at: Date.UTC(2026, 9, 24, 23, 59, 59),
    });
    expect(readingsOf(wall("2026-10-25 03:00"), STOCKHOLM)).toEqual({
      kind: "one",
      at: Date.UTC(2026, 9, 25, 2, 0),
    });
  });

  it("the spring gap in Stockholm: 02:30 on 29 March does not exist (02:00 → 03:00)", () => {
    expect(readingsOf(wall("2026-03-29 02:30"), STOCKHOLM)).toEqual({
      kind: "none",
      at: Date.UTC(2026, 2, 29, 1, 0),
      from: wall("2026-03-29 02:00"),
      to: wall("2026-03-29 03:00"),
    });
    expect(readingsOf(wall("2026-03-29 03:00"), STOCKHOLM)).toEqual({
      kind: "one",
      at: Date.UTC(2026, 2, 29, 1, 0),
    });
    expect(readingsOf(wall("2026-03-29 01:59:59"), STOCKHOLM)).toEqual({
      kind: "one",
      at: Date.UTC(2026, 2, 29, 0, 59, 59),
    });
  });

  it("New York: 01:30 on 1 November is EDT and EST; 02:30 on 8 March does not exist", () => {
    const readings = readingsOf(wall("2026-11-01 01:30"), NEW_YORK);
    expect(readings).toEqual({
      kind: "two",
      earlier: Date.UTC(2026, 10, 1, 5, 30),
      later: Date.UTC(2026, 10, 1, 6, 30),
    });
    if (readings.kind !== "two") return;
    expect(zoneAbbreviation(readings.earlier, NEW_YORK)).toBe("EDT");
    expect(zoneAbbreviation(readings.later, NEW_YORK)).toBe("EST");
    const gap = readingsOf(wall("2026-03-08 02:30"), NEW_YORK);
    expect(gap.kind === "none" && [wallTimeText(gap.from), wallTimeText(gap.to)]).toEqual([
      "02:00",
      "03:00",
    ]);
  });

  it("a zone without changes has one reading and its offset as its name when it has no other", () => {
    expect(readingsOf(wall("2026-10-25 02:30"), "UTC")).toEqual({
      kind: "one",
      at: Date.UTC(2026, 9, 25, 2, 30),
    });
    expect(zoneAbbreviation(0, "Asia/Kathmandu")).toMatch(/^(UTC\+05:30|\w+)$/);
    expect(zoneAbbreviation(Date.UTC(2026, 0, 1), "Etc/GMT+3")).toBe("UTC−03:00");
  });

  it("every instant's own wall time reads back to it (to the second), in three zones", () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    const zone = fc.constantFrom(STOCKHOLM, NEW_YORK, "Australia/Lord_Howe");
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        const exact = Math.floor(ms / 1000) * 1000;
        const readings = readingsOf(wallClockOf(exact, timeZone), timeZone);
        if (readings.kind === "none") return false;
        if (readings.kind === "one") return readings.at === exact;
        return readings.earlier === exact || readings.later === exact;
      }),
    );
  });
});

describe("typed wall times and the seconds rule", () => {
  it("reads a date and HH:mm or HH:mm:ss, and refuses what is not a real date or time", () => {
    expect(parseWallClock("2026-10-25", "03:40:15")).toEqual({
      year: 2026,
      month: 10,
      day: 25,
      hour: 3,
      minute: 40,
      second: 15,
    });
    expect(parseWallClock(" 2026-10-25 ", "03:40")?.second).toBe(0);
    for (const [date, time] of [
      ["2026-02-30", "10:00"],
      ["2026-13-01", "10:00"],
      ["2026-10-25", "24:00"],
      ["2026-10-25", "12:60"],
      ["2026-10-25", "12:00:60"],
      ["2026-10-25", "9:00"],
      ["25/10/2026", "10:00"],
      ["2026-10-25", ""],
    ] as const) {
      expect(parseWallClock(date, time), `${date} ${time}`).toBeNull();
    }
  });

  it("a time shows its seconds only when they are not zero", () => {
    expect(exactClock(Date.UTC(2026, 0, 5, 1, 10), STOCKHOLM)).toBe("02:10");
    expect(exactClock(Date.UTC(2026, 0, 5, 2, 40, 15), STOCKHOLM)).toBe("03:40:15");
    // Milliseconds are not shown (a timer records whole seconds).
    expect(exactClock(Date.UTC(2026, 0, 5, 2, 40, 0, 500), STOCKHOLM)).toBe("03:40");
  });
});
