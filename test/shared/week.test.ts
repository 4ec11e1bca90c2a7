/** DOMAIN §4: the on-call week, its ISO label and the storhelg allowance. */
import { describe, expect, it } from "vitest";
import type { Settings } from "../../shared/index";
import { onCallWeek } from "../../shared/index";
import { H, settings, t } from "./fixtures";

const iso = (d: Date) => d.toISOString();

function week(at: string, s: Settings = settings()) {
  const w = onCallWeek(t(at), s);
  return {
    start: iso(w.start),
    end: iso(w.end),
    hours: (w.end.getTime() - w.start.getTime()) / H,
    isoYear: w.isoYear,
    isoWeek: w.isoWeek,
    storhelg: w.storhelg,
    allowanceSek: w.allowanceSek,
  };
}

describe("onCallWeek with the defaults (Monday 00:00, Europe/Stockholm)", () => {
  it("an ordinary week is 168 h from Monday 00:00 CET", () => {
    // Wed 18 Nov 2026 → Mon 16 Nov 00:00 CET = 15 Nov 23:00Z; ISO week 47.
    expect(week("2026-11-18T12:00:00Z")).toEqual({
      start: "2026-11-15T23:00:00.000Z",
      end: "2026-11-22T23:00:00.000Z",
      hours: 168,
      isoYear: 2026,
      isoWeek: 47,
      storhelg: false,
      allowanceSek: 4500,
    });
  });

  it("the spring DST week is 167 h", () => {
    // Mon 23 Mar 00:00 CET (22nd 23:00Z) → Mon 30 Mar 00:00 CEST (29th 22:00Z); ISO week 13.
    expect(week("2026-03-29T12:00:00Z")).toEqual({
      start: "2026-03-22T23:00:00.000Z",
      end: "2026-03-29T22:00:00.000Z",
      hours: 167,
      isoYear: 2026,
      isoWeek: 13,
      storhelg: false,
      allowanceSek: 4500,
    });
  });

  it("the autumn DST week is 169 h", () => {
    // Mon 19 Oct 00:00 CEST (18th 22:00Z) → Mon 26 Oct 00:00 CET (25th 23:00Z); ISO week 43.
    expect(week("2026-10-25T01:30:00Z")).toEqual({
      start: "2026-10-18T22:00:00.000Z",
      end: "2026-10-25T23:00:00.000Z",
      hours: 169,
      isoYear: 2026,
      isoWeek: 43,
      storhelg: false,
      allowanceSek: 4500,
    });
  });

  it("the handover instant belongs to the new week; one ms before to the old one", () => {
    expect(week("2026-11-22T23:00:00.000Z").start).toBe("2026-11-22T23:00:00.000Z");
    expect(week("2026-11-22T22:59:59.999Z").end).toBe("2026-11-22T23:00:00.000Z");
  });

  it("is labelled with the ISO week of its start date: Mon 29 Dec 2025 is 2026-W01", () => {
    // It holds Nyårsafton and Nyårsdagen: storhelg, 4 500 × 1.5 = 6 750.
    expect(week("2026-01-01T12:00:00Z")).toMatchObject({
      start: "2025-12-28T23:00:00.000Z",
      end: "2026-01-04T23:00:00.000Z",
      isoYear: 2026,
      isoWeek: 1,
      storhelg: true,
      allowanceSek: 6750,
    });
  });

  it("Mon 28 Dec 2026 starts 2026-W53 (2026 begins on a Thursday)", () => {
    expect(week("2027-01-01T12:00:00Z")).toMatchObject({
      start: "2026-12-27T23:00:00.000Z",
      isoYear: 2026,
      isoWeek: 53,
      storhelg: true,
    });
  });
});

