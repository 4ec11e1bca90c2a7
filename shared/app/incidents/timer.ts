import { allocateId } from "../data/ids";
import { type JourData, type TimerWatch } from "../data/document";
import { InputError } from "../texts/errors";
import { findIncident, replaceIncident } from "./incidents";
import { liveSession } from "./live-session";

/**
 * The one incident timer. Its state is part of the document and is saved when it starts,
 * so a crash or a restart keeps it running: the session is [runningSince, now] whenever
 * anyone looks. Stopping or pausing turns the session into a work interval.
 */

/**
 * The timer records whole seconds (docs/timer.md, "Seconds"): every time the window shows
 * has all of what is paid, and a stop at 03:40:15.6 is 03:40:15 everywhere.
 */
export const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** Ends the running session into a work interval of its incident; the timer stays attached. */
function closeSession(data: JourData, now: number): JourData {
  const timer = data.timer;
  if (!timer || timer.runningSince === null) return data;
  const session = liveSession(data, toSecond(now));
  let next: JourData = { ...data, timer: { incidentId: timer.incidentId, runningSince: null } };
  if (session) {
    const incident = findIncident(next, session.incidentId);
    const allocated = allocateId(next, "w");
    const work = [...incident.work, { id: allocated.id, start: session.start, end: session.end }];
    next = replaceIncident(allocated.data, { ...incident, work });
  }
  return next;
}

/** Starts (or resumes) an incident's timer; another incident's timer is stopped first. */
export function startTimer(data: JourData, incidentId: string, now: number): JourData {
  const incident = findIncident(data, incidentId);
  if (incident.resolvedAt !== null) {
    throw InputError.of("id", "the incident is resolved; reopen it to time more work");
  }
  if (data.timer?.incidentId === incidentId && data.timer.runningSince !== null) return data;
  const stopped = data.timer?.incidentId === incidentId ? data : stopTimer(data, now);
  return { ...stopped, timer: { incidentId, runningSince: toSecond(now) } };
}

export function stopTimer(data: JourData, now: number): JourData {
  if (!data.timer) return data;
  return { ...closeSession(data, now), timer: null };
}

export function pauseTimer(data: JourData, now: number): JourData {
  if (!data.timer || data.timer.runningSince === null) {
    throw InputError.of("timer", "no timer is running");
  }
  return closeSession(data, now);
}

export function resumeTimer(data: JourData, now: number): JourData {
  if (!data.timer || data.timer.runningSince !== null) {
    throw InputError.of("timer", "no timer is paused");
  }
  return { ...data, timer: { incidentId: data.timer.incidentId, runningSince: toSecond(now) } };
}

/** Stops the timer if it belongs to this incident (resolved or deleted). */
export function releaseTimer(data: JourData, incidentId: string, now: number): JourData {
  return data.timer?.incidentId === incidentId ? stopTimer(data, now) : data;
}

const MINUTE = 60_000;

/** The document with its timer watch changed (timer-watch.ts keeps its state there). */
export const watchOf = (data: JourData, patch: Partial<TimerWatch>): JourData => ({
  ...data,
  timerWatch: { ...data.timerWatch, ...patch },
});

/** Remembers a stop of an open incident's timer, for the shortcut's resume. */
export function rememberStop(data: JourData, incidentId: string, now: number): JourData {
  const incident = data.incidents.find((i) => i.id === incidentId);
  if (!incident || incident.resolvedAt !== null) return data;
  return watchOf(data, { lastStopped: { incidentId, at: now } });
}

/** Stops the timer (as stopTimer), remembering the incident it ran for. */
export function stopAndRemember(data: JourData, now: number): JourData {
  const timer = data.timer;
  return timer ? rememberStop(stopTimer(data, now), timer.incidentId, now) : data;
}

/**
 * The shortcut with no timer: the incident stopped within the resume setting, if it is
 * still open, is resumed instead of starting a new one.
 */
export function resumeRecent(data: JourData, now: number): JourData | null {
  const last = data.timerWatch.lastStopped;
  const minutes = data.settings.timerWatch.resumeMinutes;
  if (data.timer || !last || minutes === 0) return null;
  if (now < last.at || now - last.at > minutes * MINUTE) return null;
  const incident = data.incidents.find((i) => i.id === last.incidentId);
  if (!incident || incident.resolvedAt !== null) return null;
  return watchOf(startTimer(data, incident.id, now), { lastStopped: null });
}
