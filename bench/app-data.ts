import type { Incident, JourData } from "../shared/app/data/document";
import { tenYearsOfData } from "./ten-years";

const MINUTE = 60_000;
const YEAR = 365 * 1440 * MINUTE;

/**
 * The last `years` of the ten years of data (bench/ten-years.ts), moved so that they end at
 * `now`, with the latest three incidents still open (the tick has deadlines to plan) and,
 * when asked, the timer running on the latest one for ten minutes.
 */
export function yearsOfData(years: number, now: number, timerRunning = false): JourData {
  const ten = tenYearsOfData();
  const last = Math.max(...ten.incidents.map((i) => i.resolvedAt ?? i.reportedAt));
  const shift = now - 3 * 3_600_000 - last;
  const from = last - years * YEAR;
  const move = (ms: number): number => ms + shift;
  const moveOrNull = (ms: number | null): number | null => (ms === null ? null : ms + shift);
  const kept = ten.incidents.filter((i) => i.reportedAt >= from);
  const incidents = kept.map((incident, n): Incident => ({
    ...incident,
    reportedAt: move(incident.reportedAt),
    respondedAt: n >= kept.length - 3 ? null : moveOrNull(incident.respondedAt),
    rollbackRequestedAt: moveOrNull(incident.rollbackRequestedAt),
    rollbackStartedAt: moveOrNull(incident.rollbackStartedAt),
    resolvedAt: n >= kept.length - 3 ? null : moveOrNull(incident.resolvedAt),
    work: incident.work.map((w) => ({ ...w, start: move(w.start), end: move(w.end) })),
  }));
  const latest = incidents[incidents.length - 1];
  const keptIds = new Set(kept.map((i) => i.id));
  return {
    ...ten,
    incidents,
    timer:
      timerRunning && latest ? { incidentId: latest.id, runningSince: now - 10 * MINUTE } : null,
    onDutyWeeks: ten.onDutyWeeks.filter((w) => w >= from).map(move),
    reportedWeeks: ten.reportedWeeks.filter((w) => w >= from).map(move),
    weekChecklists: ten.weekChecklists
      .filter((c) => c.week >= from)
      .map((c) => ({ ...c, week: move(c.week) })),
    firedAlerts: ten.firedAlerts.filter((key) => keptIds.has(key.split(":")[0] ?? "")),
  };
}
