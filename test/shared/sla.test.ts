/**
 * DOMAIN §5. Office (default): Monday–Friday 08:00–17:00 Europe/Stockholm, closed on holidays
 * (aftnar too while eveningsAsHolidays is on). Deadlines are real elapsed time.
 */
import { describe, expect, it } from "vitest";
import type { Settings } from "../../shared/index";
import { responseDeadline, rollbackDeadline } from "../../shared/index";
import { settings, t } from "./fixtures";

const p3 = (at: string, s: Settings = settings()) => responseDeadline(3, t(at), s).toISOString();

describe("P1, P2 and rollback: fixed real-time offsets", () => {
  it("P1 is reported + 1 h, P2 + 3 h, rollback + 1 h, at any hour", () => {
    const at = t("2026-11-21T03:17:42.123Z"); // Saturday night
    expect(responseDeadline(1, at, settings()).toISOString()).toBe("2026-11-21T04:17:42.123Z");
    expect(responseDeadline(2, at, settings()).toISOString()).toBe("2026-11-21T06:17:42.123Z");
    expect(rollbackDeadline(at, settings()).toISOString()).toBe("2026-11-21T04:17:42.123Z");
  });

  it("counts real hours across the spring DST change", () => {
    // 01:30 CET (00:30Z) + 3 h = 03:30Z = 05:30 CEST: the wall clock shows 4 h later.
    const at = t("2026-03-29T00:30:00Z");
    expect(responseDeadline(2, at, settings()).toISOString()).toBe("2026-03-29T03:30:00.000Z");
    expect(responseDeadline(1, at, settings()).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("counts real hours across the autumn DST change", () => {
    const at = t("2026-10-25T00:30:00Z"); // 02:30 CEST
    expect(rollbackDeadline(at, settings()).toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(responseDeadline(2, at, settings()).toISOString()).toBe("2026-10-25T03:30:00.000Z");
  });

  it("returns a new Date and leaves its input alone", () => {
    const at = t("2026-11-17T10:00:00Z");
    const d = responseDeadline(1, at, settings());
    expect(d).toBeInstanceOf(Date);
    expect(at.toISOString()).toBe("2026-11-17T10:00:00.000Z");
  });
});

describe("P3 with the default office hours", () => {
  it("Friday 16:59 CET: open, so reported + 3 h", () => {
    // Fri 20 Nov 2026 16:59 CET = 15:59Z.
    expect(p3("2026-11-20T15:59:00Z")).toBe("2026-11-20T18:59:00.000Z");
    expect(p3("2026-11-20T15:59:59.999Z")).toBe("2026-11-20T18:59:59.999Z");
  });

  it("Friday 17:00 CET: closed, so Monday 08:00 CET + 3 h", () => {
    // Mon 23 Nov 08:00 CET = 07:00Z → 10:00Z.
    expect(p3("2026-11-20T16:00:00Z")).toBe("2026-11-23T10:00:00.000Z");
  });

  it("Sunday noon: Monday 08:00 + 3 h", () => {
    expect(p3("2026-11-22T11:00:00Z")).toBe("2026-11-23T10:00:00.000Z");
  });

  it("Monday 07:59 waits for 08:00; Monday 08:00 is open", () => {
    expect(p3("2026-11-23T06:59:00Z")).toBe("2026-11-23T10:00:00.000Z");
    expect(p3("2026-11-23T07:00:00Z")).toBe("2026-11-23T10:00:00.000Z");
    expect(p3("2026-11-23T07:30:00Z")).toBe("2026-11-23T10:30:00.000Z");
  });

  it("a weekday evening waits for the next morning", () => {
    // Tue 17 Nov 20:00 CET → Wed 18 Nov 08:00 CET = 07:00Z → 10:00Z.
    expect(p3("2026-11-17T19:00:00Z")).toBe("2026-11-18T10:00:00.000Z");
  });

  it("Julafton (eves on): closed through Christmas, opens Monday 28 Dec", () => {
    // Thu 24 Dec afton, Fri 25 Juldagen, Sat, Sun → Mon 28 Dec 08:00 CET = 07:00Z.
    expect(p3("2026-12-24T09:00:00Z")).toBe("2026-12-28T10:00:00.000Z");
  });

  it("Julafton (eves off): an ordinary Thursday, open at 10:00", () => {
    expect(p3("2026-12-24T09:00:00Z", settings({ eveningsAsHolidays: false }))).toBe(
      "2026-12-24T12:00:00.000Z",
    );
  });

  it("Wednesday 23 Dec after closing, eves off: opens on Julafton 08:00", () => {
    const off = settings({ eveningsAsHolidays: false });
    expect(p3("2026-12-23T17:00:00Z", off)).toBe("2026-12-24T10:00:00.000Z");
    expect(p3("2026-12-23T17:00:00Z")).toBe("2026-12-28T10:00:00.000Z");
  });

  it("Easter: Thursday 2 Apr 17:30 CEST waits for Tuesday 7 Apr 08:00 CEST", () => {
    // Långfredagen, Påskafton, Påskdagen, Annandag påsk closed. 08:00 CEST = 06:00Z.
    expect(p3("2026-04-02T15:30:00Z")).toBe("2026-04-07T09:00:00.000Z");
  });

  it("Midsommarafton (Friday) is closed with eves on, open with eves off", () => {
    // Fri 19 Jun 2026 10:00 CEST = 08:00Z. On: next opening Mon 22 Jun 08:00 CEST = 06:00Z.
    expect(p3("2026-06-19T08:00:00Z")).toBe("2026-06-22T09:00:00.000Z");
    expect(p3("2026-06-19T08:00:00Z", settings({ eveningsAsHolidays: false }))).toBe(
      "2026-06-19T11:00:00.000Z",
    );
  });

  it("Kristi himmelsfärdsdag (Thursday helgdag) is closed either way", () => {
    // Thu 14 May 2026 10:00 CEST = 08:00Z → Fri 15 May 08:00 CEST = 06:00Z.
    const off = settings({ eveningsAsHolidays: false });
    expect(p3("2026-05-14T08:00:00Z", off)).toBe("2026-05-15T09:00:00.000Z");
  });

  it("the ordinary eves are open: Trettondagsafton, Valborg, Allhelgonaafton", () => {
    expect(p3("2026-01-05T09:00:00Z")).toBe("2026-01-05T12:00:00.000Z"); // Mon 10:00 CET
    expect(p3("2026-04-30T08:00:00Z")).toBe("2026-04-30T11:00:00.000Z"); // Thu 10:00 CEST
    expect(p3("2026-10-30T09:00:00Z")).toBe("2026-10-30T12:00:00.000Z"); // Fri 10:00 CET
  });

  it("Pingstafton is open when the office works Saturdays; Påskafton only with eves off", () => {
    const sat = settings({ office: { days: [1, 2, 3, 4, 5, 6], open: "08:00", close: "17:00" } });
    // Pingstafton Sat 23 May 2026 10:00 CEST = 08:00Z: open.
    expect(p3("2026-05-23T08:00:00Z", sat)).toBe("2026-05-23T11:00:00.000Z");
    // Påskafton Sat 4 Apr 2026 10:00 CEST: closed (eves on); Sun closed, Mon Annandag påsk
    // closed → Tue 7 Apr 08:00 CEST = 06:00Z.
    expect(p3("2026-04-04T08:00:00Z", sat)).toBe("2026-04-07T09:00:00.000Z");
    expect(p3("2026-04-04T08:00:00Z", { ...sat, eveningsAsHolidays: false })).toBe(
      "2026-04-04T11:00:00.000Z",
    );
  });
});

describe("P3 across the DST nights", () => {
  it("Friday evening before the spring change → Monday 08:00 CEST", () => {
    // Fri 27 Mar 18:00 CET (17:00Z) → Mon 30 Mar 08:00 CEST = 06:00Z → 09:00Z.
    expect(p3("2026-03-27T17:00:00Z")).toBe("2026-03-30T09:00:00.000Z");
    // Reported in the night of the change itself (Sun 01:30 CET).
    expect(p3("2026-03-29T00:30:00Z")).toBe("2026-03-30T09:00:00.000Z");
  });

  it("Friday evening before the autumn change → Monday 08:00 CET", () => {
    // Fri 23 Oct 18:00 CEST (16:00Z) → Mon 26 Oct 08:00 CET = 07:00Z → 10:00Z.
    expect(p3("2026-10-23T16:00:00Z")).toBe("2026-10-26T10:00:00.000Z");
    expect(p3("2026-10-25T01:30:00Z")).toBe("2026-10-26T10:00:00.000Z");
  });

  it("open at the report during the spring night: + 3 real hours", () => {
    // Office every day 01:00–05:00. Sun 29 Mar 01:30 CET (00:30Z) is open → 03:30Z.
    const s = settings({ office: { days: [1, 2, 3, 4, 5, 6, 7], open: "01:00", close: "05:00" } });
    expect(p3("2026-03-29T00:30:00Z", s)).toBe("2026-03-29T03:30:00.000Z");
    // 04:30 CEST (02:30Z) is open too; 05:00 CEST (03:00Z) is closed → Mon 01:00 CEST = 23:00Z.
    expect(p3("2026-03-29T02:30:00Z", s)).toBe("2026-03-29T05:30:00.000Z");
    expect(p3("2026-03-29T03:00:00Z", s)).toBe("2026-03-30T02:00:00.000Z");
  });

  it('an opening at "02:30" skipped by the spring change opens the office at the jump', () => {
    // Office every day from 02:30 by the local clock. On Sun 29 Mar the clock jumps from
    // 02:00 CET to 03:00 CEST at 01:00Z; from then on it reads past 02:30, so it is open.
    const s = settings({ office: { days: [1, 2, 3, 4, 5, 6, 7], open: "02:30", close: "12:00" } });
    expect(p3("2026-03-29T00:00:00Z", s)).toBe("2026-03-29T04:00:00.000Z"); // reported 01:00 CET
    // 03:10 CEST (01:10Z) reads after 02:30: open at the report.
    expect(p3("2026-03-29T01:10:00Z", s)).toBe("2026-03-29T04:10:00.000Z");
  });

  it('an opening at "02:30" in the autumn fold: open whenever the local clock reads past it', () => {
    // Sun 25 Oct 02:30 is 00:30Z (CEST) and 01:30Z (CET); the opening is the earlier one.
    const s = settings({ office: { days: [1, 2, 3, 4, 5, 6, 7], open: "02:30", close: "12:00" } });
    expect(p3("2026-10-25T00:00:00Z", s)).toBe("2026-10-25T03:30:00.000Z"); // reported 02:00 CEST
    // After the change the clock reads 02:00 CET (01:00Z) again: before 02:30, so closed, and
    // it opens when the clock reads 02:30 for the second time (01:30Z).
    expect(p3("2026-10-25T01:10:00Z", s)).toBe("2026-10-25T04:30:00.000Z");
  });
});

describe("P3 with other settings", () => {
  it("follows office days and hours", () => {
    // Office Tue–Sat 10:00–14:00. Mon 16 Nov 12:00 CET → Tue 17 Nov 10:00 CET = 09:00Z.
    const s = settings({ office: { days: [2, 3, 4, 5, 6], open: "10:00", close: "14:00" } });
    expect(p3("2026-11-16T11:00:00Z", s)).toBe("2026-11-17T12:00:00.000Z");
    // Sat 21 Nov 13:59 CET is open; 14:00 is closed → Tue 24 Nov 10:00 CET.
    expect(p3("2026-11-21T12:59:00Z", s)).toBe("2026-11-21T15:59:00.000Z");
    expect(p3("2026-11-21T13:00:00Z", s)).toBe("2026-11-24T12:00:00.000Z");
  });

  it("evaluates the office in the configured zone (America/New_York)", () => {
    // Fri 20 Nov 16:59 EST = 21:59Z: open → + 3 h. 17:00 EST = 22:00Z: closed → Mon 08:00 EST
    // = 13:00Z → 16:00Z.
    const ny = settings({ timeZone: "America/New_York" });
    expect(p3("2026-11-20T21:59:00Z", ny)).toBe("2026-11-21T00:59:00.000Z");
    expect(p3("2026-11-20T22:00:00Z", ny)).toBe("2026-11-23T16:00:00.000Z");
  });

  it("uses the optional sla hours when given", () => {
    const s = settings({
      sla: { p1Hours: 2, p2Hours: 5, p3HoursAfterOpening: 4, rollbackHours: 0.5 },
    });
    const at = t("2026-11-20T16:00:00Z"); // Fri 17:00 CET, closed
    expect(responseDeadline(1, at, s).toISOString()).toBe("2026-11-20T18:00:00.000Z");
    expect(responseDeadline(2, at, s).toISOString()).toBe("2026-11-20T21:00:00.000Z");
    expect(responseDeadline(3, at, s).toISOString()).toBe("2026-11-23T11:00:00.000Z");
    expect(rollbackDeadline(at, s).toISOString()).toBe("2026-11-20T16:30:00.000Z");
  });
});
