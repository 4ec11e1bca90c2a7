// The IPC contract's tests in one file: every part walks the same list of methods and arguments.
import { fakeAbout } from "./fake-about";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  channelOf,
  dispatch,
  isShellMethod,
  jourContract,
  jourMethods,
  validateArg,
  validateResult,
  type ArgOf,
  type ContractMethod,
  type WindowApi,
} from "../../shared/ipc";
import { MAX_COPY_LENGTH, MAX_URL_LENGTH, isHttpUrl } from "../../shared/shell-api";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "./app/fakes";
import { memoryBackups } from "./app/memory-backups";

const NOW = MONDAY_10 + 2 * HOUR;

/** An app with a customer, an incident with a work interval and a running timer, and a spare incident. */
async function seeded() {
  const backups = memoryBackups();
  const r = rig({ now: NOW, backups });
  await r.app.updateSettings({ customers: [customer] });
  const spare = await r.app.createIncident({ summary: "spare" });
  const main = await r.app.createIncident({ priority: 1, customerId: "acme" });
  const withWork = await r.app.addInterval({
    incidentId: main.id,
    start: MONDAY_10,
    end: MONDAY_10 + 30 * MINUTE,
  });
  const intervalId = withWork.work[0]?.id ?? "";
  const noted = await r.app.addTimelineEntry({ id: main.id, text: "Kunden ringde" });
  const entryId = noted.timeline[0]?.id ?? "";
  const json = await r.app.exportData();
  // A kept copy to restore (merging the same data adds nothing and leaves the timer running).
  const copyId = (await r.app.importData({ json, mode: "merge" })).keptCopy?.id ?? "";
  const backupName = backups.add(json, MONDAY_10).name;
  // The host's shell actions, recording what reached them (main and the preview do the rest).
  const opened: string[] = [];
  const copied: string[] = [];
  const api: WindowApi = {
    ...r.app,
    openExternal: async ({ url }) => void opened.push(url),
    copyText: async ({ text }) => void copied.push(text),
    ...fakeAbout(),
  };
  return {
    ...r,
    api,
    opened,
    copied,
    id: main.id,
    spare: spare.id,
    intervalId,
    entryId,
    json,
    copyId,
    backupName,
  };
}

type Seeded = Awaited<ReturnType<typeof seeded>>;

/** A valid argument for every method, in the seeded app. Typed: a missing method fails to compile. */
function samples(s: Seeded): { [M in ContractMethod]: ArgOf<M> } {
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
    addTimelineEntry: { id: s.id, text: "Omstart", at: NOW },
    updateTimelineEntry: { id: s.id, entryId: s.entryId, text: "Kunden ringde igen" },
    deleteTimelineEntry: { id: s.id, entryId: s.entryId },
    startTimer: { id: s.spare },
    stopTimer: undefined,
    pauseTimer: undefined,
    resumeTimer: undefined,
    toggleTimer: undefined,
    getIdleQuestion: undefined,
    resolveIdle: { choice: "discard" },
    addInterval: { incidentId: s.id, start: MONDAY_10 + HOUR, end: MONDAY_10 + 70 * MINUTE },
    updateInterval: { incidentId: s.id, intervalId: s.intervalId, end: MONDAY_10 + 40 * MINUTE },
    deleteInterval: { incidentId: s.id, intervalId: s.intervalId },
    getChecklist: { id: s.id },
    setChecklistStep: { id: s.id, stepId: "elmah", done: true },
    getWeek: { week: NOW },
    setOnDuty: { week: NOW, onDuty: true },
    dismissHeldQuestion: { week: NOW },
    setWeekChecklistItem: { week: NOW, itemId: "forward", done: true },
    getHeldWeeks: { year: 2025 },
    setRotation: { rotation: { everyWeeks: 3, fromYear: 2025, fromIsoWeek: 50 } },
    exportHeldWeeksIcs: { from: NOW - 365 * 24 * HOUR, to: NOW + 365 * 24 * HOUR },
    listWeeks: undefined,
    listUnreportedWeeks: undefined,
    getReport: { weeks: [NOW] },
    markWeeksReported: { weeks: [NOW], reported: true, confirmRunning: true },
    getSettings: undefined,
    updateSettings: { language: "en", alertLeadMinutes: [20, 5] },
    getDefaultSettings: undefined,
    getHolidays: { year: 2026 },
    exportData: undefined,
    previewImport: { json: s.json },
    importData: { json: s.json },
    listCopies: undefined,
    restoreCopy: { id: s.copyId },
    trashCopy: { id: s.copyId },
    listBackups: undefined,
    restoreBackup: { folder: "data", name: s.backupName },
    chooseBackupFolder: undefined,
    forgetBackupFolder: undefined,
    exportIncidentsCsv: undefined,
    exportWeeklyPayCsv: undefined,
    exportRestCsv: undefined,
    openExternal: { url: "https://one.newrelic.com/x?q=1#top" },
    copyText: { text: "1 x Jourvecka\nTaxa 1: 0,5h" },
    getAbout: undefined,
    openLogFolder: undefined,
    checkForUpdates: undefined,
    reportError: { source: "error", message: "TypeError: x is undefined" },
  };
}

/** The state a call must leave alone when it fails. */
const stateOf = (s: Seeded) => JSON.stringify(s.app.snapshot());

