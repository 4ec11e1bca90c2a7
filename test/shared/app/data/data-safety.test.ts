import { describe, expect, it } from "vitest";
import { emptyJourData, type JourData } from "../../../../shared/app/data/document";
import { parseJourData } from "../../../../shared/app/data/checker";
import { MAX_ID_NUMBER } from "../../../../shared/app/data/ids";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/** What an imported or stored file may hold: nothing that breaks the app once it is in. */

/** A file with one incident ("i-1") that has one work interval ("w-2"). */
async function exportedFile(): Promise<JourData> {
  const r = rig();
  const { id } = await r.app.createIncident({ summary: "Acme nere" });
  r.clock.advance(30 * MINUTE);
  await r.app.stopTimer();
  expect(id).toBe("i-1");
  const data = JSON.parse(await r.app.exportData()) as JourData;
  expect(data.incidents[0]?.work.map((w) => w.id)).toEqual(["w-2"]);
  expect(data.nextId).toBe(3);
  return data;
}

describe("nextId in a file", () => {
  it("must be above the number of every incident and work interval id in use", async () => {
    const data = await exportedFile();
    for (const nextId of [1, 2]) {
      expect(() => parseJourData({ ...data, nextId })).toThrow(
        /^nextId: must be above 2, the highest id number in use/,
      );
    }
    expect(parseJourData({ ...data, nextId: 3 }).nextId).toBe(3);
    expect(parseJourData({ ...data, nextId: 40 }).nextId).toBe(40);
  });

  it("counts the incident ids too, and ignores ids that end in no number", async () => {
    const data = await exportedFile();
    const incident = data.incidents[0];
    if (!incident) throw new Error("no incident");
    const renamed = { ...data, incidents: [{ ...incident, id: "i-9" }], timer: null };
    expect(() => parseJourData({ ...renamed, nextId: 5 })).toThrow(/^nextId: must be above 9/);
    const named = { ...data, incidents: [{ ...incident, id: "imported", work: [] }] };
    expect(parseJourData({ ...named, timer: null, nextId: 1 }).nextId).toBe(1);
  });

  it("an import whose nextId would hand out an id in use is refused and changes nothing", async () => {
    const r = rig();
    await r.app.createIncident({ summary: "first" });
    const file = JSON.parse(await r.app.exportData()) as JourData;
    const saves = r.storage.saves.length;

    await expect(
      r.app.importData({ json: JSON.stringify({ ...file, nextId: 1 }) }),
    ).rejects.toThrow(/^nextId: /);

    expect(r.storage.saves.length).toBe(saves);
    await r.app.stopTimer();
    const second = await r.app.createIncident({ summary: "second" });
    const ids = r.app.snapshot().incidents.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(second.id);
    // What was saved still loads: a restart keeps everything.
    expect(r.restart().app.snapshot().incidents).toHaveLength(2);
  });
});

