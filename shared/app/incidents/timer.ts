import { allocateId, type JourData } from "../data/document";
import { InputError } from "../texts/errors";
import { findIncident, replaceIncident } from "./incidents";

/**
 * The one incident timer. Its state is part of the document and is saved when it starts,
 * so a crash or a restart keeps it running: the session is [runningSince, now] whenever
 * anyone looks. Stopping or pausing turns the session into a work interval.
 */

export interface LiveSession {
  incidentId: string;
  start: number;
  end: number;
}

/** The running session up to now, or null (none, paused, or a clock that went back). */
export function liveSession(data: JourData, now: number): LiveSession | null {
  const timer = data.timer;
  if (!timer || timer.runningSince === null || now <= timer.runningSince) return null;
  return { incidentId: timer.incidentId, start: timer.runningSince, end: now };
}

/** Ends the running session into a work interval of its incident; the timer stays attached. */
function closeSession(data: JourData, now: number): JourData {
  const timer = data.timer;
  if (!timer || timer.runningSince === null) return data;
  const session = liveSession(data, now);
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
  return { ...stopped, timer: { incidentId, runningSince: now } };
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
  return { ...data, timer: { incidentId: data.timer.incidentId, runningSince: now } };
}

/** Stops the timer if it belongs to this incident (resolved or deleted). */
export function releaseTimer(data: JourData, incidentId: string, now: number): JourData {
  return data.timer?.incidentId === incidentId ? stopTimer(data, now) : data;
}
