// @vitest-environment node
import { describe, expect, test } from "vitest";
import {
  formatDuration,
  formatExactTime,
  formatHours,
  formatSek,
  formatSpan,
  formatTime,
} from "../../../renderer/i18n/format";
import { describeError, parseFieldError } from "../../../renderer/ui/field-error";
import { encodeInputError } from "../../../shared/app/texts/errors";
import { translate } from "../../../renderer/i18n/i18n";
import type { Translate } from "../../../renderer/i18n/i18n";

const nbsp = (text: string) => text.replace(/\u00a0/g, " ");
const sv: Translate = (key, vars) => translate("sv", key, vars);

describe("Swedish formats", () => {
  test("money, hours, durations and countdowns", () => {
    expect(nbsp(formatSek(4500))).toBe("4 500 kr");
    expect(nbsp(formatSek(6750))).toBe("6 750 kr");
    expect(nbsp(formatSek(72.5))).toBe("72,50 kr");
    expect(nbsp(formatHours(1.5))).toBe("1,5 h");
    expect(nbsp(formatHours(0.25))).toBe("0,25 h");
    expect(formatDuration(754_000)).toBe("00:12:34");
    expect(nbsp(formatSpan(14 * 60_000 + 1))).toBe("15 min");
    expect(nbsp(formatSpan(-125 * 60_000))).toBe("2 h 5 min");
  });
});

describe("times in the rules' zone (the core's zone code, whatever the machine's)", () => {
  test("a clock time; a work interval's end shows its seconds when they are not zero", () => {
    const winter = Date.UTC(2025, 10, 24, 20, 40); // 21:40 CET
    const summer = Date.UTC(2025, 6, 1, 6, 5, 15); // 08:05:15 CEST
    expect(formatTime(winter, "Europe/Stockholm")).toBe("21:40");
    expect(formatTime(summer, "Europe/Stockholm")).toBe("08:05");
    expect(formatExactTime(winter, "Europe/Stockholm")).toBe("21:40");
    expect(formatExactTime(summer, "Europe/Stockholm")).toBe("08:05:15");
    expect(formatExactTime(summer, "America/New_York")).toBe("02:05:15");
  });
});

describe("errors name the field the user sees", () => {
  test("an IPC-wrapped InputError still yields its field and code", () => {
    const wrapped = new Error(
      `Error invoking remote method 'jour:updateSettings': Error: ${encodeInputError('settings.rules.handoverTime: expected "HH:mm"', "hhmm", {})}`,
    );
    expect(parseFieldError(wrapped)).toEqual({
      field: "rules.handoverTime",
      problem: 'expected "HH:mm"',
      code: "hhmm",
      params: {},
    });
    expect(describeError(wrapped, sv)).toBe(
      "Överlämningstid (HH:mm): ange en tid som HH:mm, till exempel 09:00",
    );
  });

  test("customer and rate fields are labelled by position", () => {
    expect(describeError(new Error("settings.customers.1.elmahUrl: x"), sv)).toBe(
      "Kund 2: ELMAH-adress: ogiltigt värde",
    );
    expect(describeError(new Error("settings.rules.rates.3: Invalid value"), sv)).toBe(
      "Taxa 3 (kr/h): ogiltigt värde",
    );
  });
});
