import type { Incident } from "../data/document";

/**
 * Whether the SLA was kept: met, missed by N minutes, or still pending. Derived from the
 * stored instants (never stored itself), so correcting a time corrects it. A resolved
 * incident that was never marked responded counts as answered at its resolution.
 */
export interface SlaOutcome {
  outcome: "met" | "missed" | "pending";
  /** Whole minutes past the deadline (rounded up); 0 when met or not yet late. */
  lateMinutes: number;
}

export function slaOutcome(incident: Incident, responseDeadline: number): SlaOutcome {
  const answered = incident.respondedAt ?? incident.resolvedAt;
  if (answered === null) return { outcome: "pending", lateMinutes: 0 };
  if (answered <= responseDeadline) return { outcome: "met", lateMinutes: 0 };
  return { outcome: "missed", lateMinutes: Math.ceil((answered - responseDeadline) / 60_000) };
}

/**
 * Whether a requested rollback started within its deadline (DOMAIN §5: within 1 h of the
 * request by default): pending until it starts, or when none was requested.
 */
export function rollbackOutcome(incident: Incident, rollbackDeadline: number | null): SlaOutcome {
  const started = incident.rollbackStartedAt;
  if (rollbackDeadline === null || started === null) return { outcome: "pending", lateMinutes: 0 };
  if (started <= rollbackDeadline) return { outcome: "met", lateMinutes: 0 };
  return { outcome: "missed", lateMinutes: Math.ceil((started - rollbackDeadline) / 60_000) };
}
