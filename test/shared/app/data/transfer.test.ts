import { describe, expect, it } from "vitest";
import {
  CURRENT_SCHEMA_VERSION,
  emptyJourData,
  type JourData,
} from "../../../../shared/app/data/document";
import { migrate } from "../../../../shared/app/data/migrations";
import { parseJourData } from "../../../../shared/app/data/checker";
import { NewerSchemaError } from "../../../../shared/app/texts/errors";
import { defaultAppSettings } from "../../../../shared/app/settings/settings";
import { csvCell } from "../../../../shared/app/texts/csv-format";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "../fakes";

async function filledApp() {
  const r = rig({ now: MONDAY_10 + 2 * HOUR });
  await r.app.updateSettings({ customers: [customer], csvStyle: "rfc4180" });
  await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
  const { id } = await r.app.createIncident({
    priority: 1,
    customerId: "acme",
    summary: 'Down, "badly"',
  });
  await r.app.updateIncident({ id, notes: "line 1\nline 2", jiraKey: "WEB-1" });
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: id, start: MONDAY_10, end: MONDAY_10 + 70 * MINUTE });
  await r.app.markWeeksReported({ weeks: [MONDAY_10], reported: true, confirmRunning: true });
  const second = await r.app.createIncident({ summary: '=HYPERLINK("http://evil")' });
  return { ...r, id, second: second.id };
}

