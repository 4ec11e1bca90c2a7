import { incidentsById } from "../data/derived";
import type { JourData } from "../data/document";
import type { TimerView } from "./incident-views";
import { findIncident } from "./incidents";
import { incidentSpans, unionMs } from "./intervals";
import { liveSession } from "./live-session";

/** The one incident timer as the tray, Now and the incident show it; null when none. */
export function timerView(data: JourData, now: number): TimerView | null {
  const timer = data.timer;
  if (!timer) return null;
  const incident =
    incidentsById(data.incidents).get(timer.incidentId) ?? findIncident(data, timer.incidentId);
  const session = liveSession(data, now);
  return {
    incidentId: timer.incidentId,
    status: timer.runningSince === null ? "paused" : "running",
    runningSince: timer.runningSince,
    elapsedMs: unionMs(incidentSpans(data, incident, now)),
    sessionMs: session ? session.end - session.start : 0,
  };
}
