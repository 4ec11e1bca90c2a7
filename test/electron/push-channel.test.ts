import * as electron from "electron";
import { menuItem, startMainOnce, trays, type FakeTray } from "./main-fixture";
import { describe, expect, it, vi } from "vitest";
import { CHANGED_CHANNEL } from "../../shared/ipc";

/**
 * Push, not poll (issue 12.9): main tells the open window of every change on the contract's
 * one event channel, so the window never asks for the status on a timer.
 */
const { app, BrowserWindow } = electron;
const item = menuItem;

startMainOnce();

describe("the push channel", () => {
  it("tells the open window of a change made outside it (the tray), with a checked payload", async () => {
    app.emit("second-instance");
    const [window] = BrowserWindow.getAllWindows();
    const send = vi.mocked(window?.webContents.send as (...args: unknown[]) => void);
    send.mockClear();
    item(trays[0] as FakeTray, "start-incident")?.click?.();
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(CHANGED_CHANNEL, { reason: "data" }));
    // Only the one channel is used for pushing.
    for (const [channel] of send.mock.calls) expect(channel).toBe(CHANGED_CHANNEL);
  });

  it("sends nothing per second while a timer runs: only changes are pushed", async () => {
    const [window] = BrowserWindow.getAllWindows();
    const send = vi.mocked(window?.webContents.send as (...args: unknown[]) => void);
    send.mockClear();
    // The tray counts the running timer in seconds; the window counts it itself.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(send.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("a closed window is not sent to", async () => {
    const [window] = BrowserWindow.getAllWindows();
    const send = vi.mocked(window?.webContents.send as (...args: unknown[]) => void);
    window?.close();
    send.mockClear();
    item(trays[0] as FakeTray, "stop-timer")?.click?.();
    await vi.waitFor(() => expect(item(trays[0] as FakeTray, "stop-timer")).toBeUndefined());
    expect(send).not.toHaveBeenCalled();
  });
});
