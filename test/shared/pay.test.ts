/**
 * DOMAIN §4: a week's reported hours (merged, clipped to the week, rounded up per tariff) and
 * its pay. The week used is Mon 16 Nov 2026 00:00 CET (15 Nov 23:00Z) → Mon 23 Nov 00:00 CET.
 */
import { describe, expect, it } from "vitest";
import type { Interval, Rounding, Settings } from "../../shared/index";
import { weekPay } from "../../shared/index";
import { iv, settings, t } from "./fixtures";

const inWeek = t("2026-11-18T12:00:00Z");

/** Tue 17 Nov 10:00–10:07 CET: 7 min of taxa 1. */
const sevenMinutesDay = iv("2026-11-17T09:00:00Z", "2026-11-17T09:07:00Z");
/** Tue 17 Nov 23:00–23:31 CET: 31 min of taxa 3. */
const thirtyOneMinutesNight = iv("2026-11-17T22:00:00Z", "2026-11-17T22:31:00Z");

function pay(work: readonly Interval[], s: Settings = settings(), at = inWeek) {
  return weekPay(at, work, s);
}

describe("weekPay rounding per tariff", () => {
  it.each<[Rounding, number, number, number]>([
    // rounding, taxa 1 hours, taxa 3 hours, total = 4 500 + 290 × h1 + 600 × h3
    ["none", 7 / 60, 31 / 60, 4500 + (290 * 7) / 60 + (600 * 31) / 60],
    ["quarter", 0.25, 0.75, 4500 + 72.5 + 450],
    ["half", 0.5, 1, 4500 + 145 + 600],
    ["hour", 1, 1, 4500 + 290 + 600],
  ])("%s: 7 min → %f h, 31 min → %f h", (rounding, h1, h3, total) => {
    const r = pay([sevenMinutesDay, thirtyOneMinutesNight], settings({ rounding }));
    expect(r.hours[1]).toBeCloseTo(h1, 10);
    expect(r.hours[2]).toBe(0);
    expect(r.hours[3]).toBeCloseTo(h3, 10);
    expect(r.allowanceSek).toBe(4500);
    expect(r.totalSek).toBeCloseTo(total, 6);
  });

  it("the default is half: a started half hour counts", () => {
    expect(pay([sevenMinutesDay]).hours).toEqual({ 1: 0.5, 2: 0, 3: 0 });
  });

  it("exact multiples of the unit are not rounded further", () => {
    const halfHour = [iv("2026-11-17T09:00:00Z", "2026-11-17T09:30:00Z")];
    const quarter = [iv("2026-11-17T09:00:00Z", "2026-11-17T09:15:00Z")];
    const hour = [iv("2026-11-17T09:00:00Z", "2026-11-17T10:00:00Z")];
    expect(pay(halfHour, settings({ rounding: "half" })).hours[1]).toBe(0.5);
    expect(pay(halfHour, settings({ rounding: "quarter" })).hours[1]).toBe(0.5);
    expect(pay(halfHour, settings({ rounding: "hour" })).hours[1]).toBe(1);
    expect(pay(halfHour, settings({ rounding: "none" })).hours[1]).toBe(0.5);
    expect(pay(quarter, settings({ rounding: "quarter" })).hours[1]).toBe(0.25);
    expect(pay(hour, settings({ rounding: "hour" })).hours[1]).toBe(1);
  });

  it("one millisecond over a unit starts the next unit", () => {
    const work = [iv("2026-11-17T09:00:00.000Z", "2026-11-17T09:30:00.001Z")];
    expect(pay(work, settings({ rounding: "half" })).hours[1]).toBe(1);
    expect(pay(work, settings({ rounding: "quarter" })).hours[1]).toBe(0.75);
  });

  it("rounds the week's total per tariff, not each interval: 10 + 10 min → ½ h", () => {
    const work = [
      iv("2026-11-17T09:00:00Z", "2026-11-17T09:10:00Z"), // Tue 10:00–10:10
      iv("2026-11-18T09:00:00Z", "2026-11-18T09:10:00Z"), // Wed 10:00–10:10
    ];
    expect(pay(work).hours).toEqual({ 1: 0.5, 2: 0, 3: 0 });
    expect(pay(work).totalSek).toBe(4500 + 145);
  });

  it("rounds each tariff separately: 10 min taxa 1 + 10 min taxa 2 → ½ h each", () => {
    const work = [
      iv("2026-11-17T09:00:00Z", "2026-11-17T09:10:00Z"), // Tue 10:00 CET, taxa 1
      iv("2026-11-21T09:00:00Z", "2026-11-21T09:10:00Z"), // Sat 10:00 CET, taxa 2
    ];
    expect(pay(work).hours).toEqual({ 1: 0.5, 2: 0.5, 3: 0 });
    expect(pay(work).totalSek).toBe(4500 + 145 + 200);
  });

  it("no work: zero hours and the allowance only", () => {
    expect(pay([])).toMatchObject({
      hours: { 1: 0, 2: 0, 3: 0 },
      allowanceSek: 4500,
      totalSek: 4500,
    });
  });

  it("work outside the week does not count", () => {
    const nextWeek = iv("2026-11-24T09:00:00Z", "2026-11-24T11:00:00Z");
    expect(pay([nextWeek])).toMatchObject({ hours: { 1: 0, 2: 0, 3: 0 }, totalSek: 4500 });
  });

  it("overlapping work is paid once: 10–11 and 10:30–11:30 is 1½ h", () => {
    const work = [
      iv("2026-11-17T09:00:00Z", "2026-11-17T10:00:00Z"),
      iv("2026-11-17T09:30:00Z", "2026-11-17T10:30:00Z"),
    ];
    expect(pay(work).hours[1]).toBe(1.5);
    expect(pay(work).totalSek).toBe(4500 + 1.5 * 290);
  });

  it("uses the configured rates", () => {
    const s = settings({ rates: { 1: 100, 2: 200, 3: 300 } });
    // half: 7 min → ½ h × 100, 31 min → 1 h × 300.
    expect(pay([sevenMinutesDay, thirtyOneMinutesNight], s).totalSek).toBe(4500 + 50 + 300);
  });
});

