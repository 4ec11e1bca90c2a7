import { ipcMain } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { InvokeEvent } from "../../electron/ipc-transport";
import { registerJourIpc } from "../../electron/ipc-transport";
import type { WindowApi } from "../../shared/ipc";
import { MAX_FIELD_LENGTH, MAX_PROBLEM_LENGTH } from "../../shared/app/texts/errors";
import { rig } from "../shared/app/fakes";

type Handler = (event: InvokeEvent, arg: unknown) => Promise<unknown>;
type Answer = { ok: boolean; error?: string; field?: string; value?: unknown };

const contents = { id: 1 };
const frame = { url: "app://jour/index.html#/" };

/** The real app core behind the transport, called as the window would. */
function setup() {
  const { app } = rig();
  registerJourIpc({
    ipcMain,
    api: { ...app, openExternal: vi.fn(), copyText: vi.fn() } as unknown as WindowApi,
    trustedContents: () => contents,
    afterCall: vi.fn(),
    log: vi.fn(),
  });
  const call = async (method: string, arg: unknown): Promise<Answer> => {
    const found = vi.mocked(ipcMain.handle).mock.calls.find(([c]) => c === `jour:${method}`);
    if (!found) throw new Error(`no handler for ${method}`);
    // What crosses IPC is a structured clone of the argument.
    return (await (found[1] as Handler)(
      { sender: contents, senderFrame: frame },
      structuredClone(arg),
    )) as Answer;
  };
  return { app, call };
}

beforeEach(() => vi.mocked(ipcMain.handle).mockClear());

describe("bad values over IPC", () => {
  it("quotes at most ~200 characters of a 10 MB value", async () => {
    const { call } = setup();
    const huge = "x".repeat(10 * 1024 * 1024);
    for (const [method, arg] of [
      ["createIncident", { priority: huge }],
      ["updateIncident", { id: "i-1", summary: 5, jiraKey: huge }],
      ["getHolidays", { year: huge }],
      ["importData", { json: `{"a": ${huge}` }],
      ["updateSettings", { language: huge }],
      ["openExternal", { url: `https://${huge}@evil.example/` }],
    ] as const) {
      const answer = await call(method, arg);
      expect(answer.ok, method).toBe(false);
      expect(answer.error?.length ?? Infinity, method).toBeLessThanOrEqual(
        MAX_FIELD_LENGTH + MAX_PROBLEM_LENGTH + 40,
      );
      expect(answer.error, method).toMatch(/^[\w.]+: /);
    }
  });

  it("clips a long field path too", async () => {
    const { call } = setup();
    const answer = await call("updateSettings", {
      customers: [{ id: "c", name: "n", siteUrl: "x".repeat(500), newRelicUrl: "", elmahUrl: "" }],
    });
    expect(answer).toMatchObject({ ok: false, field: "customers.0.siteUrl" });
    expect(answer.error?.length).toBeLessThan(400);
  });

  it("refuses [], a Date and a Map where an object is expected, the field named", async () => {
    const { app, call } = setup();
    for (const bad of [[], new Date(Date.UTC(2025, 0, 1)), new Map([["priority", 1]]), new Set()]) {
      const answer = await call("createIncident", bad);
      expect(answer, String(bad)).toMatchObject({ ok: false, field: "argument" });
      expect(answer.error).toMatch(/^argument: expected an object/);
      for (const method of [
        "listIncidents",
        "getWeek",
        "updateSettings",
        "getIncident",
        "copyText",
      ]) {
        expect(await call(method, bad), method).toMatchObject({ ok: false, field: "argument" });
      }
    }
    expect(await app.listIncidents()).toHaveLength(0);
    expect(await call("createIncident", { summary: "ok" })).toMatchObject({ ok: true });
    expect(await call("createIncident", undefined)).toMatchObject({ ok: true });
  });

  it("refuses a non-object nested where an object is expected", async () => {
    const { call } = setup();
    const answer = await call("updateSettings", { links: [] });
    expect(answer).toMatchObject({ ok: false });
    expect(answer.field).toMatch(/^links/);
  });
});
