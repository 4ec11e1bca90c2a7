import { withInputErrors } from "./api/input-errors";
import type { ChangeEvents } from "../shared/app/status/change-events";
import type { WindowApi } from "../shared/shell-api";
import type { JourHost } from "./api/jour-host";

declare global {
  interface Window {
    /** The preload's WindowApi (Electron); absent in a plain browser. */
    jour?: WindowApi;
    /** The preload's push channel (Electron); absent in a plain browser. */
    jourEvents?: ChangeEvents;
  }
}

const noEvents: ChangeEvents = { subscribe: () => () => undefined };

/**
 * The WindowApi of the host (the app core and the shell actions: links, clipboard):
 * Electron's preload, or else the in-page preview (loaded only then, so the Electron window
 * never downloads the app core). Either way, the window uses nothing else. It stands beside
 * main.tsx, above api/ and preview/, because it chooses between them.
 */
export async function connectJour(): Promise<JourHost> {
  const host = window.jour;
  if (host) {
    return {
      api: withInputErrors(host),
      events: window.jourEvents ?? noEvents,
      now: () => Date.now(),
    };
  }
  const { createPreviewConnection } = await import("./preview/preview-connection");
  return createPreviewConnection();
}
