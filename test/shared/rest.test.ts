/** The rest rule (Arbetstidslagen §§ 13–14) in named hard cases; rest-properties.test.ts has the brute force. */
import { describe, expect, it } from "vitest";
import { dailyRest, defaultRestSettings, weeklyRest } from "../../shared/index";
import type { Interval, RestSettings } from "../../shared/index";
import { H, MIN, iv, settings, t } from "./fixtures";

const rules = settings();
const rest = (patch: Partial<RestSettings> = {}): RestSettings => ({
  ...defaultRestSettings,
  ...patch,
});
const daily = (at: string, work: Interval[], r = rest(), s = rules) => dailyRest(t(at), work, r, s);

describe("dygnsvila (§ 13) of one 24-hour period", () => {
  it("a working day without calls has the night's 15 h of rest", () => {
    const day = daily("2026-11-24T12:00+01:00", []);
    expect(day.date).toBe("2026-11-24");
    expect(day.start).toEqual(t("2026-11-24T00:00+01:00"));
    expect(day.end).toEqual(t("2026-11-25T00:00+01:00"));
    expect(day.restMs).toBe(15 * H);
    expect(day.rest).toEqual({
      start: t("2026-11-23T17:00+01:00"),
      end: t("2026-11-24T08:00+01:00"),
    });
    expect(day.shortMs).toBe(0);
    expect(day.earliestStart).toBeNull();
  });

  it("a call 02:10–03:40 leaves 4 h 20 min before work: start at 14:40 at the earliest", () => {
    const day = daily("2026-11-24T05:00+01:00", [
      iv("2026-11-24T02:10+01:00", "2026-11-24T03:40+01:00"),
    ]);
    expect(day.restMs).toBe(4 * H + 20 * MIN);
    expect(day.shortMs).toBe(6 * H + 40 * MIN);
    expect(day.earliestStart).toEqual(t("2026-11-24T14:40+01:00"));
  });

  it("two calls in one night: the rest counts from the end of the last", () => {
    const work = [
      iv("2026-11-24T00:30+01:00", "2026-11-24T01:00+01:00"),
      iv("2026-11-24T02:10+01:00", "2026-11-24T03:40+01:00"),
    ];
    const day = daily("2026-11-24T09:00+01:00", work);
    expect(day.rest).toEqual({
      start: t("2026-11-24T03:40+01:00"),
      end: t("2026-11-24T08:00+01:00"),
    });
    expect(day.earliestStart).toEqual(t("2026-11-24T14:40+01:00"));
  });

  it("a call in the afternoon after a short night pushes the earliest start past it", () => {
    const work = [
      iv("2026-11-24T02:10+01:00", "2026-11-24T03:40+01:00"),
      iv("2026-11-24T12:00+01:00", "2026-11-24T13:00+01:00"),
    ];
    expect(daily("2026-11-24T05:00+01:00", work).earliestStart).toEqual(
      t("2026-11-25T00:00+01:00"),
    );
  });

  it("a night call after a free weekend is still short before Monday's work", () => {
    const day = daily("2026-11-30T05:00+01:00", [
      iv("2026-11-30T02:10+01:00", "2026-11-30T03:40+01:00"),
    ]);
    expect(day.restMs).toBe(4 * H + 20 * MIN);
    expect(day.earliestStart).toEqual(t("2026-11-30T14:40+01:00"));
  });

  it("work across midnight belongs to the rest before the next working day", () => {
    const work = [iv("2026-11-23T23:00+01:00", "2026-11-24T01:00+01:00")];
    expect(daily("2026-11-23T12:00+01:00", work).shortMs).toBe(0);
    const tuesday = daily("2026-11-24T12:00+01:00", work);
    expect(tuesday.restMs).toBe(7 * H);
    expect(tuesday.shortMs).toBe(4 * H);
    expect(tuesday.earliestStart).toEqual(t("2026-11-24T12:00+01:00"));
  });

  it("an evening call ending at 21:00 leaves exactly 11 h: not short", () => {
    const day = daily("2026-11-25T10:00+01:00", [
      iv("2026-11-24T20:00+01:00", "2026-11-24T21:00+01:00"),
    ]);
    expect(day.restMs).toBe(11 * H);
    expect(day.shortMs).toBe(0);
  });

  it("counts real elapsed time across the autumn DST night (a 25-hour period)", () => {
    // Regular work on Sundays too; 25 Oct 2026 the clocks go back 03:00 → 02:00.
    const r = rest({ regular: { days: [1, 2, 3, 4, 5, 6, 7], start: "08:00", end: "17:00" } });
    const work = [iv("2026-10-24T23:30+02:00", "2026-10-25T00:30+02:00")];
    const day = daily("2026-10-25T12:00+01:00", work, r);
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * H);
    expect(day.restMs).toBe(8 * H + 30 * MIN);
    expect(day.earliestStart).toEqual(t("2026-10-25T10:30+01:00"));
  });

  it("counts real elapsed time across the spring DST night (a 23-hour period)", () => {
    const r = rest({ regular: { days: [1, 2, 3, 4, 5, 6, 7], start: "08:00", end: "17:00" } });
    const work = [iv("2026-03-28T23:30+01:00", "2026-03-29T00:30+01:00")];
    const day = daily("2026-03-29T12:00+02:00", work, r);
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * H);
    expect(day.restMs).toBe(6 * H + 30 * MIN);
    expect(day.earliestStart).toEqual(t("2026-03-29T12:30+02:00"));
  });

  it("a holiday has no regular work; Julafton counts as one only when eves are holidays", () => {
    // An early call, 06:00–06:30: on a working Friday 1 h 30 min of rest before 08:00.
    const call = (date: string) => [iv(`${date}T06:00+01:00`, `${date}T06:30+01:00`)];
    const friday = daily("2026-12-18T12:00+01:00", call("2026-12-18"));
    expect(friday.restMs).toBe(1 * H + 30 * MIN);
    expect(friday.earliestStart).toEqual(t("2026-12-18T17:30+01:00"));
    // Juldagen (Friday 25 Dec): no work follows, the rest after the call counts in full.
    const juldagen = daily("2026-12-25T12:00+01:00", call("2026-12-25"));
    expect(juldagen.rest).toEqual({
      start: t("2026-12-25T06:30+01:00"),
      end: t("2026-12-28T08:00+01:00"),
    });
    expect(juldagen.shortMs).toBe(0);
    expect(juldagen.earliestStart).toBeNull();
    // Julafton (Thursday 24 Dec) is a day off only with eveningsAsHolidays.
    expect(daily("2026-12-24T12:00+01:00", call("2026-12-24")).shortMs).toBe(0);
    const evesWorked = settings({ eveningsAsHolidays: false });
    const julafton = daily("2026-12-24T12:00+01:00", call("2026-12-24"), rest(), evesWorked);
    expect(julafton.shortMs).toBe(9 * H + 30 * MIN);
    expect(julafton.earliestStart).toEqual(t("2026-12-24T17:30+01:00"));
  });

  it("a day without regular work takes the longest rest reaching into it", () => {
    // Saturday: a call at midnight after Friday's work, then free until Monday.
    const work = [iv("2026-11-28T00:00+01:00", "2026-11-28T01:00+01:00")];
    const saturday = daily("2026-11-28T12:00+01:00", work);
    expect(saturday.rest).toEqual({
      start: t("2026-11-28T01:00+01:00"),
      end: t("2026-11-30T08:00+01:00"),
    });
    // Worked through from Friday 08:00 to Sunday 00:00, with two hours off on Saturday.
    const marathon = [
      iv("2026-11-27T17:00+01:00", "2026-11-28T10:00+01:00"),
      iv("2026-11-28T12:00+01:00", "2026-11-29T00:00+01:00"),
    ];
    const worked = daily("2026-11-28T12:00+01:00", marathon);
    expect(worked.restMs).toBe(2 * H);
    expect(worked.shortMs).toBe(9 * H);
  });

  it("the period starts at the period start setting", () => {
    const r = rest({ periodStart: "07:00" });
    const night = [iv("2026-11-24T02:10+01:00", "2026-11-24T03:40+01:00")];
    const monday = daily("2026-11-24T05:00+01:00", night, r);
    expect(monday.date).toBe("2026-11-23");
    expect(monday.start).toEqual(t("2026-11-23T07:00+01:00"));
    expect(monday.shortMs).toBe(0);
    const tuesday = daily("2026-11-24T07:00+01:00", night, r);
    expect(tuesday.date).toBe("2026-11-24");
    expect(tuesday.shortMs).toBe(6 * H + 40 * MIN);
  });

  it("the minimum is a setting (collective agreements differ)", () => {
    const night = [iv("2026-11-24T02:10+01:00", "2026-11-24T03:40+01:00")];
    const nine = daily("2026-11-24T05:00+01:00", night, rest({ dailyRestHours: 9 }));
    expect(nine.shortMs).toBe(4 * H + 40 * MIN);
    expect(nine.earliestStart).toEqual(t("2026-11-24T12:40+01:00"));
  });
});

