/**
 * DOMAIN §3. Stockholm is UTC+1 (CET) in winter and UTC+2 (CEST) in summer; in 2026 summer
 * time runs from Sunday 29 March 01:00Z (02:00 CET → 03:00 CEST) to Sunday 25 October 01:00Z
 * (03:00 CEST → 02:00 CET). Each instant below is written in UTC with its local reading.
 */
import { describe, expect, it } from "vitest";
import { splitByTariff, tariffAt } from "../../shared/index";
import { H, MIN, iv, settings, t } from "./fixtures";

const on = settings({ eveningsAsHolidays: true });
const off = settings({ eveningsAsHolidays: false });

describe("tariffAt on an ordinary weekday (Tue 17 Nov 2026, CET)", () => {
  it.each([
    ["2026-11-16T23:00:00.000Z", 3], // 00:00 local
    ["2026-11-17T04:59:59.999Z", 3], // 05:59:59.999
    ["2026-11-17T05:00:00.000Z", 1], // 06:00 starts taxa 1
    ["2026-11-17T11:00:00.000Z", 1], // 12:00
    ["2026-11-17T20:59:59.999Z", 1], // 21:59:59.999
    ["2026-11-17T21:00:00.000Z", 3], // 22:00 starts taxa 3
    ["2026-11-17T22:59:59.999Z", 3], // 23:59:59.999
  ] as const)("%s → taxa %i", (at, tariff) => {
    expect(tariffAt(t(at), on)).toBe(tariff);
  });
});

describe("tariffAt on weekends and helgdagar", () => {
  it.each([
    ["Saturday 21 Nov 12:00", "2026-11-21T11:00:00Z", 2],
    ["Saturday 21 Nov 05:59", "2026-11-21T04:59:00Z", 3],
    ["Sunday 22 Nov 06:00", "2026-11-22T05:00:00Z", 2],
    ["Sunday 22 Nov 22:00", "2026-11-22T21:00:00Z", 3],
    ["Trettondedag jul, Tue 6 Jan 2026 12:00", "2026-01-06T11:00:00Z", 2],
    ["Långfredagen, Fri 3 Apr 2026 12:00 CEST", "2026-04-03T10:00:00Z", 2],
    ["Annandag påsk, Mon 6 Apr 2026 12:00 CEST", "2026-04-06T10:00:00Z", 2],
    ["Första maj, Fri 1 May 2026 12:00 CEST", "2026-05-01T10:00:00Z", 2],
    ["Kristi himmelsfärdsdag, Thu 14 May 2026 12:00", "2026-05-14T10:00:00Z", 2],
    ["Sveriges nationaldag, Fri 6 Jun 2025 12:00", "2025-06-06T10:00:00Z", 2],
    ["Juldagen, Fri 25 Dec 2026 12:00 CET", "2026-12-25T11:00:00Z", 2],
    ["Nyårsdagen, Thu 1 Jan 2026 12:00", "2026-01-01T11:00:00Z", 2],
    ["Juldagen 23:00 is night", "2026-12-25T22:00:00Z", 3],
    ["day after a helgdag: Tue 7 Apr 2026 06:00 CEST", "2026-04-07T04:00:00Z", 1],
  ] as const)("%s → taxa %i", (_label, at, tariff) => {
    expect(tariffAt(t(at), on)).toBe(tariff);
    expect(tariffAt(t(at), off)).toBe(tariff); // helgdagar do not depend on the setting
  });
});

describe("tariffAt on aftnar follows eveningsAsHolidays", () => {
  it.each([
    ["Midsommarafton, Fri 19 Jun 2026 12:00 CEST", "2026-06-19T10:00:00Z"],
    ["Julafton, Thu 24 Dec 2026 12:00 CET", "2026-12-24T11:00:00Z"],
    ["Nyårsafton, Thu 31 Dec 2026 12:00 CET", "2026-12-31T11:00:00Z"],
    ["Midsommarafton 2027, Fri 25 Jun 06:00 CEST", "2027-06-25T04:00:00Z"],
  ] as const)("%s: taxa 2 when on, taxa 1 when off", (_label, at) => {
    expect(tariffAt(t(at), on)).toBe(2);
    expect(tariffAt(t(at), off)).toBe(1);
  });

  it("Påskafton is a Saturday, so taxa 2 either way (Sat 4 Apr 2026 12:00 CEST)", () => {
    expect(tariffAt(t("2026-04-04T10:00:00Z"), on)).toBe(2);
    expect(tariffAt(t("2026-04-04T10:00:00Z"), off)).toBe(2);
  });

  it("the night of an afton is taxa 3 either way (Julafton 22:30 CET)", () => {
    expect(tariffAt(t("2026-12-24T21:30:00Z"), on)).toBe(3);
    expect(tariffAt(t("2026-12-24T21:30:00Z"), off)).toBe(3);
  });
});

