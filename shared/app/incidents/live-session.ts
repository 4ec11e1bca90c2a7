import type { JourData } from "../data/document";

/**
 * The running timer's session as a span of work, read off the document: the timer's state
 * is saved when it starts, so the session is [runningSince, now] whenever anyone looks.
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
