import type { JourData } from "../data/document";
import { InputError } from "../texts/errors";
import type { IdleChoice, IdleQuestionView } from "./idle-view";
import { rememberStop, stopTimer, toSecond, watchOf } from "../incidents/timer";

/**
 * The rules that keep a timer from being forgotten, as pure functions of the document:
 * the idle question and the long-session reminder (what the shortcut resumes is in
 * incidents/timer.ts). Each is
 * O(1) in the history: it looks at the timer and `timerWatch` only.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Records the question "you were away: keep, discard or stop?" for the running session.
 * Nothing when no timer runs, the time away (from the session's start at the earliest)
 * is under the idle setting, the setting is 0, or a question is already pending for this
 * session: the first one stands until answered.
 */
export function askIdle(data: JourData, report: { idleSince: number; backAt: number }): JourData {
  const timer = data.timer;
  const minutes = data.settings.timerWatch.idleMinutes;
  if (!timer || timer.runningSince === null || minutes === 0) return data;
  if (idleQuestion(data)) return data;
  const idleSince = Math.max(report.idleSince, timer.runningSince);
  if (report.backAt - idleSince < minutes * MINUTE) return data;
  return watchOf(data, {
    idleQuestion: {
      incidentId: timer.incidentId,
      runningSince: timer.runningSince,
      idleSince,
      backAt: report.backAt,
    },
  });
}

/** The pending idle question, or null (none, or its session has since stopped). */
export function idleQuestion(data: JourData): IdleQuestionView | null {
  const question = data.timerWatch.idleQuestion;
  const timer = data.timer;
  if (!question || !timer || timer.runningSince !== question.runningSince) return null;
  if (timer.incidentId !== question.incidentId) return null;
  const { incidentId, idleSince, backAt } = question;
  return { incidentId, idleSince, backAt, awayMs: backAt - idleSince };
}

/**
 * Answers the idle question. keep: the session runs on unchanged. discard: the session
 * ends in a work interval at the idle start and a new one runs from the return (not from
 * the answer: the user has worked since coming back, and the answer may come much later).
 * stop: the session ends at the idle start and the timer stops.
 */
export function resolveIdle(data: JourData, choice: IdleChoice, now: number): JourData {
  const question = idleQuestion(data);
  if (!question) throw InputError.of("choice", "no idle question is pending");
  const cleared = watchOf(data, { idleQuestion: null });
  if (choice === "keep") return cleared;
  const stopped = stopTimer(cleared, question.idleSince);
  if (choice === "stop") return rememberStop(stopped, question.incidentId, now);
  const runningSince = toSecond(question.backAt);
  return { ...stopped, timer: { incidentId: question.incidentId, runningSince } };
}

/**
 * The long-session reminder due now, if any: the first when the session has run the
 * setting's time, then one every hour. Recorded in the document, so a restart does not
 * repeat one; after a long sleep only the latest is sent.
 */
export function dueReminder(
  data: JourData,
  now: number,
): { data: JourData; incidentId: string; sessionMs: number } | null {
  const timer = data.timer;
  const minutes = data.settings.timerWatch.longSessionMinutes;
  if (!timer || timer.runningSince === null || minutes === 0) return null;
  const sessionMs = now - timer.runningSince;
  const over = sessionMs - minutes * MINUTE;
  if (over < 0) return null;
  const count = Math.floor(over / HOUR) + 1;
  const reminded = data.timerWatch.reminded;
  if (reminded?.runningSince === timer.runningSince && reminded.count >= count) return null;
  return {
    data: watchOf(data, { reminded: { runningSince: timer.runningSince, count } }),
    incidentId: timer.incidentId,
    sessionMs,
  };
}
