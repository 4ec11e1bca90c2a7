import { describe, expect, it, vi } from "vitest";
import { desktopIdleSource, MUTTER_MAX_AGE_MS, MUTTER_TRIES } from "../../electron/idle-source";
import { parseIdletime } from "../../electron/mutter-idle";

/** A desktop whose powerMonitor says `seconds` and whose Mutter answers `mutter()`. */
function desktop(options: { platform?: NodeJS.Platform; wayland?: boolean } = {}) {
  const state = { seconds: 0, now: 1_000_000 };
  const askMutter = vi.fn(() => Promise.resolve(0));
  const log = vi.fn();
  const source = desktopIdleSource({
    platform: options.platform ?? "linux",
    env: options.wayland ? { XDG_SESSION_TYPE: "wayland" } : { XDG_SESSION_TYPE: "x11" },
    powerMonitor: { getSystemIdleTime: () => state.seconds },
    askMutter,
    now: () => state.now,
    log,
  });
  // One tick: read, let the background D-Bus call settle, 5 s pass.
  const tick = async () => {
    const ms = source.idleMs();
    await new Promise((resolve) => setTimeout(resolve, 0));
    state.now += 5_000;
    return ms;
  };
  return { state, askMutter, log, source, tick };
}

describe("the desktop's idle time on Linux", () => {
  it("on Wayland powerMonitor's 0 is replaced by Mutter's count, one tick late", async () => {
    const d = desktop({ wayland: true });
    d.askMutter.mockResolvedValue(700_000);
    expect(await d.tick()).toBe(0);
    expect(await d.tick()).toBe(700_000);
    d.askMutter.mockResolvedValue(1_500);
    await d.tick();
    expect(await d.tick()).toBe(1_500);
    expect(d.log).toHaveBeenCalledWith("Idle time: from GNOME Mutter's IdleMonitor over D-Bus");
    expect(d.log).toHaveBeenCalledTimes(1);
  });

  it("on Wayland Mutter wins over XWayland's count, which sees only X clients", async () => {
    const d = desktop({ wayland: true });
    d.state.seconds = 3_600;
    d.askMutter.mockResolvedValue(2_000);
    await d.tick();
    expect(await d.tick()).toBe(2_000);
  });

  it("on X11 a powerMonitor count above 0 shows it works: Mutter is asked no more", async () => {
    const d = desktop();
    d.askMutter.mockResolvedValue(900_000);
    await d.tick();
    expect(await d.tick()).toBe(900_000); // stuck at 0 so far: Mutter's word
    d.state.seconds = 42;
    const calls = d.askMutter.mock.calls.length;
    expect(await d.tick()).toBe(42_000);
    d.state.seconds = 0;
    expect(await d.tick()).toBe(0);
    expect(d.askMutter).toHaveBeenCalledTimes(calls);
  });

  it("a stale reading is not used (the timer was off between ticks)", async () => {
    const d = desktop({ wayland: true });
    d.askMutter.mockResolvedValue(600_000);
    await d.tick();
    d.state.now += MUTTER_MAX_AGE_MS;
    d.askMutter.mockReturnValue(new Promise(() => undefined)); // this answer never comes
    expect(await d.tick()).toBe(0);
  });

  it("without Mutter (KDE, Sway, no gdbus) it falls back to powerMonitor and says so once", async () => {
    const d = desktop({ wayland: true });
    d.askMutter.mockRejectedValue(new Error("ServiceUnknown"));
    for (let i = 0; i < MUTTER_TRIES + 3; i++) expect(await d.tick()).toBe(0);
    expect(d.askMutter).toHaveBeenCalledTimes(MUTTER_TRIES);
    expect(d.log).toHaveBeenCalledTimes(1);
    expect(d.log.mock.calls[0]?.[0]).toMatch(/Mutter does not answer .*ServiceUnknown/);
  });

  it("asks one call at a time", async () => {
    const d = desktop({ wayland: true });
    d.askMutter.mockReturnValue(new Promise(() => undefined));
    d.source.idleMs();
    d.source.idleMs();
    expect(d.askMutter).toHaveBeenCalledTimes(1);
  });

  it("elsewhere it is powerMonitor's count and D-Bus is never asked", async () => {
    const d = desktop({ platform: "darwin", wayland: true });
    d.state.seconds = 3;
    expect(await d.tick()).toBe(3_000);
    expect(d.askMutter).not.toHaveBeenCalled();
  });
});

describe("Mutter's reply", () => {
  it("is read from gdbus's GVariant text, and anything else is refused", () => {
    expect(parseIdletime("(uint64 123456,)\n")).toBe(123_456);
    expect(() =>
      parseIdletime("Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown"),
    ).toThrow(/unexpected reply/);
  });
});