describe("tariffAt: the other eves are ordinary days", () => {
  it.each([
    ["Trettondagsafton, Mon 5 Jan 2026 12:00 CET", "2026-01-05T11:00:00Z", 1],
    ["Valborg, Thu 30 Apr 2026 12:00 CEST", "2026-04-30T10:00:00Z", 1],
    ["Allhelgonaafton, Fri 30 Oct 2026 12:00 CET", "2026-10-30T11:00:00Z", 1],
    [
      "Pingstafton, Sat 23 May 2026 12:00 CEST (a Saturday: taxa 2 as any Saturday)",
      "2026-05-23T10:00:00Z",
      2,
    ],
    ["day before Julafton, Wed 23 Dec 2026 12:00", "2026-12-23T11:00:00Z", 1],
  ] as const)("%s → taxa %i", (_label, at, tariff) => {
    expect(tariffAt(t(at), on)).toBe(tariff);
    expect(tariffAt(t(at), off)).toBe(tariff);
  });
});

describe("tariffAt across the Stockholm DST nights", () => {
  it.each([
    // Spring, Sunday 29 Mar 2026: 02:00 CET → 03:00 CEST at 01:00Z.
    ["2026-03-29T00:59:59.999Z", 3], // 01:59:59.999 CET
    ["2026-03-29T01:00:00.000Z", 3], // 03:00 CEST
    ["2026-03-29T03:59:59.999Z", 3], // 05:59:59.999 CEST
    ["2026-03-29T04:00:00.000Z", 2], // 06:00 CEST on a Sunday
    ["2026-03-29T19:59:59.999Z", 2], // 21:59:59.999 CEST
    ["2026-03-29T20:00:00.000Z", 3], // 22:00 CEST
    ["2026-03-30T03:59:00.000Z", 3], // Monday 05:59 CEST
    ["2026-03-30T04:00:00.000Z", 1], // Monday 06:00 CEST
    ["2026-03-28T04:59:00.000Z", 3], // Saturday 05:59 CET (still winter)
    ["2026-03-28T05:00:00.000Z", 2], // Saturday 06:00 CET
    // Autumn, Sunday 25 Oct 2026: 03:00 CEST → 02:00 CET at 01:00Z.
    ["2026-10-24T03:59:00.000Z", 3], // Saturday 05:59 CEST
    ["2026-10-24T04:00:00.000Z", 2], // Saturday 06:00 CEST
    ["2026-10-25T00:30:00.000Z", 3], // 02:30 CEST (first pass)
    ["2026-10-25T01:30:00.000Z", 3], // 02:30 CET (second pass)
    ["2026-10-25T04:59:59.999Z", 3], // 05:59:59.999 CET
    ["2026-10-25T05:00:00.000Z", 2], // 06:00 CET on a Sunday
    ["2026-10-26T04:59:00.000Z", 3], // Monday 05:59 CET
    ["2026-10-26T05:00:00.000Z", 1], // Monday 06:00 CET
  ] as const)("%s → taxa %i", (at, tariff) => {
    expect(tariffAt(t(at), on)).toBe(tariff);
  });
});

describe("tariffAt in other zones (the Swedish calendar, the zone's own clock)", () => {
  it("America/New_York: Tue 17 Nov 2026 06:00 EST is 11:00Z", () => {
    const ny = settings({ timeZone: "America/New_York" });
    expect(tariffAt(t("2026-11-17T10:59:00Z"), ny)).toBe(3);
    expect(tariffAt(t("2026-11-17T11:00:00Z"), ny)).toBe(1);
    // Julafton 12:00 EST, while in Stockholm it is already 18:00 — still the same day.
    expect(tariffAt(t("2026-12-24T17:00:00Z"), ny)).toBe(2);
    // 25 Dec 02:00Z is 24 Dec 21:00 EST: Julafton daytime in New York, night in Stockholm.
    expect(tariffAt(t("2026-12-25T02:00:00Z"), ny)).toBe(2);
    expect(tariffAt(t("2026-12-25T02:00:00Z"), on)).toBe(3);
  });

  it("Asia/Kolkata (+05:30): 06:00 IST is 00:30Z", () => {
    const kol = settings({ timeZone: "Asia/Kolkata" });
    expect(tariffAt(t("2026-11-17T00:29:00Z"), kol)).toBe(3);
    expect(tariffAt(t("2026-11-17T00:30:00Z"), kol)).toBe(1);
    expect(tariffAt(t("2026-11-17T16:29:00Z"), kol)).toBe(1); // 21:59 IST
    expect(tariffAt(t("2026-11-17T16:30:00Z"), kol)).toBe(3); // 22:00 IST
  });

  it("UTC", () => {
    const utc = settings({ timeZone: "UTC" });
    expect(tariffAt(t("2026-11-17T05:59:59Z"), utc)).toBe(3);
    expect(tariffAt(t("2026-11-17T06:00:00Z"), utc)).toBe(1);
    expect(tariffAt(t("2026-11-21T06:00:00Z"), utc)).toBe(2);
  });
});

