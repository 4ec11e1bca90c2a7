import { describe, expect, it } from "vitest";
import { emptyJourData, type JourData } from "../../../../shared/app/data/document";
import type { JourApp } from "../../../../shared/app/api";
import { HOUR, MINUTE, MONDAY_10, plainIncident, rig } from "../fakes";

/** Issue 21 point 3: a reported week is a record; later changes are corrections beside it. */

const WEEK = 7 * 24 * HOUR;
/** Monday 23:00 in Stockholm, week 48: Taxa 3 (night). */
const NIGHT = MONDAY_10 + 13 * HOUR;

/** Week 48 held, two incidents of Taxa 3 work (2 h and 1 h): 4 500 + 3 × 600 = 6 300 kr. Now in week 50. */
async function reportedWeek() {
  const r = rig({ now: MONDAY_10 + 2 * WEEK });
  await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
  const first = await r.app.createIncident({ summary: "Sajten nere" });
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: first.id, start: NIGHT, end: NIGHT + 2 * HOUR });
  const second = await r.app.createIncident({ summary: "Cert gick ut" });
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: second.id, start: NIGHT + DAY, end: NIGHT + DAY + HOUR });
  await r.app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
  return { ...r, first: first.id, second: second.id };
}
const DAY = 24 * HOUR;

async function recordOf(app: Awaited<ReturnType<typeof reportedWeek>>["app"]) {
  const report = await app.getReport({ weeks: [MONDAY_10] });
  const row = report.weeks[0];
  if (!row) throw new Error("no week");
  return row.record;
}

