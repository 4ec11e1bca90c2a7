import { describe, expect, it } from "vitest";
import { holidays } from "../../shared/index";
import { settings } from "./fixtures";

type Row = [date: string, name: string, kind: "helgdag" | "afton"];

const rows = (year: number, eveningsAsHolidays = true) =>
  holidays(year, settings({ eveningsAsHolidays })).map((h): Row => [h.date, h.name, h.kind]);

describe("holidays(year)", () => {
  it("2026: Easter Sunday 5 April, Midsommarafton 19 June, Alla helgons dag 31 October", () => {
    // Easter 2026-04-05 → Långfredagen −2, Påskafton −1, Annandag påsk +1,
    // Kristi himmelsfärdsdag +39 = 14 May, Pingstdagen +49 = 24 May.
    // Midsommarafton: the Friday in 19–25 Jun = 19 Jun; Midsommardagen the Saturday 20 Jun.
    // Alla helgons dag: the Saturday in 31 Oct–6 Nov = 31 Oct.
    expect(rows(2026)).toEqual<Row[]>([
      ["2026-01-01", "Nyårsdagen", "helgdag"],
      ["2026-01-06", "Trettondedag jul", "helgdag"],
      ["2026-04-03", "Långfredagen", "helgdag"],
      ["2026-04-04", "Påskafton", "afton"],
      ["2026-04-05", "Påskdagen", "helgdag"],
      ["2026-04-06", "Annandag påsk", "helgdag"],
      ["2026-05-01", "Första maj", "helgdag"],
      ["2026-05-14", "Kristi himmelsfärdsdag", "helgdag"],
      ["2026-05-24", "Pingstdagen", "helgdag"],
      ["2026-06-06", "Sveriges nationaldag", "helgdag"],
      ["2026-06-19", "Midsommarafton", "afton"],
      ["2026-06-20", "Midsommardagen", "helgdag"],
      ["2026-10-31", "Alla helgons dag", "helgdag"],
      ["2026-12-24", "Julafton", "afton"],
      ["2026-12-25", "Juldagen", "helgdag"],
      ["2026-12-26", "Annandag jul", "helgdag"],
      ["2026-12-31", "Nyårsafton", "afton"],
    ]);
  });

  it("2027: Easter Sunday 28 March", () => {
    // 28 Mar + 39 = 6 May, + 49 = 16 May. 1 Jan 2027 is a Friday, so 19 Jun is a Saturday:
    // Midsommarafton is Friday 25 Jun, Midsommardagen Saturday 26 Jun; 6 Nov is the Saturday
    // of Alla helgons dag (31 Oct is a Sunday).
    expect(rows(2027)).toEqual<Row[]>([
      ["2027-01-01", "Nyårsdagen", "helgdag"],
      ["2027-01-06", "Trettondedag jul", "helgdag"],
      ["2027-03-26", "Långfredagen", "helgdag"],
      ["2027-03-27", "Påskafton", "afton"],
      ["2027-03-28", "Påskdagen", "helgdag"],
      ["2027-03-29", "Annandag påsk", "helgdag"],
      ["2027-05-01", "Första maj", "helgdag"],
      ["2027-05-06", "Kristi himmelsfärdsdag", "helgdag"],
      ["2027-05-16", "Pingstdagen", "helgdag"],
      ["2027-06-06", "Sveriges nationaldag", "helgdag"],
      ["2027-06-25", "Midsommarafton", "afton"],
      ["2027-06-26", "Midsommardagen", "helgdag"],
      ["2027-11-06", "Alla helgons dag", "helgdag"],
      ["2027-12-24", "Julafton", "afton"],
      ["2027-12-25", "Juldagen", "helgdag"],
      ["2027-12-26", "Annandag jul", "helgdag"],
      ["2027-12-31", "Nyårsafton", "afton"],
    ]);
  });

  it("2024: Easter 31 March (Annandag påsk in April), Midsommarafton 21 June, Alla helgons 2 November", () => {
    const r = rows(2024);
    const find = (name: string) => r.find((x) => x[1] === name)?.[0];
    expect(find("Långfredagen")).toBe("2024-03-29");
    expect(find("Påskafton")).toBe("2024-03-30");
    expect(find("Påskdagen")).toBe("2024-03-31");
    expect(find("Annandag påsk")).toBe("2024-04-01");
    expect(find("Kristi himmelsfärdsdag")).toBe("2024-05-09");
    expect(find("Pingstdagen")).toBe("2024-05-19");
    expect(find("Midsommarafton")).toBe("2024-06-21");
    expect(find("Midsommardagen")).toBe("2024-06-22");
    expect(find("Alla helgons dag")).toBe("2024-11-02");
  });

  it("2025: Easter 20 April, Kristi himmelsfärdsdag 29 May, Pingstdagen 8 June", () => {
    const r = rows(2025);
    const find = (name: string) => r.find((x) => x[1] === name)?.[0];
    expect(find("Påskdagen")).toBe("2025-04-20");
    expect(find("Kristi himmelsfärdsdag")).toBe("2025-05-29");
    expect(find("Pingstdagen")).toBe("2025-06-08");
    expect(find("Midsommarafton")).toBe("2025-06-20");
    expect(find("Alla helgons dag")).toBe("2025-11-01");
  });

  it("2008: Kristi himmelsfärdsdag falls on Första maj; both listed, Första maj first", () => {
    // Easter 2008 was 23 March; + 39 days = 1 May.
    const mayFirst = rows(2008).filter((x) => x[0] === "2008-05-01");
    expect(mayFirst).toEqual<Row[]>([
      ["2008-05-01", "Första maj", "helgdag"],
      ["2008-05-01", "Kristi himmelsfärdsdag", "helgdag"],
    ]);
    expect(rows(2008)).toHaveLength(17);
  });

  it("2049: Pingstdagen falls on Sveriges nationaldag; both listed, Pingstdagen first", () => {
    // Easter 2049 is 18 April; + 49 days = 6 June.
    const june6 = rows(2049).filter((x) => x[0] === "2049-06-06");
    expect(june6).toEqual<Row[]>([
      ["2049-06-06", "Pingstdagen", "helgdag"],
      ["2049-06-06", "Sveriges nationaldag", "helgdag"],
    ]);
  });

  it("lists the four aftnar even when eveningsAsHolidays is off", () => {
    expect(rows(2026, false)).toEqual(rows(2026, true));
    const aftnar = rows(2026, false).filter((x) => x[2] === "afton");
    expect(aftnar.map((x) => x[1])).toEqual([
      "Påskafton",
      "Midsommarafton",
      "Julafton",
      "Nyårsafton",
    ]);
  });

  it("never lists the ordinary eves (Trettondagsafton, Valborg, Pingstafton, Allhelgonaafton)", () => {
    const dates = rows(2026).map((x) => x[0]);
    // Trettondagsafton 5 Jan, Valborg 30 Apr, Pingstafton 23 May, Allhelgonaafton 30 Oct.
    for (const d of ["2026-01-05", "2026-04-30", "2026-05-23", "2026-10-30"]) {
      expect(dates).not.toContain(d);
    }
  });

  it("is sorted by date for every year from 2005 to 2100", () => {
    for (let year = 2005; year <= 2100; year++) {
      const dates = rows(year).map((x) => x[0]);
      expect(dates).toHaveLength(17);
      expect([...dates].sort()).toEqual(dates);
      for (const d of dates) expect(d.startsWith(`${year}-`)).toBe(true);
    }
  });
});