describe("splitByTariff", () => {
  const split = (work: Parameters<typeof splitByTariff>[0], s = on) => splitByTariff(work, s);

  it("no work is zero in every tariff", () => {
    expect(split([])).toEqual({ 1: 0, 2: 0, 3: 0 });
  });

  it("across 22:00 on a weekday: Tue 21:30–22:30 CET is ½ h taxa 1 and ½ h taxa 3", () => {
    expect(split([iv("2026-11-17T20:30:00Z", "2026-11-17T21:30:00Z")])).toEqual({
      1: 30 * MIN,
      2: 0,
      3: 30 * MIN,
    });
  });

  it("across 06:00 on a weekday: Wed 05:30–06:30 CET is ½ h taxa 3 and ½ h taxa 1", () => {
    expect(split([iv("2026-11-18T04:30:00Z", "2026-11-18T05:30:00Z")])).toEqual({
      1: 30 * MIN,
      2: 0,
      3: 30 * MIN,
    });
  });

  it("across midnight into a Saturday: Fri 21:00 → Sat 07:00 CET", () => {
    // Fri 21–22 taxa 1; 22–06 taxa 3 (8 h); Sat 06–07 taxa 2.
    expect(split([iv("2026-11-20T20:00:00Z", "2026-11-21T06:00:00Z")])).toEqual({
      1: 1 * H,
      2: 1 * H,
      3: 8 * H,
    });
  });

  it("across midnight into a Monday: Sun 21:00 → Mon 07:00 CET", () => {
    expect(split([iv("2026-11-22T20:00:00Z", "2026-11-23T06:00:00Z")])).toEqual({
      1: 1 * H,
      2: 1 * H,
      3: 8 * H,
    });
  });

  it("a night inside taxa 3 across midnight: Fri 23:00 → Sat 01:00 CET", () => {
    expect(split([iv("2026-11-20T22:00:00Z", "2026-11-21T00:00:00Z")])).toEqual({
      1: 0,
      2: 0,
      3: 2 * H,
    });
  });

  it("spring DST night: Sat 21:00 CET → Sun 07:00 CEST is 9 real hours, 7 of them night", () => {
    // 20:00Z → 05:00Z. Sat 21–22 taxa 2 (1 h); 22:00 CET (21:00Z) → 06:00 CEST (04:00Z) taxa 3
    // (7 h: the hour 02–03 does not exist); Sun 06–07 CEST taxa 2 (1 h).
    expect(split([iv("2026-03-28T20:00:00Z", "2026-03-29T05:00:00Z")])).toEqual({
      1: 0,
      2: 2 * H,
      3: 7 * H,
    });
  });

  it("autumn DST night: Sat 21:00 CEST → Sun 07:00 CET is 11 real hours, 9 of them night", () => {
    // 19:00Z → 06:00Z. 22:00 CEST (20:00Z) → 06:00 CET (05:00Z) = 9 h taxa 3 (02–03 twice).
    expect(split([iv("2026-10-24T19:00:00Z", "2026-10-25T06:00:00Z")])).toEqual({
      1: 0,
      2: 2 * H,
      3: 9 * H,
    });
  });

  it("the whole 23-hour spring Sunday: 7 h taxa 3, 16 h taxa 2", () => {
    // 00:00 CET (28th 23:00Z) → Mon 00:00 CEST (29th 22:00Z). 00–06 local is 5 real hours.
    expect(split([iv("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z")])).toEqual({
      1: 0,
      2: 16 * H,
      3: 7 * H,
    });
  });

  it("the whole 25-hour autumn Sunday: 9 h taxa 3, 16 h taxa 2", () => {
    // 00:00 CEST (24th 22:00Z) → Mon 00:00 CET (25th 23:00Z). 00–06 local is 7 real hours.
    expect(split([iv("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z")])).toEqual({
      1: 0,
      2: 16 * H,
      3: 9 * H,
    });
  });

  it("Midsommarafton daytime is taxa 2 with eveningsAsHolidays, taxa 1 without", () => {
    const work = [iv("2026-06-19T08:00:00Z", "2026-06-19T10:00:00Z")]; // 10:00–12:00 CEST
    expect(split(work, on)).toEqual({ 1: 0, 2: 2 * H, 3: 0 });
    expect(split(work, off)).toEqual({ 1: 2 * H, 2: 0, 3: 0 });
  });

  it("Påskafton daytime is taxa 2 either way (it is a Saturday)", () => {
    const work = [iv("2026-04-04T08:00:00Z", "2026-04-04T10:00:00Z")]; // 10:00–12:00 CEST
    expect(split(work, on)).toEqual({ 1: 0, 2: 2 * H, 3: 0 });
    expect(split(work, off)).toEqual({ 1: 0, 2: 2 * H, 3: 0 });
  });

  it("Julafton 21:00 → Juldagen 07:00 CET", () => {
    // Julafton 21–22 is taxa 2 (on) or taxa 1 (off); the night taxa 3; Juldagen 06–07 taxa 2.
    const work = [iv("2026-12-24T20:00:00Z", "2026-12-25T06:00:00Z")];
    expect(split(work, on)).toEqual({ 1: 0, 2: 2 * H, 3: 8 * H });
    expect(split(work, off)).toEqual({ 1: 1 * H, 2: 1 * H, 3: 8 * H });
  });

  it("Valborg and Trettondagsafton daytime are taxa 1", () => {
    const valborg = iv("2026-04-30T08:00:00Z", "2026-04-30T09:00:00Z"); // 10–11 CEST
    const trettondagsafton = iv("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z"); // 10–11 CET
    expect(split([valborg, trettondagsafton], on)).toEqual({ 1: 2 * H, 2: 0, 3: 0 });
  });

  it("overlapping work is paid once: 10–12 and 11–13 CET is 3 h", () => {
    const a = iv("2026-11-17T09:00:00Z", "2026-11-17T11:00:00Z");
    const b = iv("2026-11-17T10:00:00Z", "2026-11-17T12:00:00Z");
    expect(split([a, b])).toEqual({ 1: 3 * H, 2: 0, 3: 0 });
    expect(split([b, a])).toEqual({ 1: 3 * H, 2: 0, 3: 0 });
  });

  it("duplicate, nested and adjacent intervals", () => {
    const a = iv("2026-11-17T09:00:00Z", "2026-11-17T11:00:00Z");
    const inner = iv("2026-11-17T09:30:00Z", "2026-11-17T10:00:00Z");
    const next = iv("2026-11-17T11:00:00Z", "2026-11-17T11:15:00Z");
    expect(split([a, a, a])).toEqual({ 1: 2 * H, 2: 0, 3: 0 });
    expect(split([inner, a])).toEqual({ 1: 2 * H, 2: 0, 3: 0 });
    expect(split([a, next])).toEqual({ 1: 2 * H + 15 * MIN, 2: 0, 3: 0 });
  });

  it("overlap across a tariff boundary is split once: 21:00–22:30 and 21:45–23:00 CET", () => {
    const a = iv("2026-11-17T20:00:00Z", "2026-11-17T21:30:00Z");
    const b = iv("2026-11-17T20:45:00Z", "2026-11-17T22:00:00Z");
    expect(split([a, b])).toEqual({ 1: 1 * H, 2: 0, 3: 1 * H });
  });

  it("keeps millisecond precision", () => {
    expect(split([iv("2026-11-17T09:00:00.000Z", "2026-11-17T09:00:00.500Z")])).toEqual({
      1: 500,
      2: 0,
      3: 0,
    });
    // 21:59:59 → 22:00:01 CET
    expect(split([iv("2026-11-17T20:59:59.000Z", "2026-11-17T21:00:01.000Z")])).toEqual({
      1: 1000,
      2: 0,
      3: 1000,
    });
  });

  it("does not modify its input", () => {
    const work = [
      iv("2026-11-17T10:00:00Z", "2026-11-17T12:00:00Z"),
      iv("2026-11-17T09:00:00Z", "2026-11-17T11:00:00Z"),
    ];
    const copy = work.map((w) => ({ start: new Date(w.start), end: new Date(w.end) }));
    split(work);
    expect(work).toEqual(copy);
  });
});
