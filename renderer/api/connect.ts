import type { JourApi } from "../../shared/app/api";
import { shellOf } from "./window-shell";
import type { WindowShell } from "./window-shell";

declare global {
  interface Window {
    /** The preload's JourApi (Electron); absent in a plain browser. */
    jour?: JourApi;
  }
}

export interface Connection {
  api: JourApi;
  shell: WindowShell;
}

/**
 * The JourApi of the host: Electron's preload, or else the in-page preview (loaded only
 * then, so the Electron window never downloads the app core).
 */
export async function connectJour(): Promise<Connection> {
  const host = window.jour;
  if (host) return { api: host, shell: shellOf(host) };
  const { createPreviewConnection } = await import("../preview/preview-connection");
  return createPreviewConnection();
}
