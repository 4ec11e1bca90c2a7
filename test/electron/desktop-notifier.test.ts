import { Notification } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ShellNotification } from "../../electron/notify/desktop-notifier";
import { createDesktopNotifier } from "../../electron/notify/desktop-notifier";
import { createNodeNotifierFallback } from "../../electron/notify/node-notifier-fallback";

// The fake keeps its constructor options (see mock-electron.ts).
type FakeNotification = InstanceType<typeof Notification> & { options: Record<string, unknown> };
const instances = (Notification as unknown as { instances: FakeNotification[] }).instances;

const alert: ShellNotification = {
  title: "P1 deadline passed 12 min ago",
  body: "Kund AB · Sajten är nere",
  urgent: true,
  incidentId: "7",
};

function setup(platform: NodeJS.Platform = "linux") {
  const fallback = vi.fn();
  const onClick = vi.fn();
  const notify = createDesktopNotifier({
    Notification,
    fallback,
    platform,
    onClick,
    log: vi.fn(),
  });
  return { notify, fallback, onClick };
}

beforeEach(() => {
  instances.length = 0;
  vi.mocked(Notification.isSupported).mockReturnValue(true);
});

describe("desktop notifications", () => {
  it("shows Electron's notification, critical on Linux for a passed deadline", () => {
    const { notify, fallback } = setup("linux");
    notify(alert);
    notify({ ...alert, urgent: false });
    expect(instances[0]?.options).toMatchObject({
      title: alert.title,
      body: alert.body,
      urgency: "critical",
      timeoutType: "never",
    });
    expect(instances[1]?.options).toMatchObject({ urgency: "normal" });
    expect(instances[0]?.show).toHaveBeenCalled();
    expect(fallback).not.toHaveBeenCalled();
  });

  it("sets no urgency off Linux (it is a Linux-only option)", () => {
    setup("win32").notify(alert);
    expect(instances[0]?.options).not.toHaveProperty("urgency");
  });

  it("a click opens that incident", () => {
    const { notify, onClick } = setup();
    notify(alert);
    instances[0]?.emit("click");
    expect(onClick).toHaveBeenCalledWith("7");
  });

  it("falls back to node-notifier when Electron says unsupported", () => {
    vi.mocked(Notification.isSupported).mockReturnValue(false);
    const { notify, fallback } = setup();
    notify(alert);
    expect(instances).toHaveLength(0);
    expect(fallback).toHaveBeenCalledWith(alert);
  });

  it("falls back once when the notification fails, or when showing it throws", () => {
    const { notify, fallback } = setup();
    notify(alert);
    instances[0]?.emit("failed", {}, "toast failed");
    instances[0]?.emit("failed", {}, "again");
    expect(fallback).toHaveBeenCalledTimes(1);

    const throwing = setup();
    const original = Notification.prototype.on;
    Notification.prototype.on = function () {
      throw new Error("no notification server");
    };
    try {
      throwing.notify(alert);
    } finally {
      Notification.prototype.on = original;
    }
    expect(throwing.fallback).toHaveBeenCalledWith(alert);
  });
});

describe("the node-notifier fallback", () => {
  it("sends title, message and urgency, and a click opens the incident", () => {
    const notifier = { notify: vi.fn() };
    const onClick = vi.fn();
    const send = createNodeNotifierFallback({
      notifier,
      appName: "Jour",
      appId: "se.jour.tray",
      onClick,
      log: vi.fn(),
    });
    send(alert);
    const [options, callback] = notifier.notify.mock.calls[0] as [
      Record<string, unknown>,
      (error: Error | null, response: string) => void,
    ];
    expect(options).toMatchObject({
      title: alert.title,
      message: alert.body,
      "app-name": "Jour",
      appID: "se.jour.tray",
      urgency: "critical",
      wait: true,
    });
    callback(null, "timeout");
    expect(onClick).not.toHaveBeenCalled();
    callback(null, "activate");
    expect(onClick).toHaveBeenCalledWith("7");
  });

  it("does not wait for a click when there is nothing to open, and logs a failure", () => {
    const notifier = { notify: vi.fn() };
    const log = vi.fn();
    const send = createNodeNotifierFallback({
      notifier,
      appName: "Jour",
      appId: "se.jour.tray",
      onClick: vi.fn(),
      log,
    });
    send({ title: "Kopierat", body: "v. 48", urgent: false });
    const [options, callback] = notifier.notify.mock.calls[0] as [
      Record<string, unknown>,
      (error: Error | null, response: string) => void,
    ];
    expect(options).toMatchObject({ wait: false, urgency: "normal" });
    callback(new Error("notify-send must be installed"), "");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("notify-send must be installed"));
  });
});
