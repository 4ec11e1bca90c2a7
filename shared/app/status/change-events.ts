import * as v from "valibot";
import type { StatusView } from "./status-views";

/**
 * Push, not poll: the one event that goes from the app to the window, on its own channel
 * of the contract (shared/ipc.ts). It only says that something changed and why; the window
 * asks again for what it shows. Clocks tick in the window between events.
 */
export const changeEventSchema = v.object({
  /** data: a change of the document; alerts: a deadline came near or passed, or the tray look
   * changed with time; clock: the preview's test clock was moved. */
  reason: v.picklist(["data", "alerts", "clock"] as const),
});
export type ChangeEvent = v.InferOutput<typeof changeEventSchema>;

/** What the window subscribes to (the preload's, or the in-page preview's). */
export interface ChangeEvents {
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

/**
 * What of the status changes with time alone (the look, which deadlines are near or passed,
 * a new week, the rest advice ending, the next held week): when it differs from the last one, the window is told ("alerts").
 */
export function timeSignature(status: StatusView): string {
  const deadlines = status.deadlines.map((d) => `${d.incidentId}:${d.kind}:${d.soon}:${d.passed}`);
  return [
    status.look,
    status.week.start,
    status.onDuty,
    status.timer?.status ?? "-",
    // The rest advice goes away at its earliest start; the next held week moves on.
    status.rest?.earliestStart ?? "-",
    status.nextHeldWeek?.start ?? "-",
    ...deadlines,
  ].join("|");
}

/** A plain listener list, for the preview and the shells. */
export function createChangeHub(): ChangeEvents & { emit(event: ChangeEvent): void } {
  const listeners = new Set<(event: ChangeEvent) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
  };
}