describe("ids stay in the range where each is new", () => {
  const beyond = /^nextId: must be at most 1000000000000000$/;
  it.each([
    [2 ** 53, beyond],
    [2 ** 53 - 1, beyond],
    [1e21, beyond],
    [MAX_ID_NUMBER + 2, beyond],
    [Infinity, /^nextId: expected a whole number$/],
  ])(
    "an import with nextId %d is refused, the field named, and changes nothing",
    async (nextId, error) => {
      const r = rig();
      await r.app.createIncident({ summary: "ours" });
      const before = await r.app.exportData();
      const file = { ...(await exportedFile()), nextId };
      // JSON has no Infinity: a hand-made file could still hold 1e999.
      const json = JSON.stringify(file).replace('"nextId":null', '"nextId":1e999');
      await expect(r.app.importData({ json, mode: "replace" })).rejects.toThrow(error);
      await expect(r.app.previewImport({ json })).rejects.toThrow(error);
      expect(await r.app.exportData()).toBe(before);
    },
  );

  it("an id ending in more than 15 digits is refused where it is", async () => {
    const data = await exportedFile();
    const incident = data.incidents[0];
    if (!incident) throw new Error("no incident");
    const work = incident.work.map((w) => ({ ...w, id: "w-9007199254740993" }));
    const file = { ...data, incidents: [{ ...incident, work }], nextId: MAX_ID_NUMBER + 1 };
    expect(() => parseJourData(file)).toThrow(
      /^incidents\.0\.work\.0\.id: expected an id .* at most 15 digits$/,
    );
  });

  it("the last ids are handed out once each, then a new one is refused and nothing changes", async () => {
    const data = { ...(await exportedFile()), timer: null, nextId: MAX_ID_NUMBER - 1 };
    const r = rig({ initial: parseJourData(data) });
    const a = await r.app.createIncident({ summary: "a" });
    r.clock.advance(10 * MINUTE);
    await r.app.stopTimer();
    // i-…998 and its work interval w-…999: the last two numbers.
    expect(a.id).toBe(`i-${MAX_ID_NUMBER - 1}`);
    expect(r.app.snapshot().incidents[1]?.work.map((w) => w.id)).toEqual([`w-${MAX_ID_NUMBER}`]);
    expect(r.app.snapshot().nextId).toBe(MAX_ID_NUMBER + 1);
    const before = await r.app.exportData();
    await expect(r.app.createIncident({ summary: "b" })).rejects.toThrow(/^nextId: no id left/);
    expect(await r.app.exportData()).toBe(before);
    const ids = r.app.snapshot().incidents.flatMap((i) => [i.id, ...i.work.map((w) => w.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    // What was saved loads again.
    expect(r.restart().app.snapshot().incidents).toHaveLength(2);
  });
});

describe("instants", () => {
  const tooLate = [9e15, 1e14, Date.UTC(2200, 0, 1)];
  const tooEarly = [0, Date.UTC(1999, 11, 31, 23, 59)];

  it.each([...tooLate, ...tooEarly])(
    "an imported file with a time outside 2000–2199 (%d) is refused, naming the field",
    async (bad) => {
      const data = await exportedFile();
      const incident = data.incidents[0];
      if (!incident) throw new Error("no incident");
      const r = rig();
      const json = JSON.stringify({ ...data, incidents: [{ ...incident, reportedAt: bad }] });
      await expect(r.app.importData({ json })).rejects.toThrow(
        /^incidents\.0\.reportedAt: expected a time in the years 2000–2199/,
      );
      expect(r.storage.saves).toEqual([]);
      // The app still works.
      await expect(r.app.getStatus()).resolves.toMatchObject({ timer: null });
    },
  );

  it("holds everywhere in the document", () => {
    const cases: [Partial<JourData>, RegExp][] = [
      [{ onDutyWeeks: [MONDAY_10, 9e15] }, /^onDutyWeeks\.1: expected a time/],
      [{ reportedWeeks: [-1] }, /^reportedWeeks\.0: expected a time/],
      [{ weekChecklists: [{ week: 1e14, done: [] }] }, /^weekChecklists\.0\.week: expected/],
    ];
    for (const [patch, error] of cases) {
      expect(() => parseJourData({ ...emptyJourData(), ...patch })).toThrow(error);
    }
    expect(
      parseJourData({
        ...emptyJourData(),
        onDutyWeeks: [Date.UTC(2000, 0, 1), Date.UTC(2200, 0, 1) - 1],
      }).onDutyWeeks,
    ).toHaveLength(2);
  });

  it("holds for every argument of the API, naming the field", async () => {
    const r = rig();
    const { id } = await r.app.createIncident({ summary: "x" });
    await expect(r.app.setOnDuty({ week: 9e15, onDuty: true })).rejects.toThrow(
      /^week: expected a time in the years 2000–2199/,
    );
    await expect(r.app.markResponded({ id, at: 9e15 })).rejects.toThrow(/^at: expected a time/);
    await expect(
      r.app.addInterval({ incidentId: id, start: MONDAY_10 - HOUR, end: 9e15 }),
    ).rejects.toThrow(/^end: expected a time/);
    await expect(r.app.getWeek({ week: 1e14 })).rejects.toThrow(/^week: expected a time/);
    await expect(r.app.getReport({ weeks: [MONDAY_10, 9e15] })).rejects.toThrow(
      /^weeks\.1: expected a time/,
    );
    // Nothing was changed, and the app goes on.
    await expect(r.app.getStatus()).resolves.toBeDefined();
    await expect(r.app.exportIncidentsCsv()).resolves.toContain(id);
  });
});

describe("importing a file whose timer was running", () => {
  it("brings the timer back paused rather than counting the time since as worked", async () => {
    const r = rig();
    const incident = await r.app.createIncident({ summary: "Acme nere" });
    r.clock.advance(20 * MINUTE);
    const backup = await r.app.exportData(); // taken mid-incident: the timer runs
    await r.app.stopTimer();
    r.clock.advance(3 * 24 * HOUR);

    const result = await r.app.importData({ json: backup });

    expect(result).toMatchObject({ incidents: 1, timerPaused: true });
    expect((await r.app.getStatus()).timer).toMatchObject({
      incidentId: incident.id,
      status: "paused",
      runningSince: null,
      sessionMs: 0,
    });
    expect(r.storage.load().timer).toEqual({ incidentId: incident.id, runningSince: null });
    r.clock.advance(HOUR);
    expect((await r.app.getIncident({ id: incident.id })).workedMs).toBe(0);
    // The user can resume it: from now, not from the old start.
    await r.app.resumeTimer();
    r.clock.advance(10 * MINUTE);
    await r.app.stopTimer();
    expect((await r.app.getIncident({ id: incident.id })).workedMs).toBe(10 * MINUTE);
  });

  it("says so only when the timer was running", async () => {
    const r = rig();
    await r.app.createIncident({ summary: "x" });
    await r.app.pauseTimer();
    const paused = await r.app.exportData();
    expect(await rig().app.importData({ json: paused })).toMatchObject({
      incidents: 1,
      timerPaused: false,
    });
    const empty = JSON.stringify(emptyJourData());
    expect(await rig().app.importData({ json: empty })).toMatchObject({
      incidents: 0,
      timerPaused: false,
    });
  });
});
