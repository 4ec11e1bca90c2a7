import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import nodeNotifier from "node-notifier";
import { createJourApp } from "../shared/app/api";
import { StorageWriteError } from "../shared/app/texts/storage-faults";
import { textsFor } from "../shared/app/texts/texts";
import type { DesktopNotification } from "../shared/app/ports";
import { fileCopies } from "./store";
import { startAlertTicker, type AlertTicker } from "./alert-ticker";
import { createChangeSender } from "./change-sender";
import { APP_ID, APP_NAME } from "./app-id";
import { applyStartAtLogin } from "./autostart";
import { registerJourIpc } from "./ipc-transport";
import { createLinkOpener } from "./links";
import { createLinkHandler } from "./deep-link/link-handler";
import { wireAbout } from "./about-wiring";
import { openShellLog } from "./diagnostics/shell-log";
import { createShellActions } from "./shell-actions";
import { createDesktopNotifier } from "./notify/desktop-notifier";
import type { ShellNotification } from "./notify/desktop-notifier";
import { createNodeNotifierFallback } from "./notify/node-notifier-fallback";
import { createTargetOpener } from "./notify/open-target";
import { shellPaths } from "./paths";
import { createQuitGuard } from "./quit-guard";
import type { QuitChoice } from "./quit-guard";
import { createShortcutBinding } from "./shortcut";
import { desktopClock, watchPower } from "./timer-watch";
import { desktopIdleSource } from "./idle-source";
import { mutterIdleTime } from "./mutter-idle";
import { localeLanguage, openStartData } from "./open-data";
import type { ProcessInfo, Electron } from "./runtime";
import { trayIconPath } from "./tray/icons";
import { wireTray } from "./tray/tray-wiring";
import { createAppProtocolHandler, APP_SCHEME } from "./window/app-protocol";
import type { WindowRoute } from "./window/routes";
import { hardenSession } from "./window/session";
import { backupFinder, createBackups } from "./backups/backups";
import { chooseFolderWithDialog } from "./backups/folder-dialog";
import { openPreferences } from "./preferences";
import { jourBackupSchema } from "./store/jour-backup-schema";
import { createJourDataChecker } from "../shared/app/data/checker";
import { backupTexts } from "../shared/app/texts/backup-texts";
import { hostFaultOf } from "./host-fault";
import { createWindowHost } from "./window/window-host";
import type { HostedWindow } from "./window/window-host";

/** How often alerts are checked and the tray refreshed while idle (PRODUCT §5). */
export const TICK_MS = 5_000;

export interface RunningJour {
  openWindow(route: WindowRoute): void;
  /** Reads the state and shows it in the tray. */
  refresh(): Promise<void>;
  /** Follows a jour:// link from outside (electron/deep-link/). */
  followLink(url: string): Promise<void>;
}

/**
 * The composition root: every Electron object is handed to the small module that uses it.
 * Resolves with null, having told the user and quit, when the data file was written by a
 * newer Jour, or cannot be opened and the user chose to quit: the files are left as they
 * are and nothing is saved.
 */
