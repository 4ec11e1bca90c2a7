import type { ChildProcess } from "node:child_process";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { promisify } from "node:util";

/**
 * A private desktop session for the notification test: a D-Bus session bus of its own
 * (dbus-run-session, ended when its stdin closes, so it dies with the test process), an
 * Xvfb display, notification-daemon serving org.freedesktop.Notifications on that bus, and
 * dbus-monitor recording every call to it.
 */
export interface DesktopSession {
  env: { DBUS_SESSION_BUS_ADDRESS: string; DISPLAY: string };
  /** Everything dbus-monitor printed so far. */
  monitored(): string;
  close(): Promise<void>;
}

const run = promisify(execFile);

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const newline = text.indexOf("\n");
      if (newline >= 0) {
        child.stdout?.off("data", onData);
        resolve(text.slice(0, newline).trim());
      }
    };
    child.stdout?.on("data", onData);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${what} exited (${code}) before answering`)));
  });
}

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export async function startDesktopSession(): Promise<DesktopSession> {
  const children: ChildProcess[] = [];
  const start = (command: string, args: string[], env?: NodeJS.ProcessEnv) => {
    const child = spawn(command, args, {
      stdio: ["pipe", "pipe", "pipe"],
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    children.push(child);
    return child;
  };
  const close = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = once(child, "exit");
      if (child.spawnargs[0] === "dbus-run-session") child.stdin?.end();
      else child.kill("SIGTERM");
      await exited;
    }
  };

  try {
    const bus = start("dbus-run-session", [
      "--",
      "sh",
      "-c",
      'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null',
    ]);
    const address = await firstLine(bus, "dbus-run-session");
    const xvfb = start("Xvfb", [
      "-displayfd",
      "1",
      "-nolisten",
      "tcp",
      "-screen",
      "0",
      "640x480x24",
    ]);
    const display = `:${await firstLine(xvfb, "Xvfb")}`;
    const env = { DBUS_SESSION_BUS_ADDRESS: address, DISPLAY: display };

    start("/usr/lib/notification-daemon/notification-daemon", ["--replace"], env);
    await until(async () => {
      const { stdout } = await run(
        "dbus-send",
        [
          "--session",
          "--print-reply",
          "--dest=org.freedesktop.DBus",
          "/org/freedesktop/DBus",
          "org.freedesktop.DBus.NameHasOwner",
          "string:org.freedesktop.Notifications",
        ],
        { env: { ...process.env, ...env } },
      ).catch(() => ({ stdout: "" }));
      return stdout.includes("boolean true");
    }, "notification-daemon to own org.freedesktop.Notifications");

    let log = "";
    const monitor = start(
      "dbus-monitor",
      ["--session", "interface='org.freedesktop.Notifications'"],
      env,
    );
    monitor.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    // dbus-monitor says hello (its NameAcquired signal) once it is listening.
    await until(() => log.includes("NameAcquired") || log.length > 0, "dbus-monitor");

    return { env, monitored: () => log, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export { until };
