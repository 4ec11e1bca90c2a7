import type { UpdateView } from "../../shared/about-api";
import { hostFaultOf } from "../host-fault";

/** The part of electron-updater's `autoUpdater` the shell drives (a fake in the tests). */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  autoRunAppAfterInstall: boolean;
  logger: { info(m?: unknown): void; warn(m?: unknown): void; error(m?: unknown): void } | null;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface UpdaterDeps {
  /** null where the app does not update itself (`app.isPackaged` false: a development run). */
  autoUpdater: AutoUpdaterLike | null;
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  setInterval: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
  /** An update is downloaded: tell the user (a notification). Once per version. */
  onReady: (version: string) => void;
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
}

export interface Updater {
  view(): UpdateView;
  /** Checks now (and downloads what it finds); resolves with the state it reached. */
  check(): Promise<UpdateView>;
  /** The check at start (after START_DELAY_MS) and then once a day. */
  start(): void;
  stop(): void;
  /**
   * Quitting, after the timer question: a ready update is installed (silently, without
   * starting Jour again) unless a timer still runs; then it waits for the next quit.
   */
  quit(timerRunning: boolean, quit: () => void): void;
}

export const START_DELAY_MS = 10_000;
export const DAY_MS = 24 * 60 * 60_000;
/** How often the daily rule is looked at: a wall-clock hour, so a night asleep still counts. */
export const LOOK_MS = 60 * 60_000;
/** How long a quit waits for the installer to take over before quitting without it. */
export const INSTALL_GRACE_MS = 30_000;

interface UpdateInfoLike {
  version?: unknown;
}

const versionOf = (info: unknown): string | undefined => {
  const version = (info as UpdateInfoLike | null)?.version;
  return typeof version === "string" ? version.slice(0, 100) : undefined;
};

/** electron-updater's own words, for the log only (the window gets the kind, hostFaultOf). */
const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * The shell's updates over electron-updater (GitHub releases, electron-builder.yml's
 * `publish`): checks at start and daily, downloads at once, and installs on quit, never
 * while a timer runs. electron-updater's own install-on-quit is off, because on macOS
 * Squirrel would install whatever the timer does; `quit` decides instead.
 */
export function createUpdater(deps: UpdaterDeps): Updater {
  const { autoUpdater, log } = deps;
  let state: UpdateView = autoUpdater ? { state: "idle" } : { state: "unavailable" };
  let lastCheckAt: number | null = null;
  let running: Promise<UpdateView> | null = null;
  let told: string | null = null;
  const handles: unknown[] = [];
  const set = (next: UpdateView) => {
    state = lastCheckAt === null ? next : { ...next, checkedAt: lastCheckAt };
  };

  if (autoUpdater) {
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.autoRunAppAfterInstall = false;
    autoUpdater.logger = {
      info: (m) => log.info(`Updates: ${String(m)}`),
      warn: (m) => log.warn(`Updates: ${String(m)}`),
      error: (m) => log.error(`Updates: ${String(m)}`),
    };
    autoUpdater.on("checking-for-update", () => set({ state: "checking" }));
    autoUpdater.on("update-not-available", () => set({ state: "up-to-date" }));
    autoUpdater.on("update-available", (info: unknown) => {
      const version = versionOf(info);
      set({ state: "downloading", percent: 0, ...(version ? { version } : {}) });
    });
    autoUpdater.on("download-progress", (progress: unknown) => {
      const percent = Number((progress as { percent?: unknown }).percent);
      if (state.state !== "downloading" || !Number.isFinite(percent)) return;
      set({ ...state, percent: Math.min(100, Math.max(0, percent)) });
    });
    autoUpdater.on("update-downloaded", (info: unknown) => {
      const version = versionOf(info) ?? state.version ?? "?";
      set({ state: "ready", version });
      log.info(`Update ${version} downloaded: installed when Jour quits with no timer running`);
      if (told !== version) {
        told = version;
        deps.onReady(version);
      }
    });
    autoUpdater.on("error", (error: unknown) => {
      // A failed download keeps nothing; a ready update stays ready whatever a later check says.
      if (state.state === "ready") return;
      log.warn(`Update failed: ${reasonOf(error)}`);
      set({ state: "failed", reason: hostFaultOf(error) });
    });
  }

  const check = (): Promise<UpdateView> => {
    if (!autoUpdater) return Promise.resolve(state);
    if (state.state === "ready") return Promise.resolve(state);
    running ??= (async () => {
      lastCheckAt = deps.now();
      set({ state: "checking" });
      try {
        await autoUpdater.checkForUpdates();
      } catch (error) {
        log.warn(`Update check failed: ${reasonOf(error)}`);
        if (state.state !== "ready") set({ state: "failed", reason: hostFaultOf(error) });
      }
      // No event said otherwise (a provider that answered nothing): it is up to date.
      if (state.state === "checking") set({ state: "up-to-date" });
      return state;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const checkQuietly = () => {
    void check().catch((error: unknown) => log.warn(`Update check: ${reasonOf(error)}`));
  };

  return {
    view: () => state,
    check,
    start() {
      if (!autoUpdater) return;
      handles.push(deps.setTimeout(checkQuietly, START_DELAY_MS));
      handles.push(
        deps.setInterval(() => {
          if (lastCheckAt !== null && deps.now() - lastCheckAt >= DAY_MS) checkQuietly();
        }, LOOK_MS),
      );
    },
    stop() {
      for (const handle of handles.splice(0)) deps.clear(handle);
    },
    quit(timerRunning, quit) {
      if (!autoUpdater || state.state !== "ready") return quit();
      if (timerRunning) {
        log.info(
          `Update ${state.version ?? ""} held: a timer runs; installed at a quit without one`,
        );
        return quit();
      }
      try {
        log.info(`Installing update ${state.version ?? ""} on quit`);
        autoUpdater.quitAndInstall(true, false);
        // It quits by itself once the installer runs (on macOS once Squirrel has the
        // update); if it cannot install, it does not quit at all: then Jour quits anyway.
        deps.setTimeout(quit, INSTALL_GRACE_MS);
      } catch (error) {
        log.error(`Update install failed: ${reasonOf(error)}`);
        quit();
      }
    },
  };
}
