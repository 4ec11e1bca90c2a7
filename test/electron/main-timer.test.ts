import * as electron from "electron";
import { startMainOnce } from "./main-fixture";
import { describe, expect, it, vi } from "vitest";

/**
 * The timer's desktop side through the composition root and the fake electron: the
 * global shortcut says what it did, refuses a taken shortcut keeping the old one, and a
 * sleep while the timer runs opens the window on the idle question.
 */
const { app, BrowserWindow, Notification, ipcMain, powerMonitor, globalShortcut } = electron;
const notifications = (Notification as unknown as { instances: { options: unknown }[] }).instances;
const titles = () => notifications.map((n) => (n.options as { title: string }).title);

const press = () => {
  const calls = vi.mocked(globalShortcut.register).mock.calls;
  const call = calls.filter(([accelerator]) => accelerator === "CommandOrControl+Alt+J").at(-1);
  (call?.[1] as () => void)();
};

/** Calls a contract method as the Jour window does. */
async function invoke(method: string, arg: unknown): Promise<unknown> {
  app.emit("second-instance");
  const [window] = BrowserWindow.getAllWindows();
  const handler = vi
    .mocked(ipcMain.handle)
    .mock.calls.find(([channel]) => channel === `jour:${method}`)?.[1] as (
    event: unknown,
    arg: unknown,
  ) => Promise<unknown>;
  const event = { sender: window?.webContents, senderFrame: { url: "app://jour/index.html" } };
  const answer = await handler(event, arg);
  window?.close();
  return answer;
}

startMainOnce();

describe("the timer on the desktop", () => {
  it("the global shortcut notifies what it did: started with its deadline, then stopped", async () => {
    press();
    await vi.waitFor(() => expect(titles()).toContain("Incident startad"));
    const started = notifications.at(-1)?.options as { body: string };
    expect(started.body).toMatch(/^P2 svar senast /);
    press();
    await vi.waitFor(() => expect(titles().at(-1)).toMatch(/^Timern stoppad vid 00:00:0\d$/));
  });

  it("a taken shortcut is an error on globalShortcut; the old one stays registered", async () => {
    // The desktop's registry: another app holds Ctrl+Alt+T.
    const held = new Set(["CommandOrControl+Alt+J", "Ctrl+Alt+T"]);
    const ours = new Set(["CommandOrControl+Alt+J"]);
    vi.mocked(globalShortcut.register).mockImplementation((accelerator: string) => {
      if (held.has(accelerator)) return false;
      held.add(accelerator);
      ours.add(accelerator);
      return true;
    });
    vi.mocked(globalShortcut.unregister).mockImplementation((accelerator: string) => {
      if (ours.delete(accelerator)) held.delete(accelerator);
    });
    const answer = await invoke("updateSettings", { globalShortcut: "Ctrl+Alt+T" });
    expect(answer).toEqual({
      ok: false,
      field: "globalShortcut",
      error: "globalShortcut: is taken by another app",
      code: "shortcutTaken",
      params: {},
    });
    expect([...ours]).toEqual(["CommandOrControl+Alt+J"]);
    expect(await invoke("getSettings", undefined)).toMatchObject({
      value: { globalShortcut: "CommandOrControl+Alt+J" },
    });
    // A free one replaces it: registered first, then the old one released.
    expect(await invoke("updateSettings", { globalShortcut: "Ctrl+Alt+K" })).toMatchObject({
      ok: true,
    });
    expect([...ours]).toEqual(["Ctrl+Alt+K"]);
    await invoke("updateSettings", { globalShortcut: "CommandOrControl+Alt+J" });
  });

  it("listens for sleep and wake; a wake while the timer ran asks, in a window", async () => {
    expect(powerMonitor.listenerCount("suspend")).toBe(1);
    expect(powerMonitor.listenerCount("resume")).toBe(2); // the alert check and the timer's watch
    press(); // resumes the incident stopped a moment ago
    await vi.waitFor(() => expect(titles().at(-1)).toBe("Timern återupptagen"));
    // Asleep 30 min: the wall clock moves, performance.now() (not faked) does not.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    try {
      powerMonitor.emit("suspend");
      vi.setSystemTime(Date.now() + 30 * 60_000);
      powerMonitor.emit("resume");
      await vi.waitFor(() => expect(titles().at(-1)).toBe("Du var borta 30 min medan timern gick"));
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows()).toHaveLength(1));
    expect(BrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalledWith(
      "app://jour/index.html#/",
    );
    // The desktop's idle time is read (at the sleep, and on each tick while the timer runs).
    expect(powerMonitor.getSystemIdleTime).toHaveBeenCalled();
  });

  it("a screen locked while the timer ran is asked about at the unlock, in a window", async () => {
    await invoke("resolveIdle", { choice: "keep" });
    for (const window of BrowserWindow.getAllWindows()) window.close();
    // Locked 25 min; both clocks move (no sleep), and the idle count stays 0 (Wayland).
    vi.useFakeTimers({ toFake: ["Date", "performance"], now: Date.now() });
    try {
      powerMonitor.emit("lock-screen");
      vi.advanceTimersByTime(25 * 60_000);
      powerMonitor.emit("unlock-screen");
      await vi.waitFor(() => expect(titles().at(-1)).toBe("Du var borta 25 min medan timern gick"));
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows()).toHaveLength(1));
  });
});