export async function runJour(electron: Electron, info: ProcessInfo): Promise<RunningJour | null> {
  const { app } = electron;
  // The log file in the OS's log folder (electron/diagnostics/shell-log.ts); its warnings
  // are the lines the console showed before.
  const shellLog = openShellLog(app);
  const log = shellLog.warn;
  shellLog.info(`Jour ${app.getVersion()} starts (${info.platform})`);
  const paths = shellPaths(app.getAppPath());
  if (info.platform === "win32") app.setAppUserModelId(APP_ID);
  app.dock?.hide();

  // The store and the app core. Until the file is read, the settings (and so the language)
  // are unknown: the start's dialogs speak the OS's language.
  const startLanguage = localeLanguage(app.getLocale());
  const directory = app.getPath("userData");
  // This machine's preferences (electron-store): the second backup folder, the window size.
  const { preferences, keptAside: preferencesKeptAside } = openPreferences(directory);
  const backupSchema = jourBackupSchema(createJourDataChecker().parse);
  const opened = await openStartData({
    electron,
    directory,
    startLanguage,
    // A damaged jour.db is replaced by the newest backup that passes its check.
    findBackup: backupFinder(preferences.backupFolder, backupSchema, log),
    log,
  });
  if (opened === null) return null;
  const backupFailuresTold = new Set<string>();
  const backups = createBackups({
    db: opened.store.database,
    dataFolder: directory,
    clock: desktopClock(),
    schema: backupSchema,
    preference: preferences.backupFolder,
    chooseFolder: () => {
      const words = backupTexts(core.snapshot().settings.language);
      return chooseFolderWithDialog(electron.dialog, {
        title: words.folderTitle,
        button: words.folderButton,
      });
    },
    timeZone: () => core.snapshot().settings.rules.timeZone,
    // Told once a session per folder: a full disk would otherwise say so every hour.
    onFailed: (error, folder) => {
      if (backupFailuresTold.has(folder)) return;
      backupFailuresTold.add(folder);
      const words = backupTexts(core.snapshot().settings.language);
      // The error's own words are in the log (backups.ts); the user gets its kind.
      inform(words.failedTitle, words.failed(folder, hostFaultOf(error)));
    },
    setTimer: (run, ms) => void setTimeout(run, ms).unref(),
    log,
  });
  opened.store.onCommitted(() => backups.afterCommit());
  let notify: (notification: ShellNotification) => void = () => undefined;
  // The shortcut calls the core, and the core binds a new shortcut before accepting it.
  const shortcut = createShortcutBinding(
    electron.globalShortcut,
    () => {
      core
        .toggleTimer()
        // It works without a window, so it always says what it did.
        .then((done) => notify({ ...done, urgent: false }))
        .catch((error: unknown) => log(`Shortcut: ${String(error)}`))
        .finally(() => tray.changed());
    },
    log,
  );
  const core = createJourApp({
    clock: desktopClock(),
    storage: opened.store,
    copies: fileCopies(app.getPath("userData"), (file) => electron.shell.trashItem(file)),
    notifier: { notify: (n: DesktopNotification) => notify(n) },
    initial: opened.document,
    tickMs: TICK_MS,
    idle: desktopIdleSource({
      platform: info.platform,
      env: info.env,
      powerMonitor: electron.powerMonitor,
      askMutter: mutterIdleTime({ execFile, env: info.env }),
      now: () => Date.now(),
      log,
    }),
    shortcut: { bind: (accelerator) => shortcut.bind(accelerator) },
    backups: backups.port,
  });

  // Window, security, links.
  const openLink = createLinkOpener(electron.shell, log);
  const session = electron.session.defaultSession;
  hardenSession(session);
  electron.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      root: paths.renderer,
      readFile: (file) => fs.promises.readFile(file),
    }),
  );
  const windowHost = createWindowHost({
    createWindow: (options) => new electron.BrowserWindow(options) as unknown as HostedWindow,
    preloadPath: paths.preload,
    openLink,
    session,
    downloadsDirectory: () => app.getPath("downloads"),
    size: preferences.windowSize,
    log,
  });
  const openWindow = (route: WindowRoute) => windowHost.open(route);

  // Notifications: Electron's first, node-notifier when that is unsupported or fails.
  const openTarget = createTargetOpener({ openWindow, openLink });

  notify = createDesktopNotifier({
    Notification: electron.Notification,
    fallback: createNodeNotifierFallback({
      notifier: nodeNotifier,
      appName: APP_NAME,
      appId: APP_ID,
      onClick: openTarget,
      log,
    }),
    platform: info.platform,
    onClick: openTarget,
    log,
  });
  const inform = (title: string, body: string) => notify({ title, body, urgent: false });
  // A change that cannot be saved (a full disk) is told by the app core, once, with the
  // change kept in memory and tried again on the tick (shared/app/data/document-access.ts).

  // The window is told of every change (push, not poll): of the data at once, of what time
  // alone changes (a deadline near or passed, the look) when a refresh sees it.
  const tellWindow = createChangeSender(() => windowHost.contents(), log);

  // Tray (electron/tray/tray-wiring.ts).
  // The alert ticker, once started below: it also beats each second while a timer runs.
  let ticker: AlertTicker | null = null;
  const tray = wireTray({
    api: core,
    language: opened.document.settings.language,
    tellWindow,
    beat: (onBeat, beatMs) => ticker?.beat(onBeat, beatMs),
    actions: {
      openWindow,
      writeClipboard: (text) => electron.clipboard.writeText(text),
      inform,
      openLink,
      quit: () => app.quit(),
    },
    controller: {
      createTray: (image) => new electron.Tray(image as Electron.NativeImage),
      buildFromTemplate: (template) => electron.Menu.buildFromTemplate(template),
      iconFor: (look) =>
        electron.nativeImage.createFromPath(trayIconPath(paths.icons, look, info.platform)),
      platform: info.platform,
    },
    log,
  });

  // Settings that act on the desktop: the global shortcut and start at login.
  let startAtLogin: boolean | null = null;
  let shortcutTold = "";
  const applySettings = async () => {
    const settings = await core.getSettings();
    // A setting from an import or from the file: one the desktop refuses is said, once.
    const accelerator = settings.globalShortcut;
    if (!shortcut.apply(accelerator) && shortcutTold !== accelerator) {
      shortcutTold = accelerator;
      inform(APP_NAME, tray.texts().shortcutRefused(accelerator));
    }
    if (settings.startAtLogin !== startAtLogin) {
      startAtLogin = settings.startAtLogin;
      // A dev build would register the bare Electron binary: only packaged builds do it.
      if (app.isPackaged) {
        applyStartAtLogin(settings.startAtLogin, {
          platform: info.platform,
          setLoginItemSettings: (s) => app.setLoginItemSettings(s),
          executable: info.env["APPIMAGE"] ?? info.execPath,
          configHome: info.env["XDG_CONFIG_HOME"] ?? path.join(info.homedir, ".config"),
          writeFile: (file, text) => fs.writeFileSync(file, text, { mode: 0o644 }),
          removeFile: (file) => fs.rmSync(file, { force: true }),
          makeDirectory: (directory) => fs.mkdirSync(directory, { recursive: true }),
        });
      }
    }
  };
  core.onChange(() => {
    tellWindow({ reason: "data" });
    tray.invalidate();
    void applySettings().catch((error: unknown) => log(`Settings: ${String(error)}`));
  });

  // Settings → About, crashes told, updates (electron/about-wiring.ts).
  const about = await wireAbout({
    electron,
    log: shellLog,
    language: () => core.snapshot().settings.language,
    inform,
  });

  // IPC: only the window's own page, only the contract (the app core and the shell actions).
  const shellActions = createShellActions({ openLink, clipboard: electron.clipboard });
  // Only a call that changed the data refreshes the tray: the window polls the status every
  // second, and a read must neither re-read the tray's state nor rebuild its menu.
  let seen = core.snapshot();
  const afterCall = () => {
    if (core.snapshot() === seen) return;
    seen = core.snapshot();
    tray.changed();
  };
  const unregisterIpc = registerJourIpc({
    ipcMain: electron.ipcMain,
    api: { ...core, ...shellActions, ...about.actions },
    trustedContents: () => windowHost.contents(),
    afterCall,
    log,
  });

  await applySettings();
  const showIdleQuestion = () => openWindow({ view: "now" });
  const stopPowerWatch = watchPower({
    powerMonitor: electron.powerMonitor,
    core,
    asked: showIdleQuestion,
    log,
  });
  ticker = startAlertTicker({
    check: async () => {
      await core.checkAlerts();
      if (await core.checkTimer()) showIdleQuestion();
    },
    afterCheck: tray.refresh,
    powerMonitor: electron.powerMonitor,
    setInterval: (run, ms) => setInterval(run, ms),
    clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
    intervalMs: TICK_MS,
    log,
  });

  // Quitting asks first while a timer runs, and always writes the store. A downloaded update
  // is installed on a quit with no timer running (electron/updates/updater.ts).
  let timerAtQuit = false;
  app.on(
    "before-quit",
    createQuitGuard({
      isTimerRunning: async () => (await core.getStatus()).timer !== null,
      ask: async (): Promise<QuitChoice> => {
        const texts = tray.texts();
        const { response } = await electron.dialog.showMessageBox({
          type: "question",
          title: texts.quitTitle,
          message: texts.quitMessage,
          detail: texts.quitDetail,
          buttons: [texts.stopAndQuit, texts.quitAnyway, texts.cancel],
          defaultId: 0,
          cancelId: 2,
        });
        return (["stop-and-quit", "quit", "cancel"] as const)[response] ?? "cancel";
      },
      stopTimer: async () => {
        await core.stopTimer();
      },
      save: () => opened.store.flush(),
      askUnsaved: async (error) => {
        const words = textsFor(core.snapshot().settings.language).storage;
        const failure =
          error instanceof StorageWriteError
            ? error
            : new StorageWriteError(opened.store.path, directory, 0, undefined, String(error));
        const { response } = await electron.dialog.showMessageBox({
          type: "warning",
          title: words.unsavedQuitTitle,
          message: words.unsavedQuitMessage,
          detail: words.unsavedQuitDetail(failure),
          buttons: [words.quitAnyway, words.openFolder, words.tryAgain],
          defaultId: 2,
          cancelId: 2,
        });
        return (["quit", "open-folder", "retry"] as const)[response] ?? "retry";
      },
      openFolder: async () => {
        await electron.shell.openPath(directory);
      },
      cleanUp: async () => {
        timerAtQuit = (await core.getStatus()).timer !== null;
        about.updater.stop();
        ticker?.stop();
        stopPowerWatch();
        shortcut.release();
        unregisterIpc();
        tray.destroy();
        // The store's last flush commits too: no backup of a database being closed.
        backups.stop();
        await backups.settle().catch((error: unknown) => log(`Backup: ${String(error)}`));
        await opened.store
          .close()
          .catch((error: unknown) => log(`Closing the store: ${String(error)}`));
      },
      quit: () => about.updater.quit(timerAtQuit, () => app.quit()),
      log,
    }),
  );

  if (opened.notices.length > 0) {
    // The store kept the bad file aside and restored what it could: say so, in the language
    // of the data it restored (the OS's when it had to start from the defaults).
    log(opened.problems.join(" "));
    const fromDefaults = opened.notices.some((notice) => notice.kind === "defaults");
    const words = textsFor(fromDefaults ? startLanguage : opened.document.settings.language);
    const lines = opened.notices.map((notice) => words.storage.notice(notice));
    inform(APP_NAME, [...lines, words.storage.filesAreIn(directory)].join("\n"));
  }
  if (preferencesKeptAside) {
    log(`preferences.json could not be read; kept as ${preferencesKeptAside}`);
    inform(APP_NAME, tray.texts().preferencesKeptAside(preferencesKeptAside));
  }
  const followLink = createLinkHandler({
    api: core,
    openWindow,
    notify: inform,
    language: () => core.snapshot().settings.language,
    changed: () => tray.changed(),
    log,
  });
  await tray.refresh();
  return { openWindow, refresh: tray.refresh, followLink };
}
