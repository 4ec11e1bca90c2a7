import type { WindowApi } from "../../shared/shell-api";
import { SETTINGS_KEY, STATUS_KEY } from "./load-keys";

/**
 * Answers asked for before React starts, each handed to the first useLoad of its key only
 * (later ones load afresh: by then the answer may be stale).
 */
export interface Preloaded {
  take(key: string): unknown;
}

export const nothingPreloaded: Preloaded = { take: () => undefined };

/**
 * What the window shows first (its language and the Now view's status), asked for while
 * React is not yet running, so the first render already has it instead of rendering empty,
 * loading, then rendering again. A failure leaves the views to load, and report, it.
 */
export async function preloadFirstView(api: WindowApi): Promise<Preloaded> {
  const answers = new Map<string, unknown>();
  await Promise.all([
    api.getSettings().then((settings) => answers.set(SETTINGS_KEY, settings)),
    api.getStatus().then((status) => answers.set(STATUS_KEY, status)),
  ]).catch(() => undefined);
  return {
    take(key) {
      const answer = answers.get(key);
      answers.delete(key);
      return answer;
    },
  };
}
