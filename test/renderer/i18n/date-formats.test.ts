// @vitest-environment node
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatDayMonthTime,
  formatDayRange as coreDayRange,
  formatMoment,
} from "../../../shared/app/texts/format";
import {
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatDayRange,
  formatTime,
  formatWeekdayDate,
} from "../../../renderer/i18n/format";

const zone = "Europe/Stockholm";
const at = (iso: string) => Date.parse(iso);

describe("one date format per language, in every view and the core", () => {
  test("English uses English names, Swedish Swedish ones, without Intl's dots or commas", () => {
    const due = at("2026-10-26T10:00:00Z"); // Mon 26 Oct 11:00 CET
    expect(formatDateTime(due, zone, "en")).toBe("Mon 26 Oct 11:00");
    expect(formatDateTime(due, zone, "sv")).toBe("mån 26 okt 11:00");
    expect(formatMoment(due, at("2026-10-20T10:00:00Z"), zone, "en")).toBe("Mon 26 Oct 11:00");
    expect(formatDayMonthTime(at("2026-12-07T08:00:00Z"), zone, "en")).toBe("Mon 7 Dec 09:00");
    expect(formatDate(at("2026-11-26T12:00:00Z"), zone, "sv")).toBe("26 nov 2026");
    expect(formatDate(at("2026-11-26T12:00:00Z"), zone, "en")).toBe("26 Nov 2026");
    expect(formatWeekdayDate(at("2026-05-01T00:00:00Z"), "UTC", "sv")).toBe("fre 1 maj");
    expect(formatWeekdayDate(at("2026-05-01T00:00:00Z"), "UTC", "en")).toBe("Fri 1 May");
    expect(formatCalendarDay("2025-11-24", "en")).toBe("Mon 24");
    expect(formatCalendarDay("2025-11-24", "sv")).toBe("mån 24");
    expect(formatTime(at("2026-11-24T20:40:00Z"), zone)).toBe("21:40");
  });

  test("week ranges, across a month and a year", () => {
    const week = (start: string, end: string) => [at(start), at(end)] as const;
    const [a, b] = week("2025-11-24T15:00:00Z", "2025-12-01T15:00:00Z");
    expect(formatDayRange(a, b, zone, "sv")).toBe("24 nov–1 dec");
    expect(formatDayRange(a, b, zone, "en")).toBe("24 Nov–1 Dec");
    const [c, d] = week("2025-12-29T00:00:00Z", "2026-01-05T00:00:00Z");
    expect(formatDayRange(c, d, "UTC", "en")).toBe("29 Dec–4 Jan");
  });

  test("the window and the core write any instant alike, in any zone", () => {
    const zones = ["Europe/Stockholm", "America/New_York", "Asia/Kolkata", "UTC"];
    fc.assert(
      fc.property(
        fc.integer({ min: at("2000-01-01T00:00:00Z"), max: at("2199-12-31T00:00:00Z") }),
        fc.integer({ min: 1, max: 40 * 86_400_000 }),
        fc.constantFrom(...zones),
        fc.constantFrom("sv" as const, "en" as const),
        (ms, span, tz, language) => {
          expect(formatDateTime(ms, tz, language)).toBe(formatDayMonthTime(ms, tz, language));
          expect(formatDayRange(ms, ms + span, tz, language)).toBe(
            coreDayRange(ms, ms + span, tz, language),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
