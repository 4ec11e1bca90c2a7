import { codedError, codedErrorOf } from "../lib/coded-error";
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
  if (host) return withInputErrors(host);
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
