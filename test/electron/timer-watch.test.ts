import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { desktopClock, powerIdleSource, watchPower } from "../../electron/timer-watch";

/** A core whose lock methods are not under test here. */
const lockless = <T extends object>(core: T) => ({
  ...core,
  locked: vi.fn(),
  unlocked: vi.fn(() => Promise.resolve(false)),
});

describe("the timer's watch on the desktop", () => {
  it("reads powerMonitor's idle seconds as ms", () => {
    expect(powerIdleSource({ getSystemIdleTime: () => 42 }).idleMs()).toBe(42_000);
  });

  it("has a monotonic reading beside the wall clock", () => {
    const clock = desktopClock(
      () => 5,
      () => 7,
    );
    expect([clock.now(), clock.monotonic?.()]).toEqual([5, 7]);
    const real = desktopClock();
    const a = real.monotonic?.() ?? 0;
    expect((real.monotonic?.() ?? 0) >= a).toBe(true);
  });

  it("forwards suspend and resume, shows the window when the core asks, and stops", async () => {
    const power = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 });
    const core = { suspended: vi.fn(), resumed: vi.fn(() => Promise.resolve(true)) };
    const asked = vi.fn();
    const stop = watchPower({ powerMonitor: power, core: lockless(core), asked, log: vi.fn() });
    power.emit("suspend");
    expect(core.suspended).toHaveBeenCalledTimes(1);
    power.emit("resume");
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    core.resumed.mockResolvedValueOnce(false);
    power.emit("resume");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toHaveBeenCalledTimes(1);
    stop();
    expect(power.eventNames()).toEqual([]);
  });

  it("forwards the screen lock and unlock; an unlock that asks shows the window", async () => {
    const power = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 });
    const core = {
      suspended: vi.fn(),
      resumed: vi.fn(() => Promise.resolve(false)),
      locked: vi.fn(),
      unlocked: vi.fn(() => Promise.resolve(true)),
    };
    const asked = vi.fn();
    const log = vi.fn();
    const stop = watchPower({ powerMonitor: power, core, asked, log });
    power.emit("lock-screen");
    expect(core.locked).toHaveBeenCalledTimes(1);
    power.emit("unlock-screen");
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    core.unlocked.mockRejectedValueOnce(new Error("disk full"));
    power.emit("unlock-screen");
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith("Unlock: Error: disk full"));
    expect(asked).toHaveBeenCalledTimes(1);
    stop();
    expect(power.eventNames()).toEqual([]);
  });
});