/** The top-level fields of a method's argument schema (null when it takes none). */
function argFields(method: ContractMethod): Record<string, v.GenericSchema> | null {
  let schema = jourContract[method].arg as unknown as {
    type: string;
    wrapped?: unknown;
    entries?: unknown;
    pipe?: unknown[];
  };
  if (schema.type === "optional") schema = schema.wrapped as typeof schema;
  // A plain-object check piped into the object schema (plain-object.ts).
  const piped = schema.pipe?.find((item) => (item as typeof schema).type === "object");
  if (piped) schema = piped as typeof schema;
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
    if (method === "resolveIdle" || method === "getIdleQuestion") {
      s.clock.advance(20 * MINUTE);
      await s.app.reportIdle({ idleSince: NOW, backAt: NOW + 20 * MINUTE });
    }
    const result = await dispatch(s.api, method, samples(s)[method]);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(validateResult(method, result.value)).toMatchObject({ ok: true });
    // Plain JSON: it survives the trip across IPC unchanged.
    if (result.value !== undefined)
      expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it("names the field of a bad argument by its path", () => {
    const monday = Date.UTC(2025, 10, 24);
    expect(
      validateArg("addInterval", { incidentId: "i-1", start: monday, end: "soon" }),
    ).toMatchObject({
      ok: false,
      field: "end",
      error: expect.stringMatching(/^end: /),
    });
    expect(validateArg("getReport", { weeks: [monday, -5] })).toMatchObject({
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
          const result = await dispatch(s.api, method, payload);
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
          const result = await dispatch(s.api, method, { ...sample, [key]: value });
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

describe("the shell actions of the contract", () => {
  it("are channels of the one list, told apart from the app core's", () => {
    expect(jourMethods).toEqual(expect.arrayContaining(["openExternal", "copyText"]));
    expect(channelOf("openExternal")).toBe("jour:openExternal");
    expect(channelOf("copyText")).toBe("jour:copyText");
    expect(jourMethods.filter(isShellMethod).sort()).toEqual([
      "checkForUpdates",
      "copyText",
      "getAbout",
      "openExternal",
      "openLogFolder",
      "reportError",
    ]);
  });

  it("openExternal passes an http(s) URL on unchanged", async () => {
    const s = await seeded();
    const urls = [
      "https://one.newrelic.com/x?q=1#top",
      "http://intranet.example/elmah.axd",
      "HTTPS://Jira.Example/browse/WEB-1",
      "https://acme.example:8443/",
    ];
    for (const url of urls) {
      expect(isHttpUrl(url), url).toBe(true);
      await expect(dispatch(s.api, "openExternal", { url })).resolves.toEqual({
        ok: true,
        value: undefined,
      });
    }
    expect(s.opened).toEqual(urls);
  });

  it("openExternal refuses anything but an absolute http(s) URL, naming url", async () => {
    const s = await seeded();
    const refused = [
      "javascript:alert(1)",
      "JavaScript:alert(document.domain)",
      "file:///etc/passwd",
      "file://server/share/x.exe",
      "data:text/html,<script>alert(1)</script>",
      "smb://fileserver/share",
      "ftp://example.com/",
      "/settings",
      "relative/path",
      "//evil.example/",
      "https:evil.example",
      "https://",
      "https:///path",
      " https://example.com/",
      "https://example.com/\nhttps://other.example/",
      "https://exa mple.com/",
      "https://example.com/\u0000",
      `https://example.com/${"a".repeat(MAX_URL_LENGTH)}`,
      "",
    ];
    for (const url of refused) {
      // The over-long one is a well-formed URL: the schema's length bound refuses it.
      if (url.length <= MAX_URL_LENGTH) expect(isHttpUrl(url), url).toBe(false);
      const result = await dispatch(s.api, "openExternal", { url });
      expect(result, url).toMatchObject({ ok: false, field: "url" });
      if (!result.ok) expect(result.error.startsWith("url: "), url).toBe(true);
    }
    for (const url of [42, null, { href: "https://x.example/" }]) {
      await expect(dispatch(s.api, "openExternal", { url })).resolves.toMatchObject({
        ok: false,
        field: "url",
      });
    }
    await expect(dispatch(s.api, "openExternal", {})).resolves.toMatchObject({ field: "url" });
    await expect(dispatch(s.api, "openExternal", "https://x.example/")).resolves.toMatchObject({
      field: "argument",
    });
    expect(s.opened).toEqual([]);
  });

  it("copyText passes the exact text on, up to its bound; more or a non-text names text", async () => {
    const s = await seeded();
    const exact = "1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h";
    const longest = "x".repeat(MAX_COPY_LENGTH);
    await expect(dispatch(s.api, "copyText", { text: exact })).resolves.toMatchObject({ ok: true });
    await expect(dispatch(s.api, "copyText", { text: longest })).resolves.toMatchObject({
      ok: true,
    });
    for (const text of ["x".repeat(MAX_COPY_LENGTH + 1), 7, null, ["a"]]) {
      const result = await dispatch(s.api, "copyText", { text });
      expect(result).toMatchObject({ ok: false, field: "text" });
      if (!result.ok) expect(result.error).toMatch(/^text: /);
    }
    expect(s.copied).toEqual([exact, longest]);
  });
});
