import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { desktopIdleSource } from "../../electron/idle-source";
import { mutterIdleTime } from "../../electron/mutter-idle";

/**
 * The Mutter path against a real session bus: `dbus-run-session` starts a private bus with
 * a stand-in IdleMonitor (dbus/mutter-idle-service.py, python3-gi) on it, and the adapter
 * calls it through the real `gdbus`, as on a GNOME Wayland desktop (.ci/run installs them).
 */
const SERVICE = path.join(import.meta.dirname, "dbus", "mutter-idle-service.py");

interface Bus {
  env: Record<string, string | undefined>;
  /** Sends a line to the bus's program and resolves with its next line of output. */
  say(line: string): Promise<string>;
  child: ChildProcessWithoutNullStreams;
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    child.stdin.end(); // the program ends, and dbus-run-session with it
    if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
  }
});

/** A private session bus running `program`, which prints "ready <address>" first. */
async function privateBus(program: string[]): Promise<Bus> {
  const child = spawn("dbus-run-session", ["--", ...program], { stdio: "pipe" });
  running.push(child);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error("the bus program ended");
    return line.value;
  };
  const ready = await next();
  const address = /^ready (.+)$/.exec(ready)?.[1];
  if (!address) throw new Error(`not ready: ${ready}`);
  return {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
    child,
    say: (line) => {
      child.stdin.write(`${line}\n`);
      return next();
    },
  };
}

describe("GNOME Mutter's idle time over a real session bus", () => {
  it("is read through gdbus, as the service counts it", async () => {
    const bus = await privateBus(["/usr/bin/python3", SERVICE]);
    const ask = mutterIdleTime({ execFile, env: bus.env });
    expect(await ask()).toBe(0);
    expect(await bus.say("754321")).toBe("set 754321");
    expect(await ask()).toBe(754_321);
  });

  it("feeds the desktop's idle source of a Wayland session", async () => {
    const bus = await privateBus(["/usr/bin/python3", SERVICE]);
    await bus.say(String(11 * 60_000));
    const logs: string[] = [];
    const source = desktopIdleSource({
      platform: "linux",
      env: { XDG_SESSION_TYPE: "wayland" },
      powerMonitor: { getSystemIdleTime: () => 0 }, // what Electron says on Wayland
      askMutter: mutterIdleTime({ execFile, env: bus.env }),
      now: () => Date.now(),
      log: (message) => logs.push(message),
    });
    expect(source.idleMs()).toBe(0); // the first answer is on its way
    await expect.poll(() => source.idleMs(), { timeout: 5_000 }).toBe(11 * 60_000);
    expect(logs).toEqual(["Idle time: from GNOME Mutter's IdleMonitor over D-Bus"]);
  });

  it("a session bus without Mutter (another desktop) is an error, not a 0", async () => {
    const bus = await privateBus(["sh", "-c", 'echo "ready $DBUS_SESSION_BUS_ADDRESS"; cat']);
    const ask = mutterIdleTime({ execFile, env: bus.env });
    await expect(ask()).rejects.toThrow(/ServiceUnknown|org\.gnome\.Mutter\.IdleMonitor/);
  });
});
