import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../../shared/app/data/document";
import { parseJourData } from "../../../../shared/app/data/checker";
import { copyContentsOf, memoryCopies } from "../../../../shared/app/data/copies";
import { createJourApp } from "../../../../shared/app/api";
import {
  FakeClock,
  HOUR,
  MINUTE,
  MONDAY_10,
  MemoryNotifier,
  MemoryStorage,
  customer,
  rig,
} from "../fakes";

/** Another installation's data: two incidents with work, one of them for its own customer. */
async function otherData() {
  const r = rig({ now: MONDAY_10 - 7 * 24 * HOUR });
  await r.app.updateSettings({ customers: [{ ...customer, id: "globex", name: "Globex" }] });
  await r.app.setOnDuty({ week: r.clock.now(), onDuty: true });
  const a = await r.app.createIncident({ summary: "theirs A", customerId: "globex" });
  r.clock.advance(30 * MINUTE);
  await r.app.stopTimer();
  const b = await r.app.createIncident({ summary: "theirs B" });
  r.clock.advance(20 * MINUTE);
  await r.app.stopTimer();
  await r.app.markWeeksReported({ weeks: [r.clock.now()], reported: true, confirmRunning: true });
  return { json: await r.app.exportData(), ids: [a.id, b.id] };
}

/** This installation: six incidents, the first for Acme. */
async function ourData() {
  const r = rig();
  await r.app.updateSettings({ customers: [customer] });
  // A call no longer marks the week held (DOMAIN §4 "Whose week"): the user says so.
  await r.app.setOnDuty({ week: r.clock.now(), onDuty: true });
  for (let i = 0; i < 6; i++) {
    await r.app.createIncident({
      summary: `ours ${i}`,
      ...(i === 0 ? { customerId: "acme" } : {}),
    });
    r.clock.advance(10 * MINUTE);
    await r.app.stopTimer();
  }
  return r;
}

