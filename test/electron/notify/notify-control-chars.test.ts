import { Notification } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDesktopNotifier } from "../../../electron/notify/desktop-notifier";
import { createNodeNotifierFallback } from "../../../electron/notify/node-notifier-fallback";
import { sanitizeNotificationText } from "../../../electron/notify/sanitize";

type FakeNotification = InstanceType<typeof Notification> & { options: Record<string, unknown> };
const instances = (Notification as unknown as { instances: FakeNotification[] }).instances;

/** node-notifier spawns a process: like child_process, it throws on a NUL in an argument. */
const spawningNotifier = {
  notify: vi.fn((options: Record<string, unknown>) => {
    for (const value of Object.values(options)) {
      if (typeof value === "string" && value.includes("\0")) {
        throw new TypeError("The argument 'args[1]' must be a string without null bytes");
      }
    }
  }),
};

beforeEach(() => {
  instances.length = 0;
  spawningNotifier.notify.mockClear();
});

describe("control characters in a notification", () => {
  const nasty = {
    title: "P1\0 svar\u0007",
    body: "Kund\0 AB\r\nrad två\u001b[31m",
    urgent: true,
    incidentId: "i-1",
  };

  it("the fallback never throws and sends clean text", () => {
    const log = vi.fn();
    const send = createNodeNotifierFallback({
      notifier: spawningNotifier,
      appName: "Jour",
      appId: "se.jour",
      onClick: vi.fn(),
      log,
    });
    expect(() => send(nasty)).not.toThrow();
    const options = spawningNotifier.notify.mock.calls[0]?.[0];
    expect(options?.["title"]).toBe("P1  svar ");
    expect(options?.["message"]).toBe("Kund  AB \nrad två [31m");
    expect(log).not.toHaveBeenCalled();
  });

  it("a notifier that throws anyway is logged, not thrown", () => {
    const log = vi.fn();
    const send = createNodeNotifierFallback({
      notifier: {
        notify: () => {
          throw new Error("spawn failed");
        },
      },
      appName: "Jour",
      appId: "se.jour",
      onClick: vi.fn(),
      log,
    });
    expect(() => send(nasty)).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("spawn failed"));
  });

  it("Electron's notification failing falls back without throwing, and Electron gets clean text", () => {
    vi.mocked(Notification.isSupported).mockReturnValue(true);
    const log = vi.fn();
    const notify = createDesktopNotifier({
      Notification,
      fallback: () => {
        throw new Error("fallback broke");
      },
      platform: "linux",
      onClick: vi.fn(),
      log,
    });
    expect(() => notify(nasty)).not.toThrow();
    expect(instances[0]?.options["title"]).toBe("P1  svar ");
    vi.mocked(Notification.isSupported).mockReturnValue(false);
    expect(() => notify(nasty)).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("fallback broke"));
  });

  it("cuts very long texts", () => {
    expect(sanitizeNotificationText("a".repeat(5000), 200)).toHaveLength(200);
  });
});
