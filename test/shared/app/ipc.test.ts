import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { JourMethod } from "../../../shared/app/api";
import {
  channelOf,
  dispatch,
  jourContract,
  jourMethods,
  validateArg,
  validateResult,
  type ArgOf,
} from "../../../shared/ipc";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "./fakes";

const NOW = MONDAY_10 + 2 * HOUR;

/** An app with a customer, an incident with a work interval and a running timer, and a spare incident. */
async function seeded() {
  const r = rig({ now: NOW });
  await r.app.updateSettings({ customers: [customer] });
  const spare = await r.app.createIncident({ summary: "spare" });
  const main = await r.app.createIncident({ priority: 1, customerId: "acme" });
  const withWork = await r.app.addInterval({
    incidentId: main.id,
    start: MONDAY_10,
    end: MONDAY_10 + 30 * MINUTE,
  });
  const intervalId = withWork.work[0]?.id ?? "";
  const json = await r.app.exportData();
  return { ...r, id: main.id, spare: spare.id, intervalId, json };
}

type Seeded = Awaited<ReturnType<typeof seeded>>;

/** A valid argument for every method, in the seeded app. Typed: a missing method fails to compile. */
function samples(s: Seeded): { [M in JourMethod]: ArgOf<M> } {
  return {
    getStatus: undefined,
    listIncidents: { text: "acme", priority: 1 },
    getIncident: { id: s.id },
    createIncident: { priority: 3, summary: "new" },
    updateIncident: { id: s.id, summary: "changed", jiraKey: "WEB-9" },
    markResponded: { id: s.id },
    markRollbackRequested: { id: s.id, at: NOW },
    markRollbackStarted: { id: s.id },
    markResolved: { id: s.id },
    undoMilestone: { id: s.id, milestone: "responded" },
    deleteIncident: { id: s.spare },
    startTimer: { id: s.spare },
    stopTimer: undefined,
    pauseTimer: undefined,
    resumeTimer: undefined,
    toggleTimer: undefined,
    addInterval: { incidentId: s.id, start: MONDAY_10 + HOUR, end: MONDAY_10 + 70 * MINUTE },
    updateInterval: { incidentId: s.id, intervalId: s.intervalId, end: MONDAY_10 + 40 * MINUTE },
    deleteInterval: { incidentId: s.id, intervalId: s.intervalId },
    getChecklist: { id: s.id },
    setChecklistStep: { id: s.id, stepId: "elmah", done: true },
    getWeek: { week: NOW },
    setOnDuty: { week: NOW, onDuty: true },
    setWeekChecklistItem: { week: NOW, itemId: "forward", done: true },
    listWeeks: undefined,
    listUnreportedWeeks: undefined,
    getReport: { weeks: [NOW] },
    markWeeksReported: { weeks: [NOW], reported: true },
    getSettings: undefined,
    updateSettings: { language: "en", alertLeadMinutes: [20, 5] },
    getDefaultSettings: undefined,
    getHolidays: { year: 2026 },
    exportData: undefined,
    importData: { json: s.json },
    exportIncidentsCsv: undefined,
    exportWeeklyPayCsv: undefined,
  };
}

/** The state a call must leave alone when it fails. */
const stateOf = (s: Seeded) => JSON.stringify(s.app.snapshot());

/** The top-level fields of a method's argument schema (null when it takes none). */
function argFields(method: JourMethod): Record<string, v.GenericSchema> | null {
  let schema = jourContract[method].arg as unknown as {
    type: string;
    wrapped?: unknown;
    entries?: unknown;
  };
  if (schema.type === "optional") schema = schema.wrapped as typeof schema;
  return schema.type === "object" ? (schema.entries as Record<string, v.GenericSchema>) : null;
}

describe("the IPC contract", () => {
  it("has one jour: channel per JourApi method", async () => {
    const s = await seeded();
    expect([...jourMethods].sort()).toEqual(Object.keys(samples(s)).sort());
    expect(channelOf("createIncident")).toBe("jour:createIncident");
  });

  it.each(jourMethods)("%s: a valid argument gets a result its schema accepts", async (method) => {
    const s = await seeded();
    if (method === "resumeTimer") await s.app.pauseTimer();
    const result = await dispatch(s.app, method, samples(s)[method]);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(validateResult(method, result.value)).toMatchObject({ ok: true });
    // Plain JSON: it survives the trip across IPC unchanged.
    if (result.value !== undefined)
      expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it("names the field of a bad argument by its path", () => {
    expect(validateArg("addInterval", { incidentId: "i-1", start: 1, end: "soon" })).toMatchObject({
      ok: false,
      field: "end",
      error: expect.stringMatching(/^end: /),
    });
    expect(validateArg("getReport", { weeks: [1, -5] })).toMatchObject({
      ok: false,
      field: "weeks.1",
    });
    expect(validateArg("updateSettings", { rules: { timeZone: 5 } })).toMatchObject({
      ok: false,
      field: expect.stringMatching(/^rules\./),
    });
    expect(validateArg("getStatus", { sneaky: true })).toMatchObject({
      ok: false,
      field: "argument",
    });
    expect(validateResult("getStatus", {})).toMatchObject({
      ok: false,
      field: expect.stringMatching(/^result\./),
    });
  });

  it.each(jourMethods)(
    "%s: random payloads get an error naming the field and change nothing",
    async (method) => {
      const s = await seeded();
      const fields = argFields(method);
      await fc.assert(
        fc.asyncProperty(fc.anything(), async (payload) => {
          const before = stateOf(s);
          const saves = s.storage.saves.length;
          const shapeOk = validateArg(method, payload).ok;
          const result = await dispatch(s.app, method, payload);
          if (result.ok) return;
          expect(result.field).not.toBe("");
          expect(result.error.startsWith(`${result.field}: `)).toBe(true);
          if (!shapeOk) {
            const head = result.field.split(".")[0] ?? "";
            expect(result.field === "argument" || (fields !== null && head in fields)).toBe(true);
          }
          expect(stateOf(s)).toBe(before);
          expect(s.storage.saves.length).toBe(saves);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(jourMethods.filter((m) => argFields(m) !== null))(
    "%s: one bad field in a valid argument is named and changes nothing",
    async (method) => {
      const s = await seeded();
      const sample = samples(s)[method] as Record<string, unknown>;
      const fields = argFields(method) ?? {};
      const cases = Object.entries(fields).map(([key, schema]) =>
        fc.tuple(
          fc.constant(key),
          fc.anything().filter((value) => value !== undefined && !v.is(schema, value)),
        ),
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(...cases), async ([key, value]) => {
          const before = stateOf(s);
          const result = await dispatch(s.app, method, { ...sample, [key]: value });
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.field === key || result.field.startsWith(`${key}.`)).toBe(true);
            expect(result.error.startsWith(`${result.field}: `)).toBe(true);
          }
          expect(stateOf(s)).toBe(before);
        }),
        { numRuns: 40 },
      );
    },
  );
});
