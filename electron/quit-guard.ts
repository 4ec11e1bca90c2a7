export type QuitChoice = "quit" | "stop-and-quit" | "cancel";

export interface QuitGuardDeps {
  isTimerRunning: () => Promise<boolean>;
  /** Asks the user (a dialog) what to do with the running timer. */
  ask: () => Promise<QuitChoice>;
  stopTimer: () => Promise<void>;
  /** Writes pending saves and releases what the app holds. */
  cleanUp: () => Promise<void>;
  /** Quits for real (app.quit again, now let through). */
  quit: () => void;
  log: (message: string) => void;
}

/**
 * The `before-quit` handler: quitting asks first while a timer runs, and always flushes the
 * store. The first attempt is held back while that happens; the second is let through.
 */
export function createQuitGuard(deps: QuitGuardDeps) {
  let allowed = false;
  let pending = false;
  return function onBeforeQuit(event: { preventDefault(): void }): void {
    if (allowed) return;
    event.preventDefault();
    if (pending) return;
    pending = true;
    void (async () => {
      try {
        if (await deps.isTimerRunning()) {
          const choice = await deps.ask();
          if (choice === "cancel") return;
          if (choice === "stop-and-quit") await deps.stopTimer();
        }
        await deps.cleanUp();
      } catch (error) {
        // Quitting must stay possible even when the check or the flush fails.
        deps.log(`Quitting after an error: ${String(error)}`);
      } finally {
        pending = false;
      }
      allowed = true;
      deps.quit();
    })();
  };
}
