import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import {
  DAY_MS,
  INSTALL_GRACE_MS,
  LOOK_MS,
  START_DELAY_MS,
  createUpdater,
} from "../../../electron/updates/updater";
import type { AutoUpdaterLike } from "../../../electron/updates/updater";

/** electron-updater's autoUpdater as the shell drives it: events, a check, an install. */
class FakeAutoUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  autoRunAppAfterInstall = true;
  logger: AutoUpdaterLike["logger"] = null;
  /** What the next check does: emits the events a real one would. */
  answer: (self: FakeAutoUpdater) => Promise<unknown> = async (self) => {
    self.emit("checking-for-update");
    self.emit("update-not-available", { version: "0.1.0" });
    return null;
  };
  checkForUpdates = vi.fn(() => this.answer(this));
  quitAndInstall = vi.fn();
}

const downloads = (version: string) => async (self: FakeAutoUpdater) => {
  self.emit("checking-for-update");
  self.emit("update-available", { version });
  self.emit("download-progress", { percent: 42.5 });
  return { updateInfo: { version } };
};

/** A clock and timers the test moves by hand. */
function rig(packaged = true) {
  const autoUpdater = new FakeAutoUpdater();
  let now = Date.UTC(2025, 10, 24, 8, 0);
  const timers: { at: number; every: number | null; run: () => void; cleared: boolean }[] = [];
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const onReady = vi.fn();
  const updater = createUpdater({
    autoUpdater: packaged ? autoUpdater : null,
    now: () => now,
    setTimeout: (run, ms) => {
      const timer = { at: now + ms, every: null, run, cleared: false };
      timers.push(timer);
      return timer;
    },
    setInterval: (run, ms) => {
      const timer = { at: now + ms, every: ms, run, cleared: false };
      timers.push(timer);
      return timer;
    },
    clear: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
    onReady,
    log,
  });
  /** Moves the clock, running each timer that comes due (intervals again and again). */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => !t.cleared && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      now = due.at;
      if (due.every === null) due.cleared = true;
      else due.at += due.every;
      due.run();
      await new Promise((resolve) => setImmediate(resolve));
    }
    now = end;
  };
  return { updater, autoUpdater, log, onReady, advance, timers };
}

