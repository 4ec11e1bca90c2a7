import { ipcMain } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { InputError } from "../../shared/app/texts/errors";
import { channelOf, jourMethods } from "../../shared/ipc";
import type { WindowApi } from "../../shared/ipc";
import type { InvokeEvent } from "../../electron/ipc-transport";
import { registerJourIpc } from "../../electron/ipc-transport";

type Handler = (event: InvokeEvent, arg: unknown) => Promise<unknown>;

const windowContents = { id: 1 };
const appFrame = { url: "app://jour/index.html#/" };

function setup(api: Partial<WindowApi> = {}, trusted: unknown = windowContents) {
  const afterCall = vi.fn();
  const log = vi.fn();
  const unregister = registerJourIpc({
    ipcMain,
    api: api as WindowApi,
    trustedContents: () => trusted,
    afterCall,
    log,
  });
  const handler = (method: string): Handler => {
    const call = vi.mocked(ipcMain.handle).mock.calls.find(([channel]) => channel === method);
    if (!call) throw new Error(`no handler for ${method}`);
    return call[1] as Handler;
  };
  return { handler, afterCall, log, unregister };
}

beforeEach(() => {
  vi.mocked(ipcMain.handle).mockClear();
  vi.mocked(ipcMain.removeHandler).mockClear();
});

describe("the IPC transport", () => {
  it("registers every contract channel and nothing else", () => {
    setup();
    const channels = vi.mocked(ipcMain.handle).mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(jourMethods.map(channelOf).sort());
    expect(channels).toHaveLength(new Set(channels).size);
    expect(channels).toContain("jour:getStatus");
    expect(channels).toEqual(expect.arrayContaining(["jour:openExternal", "jour:copyText"]));
    expect(channels.length).toBeGreaterThanOrEqual(30);
  });

  it("answers a call from the window's app:// page with { ok: true, value }", async () => {
    const getIncident = vi.fn(() => Promise.resolve({ id: "7" }));
    const { handler, afterCall } = setup({ getIncident } as unknown as Partial<WindowApi>);
    const answer = await handler("jour:getIncident")(
      { sender: windowContents, senderFrame: appFrame },
      { id: "7" },
    );
    expect(answer).toEqual({ ok: true, value: { id: "7" } });
    expect(getIncident).toHaveBeenCalledWith({ id: "7" });
    expect(afterCall).toHaveBeenCalledWith("getIncident");
  });

  it("refuses a foreign sender, a foreign frame, and any sender while no window is open", async () => {
    const getStatus = vi.fn(() => Promise.resolve({}));
    const api = { getStatus } as unknown as Partial<WindowApi>;
    const refused = {
      ok: false,
      error: "sender: not the Jour window",
      field: "sender",
      code: "sender",
      params: {},
    };

    const { handler } = setup(api);
    const call = handler("jour:getStatus");
    await expect(call({ sender: { id: 2 }, senderFrame: appFrame }, undefined)).resolves.toEqual(
      refused,
    );
    for (const url of ["https://evil.example/", "file:///etc/passwd", "app://evil/index.html"]) {
      await expect(
        call({ sender: windowContents, senderFrame: { url } }, undefined),
      ).resolves.toEqual(refused);
    }
    await expect(call({ sender: windowContents, senderFrame: null }, undefined)).resolves.toEqual(
      refused,
    );

    vi.mocked(ipcMain.handle).mockClear();
    const closed = setup(api, null);
    await expect(
      closed.handler("jour:getStatus")(
        { sender: windowContents, senderFrame: appFrame },
        undefined,
      ),
    ).resolves.toEqual(refused);
    expect(getStatus).not.toHaveBeenCalled();
  });

  it("answers a bad argument with an error naming the field, without calling the app", async () => {
    const getReport = vi.fn();
    const { handler, afterCall } = setup({ getReport } as unknown as Partial<WindowApi>);
    const answer = await handler("jour:getReport")(
      { sender: windowContents, senderFrame: appFrame },
      { weeks: [Date.UTC(2025, 10, 24), "two"] },
    );
    expect(answer).toMatchObject({ ok: false, field: "weeks.1" });
    expect((answer as { error: string }).error).toMatch(/^weeks\.1: /);
    expect(getReport).not.toHaveBeenCalled();
    expect(afterCall).not.toHaveBeenCalled();
  });

  it("passes the app's own InputError on as { ok: false } with its field", async () => {
    const pauseTimer = vi.fn(() => Promise.reject(InputError.of("timer", "no timer")));
    const { handler } = setup({ pauseTimer } as unknown as Partial<WindowApi>);
    await expect(
      handler("jour:pauseTimer")({ sender: windowContents, senderFrame: appFrame }, undefined),
    ).resolves.toEqual({
      ok: false,
      error: "timer: no timer",
      field: "timer",
      code: "noTimer",
      params: {},
    });
  });

  it("logs a bug in full but tells the renderer no internals", async () => {
    const getStatus = vi.fn(() => Promise.reject(new TypeError("secret internals")));
    const { handler, log } = setup({ getStatus } as unknown as Partial<WindowApi>);
    const answer = await handler("jour:getStatus")(
      { sender: windowContents, senderFrame: appFrame },
      undefined,
    );
    expect(answer).toEqual({
      ok: false,
      error: "getStatus: internal error",
      field: "",
      code: "internal",
      params: {},
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("secret internals"));
  });

  it("removes every handler again", () => {
    const { unregister } = setup();
    unregister();
    expect(vi.mocked(ipcMain.removeHandler)).toHaveBeenCalledTimes(jourMethods.length);
  });
});
