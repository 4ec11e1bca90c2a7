// A stand-in for the `electron` module, for starting the BUILT main process (dist/electron/
// main.cjs) under plain Node. Preloaded with `node --require`, it answers `require("electron")`
// with explicit fakes of what Jour uses and records what the app did; names it does not know
// are recorded too, so the test sees when the shell starts using something new.
"use strict";
const Module = require("node:module");
const path = require("node:path");
const { EventEmitter } = require("node:events");

const root = process.env.JOUR_FAKE_ROOT;
const appPath = process.env.JOUR_FAKE_APP_PATH;
const report = {
  handled: [],
  schemes: [],
  trays: 0,
  menus: 0,
  tooltips: [],
  windows: [],
  clicked: [],
  loaded: [],
  unknown: [],
  errors: [],
  exitCode: null,
};

// For the benchmark (bench/main-process.ts): the CPU time the process spends from
// JOUR_FAKE_MEASURE_FROM_MS after the start to the end, and the menus built meanwhile; and
// the window's status poll as the renderer does it (every JOUR_FAKE_POLL_MS, from 1 s on).
const handlers = {};
let measured = null;
const measureFrom = Number(process.env.JOUR_FAKE_MEASURE_FROM_MS || 0);
if (measureFrom > 0) {
  setTimeout(() => {
    measured = { at: performance.now(), cpu: process.cpuUsage(), menus: report.menus };
  }, measureFrom).unref();
}
const pollMs = Number(process.env.JOUR_FAKE_POLL_MS || 0);
if (pollMs > 0) {
  const poll = () => {
    const win = openWindows[0];
    const handler = handlers["jour:getStatus"];
    if (!win || !handler) return report.errors.push("poll: no window or no handler");
    const event = { sender: win.webContents, senderFrame: { url: "app://jour/index.html" } };
    return handler(event, undefined).then((result) => {
      if (!result || !result.ok) report.errors.push(`poll: ${JSON.stringify(result)}`);
    });
  };
  setTimeout(() => setInterval(() => void poll(), pollMs).unref(), 1000).unref();
}

function finish(code) {
  if (measured) {
    const cpu = process.cpuUsage(measured.cpu);
    report.measured = {
      ms: performance.now() - measured.at,
      cpuMs: (cpu.user + cpu.system) / 1000,
      menus: report.menus - measured.menus,
    };
  }
  report.exitCode = code;
  process.stdout.write(`JOUR-REPORT ${JSON.stringify(report)}\n`);
  process.exit(code);
}
const fail = (error) => {
  report.errors.push(String((error && error.stack) || error));
  finish(1);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
setTimeout(() => finish(0), Number(process.env.JOUR_FAKE_RUN_MS || 2500)).unref();

const noop = () => undefined;
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getPath: (name) => path.join(root, name),
  getAppPath: () => appPath,
  getVersion: () => "0.0.0-bundle-test",
  getName: () => "Jour",
  getLocale: () => "sv-SE",
  isReady: () => true,
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => true,
  quit: noop,
  exit: (code) => finish(code === undefined ? 0 : code),
  focus: noop,
  setAppUserModelId: noop,
  getLoginItemSettings: () => ({ openAtLogin: false }),
  setLoginItemSettings: noop,
  dock: undefined,
});

class Tray extends EventEmitter {
  constructor() {
    super();
    report.trays += 1;
  }
  setToolTip(text) {
    report.tooltips.push(text);
  }
  setContextMenu(menu) {
    report.menus += 1;
    // Click one item of the first menu, as a user would, when the test asks for it.
    const wanted = process.env.JOUR_FAKE_CLICK;
    const item = wanted && menu.items.find((entry) => entry.id === wanted);
    if (item && !report.clicked.includes(wanted)) {
      report.clicked.push(wanted);
      setTimeout(() => item.click(), 100);
    }
  }
  setImage() {}
  setTitle() {}
  isDestroyed() {
    return false;
  }
  destroy() {}
}

/** An emitter that answers any other method with a no-op, for objects Jour only drives. */
function absorbing(target) {
  return new Proxy(target, {
    get(t, name) {
      if (name in t) return typeof t[name] === "function" ? t[name].bind(t) : t[name];
      return typeof name === "string" && name !== "then" ? noop : undefined;
    },
  });
}

const openWindows = [];
// A constructor that returns its window, as `new BrowserWindow(options)` is used.
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class BrowserWindow {
  constructor(options) {
    report.windows.push(options && options.webPreferences);
    const webContents = absorbing(
      Object.assign(new EventEmitter(), { id: openWindows.length + 1 }),
    );
    const win = absorbing(
      Object.assign(new EventEmitter(), {
        webContents,
        loadURL: (url) => {
          report.loaded.push(url);
          return Promise.resolve();
        },
        isDestroyed: () => false,
      }),
    );
    openWindows.push(win);
    return win;
  }
  static getAllWindows() {
    return [...openWindows];
  }
}

class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  show() {}
  close() {}
}

const image = {
  setTemplateImage: noop,
  isEmpty: () => false,
  resize() {
    return image;
  },
};

const session = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler: noop,
  setPermissionCheckHandler: noop,
  webRequest: { onHeadersReceived: noop },
});

const known = {
  app,
  Tray,
  BrowserWindow,
  Notification,
  Menu: { buildFromTemplate: (items) => ({ items }), setApplicationMenu: noop },
  nativeImage: { createFromPath: () => image, createEmpty: () => image },
  ipcMain: Object.assign(new EventEmitter(), {
    handle: (channel, listener) => {
      report.handled.push(channel);
      handlers[channel] = listener;
    },
    removeHandler: noop,
  }),
  protocol: {
    registerSchemesAsPrivileged: noop,
    handle: (scheme) => report.schemes.push(scheme),
  },
  session: { defaultSession: session },
  shell: { openExternal: () => Promise.resolve() },
  clipboard: { writeText: noop, readText: () => "" },
  powerMonitor: Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 }),
  globalShortcut: { register: () => true, unregister: noop, unregisterAll: noop },
  dialog: { showMessageBox: () => Promise.resolve({ response: 0 }), showErrorBox: noop },
  // Crash dumps (electron/diagnostics/process-gone.ts): started, never uploaded.
  crashReporter: {
    start: (options) => {
      if (!options || options.uploadToServer !== false) report.errors.push("crash upload on");
    },
  },
};

const electron = new Proxy(known, {
  get(target, name) {
    if (name in target) return target[name];
    if (typeof name === "string" && name !== "__esModule" && name !== "default") {
      report.unknown.push(name);
    }
    return name === "default" ? electron : undefined;
  },
});

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "electron" ? "electron" : resolve.call(this, request, ...rest);
};
require.cache.electron = { id: "electron", filename: "electron", loaded: true, exports: electron };
