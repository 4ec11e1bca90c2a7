/**
 * DOMAIN §4, the organizer text. Weeks (defaults, Monday 00:00 CET):
 * W1 = 16–23 Nov 2026, W2 = 23–30 Nov, W3 = 30 Nov–7 Dec.
 */
import { describe, expect, it } from "vitest";
import type { Interval, Rounding } from "../../shared/index";
import { organizerText } from "../../shared/index";
import { iv, settings, t } from "./fixtures";

const w1 = t("2026-11-17T12:00:00Z");
const w1again = t("2026-11-18T08:00:00Z");
const w2 = t("2026-11-24T12:00:00Z");
const w2start = t("2026-11-22T23:00:00Z"); // Mon 23 Nov 00:00 CET, W2's first instant

const text = (weeks: Date[], work: Interval[], rounding: Rounding = "half") =>
  organizerText(weeks, work, settings({ rounding }));

describe("organizerText", () => {
  it("reproduces the DOMAIN example: 80 min taxa 1 → 1,5h and 105 min taxa 3 → 2h", () => {
    const work = [
      iv("2026-11-17T09:00:00Z", "2026-11-17T10:20:00Z"), // Tue 10:00–11:20 CET
      iv("2026-11-17T21:00:00Z", "2026-11-17T22:45:00Z"), // Tue 22:00–23:45 CET
    ];
    expect(text([w1], work)).toBe("1 x Jourvecka\nTaxa 1: 1,5h\nTaxa 3: 2h");
  });

  it("no work: only the week line, no trailing newline", () => {
    expect(text([w1], [])).toBe("1 x Jourvecka");
  });

  it("work only outside the reported weeks gives no tariff line", () => {
    expect(text([w1], [iv("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z")])).toBe("1 x Jourvecka");
  });

  it("lists tariffs in the order 1, 2, 3 whatever the order of the work", () => {
    const work = [
      iv("2026-11-17T22:00:00Z", "2026-11-17T23:00:00Z"), // Tue 23–24 CET, taxa 3
      iv("2026-11-21T09:00:00Z", "2026-11-21T10:00:00Z"), // Sat 10–11 CET, taxa 2
      iv("2026-11-18T09:00:00Z", "2026-11-18T10:00:00Z"), // Wed 10–11 CET, taxa 1
    ];
    expect(text([w1], work)).toBe("1 x Jourvecka\nTaxa 1: 1h\nTaxa 2: 1h\nTaxa 3: 1h");
  });

  it("several weeks with duplicate instants: each week once, each week rounded before summing", () => {
    const work = [
      iv("2026-11-17T09:00:00Z", "2026-11-17T10:20:00Z"), // W1 Tue 10:00–11:20: 80 min → 1,5
      iv("2026-11-24T09:00:00Z", "2026-11-24T09:10:00Z"), // W2 Tue 10:00–10:10: 10 min → 0,5
      iv("2026-11-28T09:00:00Z", "2026-11-28T09:45:00Z"), // W2 Sat 10:00–10:45: taxa 2 → 1
      iv("2026-12-01T22:00:00Z", "2026-12-01T22:30:00Z"), // W3, not reported
    ];
    // Taxa 1: 1,5 + 0,5 = 2 (summing 90 min first would give 1,5).
    expect(text([w2, w1, w1again, w2start], work)).toBe("2 x Jourvecka\nTaxa 1: 2h\nTaxa 2: 1h");
  });

  it("work across the handover between two reported weeks is rounded in each week", () => {
    // Sun 22 Nov 23:40 → Mon 23 Nov 00:20 CET: 20 min taxa 3 in W1 and 20 min in W2, ½ h each.
    const work = [iv("2026-11-22T22:40:00Z", "2026-11-22T23:20:00Z")];
    expect(text([w1, w2], work)).toBe("2 x Jourvecka\nTaxa 3: 1h");
    expect(text([w1], work)).toBe("1 x Jourvecka\nTaxa 3: 0,5h");
  });

  it.each<[string, Interval[], string]>([
    [
      "7 min → 0,12h (7/60 = 0.1166…)",
      [iv("2026-11-17T09:00:00Z", "2026-11-17T09:07:00Z")],
      "0,12",
    ],
    ["20 min → 0,33h", [iv("2026-11-17T09:00:00Z", "2026-11-17T09:20:00Z")], "0,33"],
    ["1 min → 0,02h", [iv("2026-11-17T09:00:00Z", "2026-11-17T09:01:00Z")], "0,02"],
    ["50 min → 0,83h", [iv("2026-11-17T09:00:00Z", "2026-11-17T09:50:00Z")], "0,83"],
    ["90 min → 1,5h", [iv("2026-11-17T09:00:00Z", "2026-11-17T10:30:00Z")], "1,5"],
    ["60 min → 1h", [iv("2026-11-17T09:00:00Z", "2026-11-17T10:00:00Z")], "1"],
  ])("rounding none: %s", (_label, work, hours) => {
    expect(text([w1], work, "none")).toBe(`1 x Jourvecka\nTaxa 1: ${hours}h`);
  });

  it("rounding none over two weeks: 10 min + 10 min → 0,33h", () => {
    const work = [
      iv("2026-11-17T09:00:00Z", "2026-11-17T09:10:00Z"),
      iv("2026-11-24T09:00:00Z", "2026-11-24T09:10:00Z"),
    ];
    expect(text([w1, w2], work, "none")).toBe("2 x Jourvecka\nTaxa 1: 0,33h");
  });

  it("rounding quarter: 5 min → 0,25h, 40 min → 0,75h", () => {
    expect(text([w1], [iv("2026-11-17T09:00:00Z", "2026-11-17T09:05:00Z")], "quarter")).toBe(
      "1 x Jourvecka\nTaxa 1: 0,25h",
    );
    expect(text([w1], [iv("2026-11-17T09:00:00Z", "2026-11-17T09:40:00Z")], "quarter")).toBe(
      "1 x Jourvecka\nTaxa 1: 0,75h",
    );
  });

  it("rounding hour: 61 min → 2h", () => {
    expect(text([w1], [iv("2026-11-17T09:00:00Z", "2026-11-17T10:01:00Z")], "hour")).toBe(
      "1 x Jourvecka\nTaxa 1: 2h",
    );
  });

  it("two-digit hours: two nights of 8 h and 4½ h → 12,5h", () => {
    const work = [
      iv("2026-11-16T21:00:00Z", "2026-11-17T05:00:00Z"), // Mon 22:00 → Tue 06:00 CET
      iv("2026-11-17T21:00:00Z", "2026-11-18T01:30:00Z"), // Tue 22:00 → Wed 02:30 CET
    ];
    expect(text([w1], work)).toBe("1 x Jourvecka\nTaxa 3: 12,5h");
  });
});
