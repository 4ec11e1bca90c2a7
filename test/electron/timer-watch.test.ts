import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { desktopClock, powerIdleSource, watchPower } from "../../electron/timer-watch";

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
    const stop = watchPower({ powerMonitor: power, core, asked, log: vi.fn() });
    power.emit("suspend");
    expect(core.suspended).toHaveBeenCalledTimes(1);
    power.emit("resume");
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    core.resumed.mockResolvedValueOnce(false);
    power.emit("resume");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toHaveBeenCalledTimes(1);
    stop();
    expect(power.listenerCount("suspend") + power.listenerCount("resume")).toBe(0);
  });
});