describe("weekPay across a handover", () => {
  // Sun 22 Nov 23:40 CET → Mon 23 Nov 00:20 CET: 20 min in each week, all taxa 3.
  const crossing = [iv("2026-11-22T22:40:00Z", "2026-11-22T23:20:00Z")];

  it("clips to the week: each week gets its own 20 min, rounded to ½ h each", () => {
    const before = pay(crossing, settings(), t("2026-11-18T12:00:00Z"));
    const after = pay(crossing, settings(), t("2026-11-25T12:00:00Z"));
    expect(before.hours).toEqual({ 1: 0, 2: 0, 3: 0.5 });
    expect(after.hours).toEqual({ 1: 0, 2: 0, 3: 0.5 });
    expect(before.totalSek).toBe(4500 + 300);
    expect(after.totalSek).toBe(4500 + 300);
  });

  it("with rounding none the two halves are exactly ⅓ h each", () => {
    const s = settings({ rounding: "none" });
    expect(pay(crossing, s, t("2026-11-18T12:00:00Z")).hours[3]).toBeCloseTo(1 / 3, 10);
    expect(pay(crossing, s, t("2026-11-25T12:00:00Z")).hours[3]).toBeCloseTo(1 / 3, 10);
  });

  it('clips at a "08:00" Thursday handover: Thu 07:00–09:00 CET splits 1 h / 1 h', () => {
    const s = settings({ weekStartsOn: 4, handoverTime: "08:00", rounding: "none" });
    const work = [iv("2026-11-19T06:00:00Z", "2026-11-19T08:00:00Z")];
    expect(pay(work, s, t("2026-11-17T12:00:00Z")).hours).toEqual({ 1: 1, 2: 0, 3: 0 });
    expect(pay(work, s, t("2026-11-20T12:00:00Z")).hours).toEqual({ 1: 1, 2: 0, 3: 0 });
  });
});

describe("weekPay in special weeks", () => {
  it("storhelg week: Julafton 10–11 CET pays 6 750 + 1 h taxa 2 (eves on)", () => {
    const work = [iv("2026-12-24T09:00:00Z", "2026-12-24T10:00:00Z")];
    const r = pay(work, settings(), t("2026-12-22T12:00:00Z"));
    expect(r).toMatchObject({ hours: { 1: 0, 2: 1, 3: 0 }, allowanceSek: 6750, totalSek: 7150 });
  });

  it("storhelg week with eves off: Julafton 10–11 is taxa 1, the allowance stays 6 750", () => {
    const work = [iv("2026-12-24T09:00:00Z", "2026-12-24T10:00:00Z")];
    const r = pay(work, settings({ eveningsAsHolidays: false }), t("2026-12-22T12:00:00Z"));
    expect(r).toMatchObject({ hours: { 1: 1, 2: 0, 3: 0 }, allowanceSek: 6750, totalSek: 7040 });
  });

  it("the 25-hour DST Sunday: 00:00–24:00 CEST/CET worked pays 9 h taxa 3 and 16 h taxa 2", () => {
    const work = [iv("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")];
    const r = pay(work, settings(), t("2026-10-21T12:00:00Z"));
    expect(r.hours).toEqual({ 1: 0, 2: 16, 3: 9 });
    expect(r.totalSek).toBe(4500 + 16 * 400 + 9 * 600);
  });

  it("the 23-hour DST Sunday: 7 h taxa 3 and 16 h taxa 2", () => {
    const work = [iv("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z")];
    const r = pay(work, settings(), t("2026-03-25T12:00:00Z"));
    expect(r.hours).toEqual({ 1: 0, 2: 16, 3: 7 });
  });
});