describe("veckovila (§ 14) of a 7-day period", () => {
  const week = t("2026-11-23T00:00+01:00");

  it("a quiet week rests from Friday 17:00 to the end of the period", () => {
    const result = weeklyRest(week, [], defaultRestSettings, rules);
    expect(result.end).toEqual(t("2026-11-30T00:00+01:00"));
    expect(result.longestRestMs).toBe(55 * H);
    expect(result.shortMs).toBe(0);
  });

  it("a call on Saturday and one on Sunday evening break the 36 hours", () => {
    const work = [
      iv("2026-11-28T12:00+01:00", "2026-11-28T13:00+01:00"),
      iv("2026-11-29T20:00+01:00", "2026-11-29T21:00+01:00"),
    ];
    const result = weeklyRest(week, work, defaultRestSettings, rules);
    expect(result.longestRestMs).toBe(31 * H);
    expect(result.rest).toEqual({
      start: t("2026-11-28T13:00+01:00"),
      end: t("2026-11-29T20:00+01:00"),
    });
    expect(result.shortMs).toBe(5 * H);
  });

  it("spans 7 local days across a DST change (169 h)", () => {
    const result = weeklyRest(t("2026-10-19T00:00+02:00"), [], defaultRestSettings, rules);
    expect(result.end.getTime() - result.start.getTime()).toBe(169 * H);
  });
});

