import { createJourApp } from "../../shared/app/api";
import { createChangeHub, timeSignature } from "../../shared/app/change-events";
import type { JourHost } from "../api/connect";
import { browserShell } from "./browser-shell";
import { loadStoredDocument, localStoragePort } from "./local-storage-port";
import { previewClock } from "./preview-clock";
import { toastNotifier } from "./toast-notifier";

const ALERT_TICK_MS = 5000;

/**
 * The browser preview: the same app core as Electron's, in the page, over localStorage,
 * with toasts for notifications, and the browser's own window.open and clipboard for the
 * shell actions. Alerts are checked on a short tick, as the shell does,
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
    notifier: toastNotifier(),
    tickMs: ALERT_TICK_MS,
    ...(initial ? { initial } : {}),
  });
  app.onChange(() => hub.emit({ reason: "data" }));
  let signature: string | null = null;
  checkAlerts = () => {
    app
      .checkAlerts()
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
  return { api: { ...app, ...browserShell() }, events: hub, now: () => clock.now() };
}