describe("onCallWeek with other handovers", () => {
  it('weekStartsOn 4 and "08:00": Thursday 08:00 to Thursday 08:00', () => {
    const s = settings({ weekStartsOn: 4, handoverTime: "08:00" });
    // Tue 17 Nov 2026 → Thu 12 Nov 08:00 CET = 07:00Z; ISO week of 12 Nov is 46.
    expect(week("2026-11-17T11:00:00Z", s)).toEqual({
      start: "2026-11-12T07:00:00.000Z",
      end: "2026-11-19T07:00:00.000Z",
      hours: 168,
      isoYear: 2026,
      isoWeek: 46,
      storhelg: false,
      allowanceSek: 4500,
    });
    // Thursday 19 Nov 07:59 CET is still the old week, 08:00 the new one.
    expect(week("2026-11-19T06:59:59.999Z", s).start).toBe("2026-11-12T07:00:00.000Z");
    expect(week("2026-11-19T07:00:00.000Z", s).start).toBe("2026-11-19T07:00:00.000Z");
    // Thursday 12 Nov 07:00 CET (before the handover) is in the week of Thu 5 Nov.
    expect(week("2026-11-12T06:00:00Z", s).start).toBe("2026-11-05T07:00:00.000Z");
  });

  it('weekStartsOn 7 and "02:30": a handover in the spring gap moves to 03:30 CEST', () => {
    const s = settings({ weekStartsOn: 7, handoverTime: "02:30" });
    // Sun 29 Mar 02:30 does not exist → 03:30 CEST = 01:30Z; next Sun 5 Apr 02:30 CEST = 00:30Z.
    expect(week("2026-03-29T12:00:00Z", s)).toMatchObject({
      start: "2026-03-29T01:30:00.000Z",
      end: "2026-04-05T00:30:00.000Z",
      hours: 167,
      isoYear: 2026,
      isoWeek: 13, // Sunday 29 March is in ISO week 13
    });
    // 03:00 CEST (01:00Z) is before the moved handover: previous week, Sun 22 Mar 02:30 CET.
    expect(week("2026-03-29T01:00:00Z", s)).toMatchObject({
      start: "2026-03-22T01:30:00.000Z",
      end: "2026-03-29T01:30:00.000Z",
      hours: 168,
    });
  });

  it('weekStartsOn 7 and "02:30": a handover in the autumn fold takes the earlier 02:30 (CEST)', () => {
    const s = settings({ weekStartsOn: 7, handoverTime: "02:30" });
    // Sun 25 Oct 02:30 happens at 00:30Z (CEST) and 01:30Z (CET); the earlier one is the
    // handover, so this week runs to Sun 1 Nov 02:30 CET (01:30Z): 169 h.
    expect(week("2026-10-25T12:00:00Z", s)).toMatchObject({
      start: "2026-10-25T00:30:00.000Z",
      end: "2026-11-01T01:30:00.000Z",
      hours: 169,
    });
    // 02:15 CEST (00:15Z) comes before it: still the week of Sun 18 Oct 02:30 CEST (00:30Z).
    expect(week("2026-10-25T00:15:00Z", s)).toMatchObject({
      start: "2026-10-18T00:30:00.000Z",
      end: "2026-10-25T00:30:00.000Z",
      hours: 168,
    });
    // The second 02:15 (CET, 01:15Z) is after the handover: the new week.
    expect(week("2026-10-25T01:15:00Z", s)).toMatchObject({ start: "2026-10-25T00:30:00.000Z" });
  });

  it("America/New_York: the November DST week is 169 h, the March one 167 h", () => {
    const ny = settings({ timeZone: "America/New_York" });
    // Mon 26 Oct 00:00 EDT (04:00Z) → Mon 2 Nov 00:00 EST (05:00Z).
    expect(week("2026-11-01T12:00:00Z", ny)).toMatchObject({
      start: "2026-10-26T04:00:00.000Z",
      end: "2026-11-02T05:00:00.000Z",
      hours: 169,
    });
    // Mon 2 Mar 00:00 EST (05:00Z) → Mon 9 Mar 00:00 EDT (04:00Z).
    expect(week("2026-03-08T12:00:00Z", ny)).toMatchObject({
      start: "2026-03-02T05:00:00.000Z",
      end: "2026-03-09T04:00:00.000Z",
      hours: 167,
    });
  });

  it("Australia/Lord_Howe: a 30-minute DST change makes a 167.5 h week", () => {
    const lh = settings({ timeZone: "Australia/Lord_Howe" });
    // Sun 4 Oct 2026 02:00 → 02:30. Mon 28 Sep 00:00 (+10:30) = 27 Sep 13:30Z;
    // Mon 5 Oct 00:00 (+11) = 4 Oct 13:00Z.
    expect(week("2026-10-01T00:00:00Z", lh)).toMatchObject({
      start: "2026-09-27T13:30:00.000Z",
      end: "2026-10-04T13:00:00.000Z",
      hours: 167.5,
    });
  });

  it("UTC: Monday 00:00Z", () => {
    expect(week("2026-11-18T12:00:00Z", settings({ timeZone: "UTC" }))).toMatchObject({
      start: "2026-11-16T00:00:00.000Z",
      end: "2026-11-23T00:00:00.000Z",
    });
  });
});

