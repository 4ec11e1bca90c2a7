import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalizeHHmm } from "../../../../shared/app/settings/clock-text";
import { applySettingsPatch, defaultAppSettings } from "../../../../shared/app/settings/settings";

describe("a time of day as people type it", () => {
  test.each([
    ["9:00", "09:00"],
    ["9.30", "09:30"],
    [" 07:05 ", "07:05"],
    ["930", "09:30"],
    ["0930", "09:30"],
    ["9", "09:00"],
    ["23:59", "23:59"],
  ])("%s is %s", (typed, time) => expect(normalizeHHmm(typed)).toBe(time));

  test.each(["24:00", "9:60", "banana", "", "12:3", "1:2:3"])(
    "%s stays for the validator",
    (typed) => {
      expect(normalizeHHmm(typed)).toBe(typed.trim());
    },
  );

  test("every HH:mm is its own normal form, and H:mm means 0H:mm", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const hhmm = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        expect(normalizeHHmm(hhmm)).toBe(hhmm);
        expect(normalizeHHmm(`${h}:${String(m).padStart(2, "0")}`)).toBe(hhmm);
      }),
    );
  });

  test('the settings take "9:00" for the handover and store 09:00', () => {
    const settings = defaultAppSettings();
    const next = applySettingsPatch(settings, {
      rules: { ...settings.rules, handoverTime: "9:00" },
    });
    expect(next.rules.handoverTime).toBe("09:00");
    expect(() =>
      applySettingsPatch(settings, { rules: { ...settings.rules, handoverTime: "25:00" } }),
    ).toThrow(/handoverTime/);
  });
});
