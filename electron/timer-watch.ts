import type { JourApp } from "../shared/app/api";
import type { Clock, IdleSource } from "../shared/app/ports";

/** The parts of powerMonitor the timer's watch uses. */
export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  on(event: "suspend" | "resume", listener: () => void): unknown;
  removeListener(event: "suspend" | "resume", listener: () => void): unknown;
}

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
 * Forwards sleep and wake to the app core: a running timer's time asleep is idle time, and
 * on wake the core asks about it. When it asks, the window opens to show the question.
 */
export function watchPower(deps: {
  powerMonitor: PowerMonitorLike;
  core: Pick<JourApp, "suspended" | "resumed">;
  asked: () => void;
  log: (message: string) => void;
}): () => void {
  const { powerMonitor, core } = deps;
  const onSuspend = () => core.suspended();
  const onResume = () => {
    core
      .resumed()
      .then((asked) => {
        if (asked) deps.asked();
      })
      .catch((error: unknown) => deps.log(`Resume: ${String(error)}`));
  };
  powerMonitor.on("suspend", onSuspend);
  powerMonitor.on("resume", onResume);
  return () => {
    powerMonitor.removeListener("suspend", onSuspend);
    powerMonitor.removeListener("resume", onResume);
  };
}
