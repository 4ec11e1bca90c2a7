import nodeNotifier from "node-notifier";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createNodeNotifierFallback } from "../../../electron/notify/node-notifier-fallback";
import type { DesktopSession } from "../desktop-session";
import { startDesktopSession, until } from "../desktop-session";

/**
 * A real alert through the fallback channel (node-notifier → notify-send) to a real
 * notification server on a private D-Bus session, seen arriving by dbus-monitor. Needs
 * Linux with xvfb, dbus, notification-daemon and libnotify-bin (.ci/run installs them).
 */
let session: DesktopSession;
const saved = { bus: process.env["DBUS_SESSION_BUS_ADDRESS"], display: process.env["DISPLAY"] };

beforeAll(async () => {
  session = await startDesktopSession();
  // notify-send inherits this process's environment: point it at the private session.
  process.env["DBUS_SESSION_BUS_ADDRESS"] = session.env.DBUS_SESSION_BUS_ADDRESS;
  process.env["DISPLAY"] = session.env.DISPLAY;
}, 30_000);

afterAll(async () => {
  restore("DBUS_SESSION_BUS_ADDRESS", saved.bus);
  restore("DISPLAY", saved.display);
  await session?.close();
});

function restore(name: "DBUS_SESSION_BUS_ADDRESS" | "DISPLAY", value: string | undefined) {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}

describe("the node-notifier fallback on a Linux desktop", () => {
  it("delivers a passed-deadline alert to the notification server, urgent", async () => {
    const log = vi.fn();
    const send = createNodeNotifierFallback({
      notifier: nodeNotifier,
      appName: "Jour",
      appId: "se.jour.tray",
      onClick: vi.fn(),
      log,
    });
    const title = `P1 svar senast 14:05 (${process.pid})`;
    send({ title, body: "Kund AB · Sajten är nere · passerad", urgent: true, incidentId: "7" });

    await until(() => session.monitored().includes(title), "the Notify call on the bus", 15_000);
    const call = session.monitored().slice(session.monitored().lastIndexOf("member=Notify"));
    expect(call).toContain('string "Jour"');
    expect(call).toContain(`string "${title}"`);
    expect(call).toContain('string "Kund AB · Sajten är nere · passerad"');
    // The urgency hint: 2 is "critical" in the Desktop Notifications spec.
    expect(call).toMatch(/string "urgency"\s+variant\s+byte 2/);
    expect(log).not.toHaveBeenCalled();
  }, 30_000);
});
