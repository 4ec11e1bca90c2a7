import { Notification } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ShellNotification } from "../../../electron/notify/desktop-notifier";
import { createDesktopNotifier } from "../../../electron/notify/desktop-notifier";
import { createNodeNotifierFallback } from "../../../electron/notify/node-notifier-fallback";
import { createTargetOpener } from "../../../electron/notify/open-target";

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
    expect(onClick).toHaveBeenCalledWith({ kind: "incident", id: "7" });
  });

  it("a handover reminder's click opens its link or the week report", () => {
    const { notify, onClick } = setup();
    const reminder = { title: "Din jourvecka börjar", body: "v. 48", urgent: false };
    notify({ ...reminder, target: { kind: "url", url: "https://portal.example" } });
    notify({ ...reminder, target: { kind: "view", view: "report" } });
    notify(reminder);
    for (const shown of instances) shown.emit("click");
    expect(onClick.mock.calls).toEqual([
      [{ kind: "url", url: "https://portal.example" }],
      [{ kind: "view", view: "report" }],
    ]);
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
    expect(onClick).toHaveBeenCalledWith({ kind: "incident", id: "7" });
  });

  it("waits for a click on a reminder with a target, and passes the target on", () => {
    const notifier = { notify: vi.fn() };
    const onClick = vi.fn();
    const send = createNodeNotifierFallback({
      notifier,
      appName: "Jour",
      appId: "se.jour.tray",
      onClick,
      log: vi.fn(),
    });
    send({
      title: "Jourveckan är slut",
      body: "v. 48",
      urgent: false,
      target: { kind: "view", view: "report" },
    });
    const [options, callback] = notifier.notify.mock.calls[0] as [
      Record<string, unknown>,
      (error: Error | null, response: string) => void,
    ];
    expect(options).toMatchObject({ wait: true });
    callback(null, "clicked");
    expect(onClick).toHaveBeenCalledWith({ kind: "view", view: "report" });
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

describe("a clicked notification's target", () => {
  it("opens the incident or the week report in the window, or the link", () => {
    const openWindow = vi.fn();
    const openLink = vi.fn(async () => true);
    const open = createTargetOpener({ openWindow, openLink });
    open({ kind: "incident", id: "7" });
    open({ kind: "view", view: "report" });
    open({ kind: "url", url: "https://portal.example/v" });
    expect(openWindow.mock.calls).toEqual([
      [{ view: "incident", incidentId: "7" }],
      [{ view: "report" }],
    ]);
    expect(openLink).toHaveBeenCalledWith("https://portal.example/v");
  });
});
