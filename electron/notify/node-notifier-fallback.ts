import { clickTarget, type NotificationTarget } from "../../shared/app/ports";
import type { ShellNotification } from "./desktop-notifier";
import { sanitizeNotification } from "./sanitize";

/** node-notifier's `notify`, as far as the fallback uses it. */
export interface NodeNotifierLike {
  notify(
    options: Record<string, string | boolean | number>,
    callback: (error: Error | null, response: string) => void,
  ): unknown;
}

export interface NodeNotifierFallbackDeps {
  notifier: NodeNotifierLike;
  appName: string;
  /** The Windows AppUserModelID (SnoreToast shows toasts under it). */
  appId: string;
  icon?: string;
  onClick: (target: NotificationTarget) => void;
  log: (message: string) => void;
}

/**
 * The fallback channel: notify-send on Linux, SnoreToast on Windows, terminal-notifier on
 * macOS. A click (where the desktop reports one) opens the incident, like Electron's.
 */
export function createNodeNotifierFallback(deps: NodeNotifierFallbackDeps) {
  return function sendWithNodeNotifier(raw: ShellNotification): void {
    const notification = sanitizeNotification(raw);
    try {
      send(notification);
    } catch (error) {
      // Spawning the notifier can throw (a NUL in an argument did): logged, never thrown.
      deps.log(`node-notifier failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  function send(notification: ShellNotification): void {
    const target = clickTarget(notification);
    deps.notifier.notify(
      {
        title: notification.title,
        message: notification.body,
        // notify-send's flag name (node-notifier passes it through as is).
        "app-name": deps.appName,
        appID: deps.appId,
        urgency: notification.urgent ? "critical" : "normal",
        // Waiting keeps the notifier process alive to report a click: only worth it when
        // a click has somewhere to go.
        wait: target !== null,
        ...(deps.icon ? { icon: deps.icon } : {}),
      },
      (error, response) => {
        if (error) {
          deps.log(`node-notifier failed: ${error.message}`);
          return;
        }
        if (target !== null && /^(activate|click|clicked)/i.test(response ?? "")) {
          deps.onClick(target);
        }
      },
    );
  }
}
