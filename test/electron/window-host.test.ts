import { BrowserWindow } from "electron";
import { describe, expect, it, vi } from "vitest";
import type { HostedWindow } from "../../electron/window/window-host";
import { createWindowHost } from "../../electron/window/window-host";

// The fake keeps its constructor options (see mock-electron.ts).
type FakeWindow = InstanceType<typeof BrowserWindow> & { options: unknown };

function setup() {
  const openLink = vi.fn(() => Promise.resolve(true));
  const created: FakeWindow[] = [];
  const host = createWindowHost({
    createWindow: (options) => {
      const window = new BrowserWindow(options) as FakeWindow;
      created.push(window);
      return window as unknown as HostedWindow;
    },
    preloadPath: "/app/dist/electron/preload.cjs",
    openLink,
    log: vi.fn(),
  });
  return { host, created, openLink };
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
});
