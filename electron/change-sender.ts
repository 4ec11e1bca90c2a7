import type { ChangeEvent } from "../shared/ipc";
import { CHANGED_CHANNEL } from "../shared/ipc";

/** The parts of the window's webContents the sender uses. */
export interface ChangeTarget {
  send?(channel: string, payload: unknown): void;
  isDestroyed?(): boolean;
}

/**
 * Pushes a ChangeEvent to the open window on the contract's one event channel; with no
 * window open it does nothing (nobody to tell: a new window loads afresh).
 */
export function createChangeSender(
  target: () => ChangeTarget | null,
  log: (message: string) => void,
): (event: ChangeEvent) => void {
  return (event) => {
    const contents = target();
    if (!contents?.send || contents.isDestroyed?.() === true) return;
    try {
      contents.send(CHANGED_CHANNEL, event);
    } catch (error) {
      log(`Telling the window failed: ${String(error)}`);
    }
  };
}
