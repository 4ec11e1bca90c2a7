/** DOMAIN §6 defaults, and settings that hold only the fields of DOMAIN §7. */
import { describe, expect, it } from "vitest";
import type { Settings } from "../../shared/index";
import {
  defaultSettings,
  holidays,
  onCallWeek,
  organizerText,
  responseDeadline,
  rollbackDeadline,
  splitByTariff,
  tariffAt,
  weekPay,
} from "../../shared/index";
import { H, coreSettings, iv, t } from "./fixtures";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("defaultSettings", () => {
  it("holds the defaults of DOMAIN §6", () => {
    expect(defaultSettings).toMatchObject({
      timeZone: "Europe/Stockholm",
      eveningsAsHolidays: true,
      weekStartsOn: 1,
      handoverTime: "00:00",
      allowance: { weeklySek: 4500, storhelgSupplement: 0.5 },
      rates: { 1: 290, 2: 400, 3: 600 },
      rounding: "half",
      office: { open: "08:00", close: "17:00" },
    });
    expect([...defaultSettings.office.days].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("has SLA hours 1 / 3 / 3 / 1 if it spells them out", () => {
    if (defaultSettings.sla !== undefined) {
      expect(defaultSettings.sla).toEqual({
        p1Hours: 1,
        p2Hours: 3,
        p3HoursAfterOpening: 3,
        rollbackHours: 1,
      });
    }
    // Whether spelled out or not, the deadlines are the §6 ones.
    const at = t("2026-11-17T10:00:00Z"); // Tue 11:00 CET, office open
    expect(responseDeadline(1, at, defaultSettings).getTime() - at.getTime()).toBe(1 * H);
    expect(responseDeadline(2, at, defaultSettings).getTime() - at.getTime()).toBe(3 * H);
    expect(responseDeadline(3, at, defaultSettings).getTime() - at.getTime()).toBe(3 * H);
    expect(rollbackDeadline(at, defaultSettings).getTime() - at.getTime()).toBe(1 * H);
  });
});

describe("settings with only the §7 fields (no sla)", () => {
  const core: Settings = deepFreeze(coreSettings());

  it("has no sla field", () => {
    expect("sla" in core).toBe(false);
  });

  it("works everywhere, with the §6 SLA defaults", () => {
    const at = t("2026-11-20T16:00:00Z"); // Fri 17:00 CET, office just closed
    expect(responseDeadline(1, at, core).toISOString()).toBe("2026-11-20T17:00:00.000Z");
    expect(responseDeadline(2, at, core).toISOString()).toBe("2026-11-20T19:00:00.000Z");
    // Mon 23 Nov 08:00 CET = 07:00Z, + 3 h.
    expect(responseDeadline(3, at, core).toISOString()).toBe("2026-11-23T10:00:00.000Z");
    expect(rollbackDeadline(at, core).toISOString()).toBe("2026-11-20T17:00:00.000Z");

    expect(tariffAt(at, core)).toBe(1);
    expect(holidays(2026, core)).toHaveLength(17);
    const work = [iv("2026-11-17T09:00:00Z", "2026-11-17T10:20:00Z")]; // Tue 10:00–11:20 CET
    expect(splitByTariff(work, core)).toEqual({ 1: 80 * 60_000, 2: 0, 3: 0 });
    expect(onCallWeek(at, core).start.toISOString()).toBe("2026-11-15T23:00:00.000Z");
    expect(weekPay(at, work, core)).toMatchObject({
      hours: { 1: 1.5, 2: 0, 3: 0 },
      allowanceSek: 4500,
      totalSek: 4500 + 1.5 * 290,
    });
    expect(organizerText([at], work, core)).toBe("1 x Jourvecka\nTaxa 1: 1,5h");
  });

  it("gives the same results as defaultSettings", () => {
    const at = t("2026-12-24T09:00:00Z");
    const work = [iv("2026-12-24T08:00:00Z", "2026-12-24T22:30:00Z")];
    expect(weekPay(at, work, core)).toEqual(weekPay(at, work, defaultSettings));
    expect(onCallWeek(at, core)).toEqual(onCallWeek(at, defaultSettings));
    expect(responseDeadline(3, at, core)).toEqual(responseDeadline(3, at, defaultSettings));
  });

  it("is not modified (the object is deeply frozen)", () => {
    expect(Object.isFrozen(core.office.days)).toBe(true);
    expect(() => organizerText([t("2026-11-17T10:00:00Z")], [], core)).not.toThrow();
  });
});
