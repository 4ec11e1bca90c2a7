import type { WindowApi } from "../../shared/shell-api";

declare global {
  interface Window {
    /** The preload's WindowApi (Electron); absent in a plain browser. */
    jour?: WindowApi;
  }
}

/**
 * The WindowApi of the host (the app core and the shell actions: links, clipboard):
 * Electron's preload, or else the in-page preview (loaded only then, so the Electron window
 * never downloads the app core). Either way, the window uses nothing else.
 */
export async function connectJour(): Promise<WindowApi> {
  const host = window.jour;
  if (host) return host;
  const { createPreviewConnection } = await import("../preview/preview-connection");
  return createPreviewConnection();
}