describe("storhelg weeks", () => {
  it("a week that only touches Julafton at its end handover is not storhelg", () => {
    // Thu 17 Dec 00:00 CET → Thu 24 Dec 00:00 CET: ends exactly where Julafton begins.
    const s = settings({ weekStartsOn: 4, handoverTime: "00:00" });
    expect(week("2026-12-20T12:00:00Z", s)).toMatchObject({
      start: "2026-12-16T23:00:00.000Z",
      end: "2026-12-23T23:00:00.000Z",
      storhelg: false,
      allowanceSek: 4500,
    });
    // The next week starts at Julafton 00:00: storhelg.
    expect(week("2026-12-23T23:00:00Z", s)).toMatchObject({ storhelg: true, allowanceSek: 6750 });
  });

  it("a week that overlaps Julafton by one minute is storhelg", () => {
    // Thu 17 Dec 00:01 → Thu 24 Dec 00:01 CET holds Julafton 00:00–00:01.
    const s = settings({ weekStartsOn: 4, handoverTime: "00:01" });
    expect(week("2026-12-20T12:00:00Z", s)).toMatchObject({
      start: "2026-12-16T23:01:00.000Z",
      end: "2026-12-23T23:01:00.000Z",
      storhelg: true,
      allowanceSek: 6750,
    });
  });

  it("a week that starts where Midsommardagen ends is not storhelg; one minute earlier it is", () => {
    // Midsommardagen Sat 20 Jun 2026 ends Sun 21 Jun 00:00 CEST = 20 Jun 22:00Z.
    expect(week("2026-06-24T12:00:00Z", settings({ weekStartsOn: 7 }))).toMatchObject({
      start: "2026-06-20T22:00:00.000Z",
      storhelg: false,
      allowanceSek: 4500,
    });
    expect(
      week("2026-06-24T12:00:00Z", settings({ weekStartsOn: 6, handoverTime: "23:59" })),
    ).toMatchObject({ start: "2026-06-20T21:59:00.000Z", storhelg: true, allowanceSek: 6750 });
  });

  it("storhelg uses the configured zone's days: in New York the Thu→Thu week ends at 24 Dec 00:00 EST", () => {
    // 24 Dec 00:00 EST = 05:00Z, when Stockholm already has Julafton; New York's week does not.
    const ny = settings({ timeZone: "America/New_York", weekStartsOn: 4 });
    expect(week("2026-12-20T12:00:00Z", ny)).toMatchObject({
      end: "2026-12-24T05:00:00.000Z",
      storhelg: false,
    });
  });

  it("does not depend on eveningsAsHolidays: a week holding only Midsommarafton is storhelg", () => {
    // Sat 13 Jun 00:00 → Sat 20 Jun 00:00 CEST holds Fri 19 Jun (Midsommarafton) only.
    const s = settings({ weekStartsOn: 6, eveningsAsHolidays: false });
    expect(week("2026-06-17T12:00:00Z", s)).toMatchObject({
      end: "2026-06-19T22:00:00.000Z",
      storhelg: true,
      allowanceSek: 6750,
    });
  });

  it("a week holding only Julafton of the Christmas days is storhelg (eves off)", () => {
    // Fri 18 Dec 00:00 → Fri 25 Dec 00:00 CET.
    const s = settings({ weekStartsOn: 5, eveningsAsHolidays: false });
    expect(week("2026-12-20T12:00:00Z", s)).toMatchObject({ storhelg: true, allowanceSek: 6750 });
  });

  it("the Easter weeks are storhelg (Långfredagen–Påskdagen, then Annandag påsk)", () => {
    expect(week("2026-04-01T12:00:00Z")).toMatchObject({ storhelg: true, allowanceSek: 6750 });
    expect(week("2026-04-08T12:00:00Z")).toMatchObject({ storhelg: true, allowanceSek: 6750 });
    expect(week("2026-04-15T12:00:00Z")).toMatchObject({ storhelg: false, allowanceSek: 4500 });
  });

  it.each([
    ["Trettondedag jul (week of 5 Jan 2026)", "2026-01-07T12:00:00Z"],
    ["Första maj (week of 27 Apr 2026)", "2026-04-29T12:00:00Z"],
    ["Kristi himmelsfärdsdag (week of 11 May 2026)", "2026-05-13T12:00:00Z"],
    ["Pingstdagen (week of 18 May 2026)", "2026-05-20T12:00:00Z"],
    ["Sveriges nationaldag (week of 1 Jun 2026)", "2026-06-03T12:00:00Z"],
    ["Alla helgons dag (week of 26 Oct 2026)", "2026-10-28T12:00:00Z"],
  ])("a week with only %s is not storhelg", (_label, at) => {
    expect(week(at)).toMatchObject({ storhelg: false, allowanceSek: 4500 });
  });

  it("the allowance follows the settings: 1 000 SEK and +100 % make 2 000 in a storhelg week", () => {
    const s = settings({ allowance: { weeklySek: 1000, storhelgSupplement: 1 } });
    expect(week("2026-12-23T12:00:00Z", s).allowanceSek).toBe(2000);
    expect(week("2026-11-18T12:00:00Z", s).allowanceSek).toBe(1000);
  });
});