describe("export and import", () => {
  it("round-trips all data through JSON", async () => {
    const source = await filledApp();
    await source.app.pauseTimer();
    const json = await source.app.exportData();
    const target = rig();
    expect(await target.app.importData({ json })).toMatchObject({
      incidents: 2,
      timerPaused: false,
    });
    expect(await target.app.exportData()).toBe(json);
    expect(target.storage.load()).toEqual(JSON.parse(json));
  });

  it.each([
    ["{ not json", /^json: not a JSON file/],
    ["[]", /^data: expected a JSON object/],
    [
      JSON.stringify({ ...emptyJourData(), schemaVersion: 99 }),
      /^schemaVersion: 99 was written by a newer Jour/,
    ],
    [JSON.stringify({ ...emptyJourData(), incidents: "none" }), /^incidents:/],
    [
      JSON.stringify({
        ...emptyJourData(),
        settings: { ...emptyJourData().settings, language: "fi" },
      }),
      /^settings\.language:/,
    ],
    [
      JSON.stringify({
        ...emptyJourData(),
        timer: { incidentId: "i-404", runningSince: MONDAY_10 },
      }),
      /^timer\.incidentId:/,
    ],
  ])("a bad file changes nothing and says why (%#)", async (json, error) => {
    const { app, storage } = await filledApp();
    const before = await app.exportData();
    const saves = storage.saves.length;
    await expect(app.importData({ json })).rejects.toThrow(error);
    expect(await app.exportData()).toBe(before);
    expect(storage.saves.length).toBe(saves);
  });

  it("names the field deep inside a bad incident", async () => {
    const { app } = await filledApp();
    const data = JSON.parse(await app.exportData());
    data.incidents[0].work[0].end = data.incidents[0].work[0].start - 1;
    await expect(app.importData({ json: JSON.stringify(data) })).rejects.toThrow(
      /^incidents\.0\.work\.0\.end: must be after start/,
    );
    data.incidents[0].work[0].end = data.incidents[0].work[0].start + 1;
    data.incidents[1].priority = 4;
    await expect(app.importData({ json: JSON.stringify(data) })).rejects.toThrow(
      /^incidents\.1\.priority:/,
    );
  });

  it("migrates older schema versions step by step and refuses unknown ones", () => {
    const toV2 = (doc: Record<string, unknown>) => ({ ...doc, added: "by v2" });
    const toV3 = (doc: Record<string, unknown>) => ({ ...doc, seen: doc["added"] });
    expect(migrate({ schemaVersion: 1 }, [toV2, toV3])).toEqual({
      schemaVersion: 3,
      added: "by v2",
      seen: "by v2",
    });
    expect(migrate({ schemaVersion: 2, added: "x" }, [toV2, toV3])).toEqual({
      schemaVersion: 3,
      added: "x",
      seen: "x",
    });
    expect(() => migrate({ schemaVersion: 0 })).toThrow(/^schemaVersion:/);
    expect(() => migrate({})).toThrow(/^schemaVersion:/);
    expect(parseJourData(emptyJourData()).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it("opens a version 1 document as the current version, and refuses a version 4 one as newer", () => {
    const v1 = { ...emptyJourData(), schemaVersion: 1 };
    delete (v1 as Partial<typeof v1>).offDutyWeeks; // optional since 1: filled in by the check
    const parsed = parseJourData(v1);
    expect(parsed.schemaVersion).toBe(3);
    expect(parsed.offDutyWeeks).toEqual([]);
    expect(() => parseJourData({ ...emptyJourData(), schemaVersion: 4 })).toThrow(NewerSchemaError);
    expect(() => parseJourData({ ...emptyJourData(), schemaVersion: 4 })).toThrow(
      /schemaVersion: 4 was written by a newer Jour \(this one reads up to 3\)/,
    );
  });

  it("opens a version 2 document as version 3 with its rates as the only entry, from the beginning", () => {
    const settings: Partial<JourData["settings"]> = { ...emptyJourData().settings };
    delete settings.rateHistory; // version 2 had none
    const rules = {
      ...emptyJourData().settings.rules,
      allowance: { weeklySek: 4700, storhelgSupplement: 0.6 },
      rates: { 1: 310, 2: 420, 3: 620 },
    };
    const v2 = { ...emptyJourData(), schemaVersion: 2, settings: { ...settings, rules } };
    const parsed = parseJourData(v2);
    expect(parsed.schemaVersion).toBe(3);
    expect(parsed.settings.rateHistory).toEqual([
      { from: null, allowance: rules.allowance, rates: rules.rates },
    ]);
    expect(parsed.settings.rules).toEqual(rules);
    // A version 3 document must have its history: the check names it.
    expect(() => parseJourData({ ...v2, schemaVersion: 3 })).toThrow(/^settings\.rateHistory/);
  });

  it("makes whole the instants a version 1 build saved with fractions of a millisecond", () => {
    const start = Date.UTC(2026, 0, 5, 21, 12);
    const incident = {
      id: "i-1",
      reportedAt: start - 0.25,
      priority: 2,
      customerId: null,
      summary: "",
      notes: "",
      jiraKey: null,
      respondedAt: null,
      rollbackRequestedAt: null,
      rollbackStartedAt: null,
      resolvedAt: null,
      work: [{ id: "w-2", start, end: start + 337.6304 }],
      checkedSteps: [],
    };
    const v1 = { ...emptyJourData(), schemaVersion: 1, incidents: [incident], nextId: 3 };
    expect(() => parseJourData({ ...v1, schemaVersion: 2 })).toThrow(/expected epoch ms/);
    const parsed = parseJourData(v1);
    expect(parsed.incidents[0]?.reportedAt).toBe(start);
    expect(parsed.incidents[0]?.work[0]?.end).toBe(start + 338);
    expect(parsed.settings).toEqual(emptyJourData().settings); // 0.5 and the like untouched
  });
});

describe("CSV export", () => {
  it("escapes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(4.5)).toBe("4.5");
  });

  it("defuses a formula after a separator, where a Swedish spreadsheet (;) starts a cell", () => {
    expect(csvCell("Sajten nere;=HYPERLINK(1)")).toBe(`"Sajten nere;'=HYPERLINK(1)"`);
    expect(csvCell("a,+1")).toBe(`"a,'+1"`);
    expect(csvCell("a\t@SUM(1)")).toBe(`"a\t'@SUM(1)"`);
    expect(csvCell("one;two")).toBe(`"one;two"`);
    expect(csvCell("P1 - site down")).toBe("P1 - site down");
  });

  it("exports the incidents, one row each, oldest first", async () => {
    const { app, id, second } = await filledApp();
    const rows = (await app.exportIncidentsCsv()).split("\r\n");
    expect(rows[0]).toBe(
      "id,reportedAt,priority,customer,summary,notes,jiraKey,respondedAt,rollbackRequestedAt,rollbackStartedAt,resolvedAt,workedTime",
    );
    // Records end in CRLF; the line break inside a quoted field stays as written.
    expect(rows[1]).toBe(
      `${id},2025-11-24T12:00:00.000+01:00,P1,Acme AB,"Down, ""badly""","line 1\nline 2",WEB-1,,,,,01:10:00`,
    );
    expect(rows[2]).toBe(
      `${second},2025-11-24T12:00:00.000+01:00,P2,,"'=HYPERLINK(""http://evil"")",,,,,,,00:00:00`,
    );
    expect(rows.slice(3)).toEqual([""]);
  });

  it("shows exact hours and kronor to two decimals in the weekly pay (rounding none)", async () => {
    const { app, clock } = rig();
    const defaults = defaultAppSettings();
    await app.updateSettings({
      rules: { ...defaults.rules, rounding: "none" },
      csvStyle: "rfc4180",
    });
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await app.createIncident();
    clock.advance(20 * MINUTE + 7_000); // 1 207 s = 0.3353 h of Taxa 1 on Monday 10:00
    await app.stopTimer();
    const [header, row] = (await app.exportWeeklyPayCsv()).trimEnd().split("\r\n");
    const cells = Object.fromEntries(
      (header ?? "").split(",").map((name, i) => [name, row?.split(",")[i]]),
    );
    // 290 kr × 0.33528 h = 97.2305 kr; 4 500 + 97.23.
    expect(cells).toMatchObject({ hoursTaxa1: "0.34", sekTaxa1: "97.23", totalSek: "4597.23" });
  });

  it("exports the weekly pay, one row per week", async () => {
    const { app } = await filledApp();
    const rows = (await app.exportWeeklyPayCsv()).trimEnd().split("\r\n");
    expect(rows).toEqual([
      "week,start,end,storhelg,onDuty,reported,hoursTaxa1,hoursTaxa2,hoursTaxa3,allowanceSek,sekTaxa1,sekTaxa2,sekTaxa3,totalSek,reportedTotalSek,changedAfterReport",
      "2025-W48,2025-11-24T00:00:00.000+01:00,2025-12-01T00:00:00.000+01:00,false,true,true,1.5,0,0,4500,435,0,0,4935,4935,false",
    ]);
  });
});
