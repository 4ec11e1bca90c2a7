import type { DocumentAccess } from "../data/document-access";
import type { JourData } from "../data/document";
import { InputError, parseInput } from "../texts/errors";
import { byIdSchema } from "./incident-inputs";
import type { TimerView, ToggleResult } from "./incident-views";
import { newCall } from "./new-call";
import { pauseTimer, resumeRecent, resumeTimer, startTimer, stopAndRemember } from "./timer";
import { timerView } from "./timer-view";
import { toggleMessage } from "./toggle-message";

/** The one incident timer, and the global shortcut that starts and stops it. */
export interface TimerMethods {
  /** Starts (or resumes) this incident's timer; another running timer stops first. */
  startTimer(input: { id: string }): Promise<TimerView>;
  /** Ends the session into a work interval; null afterwards (also when none ran). */
  stopTimer(): Promise<null>;
  pauseTimer(): Promise<TimerView>;
  resumeTimer(): Promise<TimerView>;
  /**
   * The global shortcut: running → stop, paused → resume, none → resume the incident
   * stopped within the resume setting if still open, else a new incident. The result says
   * what it did in words (a notification's title and body).
   */
  toggleTimer(): Promise<ToggleResult>;
}

export function timerMethods({ change }: DocumentAccess): TimerMethods {
  const timerResult = (data: JourData, now: number): TimerView => {
    const view = timerView(data, now);
    if (!view) throw InputError.of("timer", "no timer");
    return view;
  };

  return {
    startTimer: (raw) =>
      change((data, now) => {
        const next = startTimer(data, parseInput(byIdSchema, raw).id, now);
        return { data: next, result: timerResult(next, now) };
      }),
    stopTimer: () => change((data, now) => ({ data: stopAndRemember(data, now), result: null })),
    pauseTimer: () =>
      change((data, now) => {
        const next = pauseTimer(data, now);
        return { data: next, result: timerResult(next, now) };
      }),
    resumeTimer: () =>
      change((data, now) => {
        const next = resumeTimer(data, now);
        return { data: next, result: timerResult(next, now) };
      }),
    toggleTimer: () =>
      change((data, now): { data: JourData; result: ToggleResult } => {
        const timer = data.timer;
        if (timer?.runningSince != null) {
          // The words use the time worked up to the stop, read before it.
          const said = toggleMessage(data, "stopped", timer.incidentId, now);
          return { data: stopAndRemember(data, now), result: said };
        }
        const resumed = timer ? resumeTimer(data, now) : resumeRecent(data, now);
        if (resumed?.timer) {
          const id = resumed.timer.incidentId;
          return { data: resumed, result: toggleMessage(resumed, "resumed", id, now) };
        }
        const created = newCall(data, now, undefined);
        return {
          data: created.data,
          result: toggleMessage(created.data, "started", created.id, now),
        };
      }),
  };
}
