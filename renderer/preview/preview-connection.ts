import { createJourApp } from "../../shared/app/api";
import type { WindowApi } from "../../shared/shell-api";
import { browserShell } from "./browser-shell";
import { loadStoredDocument, localStoragePort } from "./local-storage-port";
import { previewClock } from "./preview-clock";
import { toastNotifier } from "./toast-notifier";

const ALERT_TICK_MS = 5000;

/**
 * The browser preview: the same app core as Electron's, in the page, over localStorage,
 * with toasts for notifications, and the browser's own window.open and clipboard for the
 * shell actions. Alerts are checked on a short tick, as the shell does,
 * and at once whenever a test moves the clock.
 */
export function createPreviewConnection(): WindowApi {
  let checkAlerts = (): void => undefined;
  const clock = previewClock(window.location.search, () => checkAlerts());
  const initial = loadStoredDocument();
  const app = createJourApp({
    clock,
    storage: localStoragePort(),
    notifier: toastNotifier(),
    tickMs: ALERT_TICK_MS,
    ...(initial ? { initial } : {}),
  });
  checkAlerts = () => {
    void app.checkAlerts().catch((error: unknown) => console.error("Jour alerts", error));
  };
  checkAlerts();
  setInterval(checkAlerts, ALERT_TICK_MS);
  // A browser has no idle time or sleep to watch: the e2e tests report them by hand.
  if (window.__jourTestClock) window.__jourTestIdle = (report) => app.reportIdle(report);
  return { ...app, ...browserShell() };
}

declare global {
  interface Window {
    /** Only with a test clock: "the user was away" as the desktop shell reports it. */
    __jourTestIdle?: (report: { idleSince: number; backAt: number }) => Promise<boolean>;
  }
}
