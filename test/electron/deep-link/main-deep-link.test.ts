import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as electron from "electron";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startMainOnce } from "../main-fixture";
import { readSavedJour } from "../store/fixtures/read-jour";

/**
 * jour:// links through the composition root and the fake electron, as the OS delivers them:
 * as the launch's argument, through `second-instance` (Windows, Linux) and `open-url` (macOS).
 */
const { app, BrowserWindow, Notification } = electron;
const notifications = (Notification as unknown as { instances: { options: unknown }[] }).instances;
const shown = () => notifications.map((n) => n.options as { title: string; body: string });
const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);

// Packaged (so the scheme is registered), launched by a link; start at login then writes to
// this folder, never the real profile.
const configHome = fs.mkdtempSync(path.join(os.tmpdir(), "jour-link-config-"));
vi.stubEnv("XDG_CONFIG_HOME", configHome);
(app as { isPackaged: boolean }).isPackaged = true;
process.argv.push("jour://toggle");
startMainOnce();
afterAll(() => {
  process.argv.pop();
  fs.rmSync(configHome, { recursive: true, force: true });
});

/** A link as Windows and Linux hand it to the running instance. */
const secondLaunch = (url: string) =>
  app.emit("second-instance", {}, ["/opt/Jour/jour", url], "/home/jour");
const lastShown = () => shown().at(-1);
const closeWindows = () => BrowserWindow.getAllWindows().forEach((w) => w.close());

describe("jour:// links", () => {
  it("are registered by the packaged app", () => {
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith("jour");
  });

  it("the link the app was launched with is followed once it runs: toggle started a call", async () => {
    await vi.waitFor(() => expect(shown()).toHaveLength(1));
    expect(lastShown()?.title).toMatch(/startad|started/i);
    const saved = await readSavedJour(app.getPath("userData"));
    expect(saved.timer?.runningSince).toEqual(expect.any(Number));
  });

  it("jour://stop stops the timer and says so; a second one says there was none", async () => {
    secondLaunch("jour://stop");
    await vi.waitFor(() => expect(lastShown()?.title).toBe("Timern är stoppad"));
    expect((await readSavedJour(app.getPath("userData"))).timer).toBeNull();
    secondLaunch("jour://stop/");
    await vi.waitFor(() => expect(lastShown()?.title).toBe("Ingen timer går"));
  });

  it("jour://start does what the tray's Start incident does: a new incident, shown", async () => {
    const before = (await readSavedJour(app.getPath("userData"))).incidents.length;
    secondLaunch("jour://start");
    await vi.waitFor(() => expect(lastShown()?.title).toBe("Incident startad"));
    const saved = await readSavedJour(app.getPath("userData"));
    expect(saved.incidents).toHaveLength(before + 1);
    const id = saved.incidents.at(-1)?.id;
    expect(saved.timer?.incidentId).toBe(id);
    const [window] = BrowserWindow.getAllWindows();
    expect(window?.loadURL).toHaveBeenCalledWith(`app://jour/index.html#/incident/${id}`);
    closeWindows();
  });

  it("jour://incident/<id> opens that incident (macOS: open-url, kept from the browser)", async () => {
    const id = (await readSavedJour(app.getPath("userData"))).incidents[0]?.id;
    const event = { preventDefault: vi.fn() };
    app.emit("open-url", event, `jour://incident/${id}`);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(lastShown()?.title).toBe("Incidenten är öppnad"));
    const [window] = BrowserWindow.getAllWindows();
    expect(window?.loadURL).toHaveBeenCalledWith(`app://jour/index.html#/incident/${id}`);
    closeWindows();
  });

  it("an unknown incident opens nothing and says the link failed", async () => {
    secondLaunch("jour://incident/i-999");
    await vi.waitFor(() => expect(lastShown()?.title).toBe("Länken kunde inte följas"));
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it("anything else is refused, logged and said, and changes nothing", async () => {
    const before = await readSavedJour(app.getPath("userData"));
    const count = shown().length;
    for (const url of ["jour://quit", "jour://toggle?x=1", "jour://incident/../x", "jour:toggle"]) {
      secondLaunch(url);
    }
    await vi.waitFor(() => expect(shown()).toHaveLength(count + 4));
    expect(
      shown()
        .slice(count)
        .map((n) => n.title),
    ).toEqual(Array(4).fill("Länken förstods inte"));
    const logged = warn.mock.calls.map(([line]) => String(line));
    expect(logged).toContainEqual(
      "[jour] jour:// link refused (unknown action (toggle, start, stop or incident/<id>)): jour://quit",
    );
    expect(logged.filter((line) => line.includes("link refused"))).toHaveLength(4);
    expect(await readSavedJour(app.getPath("userData"))).toEqual(before);
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it("a second launch without a link still opens the window on Now", () => {
    secondLaunch(".");
    const [window] = BrowserWindow.getAllWindows();
    expect(window?.loadURL).toHaveBeenCalledWith("app://jour/index.html#/");
    closeWindows();
  });
});
