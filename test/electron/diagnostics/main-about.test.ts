import fs from "node:fs";
import path from "node:path";
import * as electron from "electron";
import { describe, expect, it, vi } from "vitest";
import { startMainOnce } from "../main-fixture";

/**
 * Logs, crashes and Settings → About through the composition root and the fake electron:
 * what main.ts starts, what the window can ask over the contract, what is told.
 */
const { app, BrowserWindow, Notification, ipcMain, shell, crashReporter } = electron;
const notifications = (Notification as unknown as { instances: { options: unknown }[] }).instances;
const logFile = () => path.join(app.getPath("logs"), "main.log");
const logText = () => (fs.existsSync(logFile()) ? fs.readFileSync(logFile(), "utf8") : "");

/** Calls a contract method as the Jour window does. */
async function invoke(method: string, arg?: unknown): Promise<unknown> {
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

fs.rmSync(path.join(app.getPath("logs")), { recursive: true, force: true });
startMainOnce();

describe("logs and crashes in main", () => {
  it("keeps crash dumps locally, never uploaded", () => {
    expect(crashReporter.start).toHaveBeenCalledWith({ uploadToServer: false });
  });

  it("writes the log file in the OS's log folder, from the start on", () => {
    expect(logText()).toMatch(/\[info\] {2}Jour 0\.0\.0-test starts \(\w+\)/);
  });

  it("Settings → About gets the version, the log folder and the update state", async () => {
    await expect(invoke("getAbout")).resolves.toEqual({
      ok: true,
      value: {
        version: "0.0.0-test",
        logFolder: app.getPath("logs"),
        update: { state: "unavailable" },
      },
    });
  });

  it("in development no update check runs: the answer says so", async () => {
    await expect(invoke("checkForUpdates")).resolves.toEqual({
      ok: true,
      value: { state: "unavailable" },
    });
  });

  it("Open log folder opens it in the file manager; a refusal is Jour's, Electron's words logged", async () => {
    await expect(invoke("openLogFolder")).resolves.toEqual({ ok: true, value: undefined });
    expect(shell.openPath).toHaveBeenCalledWith(app.getPath("logs"));
    vi.mocked(shell.openPath).mockResolvedValueOnce("Failed to open path");
    await expect(invoke("openLogFolder")).resolves.toEqual({
      ok: false,
      field: "logFolder",
      error: "logFolder: could not be opened in the file manager",
      code: "folderNotOpened",
      params: {},
    });
    await vi.waitFor(() => expect(logText()).toContain(`could not be opened: Failed to open path`));
  });

  it("the window's errors are logged, checked like any input, and rate-limited", async () => {
    await expect(
      invoke("reportError", { source: "rejection", message: "TypeError: boom at render" }),
    ).resolves.toEqual({ ok: true, value: undefined });
    expect(logText()).toContain("[error] Window error (rejection): TypeError: boom at render");
    await expect(invoke("reportError", { source: "shell", message: "x" })).resolves.toMatchObject({
      ok: false,
      field: "source",
    });
    await expect(invoke("reportError", { message: 42 })).resolves.toMatchObject({ ok: false });
    for (let i = 0; i < 30; i += 1) {
      await invoke("reportError", { source: "error", message: `loop ${i}` });
    }
    // Ten a minute: the rejection above and nine of the loop.
    const loops = logText().match(/Window error \(error\): loop \d+/g) ?? [];
    expect(loops).toEqual(Array.from({ length: 9 }, (_, i) => `Window error (error): loop ${i}`));
  });

  it("a crashed window is logged and told; a clean exit only logged", () => {
    const before = notifications.length;
    app.emit("render-process-gone", {}, {}, { reason: "crashed", exitCode: 139 });
    expect(logText()).toContain("The window's renderer is gone: crashed (exit code 139)");
    expect(notifications.slice(before).map((n) => n.options)).toEqual([
      expect.objectContaining({ title: "Jours fönster stängdes oväntat" }),
    ]);
    app.emit("render-process-gone", {}, {}, { reason: "clean-exit", exitCode: 0 });
    expect(notifications.length).toBe(before + 1);
  });

  it("a helper process that crashed is logged and told, one killed only logged", () => {
    const before = notifications.length;
    app.emit("child-process-gone", {}, { type: "GPU", reason: "oom", exitCode: 1 });
    expect(logText()).toContain("A child process is gone: GPU (GPU): oom (exit code 1)");
    expect(notifications.slice(before).map((n) => n.options)).toEqual([
      expect.objectContaining({
        title: "En del av Jour stängdes oväntat",
        body: expect.stringContaining("GPU stängdes (oom)"),
      }),
    ]);
    app.emit("child-process-gone", {}, { type: "Utility", reason: "killed", exitCode: 9 });
    expect(notifications.length).toBe(before + 1);
  });
});