describe("import with a way back", () => {
  it("previews what the file holds against what would go, changing nothing", async () => {
    const r = await ourData();
    const { json } = await otherData();
    const before = JSON.stringify(r.app.snapshot());
    const preview = await r.app.previewImport({ json });
    expect(preview.current).toEqual({ incidents: 6, heldWeeks: 1, reportedWeeks: 0, customers: 1 });
    expect(preview.file).toEqual({ incidents: 2, heldWeeks: 1, reportedWeeks: 1, customers: 1 });
    expect(preview.settingsChanged).toBe(true);
    // Both installations numbered from i-1: only ids not here are new.
    expect(preview.newIncidents).toBe(0);
    // The file holds i-1 and i-2 as other incidents; ours i-3 to i-6 it lacks.
    expect(preview.lostIncidents).toBe(4);
    expect(preview.changedIncidents).toBe(2);
    expect(preview.timerRunning).toBe(false);
    expect(JSON.stringify(r.app.snapshot())).toBe(before);
    await expect(r.app.previewImport({ json: "{" })).rejects.toThrow(/^json: /);
  });

  it("the app's own export loses nothing; a changed or deleted incident is what is counted", async () => {
    const r = await ourData();
    const json = await r.app.exportData();
    expect(await r.app.previewImport({ json })).toMatchObject({
      newIncidents: 0,
      lostIncidents: 0,
      changedIncidents: 0,
      settingsChanged: false,
    });
    const [first, second] = await r.app.listIncidents();
    await r.app.updateIncident({ id: first?.id ?? "", summary: "ändrad efter exporten" });
    await r.app.deleteIncident({ id: second?.id ?? "" });
    await r.app.createIncident({ summary: "ny efter exporten" });
    await r.app.stopTimer();
    // The file has the one deleted here (new to "add"), lacks the one made since, and holds
    // the edited one as it was.
    expect(await r.app.previewImport({ json })).toMatchObject({
      newIncidents: 1,
      lostIncidents: 1,
      changedIncidents: 1,
    });
  });

  it("replace keeps the data from before as a dated copy, and Restore undoes it", async () => {
    const r = await ourData();
    const { json } = await otherData();
    const ours = await r.app.exportData();
    r.clock.advance(HOUR);
    const result = await r.app.importData({ json, mode: "replace" });
    expect(result).toMatchObject({ incidents: 2, mode: "replace", added: 2 });
    expect(result.keptCopy).toMatchObject({ reason: "before-import", at: r.clock.now() });
    expect(await r.app.listIncidents()).toHaveLength(2);

    const copies = await r.app.listCopies();
    expect(copies).toEqual([result.keptCopy]);
    r.clock.advance(MINUTE);
    const restored = await r.app.restoreCopy({ id: copies[0]?.id ?? "" });
    expect(restored).toMatchObject({ incidents: 6, keptCopy: { reason: "before-restore" } });
    expect(await r.app.exportData()).toBe(ours);
    expect(r.storage.load().incidents).toHaveLength(6);
    // Restoring kept what it replaced too: the import can be had back.
    const after = await r.app.listCopies();
    expect(after.map((c) => c.reason)).toEqual(["before-restore", "before-import"]);
    await r.app.restoreCopy({ id: after[0]?.id ?? "" });
    expect(await r.app.listIncidents()).toHaveLength(2);
  });

  it("merge adds only incidents whose id is not here; intervals and customers come along safely", async () => {
    const r = await ourData();
    const other = rig({ now: MONDAY_10 - 7 * 24 * HOUR });
    await other.app.updateSettings({ customers: [{ ...customer, name: "Acme (theirs)" }] });
    for (let i = 0; i < 8; i++) {
      await other.app.createIncident({ summary: `theirs ${i}`, customerId: "acme" });
      other.clock.advance(15 * MINUTE);
      await other.app.stopTimer();
    }
    const json = await other.app.exportData();
    expect((await r.app.previewImport({ json })).newIncidents).toBe(2);
    const before = await r.app.listIncidents();
    const result = await r.app.importData({ json, mode: "merge" });
    expect(result).toMatchObject({ mode: "merge", added: 2, incidents: 8 });
    const data = r.app.snapshot();
    // Every id still unique (parseJourData checks intervals across the document).
    expect(() => parseJourData(JSON.parse(JSON.stringify(data)))).not.toThrow();
    const ids = data.incidents.flatMap((i) => i.work.map((w) => w.id));
    expect(new Set(ids).size).toBe(ids.length);
    // Ours unchanged.
    for (const incident of before) {
      expect(await r.app.getIncident({ id: incident.id })).toEqual(incident);
    }
    // Theirs keep the customer they had, under a new id as ours is another customer.
    const added = data.incidents.filter((i) => i.summary.startsWith("theirs"));
    expect(added.map((i) => i.summary)).toEqual(["theirs 6", "theirs 7"]);
    const theirCustomer = data.settings.customers.find((c) => c.name === "Acme (theirs)");
    expect(theirCustomer?.id).not.toBe("acme");
    expect(added.every((i) => i.customerId === theirCustomer?.id)).toBe(true);
    expect((await r.app.getIncident({ id: added[0]?.id ?? "" })).customerName).toBe(
      "Acme (theirs)",
    );
    // Worked time came along, and new intervals get fresh ids after the merge.
    expect((await r.app.getIncident({ id: added[0]?.id ?? "" })).workedMs).toBe(15 * MINUTE);
    const more = await r.app.addInterval({
      incidentId: added[1]?.id ?? "",
      start: MONDAY_10 - HOUR,
      end: MONDAY_10 - 50 * MINUTE,
    });
    expect(more.work).toHaveLength(2);
  });

  it("each kept copy says what it holds, even one read back from the store later", async () => {
    const r = await ourData();
    const { json } = await otherData();
    const result = await r.app.importData({ json, mode: "replace" });
    const held = { incidents: 6, heldWeeks: 1, latestIncidentAt: MONDAY_10 + 50 * MINUTE };
    expect(result.keptCopy?.contents).toEqual(held);
    await r.app.restoreCopy({ id: result.keptCopy?.id ?? "" });
    const [restore, imported] = await r.app.listCopies();
    // The copy before the restore holds the file's two incidents, kept a week earlier.
    expect(restore?.contents).toEqual({
      incidents: 2,
      heldWeeks: 1,
      latestIncidentAt: MONDAY_10 - 7 * 24 * HOUR + 30 * MINUTE,
    });
    expect(imported?.contents).toEqual(held);
    // A fresh start reads them from the copies' store; a copy that is no Jour data says so.
    const copies = memoryCopies();
    await copies.keep(await r.app.exportData(), "before-import", MONDAY_10);
    await copies.keep("{ not json", "before-restore", MONDAY_10);
    const app = createJourApp({
      clock: new FakeClock(MONDAY_10),
      storage: new MemoryStorage(),
      notifier: new MemoryNotifier(),
      copies,
    });
    expect((await app.listCopies()).map((copy) => [copy.reason, copy.contents])).toEqual([
      ["before-restore", null],
      ["before-import", held],
    ]);
    // Read without the whole check, but only from what has Jour's shape.
    expect(copyContentsOf("[1, 2]")).toBeNull();
    expect(copyContentsOf('{"incidents": [{"reportedAt": "x"}], "onDutyWeeks": []}')).toBeNull();
    expect(copyContentsOf('{"incidents": [], "onDutyWeeks": [1, 2]}')).toEqual({
      incidents: 0,
      heldWeeks: 2,
      latestIncidentAt: null,
    });
  });

  it("a failed copy replaces nothing", async () => {
    const storage = new MemoryStorage();
    const copies = memoryCopies();
    copies.keep = () => Promise.reject(new Error("ENOSPC: no space left on device"));
    const app = createJourApp({
      clock: new FakeClock(MONDAY_10),
      storage,
      notifier: new MemoryNotifier(),
      copies,
    });
    await app.createIncident({ summary: "keep me" });
    const before = await app.exportData();
    await expect(app.importData({ json: JSON.stringify(emptyJourData()) })).rejects.toThrow(
      /^copy: .*ENOSPC/,
    );
    expect(await app.exportData()).toBe(before);
  });

  it("restoring an unknown copy is refused, the field named", async () => {
    const r = rig();
    await expect(r.app.restoreCopy({ id: "before-import-nope" })).rejects.toThrow(/^id: /);
  });
});

