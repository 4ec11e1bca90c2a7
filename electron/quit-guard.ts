export type QuitChoice = "quit" | "stop-and-quit" | "cancel";

/** What to do when the last change cannot be saved at quit (a full disk, a read-only folder). */
export type UnsavedChoice = "quit" | "open-folder" | "retry";

export interface QuitGuardDeps {
  isTimerRunning: () => Promise<boolean>;
  /** Asks the user (a dialog) what to do with the running timer. */
  ask: () => Promise<QuitChoice>;
  stopTimer: () => Promise<void>;
  /** Writes pending saves; rejects when they cannot be written. */
  save?: () => Promise<void>;
  /** Asks what to do with a change that could not be saved (Quit anyway / Open data folder / Try again). */
  askUnsaved?: (error: unknown) => Promise<UnsavedChoice>;
  openFolder?: () => Promise<void>;
  /** Releases what the app holds (and closes the store). */
  cleanUp: () => Promise<void>;
  /** Quits for real (app.quit again, now let through). */
  quit: () => void;
  log: (message: string) => void;
}

/**
 * The `before-quit` handler: quitting asks first while a timer runs, and always saves. A
 * change that cannot be saved is not dropped silently: the user chooses to quit anyway, to
 * open the data folder (to make room) or to try again. The first attempt is held back while
 * that happens; the second is let through.
 */
export function createQuitGuard(deps: QuitGuardDeps) {
  let allowed = false;
  let pending = false;
  const saveOrAsk = async (): Promise<void> => {
    if (deps.save === undefined) return;
    for (;;) {
      try {
        await deps.save();
        return;
      } catch (error) {
        deps.log(`Quitting with an unsaved change: ${String(error)}`);
        if (deps.askUnsaved === undefined) return;
        let choice = await deps.askUnsaved(error);
        while (choice === "open-folder") {
          await deps.openFolder?.().catch((problem: unknown) => deps.log(String(problem)));
          choice = await deps.askUnsaved(error);
        }
        if (choice === "quit") return;
      }
    }
  };
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
        await saveOrAsk();
        await deps.cleanUp();
      } catch (error) {
        // Quitting must stay possible even when the check or the release fails.
        deps.log(`Quitting after an error: ${String(error)}`);
      } finally {
        pending = false;
      }
      allowed = true;
      deps.quit();
    })();
  };
}
