/** The parts of powerMonitor the ticker listens to. */
export interface PowerEvents {
  on(event: "resume" | "unlock-screen", listener: () => void): unknown;
  removeListener(event: "resume" | "unlock-screen", listener: () => void): unknown;
}

export interface AlertTickerDeps {
  /** Checks the SLA alerts against the wall clock (the core decides what is due). */
  check: () => Promise<void>;
  /** Runs after each check: the tray shows the new state. */
  afterCheck: () => Promise<void>;
  powerMonitor: PowerEvents;
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  intervalMs: number;
  log: (message: string) => void;
}

export interface AlertTicker {
  /**
   * While `onBeat` is given, the ticker wakes every `beatMs` instead of every interval (a
   * running timer's seconds in the tray): each wake calls `onBeat`, except the one a whole
   * interval after the last, which checks. One wake a second, not a second timer beside the
   * interval's. `null` goes back to the interval alone.
   */
  beat(onBeat: (() => void) | null, beatMs: number): void;
  stop(): void;
}

/**
 * Alerts are computed from stored instants on a short tick, on start, and again when the
 * machine wakes or is unlocked: never from one long timer, which sleep would stretch
 * (PRODUCT §3). Overlapping runs are skipped, so a slow check never piles up.
 */
export function startAlertTicker(deps: AlertTickerDeps): AlertTicker {
  let running = false;
  // Once stopped it stays so: a check already under way may still end in a refresh that
  // asks for a beat (at quit), and must not start a timer again.
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = true;
    deps
      .check()
      .then(deps.afterCheck)
      .catch((error: unknown) => deps.log(`Alert check failed: ${String(error)}`))
      .finally(() => {
        running = false;
      });
  };
  let handle = deps.setInterval(run, deps.intervalMs);
  let beating: (() => void) | null = null;
  deps.powerMonitor.on("resume", run);
  deps.powerMonitor.on("unlock-screen", run);
  run();
  return {
    beat(onBeat, beatMs) {
      if (stopped || onBeat === beating) return;
      deps.clearInterval(handle);
      beating = onBeat;
      if (!onBeat) {
        handle = deps.setInterval(run, deps.intervalMs);
        return;
      }
      const beatsPerCheck = Math.max(1, Math.round(deps.intervalMs / beatMs));
      let beats = 0;
      handle = deps.setInterval(() => {
        beats = (beats + 1) % beatsPerCheck;
        if (beats === 0) run();
        else onBeat();
      }, beatMs);
    },
    stop() {
      stopped = true;
      deps.clearInterval(handle);
      deps.powerMonitor.removeListener("resume", run);
      deps.powerMonitor.removeListener("unlock-screen", run);
    },
  };
}
