import { responseDeadline, rollbackDeadline } from "../index";
import type { Incident } from "./data";
import type { AppSettings } from "./settings";
import type { DeadlineKind } from "./texts";

/**
 * The SLA deadlines of an incident (DOMAIN §5), from its stored instants. A deadline is
 * pending until its milestone is met: responded for the response deadline, rollback started
 * for the rollback deadline. A resolved incident has nothing pending.
 */

export interface PendingDeadline {
  kind: DeadlineKind;
  deadline: number;
  /** From when this deadline runs (the report, or the rollback request). */
  since: number;
}

export function responseDeadlineOf(incident: Incident, settings: AppSettings): number {
  return responseDeadline(
    incident.priority,
    new Date(incident.reportedAt),
    settings.rules,
  ).getTime();
}

export function rollbackDeadlineOf(incident: Incident, settings: AppSettings): number | null {
  if (incident.rollbackRequestedAt === null) return null;
  return rollbackDeadline(new Date(incident.rollbackRequestedAt), settings.rules).getTime();
}

export function pendingDeadlines(incident: Incident, settings: AppSettings): PendingDeadline[] {
  if (incident.resolvedAt !== null) return [];
  const pending: PendingDeadline[] = [];
  if (incident.respondedAt === null) {
    pending.push({
      kind: "response",
      deadline: responseDeadlineOf(incident, settings),
      since: incident.reportedAt,
    });
  }
  const rollback = rollbackDeadlineOf(incident, settings);
  if (
    rollback !== null &&
    incident.rollbackRequestedAt !== null &&
    incident.rollbackStartedAt === null
  ) {
    pending.push({ kind: "rollback", deadline: rollback, since: incident.rollbackRequestedAt });
  }
  return pending;
}
