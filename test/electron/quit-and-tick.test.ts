import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { startAlertTicker } from "../../electron/alert-ticker";
import type { QuitChoice, UnsavedChoice } from "../../electron/quit-guard";
import { createQuitGuard } from "../../electron/quit-guard";

function guard(running: boolean, choice: QuitChoice) {
  const deps = {
    isTimerRunning: vi.fn(() => Promise.resolve(running)),
    ask: vi.fn(() => Promise.resolve(choice)),
    stopTimer: vi.fn(() => Promise.resolve()),
    cleanUp: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    log: vi.fn(),
  };
  return { deps, onBeforeQuit: createQuitGuard(deps) };
}
const quitEvent = () => ({ preventDefault: vi.fn() });

describe("quitting", () => {
  it("without a timer: no question, the store is flushed, then the app quits", async () => {
    const { deps, onBeforeQuit } = guard(false, "cancel");
    const first = quitEvent();
    onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.cleanUp).toHaveBeenCalled();
    const second = quitEvent();
    onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it("with a running timer it asks; Cancel keeps the app running", async () => {
    const { deps, onBeforeQuit } = guard(true, "cancel");
    onBeforeQuit(quitEvent());
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(deps.quit).not.toHaveBeenCalled();
    expect(deps.cleanUp).not.toHaveBeenCalled();
    // Asked again on the next attempt.
    const again = quitEvent();
    onBeforeQuit(again);
    expect(again.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalledTimes(2));
  });

  it("Stop and quit stops the timer before flushing", async () => {
    const { deps, onBeforeQuit } = guard(true, "stop-and-quit");
    onBeforeQuit(quitEvent());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
    expect(deps.stopTimer.mock.invocationCallOrder[0]).toBeLessThan(
      deps.cleanUp.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it("Quit anyway leaves the timer running (it is stored) and quits", async () => {
    const { deps, onBeforeQuit } = guard(true, "quit");
    onBeforeQuit(quitEvent());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
    expect(deps.stopTimer).not.toHaveBeenCalled();
  });
});

describe("quitting with a change that cannot be saved", () => {
  const unsaved = (choices: UnsavedChoice[], failures: number) => {
    let saves = 0;
    const deps = {
      isTimerRunning: vi.fn(() => Promise.resolve(false)),
      ask: vi.fn(() => Promise.resolve("quit" as const)),
      stopTimer: vi.fn(() => Promise.resolve()),
      save: vi.fn(() =>
        ++saves <= failures ? Promise.reject(new Error("ENOSPC")) : Promise.resolve(),
      ),
      askUnsaved: vi.fn(() => Promise.resolve(choices.shift() ?? "quit")),
      openFolder: vi.fn(() => Promise.resolve()),
      cleanUp: vi.fn(() => Promise.resolve()),
      quit: vi.fn(),
      log: vi.fn(),
    };
    return { deps, onBeforeQuit: createQuitGuard(deps) };
  };

  it("asks instead of dropping it: Open data folder, then Try again saves it and quits", async () => {
    const { deps, onBeforeQuit } = unsaved(["open-folder", "retry"], 1);
    onBeforeQuit(quitEvent());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
    expect(deps.askUnsaved).toHaveBeenCalledTimes(2);
    expect(deps.openFolder).toHaveBeenCalledTimes(1);
    expect(deps.save).toHaveBeenCalledTimes(2);
  });

  it("Quit anyway quits with the change unsaved, after asking once", async () => {
    const { deps, onBeforeQuit } = unsaved(["quit"], 5);
    onBeforeQuit(quitEvent());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
    expect(deps.askUnsaved).toHaveBeenCalledTimes(1);
    expect(deps.save).toHaveBeenCalledTimes(1);
  });

  it("a save that works asks nothing", async () => {
    const { deps, onBeforeQuit } = unsaved([], 0);
    onBeforeQuit(quitEvent());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
    expect(deps.askUnsaved).not.toHaveBeenCalled();
  });
});

describe("the alert ticker", () => {
  it("checks at start, on every tick, on resume and on unlock; then refreshes", async () => {
    vi.useFakeTimers();
    try {
      const power = new EventEmitter();
      const check = vi.fn(() => Promise.resolve());
      const afterCheck = vi.fn(() => Promise.resolve());
      const stop = startAlertTicker({
        check,
        afterCheck,
        powerMonitor: power,
        setInterval: (run, ms) => setInterval(run, ms),
        clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
        intervalMs: 5000,
        log: vi.fn(),
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(check).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(check).toHaveBeenCalledTimes(3);
      power.emit("resume");
      await vi.advanceTimersByTimeAsync(0);
      power.emit("unlock-screen");
      await vi.advanceTimersByTimeAsync(0);
      expect(check).toHaveBeenCalledTimes(5);
      expect(afterCheck).toHaveBeenCalledTimes(5);

      stop.stop();
      await vi.advanceTimersByTimeAsync(60_000);
      power.emit("resume");
      expect(check).toHaveBeenCalledTimes(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it("while a timer runs, beats each second on one timer and still checks every interval", async () => {
    vi.useFakeTimers();
    try {
      const power = new EventEmitter();
      const check = vi.fn(() => Promise.resolve());
      const afterCheck = vi.fn(() => Promise.resolve());
      const active = new Set<unknown>();
      const ticker = startAlertTicker({
        check,
        afterCheck,
        powerMonitor: power,
        setInterval: (run, ms) => {
          const handle = setInterval(run, ms);
          active.add(handle);
          return handle;
        },
        clearInterval: (handle) => {
          active.delete(handle);
          clearInterval(handle as ReturnType<typeof setInterval>);
        },
        intervalMs: 5000,
        log: vi.fn(),
      });
      await vi.advanceTimersByTimeAsync(0);
      const onBeat = vi.fn();
      ticker.beat(onBeat, 1000);
      expect(active.size).toBe(1);
      await vi.advanceTimersByTimeAsync(10_000);
      // Ten wakes: eight beats and two checks (each check refreshes the whole tray).
      expect(onBeat).toHaveBeenCalledTimes(8);
      expect(check).toHaveBeenCalledTimes(3);
      expect(afterCheck).toHaveBeenCalledTimes(3);

      ticker.beat(null, 1000);
      expect(active.size).toBe(1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(onBeat).toHaveBeenCalledTimes(8);
      expect(check).toHaveBeenCalledTimes(5);

      ticker.stop();
      expect(active.size).toBe(0);
      // A check under way at quit ends in a refresh that asks for a beat: nothing restarts.
      ticker.beat(onBeat, 1000);
      ticker.beat(null, 1000);
      expect(active.size).toBe(0);
      power.emit("resume");
      await vi.advanceTimersByTimeAsync(10_000);
      expect(check).toHaveBeenCalledTimes(5);
    } finally {
      vi.useRealTimers();
    }
  });
});