describe("the shell's updates", () => {
  it("turns electron-updater's own install-on-quit off and downloads at once", () => {
    const { autoUpdater } = rig();
    expect(autoUpdater).toMatchObject({
      autoDownload: true,
      autoInstallOnAppQuit: false,
      autoRunAppAfterInstall: false,
    });
  });

  it("in development (no autoUpdater) no check runs and the answer says so", async () => {
    const { updater, advance, timers } = rig(false);
    updater.start();
    expect(timers).toHaveLength(0);
    await advance(2 * DAY_MS);
    await expect(updater.check()).resolves.toEqual({ state: "unavailable" });
    expect(updater.view()).toEqual({ state: "unavailable" });
  });

  it("checks once at start, then again a day after the last check, and not before", async () => {
    const { updater, autoUpdater, advance } = rig();
    updater.start();
    await advance(START_DELAY_MS - 1);
    expect(autoUpdater.checkForUpdates).not.toHaveBeenCalled();
    await advance(1);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater.view().state).toBe("up-to-date");
    // Looked at every hour (a night asleep still counts): due a day after, checked within the hour.
    await advance(DAY_MS - 1);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1);
    await advance(LOOK_MS);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2);
    await advance(DAY_MS + LOOK_MS);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(3);
  });

  it("a check by hand counts as the day's: the next daily one is a day after it", async () => {
    const { updater, autoUpdater, advance } = rig();
    updater.start();
    await advance(START_DELAY_MS);
    await advance(12 * LOOK_MS);
    await updater.check();
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2);
    await advance(DAY_MS - 1);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2);
    await advance(LOOK_MS);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(3);
  });

  it("stop clears the schedule", async () => {
    const { updater, autoUpdater, advance } = rig();
    updater.start();
    updater.stop();
    await advance(3 * DAY_MS);
    expect(autoUpdater.checkForUpdates).not.toHaveBeenCalled();
  });

  it("says up to date, downloading with its progress, then ready, and tells once", async () => {
    const { updater, autoUpdater, onReady } = rig();
    const checked = await updater.check();
    expect(checked).toMatchObject({ state: "up-to-date", checkedAt: expect.any(Number) });
    autoUpdater.answer = downloads("0.2.0");
    await expect(updater.check()).resolves.toMatchObject({
      state: "downloading",
      version: "0.2.0",
      percent: 42.5,
    });
    autoUpdater.emit("update-downloaded", { version: "0.2.0" });
    expect(updater.view()).toMatchObject({ state: "ready", version: "0.2.0" });
    expect(onReady).toHaveBeenCalledWith("0.2.0");
    autoUpdater.emit("update-downloaded", { version: "0.2.0" });
    expect(onReady).toHaveBeenCalledTimes(1);
    // Ready stays ready: no second check, no second download.
    await expect(updater.check()).resolves.toMatchObject({ state: "ready" });
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it("a failed check says why by kind (a rejection or an error event); its words are logged", async () => {
    const { updater, autoUpdater, log } = rig();
    autoUpdater.answer = () => Promise.reject(new Error("net::ERR_INTERNET_DISCONNECTED"));
    await expect(updater.check()).resolves.toEqual({
      state: "failed",
      reason: "offline",
      checkedAt: expect.any(Number),
    });
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("ERR_INTERNET_DISCONNECTED"));
    // electron-updater's own error for a repository with no release yet.
    const noRelease = Object.assign(
      new Error('Cannot find channel "latest.yml" update info: HttpError: 404 Not Found'),
      { code: "ERR_UPDATER_CHANNEL_FILE_NOT_FOUND" },
    );
    autoUpdater.answer = async (self) => {
      self.emit("checking-for-update");
      self.emit("error", noRelease);
      return null;
    };
    await expect(updater.check()).resolves.toEqual({
      state: "failed",
      reason: "not-found",
      checkedAt: expect.any(Number),
    });
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("HttpError: 404 Not Found"));
  });

  it("two checks at once are one check", async () => {
    const { updater, autoUpdater } = rig();
    const [a, b] = await Promise.all([updater.check(), updater.check()]);
    expect(a).toEqual(b);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it("routes electron-updater's own log lines to the shell's log", () => {
    const { autoUpdater, log } = rig();
    autoUpdater.logger?.info("Checking for update");
    expect(log.info).toHaveBeenCalledWith("Updates: Checking for update");
  });
});

describe("installing on quit", () => {
  const ready = async () => {
    const r = rig();
    r.autoUpdater.answer = downloads("0.2.0");
    await r.updater.check();
    r.autoUpdater.emit("update-downloaded", { version: "0.2.0" });
    return r;
  };

  it("with no timer running, installs silently without starting Jour again", async () => {
    const { updater, autoUpdater, advance } = await ready();
    const quit = vi.fn();
    updater.quit(false, quit);
    expect(autoUpdater.quitAndInstall).toHaveBeenCalledWith(true, false);
    expect(quit).not.toHaveBeenCalled();
    // An installer that never takes over does not keep Jour from quitting.
    await advance(INSTALL_GRACE_MS);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it("never while a timer runs: it quits plainly, and installs at the next quit without one", async () => {
    const { updater, autoUpdater, log } = await ready();
    const quit = vi.fn();
    updater.quit(true, quit);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(autoUpdater.quitAndInstall).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining("held: a timer runs"));
    updater.quit(false, quit);
    expect(autoUpdater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it("with nothing ready, quitting is quitting", async () => {
    const { updater, autoUpdater } = rig();
    const quit = vi.fn();
    updater.quit(false, quit);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(autoUpdater.quitAndInstall).not.toHaveBeenCalled();
  });

  it("an install that throws is logged and Jour quits anyway", async () => {
    const { updater, autoUpdater, log } = await ready();
    autoUpdater.quitAndInstall.mockImplementation(() => {
      throw new Error("EACCES");
    });
    const quit = vi.fn();
    updater.quit(false, quit);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith("Update install failed: EACCES");
  });
});
