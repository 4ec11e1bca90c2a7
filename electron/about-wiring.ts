import fs from "node:fs";
import type * as ElectronUpdaterModule from "electron-updater";
import type { AboutApi } from "../shared/about-api";
import type { Language } from "../shared/app/texts/language";
import { createAboutActions } from "./about-actions";
import { noticeTexts } from "./diagnostics/notice-texts";
import { watchProcessGone } from "./diagnostics/process-gone";
import { createRendererErrorLog } from "./diagnostics/renderer-errors";
import type { ShellLog } from "./diagnostics/shell-log";
import type { Electron } from "./runtime";
import { createUpdater } from "./updates/updater";
import type { AutoUpdaterLike, Updater } from "./updates/updater";

type ElectronUpdater = typeof ElectronUpdaterModule;

export interface AboutWiringDeps {
  electron: Pick<Electron, "app" | "shell">;
  log: ShellLog;
  /** The language of the settings now (a notice is worded when it is told). */
  language: () => Language;
  inform: (title: string, body: string) => void;
  /** electron-updater's autoUpdater, loaded only in a packaged app (null otherwise). */
  loadAutoUpdater?: () => Promise<AutoUpdaterLike | null>;
}

export interface WiredAbout {
  actions: AboutApi;
  updater: Updater;
}

/**
 * electron-updater is loaded only where it is used, an installed (packaged) Jour: it takes
 * ~180 ms to load. `require`, not `import()`: its `autoUpdater` is a getter that an ES import
 * of the CommonJS package does not see.
 */
async function packagedAutoUpdater(isPackaged: boolean): Promise<AutoUpdaterLike | null> {
  if (!isPackaged) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { autoUpdater } = require("electron-updater") as ElectronUpdater;
  // Its `on` is typed per event; the updater listens to the same events by name.
  return autoUpdater as unknown as AutoUpdaterLike;
}

/**
 * Settings → About and what the shell says about itself: the crashed window or helper told,
 * the window's errors logged, and the updates (checked at start and daily; in development no
 * check runs).
 */
export async function wireAbout(deps: AboutWiringDeps): Promise<WiredAbout> {
  const { app, shell } = deps.electron;
  const { log } = deps;
  const words = () => noticeTexts(deps.language());
  watchProcessGone({
    app,
    log,
    tell: (title, body) => deps.inform(title(words()), body(words())),
  });
  const load = deps.loadAutoUpdater ?? (() => packagedAutoUpdater(app.isPackaged));
  const autoUpdater = await load().catch((error: unknown) => {
    log.error(`Updates: electron-updater did not load: ${String(error)}`);
    return null;
  });
  const updater = createUpdater({
    autoUpdater,
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms).unref(),
    setInterval: (run, ms) => setInterval(run, ms).unref(),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onReady: (version) => deps.inform(words().updateReadyTitle, words().updateReady(version)),
    log,
  });
  updater.start();
  const actions = createAboutActions({
    version: app.getVersion(),
    logFolder: log.folder,
    openPath: (folder) => shell.openPath(folder),
    makeDirectory: (folder) => fs.mkdirSync(folder, { recursive: true }),
    updater,
    reportError: createRendererErrorLog({ log, now: () => Date.now() }),
    log: (message) => log.warn(message),
  });
  return { actions, updater };
}
