import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localIso, localParts } from "../../shared/domain/local-time";
import { civil, isoWeekday, wallOf } from "./reference";

/** The reference's answer (offsets asked from Intl, test/shared/reference.ts), field by field. */
function referenceParts(ms: number, timeZone: string) {
  const wall = wallOf(ms, timeZone);
  const date = civil(wall.day);
  return {
    year: date.year,
    month: date.month,
    day: date.date,
    hour: Math.floor(wall.minute / 60),
    minute: wall.minute % 60,
    weekday: isoWeekday(wall.day),
  };
}

const zones = [
  "Europe/Stockholm",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "UTC",
];
const YEAR = 365.25 * 86_400_000;

describe("local wall time in the rules' zone", () => {
  it("agrees with the runtime's calendar at any instant, around every offset change too", () => {
    // Instants from 1980 to 2060, and instants near the changes of this year and next.
    const instant = fc.oneof(
      fc.integer({ min: Math.round(10 * YEAR), max: Math.round(90 * YEAR) }),
      fc
        .tuple(
          fc.constantFrom(
            Date.UTC(2026, 2, 29, 1),
            Date.UTC(2026, 9, 25, 1),
            Date.UTC(2027, 2, 14, 7),
          ),
          fc.integer({ min: -7_200_000, max: 7_200_000 }),
        )
        .map(([change, d]) => change + d),
    );
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (ms, zone) => {
        expect(localParts(ms, zone)).toEqual(referenceParts(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes the offset of the instant in ISO form", () => {
    expect(localIso(Date.UTC(2026, 2, 29, 0, 59), "Europe/Stockholm")).toBe(
      "2026-03-29T01:59:00.000+01:00",
    );
    expect(localIso(Date.UTC(2026, 2, 29, 1, 0), "Europe/Stockholm")).toBe(
      "2026-03-29T03:00:00.000+02:00",
    );
    expect(localIso(Date.UTC(2026, 0, 1, 0, 0), "Asia/Kathmandu")).toBe(
      "2026-01-01T05:45:00.000+05:45",
    );
  });
});
