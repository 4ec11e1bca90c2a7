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

/**
 * Alerts are computed from stored instants on a short tick, on start, and again when the
 * machine wakes or is unlocked: never from one long timer, which sleep would stretch
 * (PRODUCT §3). Overlapping runs are skipped, so a slow check never piles up.
 */
export function startAlertTicker(deps: AlertTickerDeps): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    deps
      .check()
      .then(deps.afterCheck)
      .catch((error: unknown) => deps.log(`Alert check failed: ${String(error)}`))
      .finally(() => {
        running = false;
      });
  };
  const handle = deps.setInterval(run, deps.intervalMs);
  deps.powerMonitor.on("resume", run);
  deps.powerMonitor.on("unlock-screen", run);
  run();
  return () => {
    deps.clearInterval(handle);
    deps.powerMonitor.removeListener("resume", run);
    deps.powerMonitor.removeListener("unlock-screen", run);
  };
}
