import { sanitizeNotification } from "./sanitize";
import { clickTarget, type NotificationTarget } from "../../shared/app/ports";

/** A notification the shell shows: an SLA alert (with its incident) or a confirmation. */
export interface ShellNotification {
  title: string;
  body: string;
  /** A passed deadline: critical urgency where the desktop supports it. */
  urgent: boolean;
  /** The incident a click opens; none for a confirmation. */
  incidentId?: string;
  /** Or what else a click opens (a handover reminder's link or view). */
  target?: NotificationTarget;
}

/** The parts of Electron's Notification the notifier uses. */
export interface ElectronNotificationLike {
  on(event: "click" | "close", listener: () => void): unknown;
  on(event: "failed", listener: (event: unknown, error: string) => void): unknown;
  show(): void;
}
export interface ElectronNotificationClass {
  new (options: {
    title: string;
    body: string;
    silent: boolean;
    icon?: string;
    urgency?: "normal" | "critical" | "low";
    timeoutType?: "default" | "never";
  }): ElectronNotificationLike;
  isSupported(): boolean;
}

export interface DesktopNotifierDeps {
  Notification: ElectronNotificationClass;
  /** node-notifier: used when Electron's notification is unsupported or fails. */
  fallback: (notification: ShellNotification) => void;
  platform: NodeJS.Platform;
  icon?: string;
  /** A click on a notification that has a target (clickTarget). */
  onClick: (target: NotificationTarget) => void;
  log: (message: string) => void;
}

/**
 * Electron's Notification first, node-notifier as the fallback channel (PRODUCT stack).
 * Shown notifications are kept referenced until closed: a garbage-collected notification
 * loses its click handler.
 */
export function createDesktopNotifier(deps: DesktopNotifierDeps) {
  const live = new Set<ElectronNotificationLike>();

  // A notification that cannot be shown is logged: it must never throw in main.
  const fallbackSafely = (notification: ShellNotification) => {
    try {
      deps.fallback(notification);
    } catch (error) {
      deps.log(`node-notifier failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return function notify(raw: ShellNotification): void {
    const notification = sanitizeNotification(raw);
    if (!deps.Notification.isSupported()) {
      fallbackSafely(notification);
      return;
    }
    let fellBack = false;
    const fallBack = (reason: string) => {
      if (fellBack) return;
      fellBack = true;
      deps.log(`Electron notification failed (${reason}); using node-notifier`);
      fallbackSafely(notification);
    };
    try {
      const shown = new deps.Notification({
        title: notification.title,
        body: notification.body,
        silent: false,
        ...(deps.icon ? { icon: deps.icon } : {}),
        // urgency is Linux-only; a critical notification stays until the user acts.
        ...(deps.platform === "linux"
          ? { urgency: notification.urgent ? "critical" : "normal" }
          : {}),
        ...(notification.urgent ? { timeoutType: "never" as const } : {}),
      });
      live.add(shown);
      shown.on("click", () => {
        const target = clickTarget(notification);
        if (target) deps.onClick(target);
      });
      shown.on("close", () => live.delete(shown));
      shown.on("failed", (_event, error) => {
        live.delete(shown);
        fallBack(error);
      });
      shown.show();
    } catch (error) {
      fallBack(error instanceof Error ? error.message : String(error));
    }
  };
}
