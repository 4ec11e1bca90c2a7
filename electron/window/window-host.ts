import type { OpenLink } from "../links";
import { createDownloadPolicy } from "./downloads";
import type { DownloadSession } from "./downloads";
import type { HardenableContents } from "./harden";
import { hardenContents } from "./harden";
import type { WindowRoute } from "./routes";
import { windowUrl } from "./routes";
import { secureWebPreferences } from "./web-preferences";

export interface HostedContents extends HardenableContents {
  readonly id: number;
  /** The push channel to the window (change-sender.ts). */
  send?(channel: string, payload: unknown): void;
}

/** The parts of a BrowserWindow the host uses. */
export interface HostedWindow {
  readonly webContents: HostedContents;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  isDestroyed(): boolean;
  isMinimized?(): boolean;
  restore?(): void;
  once(event: "ready-to-show", listener: () => void): unknown;
  on(event: "closed" | "close", listener: () => void): unknown;
  /** [width, height]: kept when the window closes, so the next one opens as large. */
  getSize?(): number[];
}

export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  autoHideMenuBar: boolean;
  webPreferences: ReturnType<typeof secureWebPreferences>;
}

export interface WindowHostDeps {
  createWindow: (options: WindowOptions) => HostedWindow;
  preloadPath: string;
  openLink: OpenLink;
  /** The window's session: downloads the window starts are handled here, others refused. */
  session: DownloadSession;
  /** Where the save dialog of an export starts (the user's Downloads folder). */
  downloadsDirectory: () => string;
  /** The size the window had when last closed (this machine's preferences), if any. */
  size?: {
    get(): { width: number; height: number } | null;
    set(size: { width: number; height: number }): void;
  };
  log: (message: string) => void;
}

export interface WindowHost {
  /** Shows the one window (creating it if closed) at `route`. */
  open(route?: WindowRoute): void;
  /** The open window's webContents, null while closed: the only trusted IPC sender. */
  contents(): HostedContents | null;
}

/**
 * One window, created on demand and destroyed when closed: the tray app keeps no renderer
 * alive while nobody looks at it (PRODUCT §5).
 */
export function createWindowHost({
  createWindow,
  preloadPath,
  openLink,
  session,
  downloadsDirectory,
  size,
  log,
}: WindowHostDeps): WindowHost {
  let current: HostedWindow | null = null;
  const contents = () => (current && !current.isDestroyed() ? current.webContents : null);

  // Once for the session (windows come and go; the listener asks for the current one).
  session.on(
    "will-download",
    createDownloadPolicy({ ownContents: contents, downloadsDirectory, log }),
  );

  const load = (window: HostedWindow, route: WindowRoute) => {
    window.loadURL(windowUrl(route)).catch((error: unknown) => {
      log(`The window failed to load: ${String(error)}`);
    });
  };

  return {
    open(route) {
      if (current && !current.isDestroyed()) {
        // A route change on the same page is an in-page navigation (no reload of the app).
        if (route) load(current, route);
        if (current.isMinimized?.()) current.restore?.();
        current.show();
        current.focus();
        return;
      }
      const window = createWindow({
        width: 960,
        height: 720,
        ...size?.get(),
        minWidth: 640,
        minHeight: 480,
        show: false,
        title: "Jour",
        autoHideMenuBar: true,
        webPreferences: secureWebPreferences(preloadPath),
      });
      current = window;
      hardenContents(window.webContents, openLink);
      window.once("ready-to-show", () => {
        window.show();
        window.focus();
      });
      window.on("close", () => {
        const [width = 0, height = 0] = window.getSize?.() ?? [];
        try {
          if (width > 0 && height > 0) size?.set({ width, height });
        } catch (error) {
          // A preference, not data: a full disk costs the size, nothing more.
          log(`The window size was not kept: ${String(error)}`);
        }
      });
      window.on("closed", () => {
        if (current === window) current = null;
      });
      load(window, route ?? { view: "now" });
    },
    contents,
  };
}
