import type * as E from "electron";

/**
 * The part of Electron's API the shell uses, spelled with electron.d.ts's own types. The
 * shell is handed a `ShellElectron` (runtime.ts), the real module is passed for it in main.ts
 * and the stand-in of the tests (test/electron/mock-electron.ts) must satisfy it: `tsc` fails
 * when the shell uses something not listed here, when the stand-in drifts from Electron's
 * signatures, and when a new Electron changes one of them.
 *
 * To use something new: add its name to the Pick below (and implement it in the stand-in).
 */

/** A class as the shell uses it: `new` with the options, and the statics it calls. */
type Constructed<Options extends unknown[], Instance, Statics = unknown> = (new (
  ...options: Options
) => Instance) &
  Statics;

/*
 * Events: electron.d.ts declares `on` once per event, returning the whole object (`this`),
 * which a Pick cannot narrow. So each object's events are declared here, with the listener's
 * arguments as electron.d.ts gives them (main.ts passing the real module checks them).
 * The return value is never used.
 */
type Listener<Args extends unknown[]> = (...args: Args) => void;

interface AppEvents {
  on(
    event: "second-instance",
    listener: Listener<[event: E.Event, argv: string[], workingDirectory: string]>,
  ): unknown;
  on(event: "open-url", listener: Listener<[event: E.Event, url: string]>): unknown;
  on(event: "window-all-closed", listener: Listener<[]>): unknown;
  on(event: "before-quit", listener: Listener<[event: E.Event]>): unknown;
}

export type ShellApp = AppEvents &
  Pick<
    E.App,
    | "quit"
    | "exit"
    | "whenReady"
    | "isReady"
    | "requestSingleInstanceLock"
    | "getPath"
    | "getAppPath"
    | "getVersion"
    | "getName"
    | "getLocale"
    | "setAppUserModelId"
    | "isPackaged"
    | "setLoginItemSettings"
    | "focus"
    | "setAsDefaultProtocolClient"
  > & { dock?: Pick<E.Dock, "hide" | "show"> | undefined };

export type ShellWebContents = Pick<E.WebContents, "id" | "send" | "setWindowOpenHandler"> & {
  on(
    event: "will-navigate",
    listener: Listener<[event: E.Event<E.WebContentsWillNavigateEventParams>]>,
  ): unknown;
  on(
    event: "will-redirect",
    listener: Listener<[event: E.Event<E.WebContentsWillRedirectEventParams>]>,
  ): unknown;
  on(event: "will-attach-webview", listener: Listener<[event: E.Event]>): unknown;
};

export type ShellBrowserWindow = Pick<
  E.BrowserWindow,
  | "loadURL"
  | "show"
  | "hide"
  | "focus"
  | "close"
  | "destroy"
  | "isVisible"
  | "isDestroyed"
  | "isMinimized"
  | "restore"
> & {
  readonly webContents: ShellWebContents;
  on(event: "closed", listener: Listener<[]>): unknown;
  once(event: "ready-to-show", listener: Listener<[]>): unknown;
};

export type ShellTray = Pick<
  E.Tray,
  "setImage" | "setToolTip" | "setTitle" | "setContextMenu" | "destroy"
>;

export type ShellNotificationInstance = Pick<E.Notification, "show" | "close"> & {
  on(event: "click" | "close", listener: Listener<[event: E.Event]>): unknown;
  on(event: "failed", listener: Listener<[event: E.Event, error: string]>): unknown;
};

export type ShellSession = Pick<
  E.Session,
  "setPermissionRequestHandler" | "setPermissionCheckHandler"
> & {
  webRequest: Pick<E.WebRequest, "onHeadersReceived">;
  on(
    event: "will-download",
    listener: Listener<[event: E.Event, item: E.DownloadItem, webContents: E.WebContents]>,
  ): unknown;
};

type PowerEvent = "suspend" | "resume" | "lock-screen" | "unlock-screen";
export type ShellPowerMonitor = Pick<E.PowerMonitor, "getSystemIdleTime"> & {
  on(event: PowerEvent, listener: Listener<[]>): unknown;
  removeListener(event: PowerEvent, listener: Listener<[]>): unknown;
};

export interface ShellElectron {
  app: ShellApp;
  BrowserWindow: Constructed<
    [options?: E.BrowserWindowConstructorOptions],
    ShellBrowserWindow,
    { getAllWindows(): ShellBrowserWindow[] }
  >;
  Tray: Constructed<[image: E.NativeImage | string], ShellTray>;
  Notification: Constructed<
    [options?: E.NotificationConstructorOptions],
    ShellNotificationInstance,
    Pick<typeof E.Notification, "isSupported">
  >;
  // The shell hands the menus and images on as they are: the stand-in's are opaque fakes.
  Menu: Pick<typeof E.Menu, "buildFromTemplate" | "setApplicationMenu">;
  nativeImage: Pick<typeof E.nativeImage, "createFromPath" | "createEmpty">;
  ipcMain: Pick<E.IpcMain, "handle" | "removeHandler">;
  shell: Pick<E.Shell, "openExternal" | "openPath" | "trashItem">;
  clipboard: Pick<E.Clipboard, "writeText">;
  powerMonitor: ShellPowerMonitor;
  globalShortcut: Pick<E.GlobalShortcut, "register" | "unregister" | "unregisterAll">;
  session: { defaultSession: ShellSession; fromPartition(partition: string): ShellSession };
  protocol: Pick<E.Protocol, "registerSchemesAsPrivileged" | "handle" | "unhandle">;
  dialog: Pick<E.Dialog, "showMessageBox" | "showErrorBox" | "showOpenDialog">;
  crashReporter: Pick<E.CrashReporter, "start">;
}

/** What the preload script uses (electron/preload.ts). */
export interface PreloadElectron {
  contextBridge: Pick<E.ContextBridge, "exposeInMainWorld">;
  ipcRenderer: Pick<E.IpcRenderer, "invoke" | "send"> & {
    on(
      channel: string,
      listener: Listener<[event: E.IpcRendererEvent, ...args: unknown[]]>,
    ): unknown;
    removeListener(
      channel: string,
      listener: Listener<[event: E.IpcRendererEvent, ...args: unknown[]]>,
    ): unknown;
  };
}
