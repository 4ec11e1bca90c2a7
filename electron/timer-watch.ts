import type { JourApp } from "../shared/app/api";
import type { Clock, IdleSource } from "../shared/app/ports";

/** The parts of powerMonitor the timer's watch uses. */
export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
}

/** Sleep and wake; the screen lock (Electron emits it on macOS and Windows). */
type PowerEvent = "suspend" | "resume" | "lock-screen" | "unlock-screen";

/** The desktop's idle time from powerMonitor (it counts in whole seconds). */
export function powerIdleSource(
  powerMonitor: Pick<PowerMonitorLike, "getSystemIdleTime">,
): IdleSource {
  return { idleMs: () => powerMonitor.getSystemIdleTime() * 1000 };
}

/**
 * The wall clock and a monotonic one (performance.now(): it never jumps when the clock is
 * set; on Linux and macOS it stands still while the machine sleeps: docs/timer.md).
 */
export const desktopClock = (now = () => Date.now(), mono = () => performance.now()): Clock => ({
  now,
  monotonic: mono,
});

/**
 * Forwards sleep and wake, lock and unlock to the app core: a running timer's time asleep
 * or locked is idle time, and on wake or unlock the core asks about it. When it asks, the
 * window opens to show the question.
 */
export function watchPower(deps: {
  powerMonitor: PowerMonitorLike;
  core: Pick<JourApp, "suspended" | "resumed" | "locked" | "unlocked">;
  asked: () => void;
  log: (message: string) => void;
}): () => void {
  const { powerMonitor, core } = deps;
  const back = (what: string, ask: () => Promise<boolean>) => () => {
    ask()
      .then((asked) => {
        if (asked) deps.asked();
      })
      .catch((error: unknown) => deps.log(`${what}: ${String(error)}`));
  };
  const listeners: [PowerEvent, () => void][] = [
    ["suspend", () => core.suspended()],
    ["resume", back("Resume", () => core.resumed())],
    ["lock-screen", () => core.locked()],
    ["unlock-screen", back("Unlock", () => core.unlocked())],
  ];
  for (const [event, listener] of listeners) powerMonitor.on(event, listener);
  return () => {
    for (const [event, listener] of listeners) powerMonitor.removeListener(event, listener);
  };
}
