import { createJourApp } from "../../shared/app/api";
import { createChangeHub, timeSignature } from "../../shared/app/status/change-events";
import type { JourHost } from "../api/jour-host";
import type { WindowApi } from "../../shared/shell-api";
import { browserShell } from "./browser-shell";
import { browserAbout } from "./browser-about";
import { localStorageCopies } from "./local-storage-copies";
import { loadStoredDocument, localStoragePort } from "./local-storage-port";
import { previewClock } from "./preview-clock";
import { toastNotifier } from "./toast-notifier";

const ALERT_TICK_MS = 5000;

/**
 * The browser preview: the same app core as Electron's, in the page, over localStorage,
 * with toasts for notifications, and the browser's own window.open and clipboard for the
 * shell actions. The timer's watch and the alerts are checked on a short tick, as the shell
 * does,
 * and at once whenever a test moves the clock. Changes are pushed to the window as main
 * pushes them in Electron: on every change of the data, and when time changed the status.
 */
export function createPreviewConnection(): JourHost {
  const hub = createChangeHub();
  let checkAlerts = (): void => undefined;
  const clock = previewClock(window.location.search, () => {
    hub.emit({ reason: "clock" });
    checkAlerts();
  });
  const initial = loadStoredDocument();
  const app = createJourApp({
    clock,
    storage: localStoragePort(),
    copies: localStorageCopies(),
    notifier: toastNotifier(),
    tickMs: ALERT_TICK_MS,
    ...(initial ? { initial } : {}),
  });
  app.onChange(() => hub.emit({ reason: "data" }));
  let signature: string | null = null;
  checkAlerts = () => {
    // The timer's watch first (a long session, a clock that jumped), then the deadlines.
    app
      .checkTimer()
      .then(() => app.checkAlerts())
      .then(() => app.getStatus())
      .then((status) => {
        const next = timeSignature(status);
        if (signature !== null && next !== signature) hub.emit({ reason: "alerts" });
        signature = next;
      })
      .catch((error: unknown) => console.error("Jour alerts", error));
  };
  checkAlerts();
  setInterval(checkAlerts, ALERT_TICK_MS);
  // A browser has no idle time or sleep to watch: the e2e tests report them by hand.
  if (window.__jourTestClock) window.__jourTestIdle = (report) => app.reportIdle(report);
  return {
    api: countedForTests({ ...app, ...browserShell(), ...browserAbout() }),
    events: hub,
    now: () => clock.now(),
  };
}

/**
 * With `?count-calls` in the URL (end-to-end tests only): how often the window called each
 * method, in `window.__jourTestCalls`, so a test can see it asks nothing on a timer.
 */
function countedForTests(api: WindowApi): WindowApi {
  if (!new URLSearchParams(window.location.search).has("count-calls")) return api;
  const calls: Record<string, number> = {};
  window.__jourTestCalls = calls;
  return new Proxy(api, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function" || typeof key !== "string") return value;
      return (...args: unknown[]) => {
        calls[key] = (calls[key] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

declare global {
  interface Window {
    /** Only with a test clock: "the user was away" as the desktop shell reports it. */
    __jourTestIdle?: (report: { idleSince: number; backAt: number }) => Promise<boolean>;
    /** Only with `?count-calls`: the window's calls to the app core, by method. */
    __jourTestCalls?: Record<string, number>;
  }
}
