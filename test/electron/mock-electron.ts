/**
 * Setup file of the "electron" test project: the Electron binary cannot run here, so every
 * test of electron/ sees this fake `electron` module instead. It is general on purpose (the
 * tray, windows, IPC and notifications are tested against it too): every function is a
 * `vi.fn`, so a test can assert calls or override behaviour with `vi.mocked(...)`.
 *
 * electron-store reads `app.getPath`, `app.getVersion` and `ipcMain.on` from the default
 * export, so the fake is both the default export and the named exports.
 *
 * It is typed against electron.d.ts: the object `satisfies` the part of Electron the shell
 * uses (electron/shell-electron.ts), so `tsc` fails when the fake drifts from Electron's API.
 * To fake something new, add it to shell-electron.ts's Pick and here.
 */
import type { EventEmitter as Emitter } from "node:events";
import type { Menu, NativeImage } from "electron";
import { vi } from "vitest";
import type { PreloadElectron, ShellElectron } from "../../electron/shell-electron";

vi.mock("electron", async () => {
  const os = await import("node:os");
  const path = await import("node:path");
  const { EventEmitter } = await import("node:events");

  // One temp folder per test worker, so `userData` never touches the real profile.
  const root = path.join(os.tmpdir(), `jour-electron-mock-${process.pid}`);

  const emitterWith = <T extends object>(extra: T): Emitter & T =>
    Object.assign(new EventEmitter(), extra);

  const app = emitterWith({
    getPath: vi.fn((name: string) => path.join(root, name)),
    getAppPath: vi.fn(() => process.cwd()),
    getVersion: vi.fn(() => "0.0.0-test"),
    getName: vi.fn(() => "Jour"),
    getLocale: vi.fn(() => "sv-SE"),
    isPackaged: false,
    isReady: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
    focus: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    setLoginItemSettings: vi.fn(),
    setAppUserModelId: vi.fn(),
    setAsDefaultProtocolClient: vi.fn(() => true),
    dock: { hide: vi.fn(), show: vi.fn() },
  });

  const ipcMain = emitterWith({
    handle: vi.fn(),
    handleOnce: vi.fn(),
    removeHandler: vi.fn(),
  });
  const ipcRenderer = emitterWith({
    invoke: vi.fn(() => Promise.resolve(undefined)),
    send: vi.fn(),
    sendSync: vi.fn(),
  });

  // Windows, trays and notifications made so far (tests look them up here; a closed or
  // destroyed window leaves the list, like Electron's getAllWindows).
  const windows: BrowserWindow[] = [];
  let nextContentsId = 1;

  class BrowserWindow extends EventEmitter {
    static getAllWindows = vi.fn((): BrowserWindow[] => [...windows]);
    webContents = emitterWith({
      send: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      id: nextContentsId++,
    });
    private destroyed = false;
    constructor(public readonly options: unknown = {}) {
      super();
      windows.push(this);
    }
    loadURL = vi.fn(() => Promise.resolve());
    loadFile = vi.fn(() => Promise.resolve());
    show = vi.fn();
    hide = vi.fn();
    focus = vi.fn();
    // Like Electron: close() says "close" first (a listener may still read the window).
    close = vi.fn(() => {
      this.emit("close");
      this.destroy();
    });
    getSize = vi.fn((): number[] => {
      const { width = 800, height = 600 } = this.options as { width?: number; height?: number };
      return [width, height];
    });
    destroy = vi.fn(() => {
      if (this.destroyed) return;
      this.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit("closed");
    });
    isVisible = vi.fn(() => false);
    isDestroyed = vi.fn(() => this.destroyed);
    isMinimized = vi.fn(() => false);
    restore = vi.fn();
    setBounds = vi.fn();
    getBounds = vi.fn(() => ({ x: 0, y: 0, width: 400, height: 600 }));
  }

  class Tray extends EventEmitter {
    static instances: Tray[] = [];
    constructor(public readonly image: unknown = undefined) {
      super();
      Tray.instances.push(this);
    }
    setImage = vi.fn();
    setToolTip = vi.fn();
    setTitle = vi.fn();
    setContextMenu = vi.fn();
    getBounds = vi.fn(() => ({ x: 0, y: 0, width: 22, height: 22 }));
    destroy = vi.fn();
  }

  class Notification extends EventEmitter {
    static isSupported = vi.fn(() => true);
    static instances: Notification[] = [];
    show = vi.fn();
    close = vi.fn();
    constructor(public readonly options: unknown = {}) {
      super();
      Notification.instances.push(this);
    }
  }

  // A session is an emitter too: tests emit "will-download" with a fake DownloadItem.
  const makeSession = () =>
    emitterWith({
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    });
  const partitions = new Map<string, ReturnType<typeof makeSession>>();

  // The shell only hands images to the Tray, so a fake image is opaque (cast once, here).
  const fakeImage = (empty: boolean) =>
    ({ isEmpty: () => empty, resize: vi.fn() }) as unknown as NativeImage;
  const nativeImage = {
    createFromPath: vi.fn(() => fakeImage(false)),
    createEmpty: vi.fn(() => fakeImage(true)),
  };

  const electron = {
    app,
    ipcMain,
    ipcRenderer,
    BrowserWindow,
    Tray,
    Notification,
    nativeImage,
    Menu: {
      // The built menu keeps its template, so a test can read and click the items.
      // Opaque to the shell, which hands it to the Tray: cast once, here.
      buildFromTemplate: vi.fn(
        (template: unknown[]) => ({ popup: vi.fn(), items: template }) as unknown as Menu,
      ),
      setApplicationMenu: vi.fn(),
    },
    shell: {
      openExternal: vi.fn(() => Promise.resolve()),
      openPath: vi.fn(() => Promise.resolve("")),
      trashItem: vi.fn(() => Promise.resolve()),
    },
    clipboard: { writeText: vi.fn() },
    powerMonitor: emitterWith({ getSystemIdleTime: vi.fn(() => 0) }),
    globalShortcut: {
      register: vi.fn(() => true),
      unregister: vi.fn(),
      unregisterAll: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    session: {
      defaultSession: makeSession(),
      // A fresh session per partition name, so a test can have one of its own.
      fromPartition: vi.fn((partition: string) => {
        let made = partitions.get(partition);
        if (!made) partitions.set(partition, (made = makeSession()));
        return made;
      }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn(), unhandle: vi.fn() },
    // Crash dumps and updates (electron/diagnostics/, electron/updates/): what main.ts starts.
    crashReporter: { start: vi.fn() },
    dialog: {
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
    },
  } satisfies ShellElectron & PreloadElectron;
  return { ...electron, default: electron };
});
