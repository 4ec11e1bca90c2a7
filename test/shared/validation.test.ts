/**
 * DOMAIN §7: bad input throws a RangeError naming the field; it never returns a number.
 */
import { describe, expect, it } from "vitest";
import type { Interval, Settings } from "../../shared/index";
import {
  onCallWeek,
  organizerText,
  responseDeadline,
  rollbackDeadline,
  splitByTariff,
  tariffAt,
  weekPay,
} from "../../shared/index";
import { iv, mentions, rangeErrorOf, settings, t } from "./fixtures";

const ok = t("2026-11-17T10:00:00Z");
const good = iv("2026-11-17T09:00:00Z", "2026-11-17T10:00:00Z");
const invalidDate = new Date(Number.NaN);
const notADate = "2026-11-17T10:00:00Z" as unknown as Date;
const epochNumber = 1_789_000_000_000 as unknown as Date;

function expectField(fn: () => unknown, ...words: string[]) {
  const e = rangeErrorOf(fn);
  for (const w of words) {
    expect(mentions(e.message, w), `"${e.message}" should name ${w}`).toBe(true);
  }
}

describe("invalid instants name their parameter", () => {
  it.each([
    ["an invalid Date", invalidDate],
    ["a string", notADate],
    ["a number", epochNumber],
    ["undefined", undefined as unknown as Date],
    ["null", null as unknown as Date],
  ])("%s", (_label, bad) => {
    expectField(() => tariffAt(bad, settings()), "at");
    expectField(() => onCallWeek(bad, settings()), "at");
    expectField(() => weekPay(bad, [good], settings()), "at");
    expectField(() => responseDeadline(1, bad, settings()), "reportedAt");
    expectField(() => responseDeadline(2, bad, settings()), "reportedAt");
    expectField(() => responseDeadline(3, bad, settings()), "reportedAt");
    expectField(() => rollbackDeadline(bad, settings()), "requestedAt");
    expectField(() => organizerText([ok, bad], [good], settings()), "weeks[1]");
    expectField(() => organizerText([bad], [good], settings()), "weeks[0]");
  });
});

describe("invalid work intervals name the element and its end", () => {
  const badStart = (bad: Date): Interval => ({ start: bad, end: good.end });
  const badEnd = (bad: Date): Interval => ({ start: good.start, end: bad });

  it.each([
    ["an invalid Date", invalidDate],
    ["a string", notADate],
  ])("start or end is %s", (_label, bad) => {
    expectField(() => splitByTariff([badStart(bad)], settings()), "work[0].start");
    expectField(() => splitByTariff([good, badEnd(bad)], settings()), "work[1].end");
    expectField(() => weekPay(ok, [good, good, badStart(bad)], settings()), "work[2].start");
    expectField(() => weekPay(ok, [badEnd(bad)], settings()), "work[0].end");
    expectField(() => organizerText([ok], [badStart(bad)], settings()), "work[0].start");
    expectField(() => organizerText([ok], [good, badEnd(bad)], settings()), "work[1].end");
  });

  it("end equal to start", () => {
    const empty = { start: good.start, end: new Date(good.start.getTime()) };
    expectField(() => splitByTariff([empty], settings()), "work[0]", "end");
    expectField(() => weekPay(ok, [good, empty], settings()), "work[1]", "end");
    expectField(() => organizerText([ok], [empty], settings()), "work[0]", "end");
  });

  it("end before start, even far outside the week asked about", () => {
    const backwards = iv("2030-01-01T10:00:00Z", "2030-01-01T09:00:00Z");
    expectField(() => splitByTariff([good, backwards], settings()), "work[1]", "end");
    expectField(() => weekPay(ok, [backwards], settings()), "work[0]", "end");
    expectField(() => organizerText([ok], [backwards], settings()), "work[0]", "end");
  });

  it("an interval one millisecond long is fine", () => {
    const tiny = { start: good.start, end: new Date(good.start.getTime() + 1) };
    expect(splitByTariff([tiny], settings())).toEqual({ 1: 1, 2: 0, 3: 0 });
  });
});

