import { describe, expect, it } from "vitest";
import {
  formatDayRange,
  formatDuration,
  formatMinutes,
  formatMoment,
  formatSek,
} from "../../../../shared/app/texts/format";
import { localDate, localIso, localParts } from "../../../../shared/domain/local-time";

const STOCKHOLM = "Europe/Stockholm";

describe("Swedish formats", () => {
  it("writes money with a space between thousands and a decimal comma", () => {
    expect(formatSek(4500)).toBe("4 500 kr");
    expect(formatSek(1234567)).toBe("1 234 567 kr");
    expect(formatSek(72.5)).toBe("72,50 kr");
    expect(formatSek(0)).toBe("0 kr");
  });

  it("writes timers and spans of minutes", () => {
    expect(formatDuration(754_000)).toBe("00:12:34");
    expect(formatDuration(101 * 3_600_000)).toBe("101:00:00");
    expect(formatMinutes(12 * 60_000)).toBe("12 min");
    expect(formatMinutes(125 * 60_000)).toBe("2 h 5 min");
    expect(formatMinutes(120 * 60_000)).toBe("2 h");
  });

  it("writes a week's days, across a month too", () => {
    expect(formatDayRange(Date.UTC(2025, 10, 23, 23), Date.UTC(2025, 10, 30, 23), STOCKHOLM)).toBe(
      "24–30 nov",
    );
    expect(formatDayRange(Date.UTC(2025, 9, 26, 23), Date.UTC(2025, 10, 2, 23), STOCKHOLM)).toBe(
      "27 okt–2 nov",
    );
  });

  it("writes a moment as a time today and with the day otherwise", () => {
    const now = Date.UTC(2025, 10, 24, 9);
    expect(formatMoment(Date.UTC(2025, 10, 24, 13, 5), now, STOCKHOLM, "sv")).toBe("14:05");
    expect(formatMoment(Date.UTC(2025, 10, 25, 8), now, STOCKHOLM, "sv")).toBe("tis 25 nov 09:00");
  });
});

describe("local time in the rules' zone, whatever the machine's", () => {
  it("reads wall time on both sides of a daylight-saving change", () => {
    expect(localParts(Date.UTC(2025, 2, 30, 0, 59), STOCKHOLM)).toMatchObject({
      hour: 1,
      minute: 59,
      weekday: 7,
    });
    expect(localParts(Date.UTC(2025, 2, 30, 1, 0), STOCKHOLM)).toMatchObject({
      hour: 3,
      minute: 0,
    });
    expect(localDate(Date.UTC(2025, 11, 31, 23, 30), STOCKHOLM)).toBe("2026-01-01");
  });

  it("writes ISO 8601 with the zone's offset, east and west of Greenwich", () => {
    expect(localIso(Date.UTC(2025, 10, 24, 13, 5), STOCKHOLM)).toBe(
      "2025-11-24T14:05:00.000+01:00",
    );
    expect(localIso(Date.UTC(2025, 6, 1, 12), STOCKHOLM)).toBe("2025-07-01T14:00:00.000+02:00");
    expect(localIso(Date.UTC(2025, 0, 1, 3, 30), "America/New_York")).toBe(
      "2024-12-31T22:30:00.000-05:00",
    );
    expect(localIso(Date.UTC(2025, 0, 1, 3, 30), "Asia/Kolkata")).toBe(
      "2025-01-01T09:00:00.000+05:30",
    );
  });
});
