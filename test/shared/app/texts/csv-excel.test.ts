import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "../fakes";

/** Two incidents in week 48 of 2025, one of them with a formula in its summary. */
async function twoIncidents(language: "sv" | "en") {
  const r = rig({ now: MONDAY_10 + 2 * HOUR });
  await r.app.updateSettings({ customers: [customer], language });
  await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
  const first = await r.app.createIncident({
    priority: 1,
    customerId: "acme",
    summary: "Nere; helt",
  });
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: first.id, start: MONDAY_10, end: MONDAY_10 + 70 * MINUTE });
  const second = await r.app.createIncident({ priority: 2, summary: "=HYPERLINK(1)" });
  await r.app.stopTimer();
  return { ...r, first: first.id, second: second.id };
}

const lines = (csv: string) =>
  csv
    .replace(/^\ufeff/, "")
    .trimEnd()
    .split("\r\n");

describe("CSV for a Swedish spreadsheet (the default)", () => {
  it("has a BOM, semicolons, Swedish headers and Excel's date-times", async () => {
    const { app, first, second } = await twoIncidents("sv");
    const csv = await app.exportIncidentsCsv();
    expect(csv.startsWith("\ufeff")).toBe(true);
    const [header, ...rows] = lines(csv);
    expect(header).toBe(
      "Id;Anmäld;Prioritet;Kund;Sammanfattning;Anteckningar;Jira-nyckel;Besvarad;Rollback begärd;Rollback påbörjad;Löst;Arbetad tid",
    );
    expect(rows).toEqual([
      `${first};2025-11-24 12:00;P1;Acme AB;"Nere; helt";;;;;;;01:10:00`,
      `${second};2025-11-24 12:00;P2;;'=HYPERLINK(1);;;;;;;00:00:00`,
    ]);
  });

  it("carries the timeline's notes, each with its time, in the Anteckningar column", async () => {
    const { app, clock, first } = await twoIncidents("sv");
    await app.addTimelineEntry({ id: first, text: "IIS omstartad" });
    clock.advance(5 * MINUTE);
    await app.addTimelineEntry({ id: first, text: "Kunden bekräftar" });
    const [, row] = lines(await app.exportIncidentsCsv());
    expect(row).toBe(
      `${first};2025-11-24 12:00;P1;Acme AB;"Nere; helt";"2025-11-24 12:00 IIS omstartad\n2025-11-24 12:05 Kunden bekräftar";;;;;;01:10:00`,
    );
  });

  it("writes the weekly pay with decimal commas and ja/nej, English headers in English", async () => {
    const sv = await twoIncidents("sv");
    const [svHeader, svRow] = lines(await sv.app.exportWeeklyPayCsv());
    const cells = Object.fromEntries(
      (svHeader ?? "").split(";").map((name, i) => [name, svRow?.split(";")[i]]),
    );
    // 70 min of Taxa 1, rounded up to started half hours: 1,5 h at 290 kr/h.
    expect(cells).toMatchObject({
      Vecka: "2025-W48",
      Start: "2025-11-24 00:00",
      Storhelg: "nej",
      "Min jourvecka": "ja",
      "Timmar taxa 1": "1,5",
      "Taxa 1 (kr)": "435",
      "Totalt (kr)": "4935",
    });
    const en = await twoIncidents("en");
    const [enHeader, enRow] = lines(await en.app.exportWeeklyPayCsv());
    expect(enHeader?.split(";").slice(0, 4)).toEqual(["Week", "Start", "End", "Major holiday"]);
    expect(enRow?.split(";")[3]).toBe("no");
  });
});

describe("the incidents export follows the History's filter", () => {
  it("exports only what the filter shows, in either style", async () => {
    const { app, first, second } = await twoIncidents("sv");
    const only = (csv: string) =>
      lines(csv)
        .slice(1)
        .map((row) => row.split(/[;,]/)[0]);
    expect(only(await app.exportIncidentsCsv({ priority: 1 }))).toEqual([first]);
    expect(only(await app.exportIncidentsCsv({ text: "hyperlink" }))).toEqual([second]);
    expect(only(await app.exportIncidentsCsv({ customerId: "acme", priority: 2 }))).toEqual([]);
    expect(only(await app.exportIncidentsCsv({ week: MONDAY_10 }))).toEqual([first, second]);
    expect(only(await app.exportIncidentsCsv({ week: MONDAY_10 + 7 * 24 * HOUR }))).toEqual([]);
    await app.updateSettings({ csvStyle: "rfc4180" });
    const rfc = await app.exportIncidentsCsv({ priority: 2 });
    expect(rfc.startsWith("id,reportedAt,")).toBe(true);
    expect(only(rfc)).toEqual([second]);
  });

  it("refuses a bad filter naming the field, like listIncidents", async () => {
    const { app } = await twoIncidents("sv");
    await expect(app.exportIncidentsCsv({ priority: 4 } as never)).rejects.toThrow(/^priority: /);
  });
});