describe("invalid settings name the field", () => {
  const withZone = (timeZone: string) => settings({ timeZone });

  it.each(["Mars/Olympus", "", "Europe/Stockholmm", "CET+1"])("unknown timeZone %j", (zone) => {
    const s = withZone(zone);
    expectField(() => tariffAt(ok, s), "timeZone");
    expectField(() => splitByTariff([good], s), "timeZone");
    expectField(() => onCallWeek(ok, s), "timeZone");
    expectField(() => weekPay(ok, [good], s), "timeZone");
    expectField(() => organizerText([ok], [good], s), "timeZone");
    expectField(() => responseDeadline(3, ok, s), "timeZone");
  });

  const badTimes = [
    "7:00",
    "24:00",
    "12:60",
    "1200",
    "",
    "07:00 ",
    " 07:00",
    "ab:cd",
    "07:5",
    "-1:00",
    "07:00:00",
  ];

  it.each(badTimes)("handoverTime %j", (handoverTime) => {
    const s = settings({ handoverTime });
    expectField(() => onCallWeek(ok, s), "handoverTime");
    expectField(() => weekPay(ok, [good], s), "handoverTime");
    expectField(() => organizerText([ok], [good], s), "handoverTime");
  });

  it.each(badTimes)("office.open and office.close %j", (bad) => {
    const office = settings().office;
    const open = settings({ office: { ...office, open: bad } });
    const close = settings({ office: { ...office, close: bad } });
    // 10:00 CET on a Tuesday (office open) and Saturday (closed): both must refuse.
    for (const at of [ok, t("2026-11-21T10:00:00Z")]) {
      expectField(() => responseDeadline(3, at, open), "office.open");
      expectField(() => responseDeadline(3, at, close), "office.close");
    }
  });

  it("a non-string handoverTime", () => {
    const s = { ...settings(), handoverTime: 800 as unknown as string };
    expectField(() => onCallWeek(ok, s), "handoverTime");
  });

  it.each([0, 8, 1.5, -1, Number.NaN])("weekStartsOn %d", (n) => {
    const s = { ...settings(), weekStartsOn: n as Settings["weekStartsOn"] };
    expectField(() => onCallWeek(ok, s), "weekStartsOn");
    expectField(() => weekPay(ok, [good], s), "weekStartsOn");
    expectField(() => organizerText([ok], [good], s), "weekStartsOn");
  });

  it("accepts the edges of HH:mm: 00:00 and 23:59", () => {
    expect(() => onCallWeek(ok, settings({ handoverTime: "23:59" }))).not.toThrow();
    const office = { days: [1, 2, 3, 4, 5], open: "00:00", close: "23:59" };
    expect(() => responseDeadline(3, ok, settings({ office }))).not.toThrow();
  });
});

describe("an office that never opens is an error only where P3 needs it", () => {
  const closedForGood = settings({ office: { days: [], open: "08:00", close: "17:00" } });
  const backwards = settings({ office: { days: [1, 2, 3, 4, 5], open: "17:00", close: "08:00" } });

  it("tariffs, weeks and P1/P2 do not depend on the office", () => {
    for (const s of [closedForGood, backwards]) {
      // Tue 17 Nov 10:00–11:00 CET: one hour of Taxa 1 either way.
      expect(splitByTariff([good], s)[1]).toBe(3_600_000);
      expect(onCallWeek(ok, s).isoWeek).toBe(47);
      expect(responseDeadline(1, ok, s).getTime()).toBe(ok.getTime() + 3_600_000);
    }
  });

  it("P3 names the field that makes it impossible", () => {
    expectField(() => responseDeadline(3, ok, closedForGood), "office.days");
    expectField(() => responseDeadline(3, ok, backwards), "office.close");
  });
});