/** Changes fields of the item at `index` of a fixture list. */
function set<T>(items: T[], index: number, change: Partial<T>): void {
  const item = items[index];
  if (item === undefined) throw new Error("fixture");
  items[index] = { ...item, ...change };
}

describe("duplicate ids in a file are refused, the field named", () => {
  const withIncidents = async () => {
    const r = rig();
    await r.app.updateSettings({ customers: [customer, { ...customer, id: "b", name: "B" }] });
    for (let i = 0; i < 3; i++) {
      await r.app.createIncident({ summary: `s${i}` });
      r.clock.advance(10 * MINUTE);
      await r.app.stopTimer();
    }
    return { r, doc: JSON.parse(await r.app.exportData()) as ReturnType<typeof emptyJourData> };
  };

  it("a work interval id used twice anywhere in the document", async () => {
    const { r, doc } = await withIncidents();
    const first = doc.incidents[0]?.work[0];
    const third = doc.incidents[2]?.work[0];
    if (!first || !third) throw new Error("fixture");
    third.id = first.id;
    const before = await r.app.exportData();
    await expect(r.app.importData({ json: JSON.stringify(doc) })).rejects.toThrow(
      `incidents.2.work.0.id: "${first.id}" is also incidents.0.work.0.id`,
    );
    await expect(r.app.previewImport({ json: JSON.stringify(doc) })).rejects.toThrow(
      /^incidents\.2\.work\.0\.id: /,
    );
    expect(await r.app.exportData()).toBe(before);
    // Within one incident too.
    const { doc: again } = await withIncidents();
    const incident = again.incidents[1];
    if (!incident?.work[0]) throw new Error("fixture");
    incident.work.push({
      ...incident.work[0],
      start: incident.work[0].start - HOUR,
      end: incident.work[0].start - 30 * MINUTE,
    });
    expect(() => parseJourData(again)).toThrow(/^incidents\.1\.work\.1\.id: /);
  });

  it("incidents, customers and runbook steps", async () => {
    const { doc } = await withIncidents();
    const incidents = structuredClone(doc);
    set(incidents.incidents, 2, { id: incidents.incidents[0]?.id ?? "" });
    expect(() => parseJourData(incidents)).toThrow(
      /^incidents\.2\.id: "i-1" is also incidents\.0\.id/,
    );
    const customers = structuredClone(doc);
    set(customers.settings.customers, 1, { id: "acme" });
    expect(() => parseJourData(customers)).toThrow(
      /^settings\.customers: .*"acme" is used by 0 and 1/,
    );
    const steps = structuredClone(doc);
    set(steps.settings.runbook, 3, { id: steps.settings.runbook[1]?.id ?? "" });
    expect(() => parseJourData(steps)).toThrow(/^settings\.runbook: .*is used by 1 and 3/);
  });
});
