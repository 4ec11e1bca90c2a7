import { codedError, codedErrorOf } from "./coded-error";
import type { ChangeEvents } from "../../shared/app/status/change-events";
import type { WindowApi } from "../../shared/shell-api";
import type { JourHost } from "./jour-host";

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
 * never downloads the app core). Either way, the window uses nothing else.
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
  const { createPreviewConnection } = await import("../preview/preview-connection");
  return createPreviewConnection();
}

/**
 * The preload's errors carry the core's code and params in their message (contextBridge
 * keeps nothing else): turned back into Errors that have them, so the window words them.
 */
export function withInputErrors(host: WindowApi): WindowApi {
  return new Proxy(host, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>)
          .apply(target, args)
          .catch((error: unknown) => {
            const coded = codedErrorOf(error);
            throw coded ? codedError(coded.field, coded.code, coded.problem, coded.params) : error;
          });
    },
  });
}