describe("bad input names the field", () => {
  it.each([
    [{ regular: { days: [1], start: "17:00", end: "08:00" } }, "rest.regular.end"],
    [{ regular: { days: [1, 1], start: "08:00", end: "17:00" } }, "rest.regular.days"],
    [{ regular: { days: [8], start: "08:00", end: "17:00" } }, "rest.regular.days[0]"],
    [{ periodStart: "7:00" }, "rest.periodStart"],
    [{ dailyRestHours: 0 }, "rest.dailyRestHours"],
    [{ weeklyRestHours: 200 }, "rest.weeklyRestHours"],
  ] as const)("%j → %s", (patch, field) => {
    const r = rest(patch as Partial<RestSettings>);
    expect(() => daily("2026-11-24T12:00+01:00", [], r)).toThrow(RangeError);
    expect(() => daily("2026-11-24T12:00+01:00", [], r)).toThrow(
      new RegExp(`^${field.replace(/[[\].]/g, "\\$&")}:`),
    );
  });

  it("an invalid instant or interval", () => {
    expect(() => dailyRest(new Date(NaN), [], defaultRestSettings, rules)).toThrow(/^at:/);
    const backwards = [{ start: t("2026-11-24T03:00Z"), end: t("2026-11-24T02:00Z") }];
    expect(() => dailyRest(t("2026-11-24T12:00Z"), backwards, defaultRestSettings, rules)).toThrow(
      /^work\[0\]\.end:/,
    );
    expect(() =>
      weeklyRest(
        t("2026-11-24T12:00Z"),
        [],
        defaultRestSettings,
        settings({ timeZone: "Mars/Base" }),
      ),
    ).toThrow(/^settings\.timeZone:/);
  });
});
