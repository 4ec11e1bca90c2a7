import { contextBridge, ipcRenderer } from "electron";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { decodeInputError } from "../../shared/app/texts/errors";

import { CHANGED_CHANNEL, jourMethods } from "../../shared/ipc";
import type { ChangeEvent, ChangeEvents } from "../../shared/ipc";

let jour: Record<string, (arg?: unknown) => Promise<unknown>>;
let jourEvents: ChangeEvents;

beforeAll(async () => {
  await import("../../electron/preload");
  const call = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0];
  expect(call?.[0]).toBe("jour");
  jour = call?.[1] as typeof jour;
  const events = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[1];
  expect(events?.[0]).toBe("jourEvents");
  jourEvents = events?.[1] as ChangeEvents;
});

describe("the preload", () => {
  it("exposes exactly the contract's methods as window.jour, and nothing of ipcRenderer", () => {
    // window.jour and window.jourEvents (the push channel), nothing else.
    expect(vi.mocked(contextBridge.exposeInMainWorld)).toHaveBeenCalledTimes(2);
    expect(Object.keys(jour).sort()).toEqual([...jourMethods].sort());
    for (const value of Object.values(jour)) expect(typeof value).toBe("function");
    expect(Object.values(jour)).not.toContain(ipcRenderer.invoke);
    expect(Object.keys(jour)).toEqual(expect.arrayContaining(["openExternal", "copyText"]));
  });

  it("carries the shell actions over their own channels, with their argument", async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({ ok: true, value: undefined });
    await expect(jour["openExternal"]?.({ url: "https://x.example/" })).resolves.toBeUndefined();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith("jour:openExternal", {
      url: "https://x.example/",
    });
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({
      ok: false,
      error: "url: only http: and https: links open",
      field: "url",
    });
    await expect(jour["openExternal"]?.({ url: "file:///etc/passwd" })).rejects.toThrow(/^url: /);
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({ ok: true, value: undefined });
    await expect(jour["copyText"]?.({ text: "Taxa 1" })).resolves.toBeUndefined();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith("jour:copyText", { text: "Taxa 1" });
  });

  it("invokes the method's channel and resolves with the checked result", async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({ ok: true, value: "{}" });
    await expect(jour["exportData"]?.()).resolves.toBe("{}");
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith("jour:exportData", undefined);
  });

  it("rejects with the field-naming error of { ok: false }", async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({
      ok: false,
      error: "weeks.0: Invalid type",
      field: "weeks.0",
    });
    await expect(jour["getReport"]?.({ weeks: ["x"] })).rejects.toThrow("weeks.0: Invalid type");
  });

  it("carries the code and params in the message, which contextBridge keeps, for the window", async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({
      ok: false,
      error: "year: the current law holds from 2005",
      field: "year",
      code: "lawFrom",
      params: { year: 2005 },
    });
    const error = await jour["getHolidays"]?.({ year: 2004 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^year: the current law holds from 2005/);
    // Only the message crosses the bridge: the window's side reads the code back from it.
    const decoded = decodeInputError(new Error((error as Error).message));
    expect(decoded).toMatchObject({ field: "year", code: "lawFrom", params: { year: 2005 } });
    expect(decoded?.message).toBe("year: the current law holds from 2005");
  });

  it("never trusts a result by casting: a malformed one rejects", async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({ ok: true, value: 42 });
    await expect(jour["exportData"]?.()).rejects.toThrow(/^result/);
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce("surprise");
    await expect(jour["exportData"]?.()).rejects.toThrow("exportData: malformed answer");
  });

  it("window.jourEvents hands on checked change events from main's one push channel", () => {
    const seen: ChangeEvent[] = [];
    expect(Object.keys(jourEvents)).toEqual(["subscribe"]);
    const unsubscribe = jourEvents.subscribe((event) => seen.push(event));
    ipcRenderer.emit(CHANGED_CHANNEL, { sender: "main" }, { reason: "data" });
    ipcRenderer.emit(CHANGED_CHANNEL, { sender: "main" }, { reason: "bogus" });
    ipcRenderer.emit("jour:other", {}, { reason: "data" });
    // Only the checked payload reaches the window, never the IPC event (it holds ipcRenderer).
    expect(seen).toEqual([{ reason: "data" }]);
    unsubscribe();
    ipcRenderer.emit(CHANGED_CHANNEL, {}, { reason: "alerts" });
    expect(seen).toHaveLength(1);
    expect(ipcRenderer.listenerCount(CHANGED_CHANNEL)).toBe(0);
  });
});
