import path from "node:path";
import * as electron from "electron";
import { menuItem, startMainOnce, trays, type FakeTray } from "./main-fixture";
import { describe, expect, it, vi } from "vitest";
import { channelOf, jourMethods } from "../../shared/ipc";
import { readSavedJour } from "./store/fixtures/read-jour";

/**
 * The composition root against the fake electron: what `electron .` does on a user's
 * machine, from the single-instance lock to quitting with a timer running.
 */
const { app, BrowserWindow, ipcMain, protocol, powerMonitor, globalShortcut, dialog } = electron;
const item = menuItem;

startMainOnce();

describe("the composition root", () => {
  it("holds the single-instance lock and registers app:// before ready", () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: "app",
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(protocol.handle).toHaveBeenCalledWith("app", expect.any(Function));
    expect(app.exit).not.toHaveBeenCalled();
  });

  it("starts as a tray app: hidden from the dock, no window, closing windows does not quit", () => {
    expect(app.dock?.hide).toHaveBeenCalled();
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(app.listenerCount("window-all-closed")).toBe(1);
    const tray = trays[0];
    expect(tray?.setToolTip).toHaveBeenCalled();
    expect(item(tray as FakeTray, "start-incident")).toBeDefined();
  });

  it("serves every contract channel and nothing else", () => {
    const channels = vi.mocked(ipcMain.handle).mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(jourMethods.map(channelOf).sort());
  });

  it("binds the default global shortcut and checks alerts on resume and unlock", () => {
    expect(globalShortcut.register).toHaveBeenCalledWith(
      "CommandOrControl+Alt+J",
      expect.any(Function),
    );
    expect(powerMonitor.listenerCount("resume")).toBe(2); // alerts, and the timer's idle question
    // The alert check, and the timer's watch (the lock is an idle boundary).
    expect(powerMonitor.listenerCount("unlock-screen")).toBe(2);
    expect(powerMonitor.listenerCount("lock-screen")).toBe(1);
  });

  it("a second launch opens the window", async () => {
    app.emit("second-instance");
    const [window] = BrowserWindow.getAllWindows();
    expect(window?.loadURL).toHaveBeenCalledWith("app://jour/index.html#/");
    window?.close();
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it("saves the window's own exports through the save dialog in Downloads, refuses others", () => {
    app.emit("second-instance");
    const [window] = BrowserWindow.getAllWindows();
    const defaultSession = electron.session.defaultSession;
    const exported = {
      event: { preventDefault: vi.fn() },
      item: {
        getURL: () => "blob:app://jour/5d3e",
        getFilename: () => "jour-data.json",
        setSaveDialogOptions: vi.fn(),
      },
    };
    defaultSession.emit("will-download", exported.event, exported.item, window?.webContents);
    expect(exported.event.preventDefault).not.toHaveBeenCalled();
    expect(exported.item.setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: path.join(app.getPath("downloads"), "jour-data.json"),
    });
    const foreign = { ...exported, event: { preventDefault: vi.fn() } };
    defaultSession.emit("will-download", foreign.event, foreign.item, { id: 999 });
    expect(foreign.event.preventDefault).toHaveBeenCalled();
    window?.close();
  });

  it("Start incident starts a timer, opens the incident and the menu shows Stop timer", async () => {
    const tray = trays[0] as FakeTray;
    item(tray, "start-incident")?.click?.();
    await vi.waitFor(() => expect(item(tray, "stop-timer")).toBeDefined());
    expect(item(tray, "stop-timer")?.label).toMatch(/^Stoppa timern \(\d\d:\d\d:\d\d\)$/);
    const [window] = BrowserWindow.getAllWindows();
    expect(window?.loadURL).toHaveBeenCalledWith(
      expect.stringMatching(/^app:\/\/jour\/index\.html#\/incident\/.+/),
    );
    window?.close();
  });

  it("quitting while the timer runs asks first; Cancel keeps it running", async () => {
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 2, checkboxChecked: false });
    const event = { preventDefault: vi.fn() };
    app.emit("before-quit", event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.quit).not.toHaveBeenCalled();
  });

  it("Stop and quit stops the timer, writes the store and quits", async () => {
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    app.emit("before-quit", { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const saved = await readSavedJour(app.getPath("userData"));
    expect(saved.incidents).toHaveLength(1);
    expect(saved.timer).toBeNull();
    expect(trays[0]?.destroy).toHaveBeenCalled();
    expect(globalShortcut.unregister).toHaveBeenCalledWith("CommandOrControl+Alt+J");
  });
});
