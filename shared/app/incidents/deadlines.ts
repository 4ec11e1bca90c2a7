import { responseDeadline, rollbackDeadline } from "../../index";
import type { Priority } from "../../index";
import type { Incident } from "../data/document";
import type { AppSettings } from "../settings/settings";
import type { DeadlineKind } from "../texts/texts";

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
  /** The SLA priority it runs under: P3 once a rollback was requested (DOMAIN §5). */
  priority: Priority;
}

// The rules validate their settings on every call; the History lists thousands of
// incidents, so deadlines are kept per rules object (replaced whenever settings change).
const cache = new WeakMap<object, Map<string, number>>();

function cached(rules: object, key: string, compute: () => number): number {
  let byKey = cache.get(rules);
  if (!byKey) {
    byKey = new Map();
    cache.set(rules, byKey);
  }
  let value = byKey.get(key);
  if (value === undefined) {
    value = compute();
    byKey.set(key, value);
  }
  return value;
}

/**
 * The response deadline. Once a rollback is requested the problem is handled as P3 from the
 * request (DOMAIN §5), so the deadline then runs from the request with P3's rule.
 */
export function responseDeadlineOf(incident: Incident, settings: AppSettings): number {
  const { priority, reportedAt, rollbackRequestedAt } = incident;
  const [slaPriority, since] =
    rollbackRequestedAt === null ? [priority, reportedAt] : ([3, rollbackRequestedAt] as const);
  return cached(settings.rules, `r${slaPriority}|${since}`, () =>
    responseDeadline(slaPriority, new Date(since), settings.rules).getTime(),
  );
}

export function rollbackDeadlineOf(incident: Incident, settings: AppSettings): number | null {
  const requestedAt = incident.rollbackRequestedAt;
  if (requestedAt === null) return null;
  return cached(settings.rules, `b${requestedAt}`, () =>
    rollbackDeadline(new Date(requestedAt), settings.rules).getTime(),
  );
}

export function pendingDeadlines(incident: Incident, settings: AppSettings): PendingDeadline[] {
  if (incident.resolvedAt !== null) return [];
  const pending: PendingDeadline[] = [];
  if (incident.respondedAt === null) {
    pending.push({
      kind: "response",
      deadline: responseDeadlineOf(incident, settings),
      since: incident.rollbackRequestedAt ?? incident.reportedAt,
      priority: incident.rollbackRequestedAt === null ? incident.priority : 3,
    });
  }
  const rollback = rollbackDeadlineOf(incident, settings);
  if (
    rollback !== null &&
    incident.rollbackRequestedAt !== null &&
    incident.rollbackStartedAt === null
  ) {
    pending.push({
      kind: "rollback",
      deadline: rollback,
      since: incident.rollbackRequestedAt,
      priority: incident.priority,
    });
  }
  return pending;
}
