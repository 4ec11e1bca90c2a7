import path from "node:path";
import { BrowserWindow, session } from "electron";
import { describe, expect, it, vi } from "vitest";
import type { HostedWindow } from "../../../electron/window/window-host";
import { createWindowHost } from "../../../electron/window/window-host";

// The fake keeps its constructor options (see mock-electron.ts).
type FakeWindow = InstanceType<typeof BrowserWindow> & { options: unknown };

const DOWNLOADS = path.join(path.sep, "home", "jour", "Downloads");
let sessions = 0;

function setup(size?: Parameters<typeof createWindowHost>[0]["size"]) {
  const openLink = vi.fn(() => Promise.resolve(true));
  // A session of its own per host (the fake's fromPartition), so listeners never mix.
  const windowSession = session.fromPartition(`window-host-${++sessions}`);
  const log = vi.fn();
  const created: FakeWindow[] = [];
  const host = createWindowHost({
    createWindow: (options) => {
      const window = new BrowserWindow(options) as FakeWindow;
      created.push(window);
      return window as unknown as HostedWindow;
    },
    preloadPath: "/app/dist/electron/preload.cjs",
    openLink,
    session: windowSession,
    downloadsDirectory: () => DOWNLOADS,
    ...(size ? { size } : {}),
    log,
  });
  return { host, created, openLink, windowSession, log };
}

/** A fake DownloadItem and its will-download event. */
function download(url: string, filename: string) {
  return {
    event: { preventDefault: vi.fn() },
    item: { getURL: () => url, getFilename: () => filename, setSaveDialogOptions: vi.fn() },
  };
}

describe("the window host", () => {
  it("creates the window with a sandboxed, isolated, Node-free renderer", () => {
    const { host, created } = setup();
    host.open();
    const options = created[0]?.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      preload: "/app/dist/electron/preload.cjs",
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it("opens as large as it was when last closed, and keeps the size it closes with", () => {
    let kept: { width: number; height: number } | null = null;
    const size = { get: vi.fn(() => kept), set: vi.fn((next: typeof kept) => (kept = next)) };
    const { host, created } = setup(size);
    host.open();
    expect(created[0]?.options).toMatchObject({ width: 960, height: 720 });
    vi.mocked(created[0]?.getSize as () => number[]).mockReturnValue([1280, 900]);
    created[0]?.close();
    expect(size.set).toHaveBeenCalledWith({ width: 1280, height: 900 });
    host.open();
    expect(created[1]?.options).toMatchObject({ width: 1280, height: 900, minWidth: 640 });
  });

  it("a size that cannot be kept (a full disk) is logged and the window still closes", () => {
    const size = {
      get: () => null,
      set: vi.fn(() => {
        throw new Error("ENOSPC");
      }),
    };
    const { host, created, log } = setup(size);
    host.open();
    created[0]?.close();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("ENOSPC"));
    expect(host.contents()).toBeNull();
  });

  it("loads the renderer from app://, never file://, at the asked route", () => {
    const { host, created } = setup();
    host.open({ view: "incident", incidentId: "a b" });
    expect(created[0]?.loadURL).toHaveBeenCalledWith("app://jour/index.html#/incident/a%20b");
    expect(created[0]?.loadFile).not.toHaveBeenCalled();
  });

  it("keeps one window: a second open shows it and moves it to the route", () => {
    const { host, created } = setup();
    host.open();
    host.open({ view: "settings" });
    expect(created).toHaveLength(1);
    expect(created[0]?.loadURL).toHaveBeenLastCalledWith("app://jour/index.html#/settings");
    expect(created[0]?.show).toHaveBeenCalled();
  });

  it("destroys the window when closed; the next open makes a new one", () => {
    const { host, created } = setup();
    host.open();
    expect(host.contents()).toBe(created[0]?.webContents);
    created[0]?.close();
    expect(host.contents()).toBeNull();
    host.open();
    expect(created).toHaveLength(2);
    expect(host.contents()).toBe(created[1]?.webContents);
  });

  it("denies navigation and new windows; an http(s) target goes to the browser", () => {
    const { host, created, openLink } = setup();
    host.open();
    const window = created[0];
    if (!window) throw new Error("no window");
    const contents = window.webContents;
    const navigation = { preventDefault: vi.fn(), url: "https://example.com/" };
    contents.emit("will-navigate", navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(openLink).toHaveBeenCalledWith("https://example.com/");

    const toFile = { preventDefault: vi.fn(), url: "file:///etc/passwd" };
    contents.emit("will-navigate", toFile);
    expect(toFile.preventDefault).toHaveBeenCalled();
    expect(openLink).toHaveBeenCalledTimes(1);

    const openHandler = vi.mocked(contents.setWindowOpenHandler).mock.calls[0]?.[0] as (details: {
      url: string;
    }) => unknown;
    expect(openHandler({ url: "https://jira.example/" })).toEqual({ action: "deny" });
    expect(openHandler({ url: "javascript:alert(1)" })).toEqual({ action: "deny" });
    expect(openLink).toHaveBeenCalledTimes(2);
    expect(openLink).toHaveBeenLastCalledWith("https://jira.example/");

    const webview = { preventDefault: vi.fn() };
    contents.emit("will-attach-webview", webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it("lets the window's own export download through Electron's save dialog, at its name", () => {
    const { host, created, windowSession } = setup();
    host.open({ view: "settings" });
    const contents = created[0]?.webContents;
    const { event, item } = download("blob:app://jour/3f1c2a9e-1", "jour-incidents.csv");
    windowSession.emit("will-download", event, item, contents);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: path.join(DOWNLOADS, "jour-incidents.csv"),
    });
  });

  it("keeps the page's suggested name a bare file name in the Downloads folder", () => {
    const { host, created, windowSession } = setup();
    host.open();
    const { event, item } = download("blob:app://jour/1", "../../.bashrc");
    windowSession.emit("will-download", event, item, created[0]?.webContents);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: path.join(DOWNLOADS, ".bashrc"),
    });
  });

  it("refuses any other download: another page, another origin, a URL, a closed window", () => {
    const { host, created, windowSession, log } = setup();
    host.open();
    const own = created[0]?.webContents;
    const cases: [string, unknown][] = [
      ["blob:app://jour/1", { id: 999 }],
      ["blob:app://jour/1", null],
      ["blob:https://evil.example/1", own],
      ["blob:app://evil/1", own],
      ["https://evil.example/setup.exe", own],
      ["app://jour/index.html", own],
      ["data:text/plain,hi", own],
      ["file:///etc/passwd", own],
    ];
    for (const [url, contents] of cases) {
      const { event, item } = download(url, "x.csv");
      windowSession.emit("will-download", event, item, contents);
      expect(event.preventDefault, url).toHaveBeenCalled();
      expect(item.setSaveDialogOptions, url).not.toHaveBeenCalled();
    }
    expect(log).toHaveBeenCalledWith(expect.stringContaining("Refused a download"));

    created[0]?.close();
    const late = download("blob:app://jour/1", "x.csv");
    windowSession.emit("will-download", late.event, late.item, own);
    expect(late.event.preventDefault).toHaveBeenCalled();
  });

  it("listens to the session once, however often the window is made again", () => {
    const { host, created, windowSession } = setup();
    host.open();
    created[0]?.close();
    host.open();
    expect(windowSession.listenerCount("will-download")).toBe(1);
    const { event, item } = download("blob:app://jour/2", "jour-pay.csv");
    windowSession.emit("will-download", event, item, created[1]?.webContents);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledTimes(1);
  });
});