describe("a reported week is a record", () => {
  it("stores what was reported: text, hours, allowance, rates, total and the work", async () => {
    const { app, first, second } = await reportedWeek();
    const [record] = app.snapshot().reports;
    expect(record).toMatchObject({
      kind: "report",
      at: MONDAY_10 + 2 * WEEK,
      text: "1 x Jourvecka\nTaxa 3: 3h",
      onDuty: true,
      hours: { 1: 0, 2: 0, 3: 3 },
      allowanceSek: 4500,
      rates: { 1: 290, 3: 600 },
      totalSek: 6300,
    });
    expect(record?.work.map((w) => [w.incidentId, w.end - w.start])).toEqual([
      [first, 2 * HOUR],
      [second, HOUR],
    ]);
  });

  it("unchanged: reported, with no note of a change and nothing to correct", async () => {
    const { app } = await reportedWeek();
    const record = await recordOf(app);
    expect(record.state).toBe("reported");
    expect(record.changes).toEqual([]);
    expect(record.correction).toBeNull();
    expect(record.latest?.totalSek).toBe(6300);
    expect((await app.listWeeks()).find((w) => w.week.isoWeek === 48)?.changed).toBe(false);
  });

  it("a deleted incident: reported 6 300 kr, now 5 700 kr, with the correction to copy", async () => {
    const { app, second } = await reportedWeek();
    await app.deleteIncident({ id: second });
    const record = await recordOf(app);
    expect(record.state).toBe("changed");
    expect(record.latest?.totalSek).toBe(6300);
    expect(record.nowTotalSek).toBe(5700);
    expect(record.changes).toEqual([
      { kind: "hours", tariff: 3, before: 3, after: 2 },
      { kind: "incident", change: "removed", incidentId: second, summary: "Cert gick ut" },
    ]);
    expect(record.correction).toBe("Rättelse v. 48: Taxa 3: −1h");
    const ref = (await app.listWeeks()).find((w) => w.week.isoWeek === 48);
    expect([ref?.reported, ref?.changed]).toEqual([true, true]);
  });

  /** The rates in force from the beginning changed (a mistake put right, say). */
  async function changeRates(app: JourApp, rates: Partial<Record<1 | 2 | 3, number>>) {
    const [first, ...rest] = (await app.getSettings()).rateHistory;
    if (!first) throw new Error("no rates");
    await app.updateSettings({
      rateHistory: [{ ...first, rates: { ...first.rates, ...rates } }, ...rest],
    });
  }

  it("a rate change after the report is a change of the reported week", async () => {
    const { app } = await reportedWeek();
    await changeRates(app, { 3: 650 });
    const record = await recordOf(app);
    expect(record.state).toBe("changed");
    expect(record.nowTotalSek).toBe(6450);
    expect(record.changes).toEqual([{ kind: "rate", tariff: 3, before: 600, after: 650 }]);
    expect(record.correction).toBe("Rättelse v. 48: Taxa 3: 650 kr/h (var 600 kr/h)");
  });

  it("a rate no reported hour is paid at changes nothing", async () => {
    const { app } = await reportedWeek();
    await changeRates(app, { 1: 310 });
    expect((await recordOf(app)).state).toBe("reported");
  });

  it("an added interval and an edited one are named, the hours summed per tariff", async () => {
    const { app, first, second } = await reportedWeek();
    await app.addInterval({
      incidentId: first,
      start: MONDAY_10 + 2 * HOUR,
      end: MONDAY_10 + 2 * HOUR + 20 * MINUTE,
    });
    const interval = app.snapshot().incidents.find((i) => i.id === second)?.work[0];
    if (!interval) throw new Error("no interval");
    await app.updateInterval({
      incidentId: second,
      intervalId: interval.id,
      end: interval.start + 20 * MINUTE,
    });
    const record = await recordOf(app);
    expect(record.changes).toEqual([
      { kind: "hours", tariff: 1, before: 0, after: 0.5 },
      { kind: "hours", tariff: 3, before: 3, after: 2.5 },
      { kind: "incident", change: "edited", incidentId: first, summary: "Sajten nere" },
      { kind: "incident", change: "edited", incidentId: second, summary: "Cert gick ut" },
    ]);
    expect(record.correction).toBe("Rättelse v. 48: Taxa 1: +0,5h, Taxa 3: −0,5h");
    expect(record.nowTotalSek).toBe(4500 + 145 + 1500);
  });

  it("an edit that pays the same is no change (the rounding absorbs it)", async () => {
    const { app, second } = await reportedWeek();
    const interval = app.snapshot().incidents.find((i) => i.id === second)?.work[0];
    if (!interval) throw new Error("no interval");
    await app.updateInterval({
      incidentId: second,
      intervalId: interval.id,
      end: interval.end - 10 * MINUTE,
    });
    const record = await recordOf(app);
    expect(record.state).toBe("reported");
    expect(record.correction).toBeNull();
  });

  it("marking the correction reported: the corrected figures are signed, the earlier stay", async () => {
    const { app, clock, second } = await reportedWeek();
    await app.deleteIncident({ id: second });
    clock.advance(HOUR);
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    const record = await recordOf(app);
    expect(record.state).toBe("reported");
    expect(record.latest).toMatchObject({
      kind: "correction",
      text: "Rättelse v. 48: Taxa 3: −1h",
      totalSek: 5700,
      at: MONDAY_10 + 2 * WEEK + HOUR,
    });
    expect(record.history.map((r) => [r.kind, r.totalSek])).toEqual([
      ["report", 6300],
      ["correction", 5700],
    ]);
    // Marking again with nothing changed adds nothing.
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    expect(app.snapshot().reports).toHaveLength(2);
  });

  it("reporting another week beside a changed one does not sign its correction", async () => {
    const { app, second } = await reportedWeek();
    await app.deleteIncident({ id: second });
    await app.setOnDuty({ week: MONDAY_10 + WEEK, onDuty: true });
    await app.markWeeksReported({ weeks: [MONDAY_10, MONDAY_10 + WEEK], reported: true });
    expect(app.snapshot().reports.map((r) => [r.kind, r.totalSek])).toEqual([
      ["report", 6300],
      ["report", 4500],
    ]);
    expect((await recordOf(app)).state).toBe("changed");
  });

  it("unmarking keeps the history but shows the week as not reported", async () => {
    const { app } = await reportedWeek();
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: false });
    const record = await recordOf(app);
    expect(record.state).toBe("unreported");
    expect(record.history.map((r) => r.totalSek)).toEqual([6300]);
    expect((await app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48]);
  });

  it("a week reported before Jour kept records is reported, never changed", async () => {
    const legacy: JourData = {
      ...emptyJourData(),
      onDutyWeeks: [MONDAY_10],
      reportedWeeks: [MONDAY_10],
      incidents: [
        plainIncident({
          id: "i-1",
          reportedAt: NIGHT,
          work: [{ id: "w-2", start: NIGHT, end: NIGHT + HOUR }],
        }),
      ],
      nextId: 3,
    };
    // An old file has no `reports` at all.
    const old: Partial<JourData> = { ...legacy };
    delete old.reports;
    const r = rig({ now: MONDAY_10 + 2 * WEEK });
    await r.app.importData({ json: JSON.stringify(old) });
    await r.app.deleteIncident({ id: "i-1" });
    const record = await recordOf(r.app);
    expect(record.state).toBe("legacy");
    expect(record.latest).toBeNull();
    expect(record.correction).toBeNull();
    expect((await r.app.listWeeks()).find((w) => w.week.isoWeek === 48)?.changed).toBe(false);
  });

  it("records go out with an export and come back with an import", async () => {
    const { app } = await reportedWeek();
    const json = await app.exportData();
    const other = rig({ now: MONDAY_10 + 2 * WEEK });
    await other.app.importData({ json });
    expect(other.app.snapshot().reports).toEqual(app.snapshot().reports);
    expect((await recordOf(other.app)).state).toBe("reported");
  });

  it("a bad record in a file is refused with the field named, and changes nothing", async () => {
    const { app } = await reportedWeek();
    const file = JSON.parse(await app.exportData()) as JourData;
    const [record] = file.reports;
    if (!record) throw new Error("no record");
    const other = rig({ now: MONDAY_10 + 2 * WEEK });
    const bad = (change: object) =>
      other.app.importData({
        json: JSON.stringify({ ...file, reports: [{ ...record, ...change }] }),
      });
    await expect(bad({ totalSek: 1e12 })).rejects.toThrow(/^reports\.0\.totalSek: /);
    await expect(bad({ hours: { 1: 0, 2: 0, 3: -1 } })).rejects.toThrow(/^reports\.0\.hours\.3: /);
    await expect(
      bad({ work: [{ incidentId: "no way", summary: "", start: NIGHT, end: NIGHT + HOUR }] }),
    ).rejects.toThrow(/^reports\.0\.work\.0\.incidentId: /);
    expect(other.storage.saves).toEqual([]);
  });
});

describe("the pay CSV of a reported week", () => {
  it("gives the reported total beside the total now, and says it changed", async () => {
    const { app, second } = await reportedWeek();
    await app.updateSettings({ csvStyle: "rfc4180" });
    await app.deleteIncident({ id: second });
    const lines = (await app.exportWeeklyPayCsv()).split(/\r?\n/);
    const header = lines[0]?.split(",") ?? [];
    const row = lines.find((line) => line.startsWith("2025-W48"))?.split(",") ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell("reported"), cell("totalSek"), cell("reportedTotalSek")]).toEqual([
      "true",
      "5700",
      "6300",
    ]);
    expect(cell("changedAfterReport")).toBe("true");
  });
});
