import type { Incident } from "./data";

/**
 * Whether the response SLA was kept: met, missed by N minutes, or still pending. Derived
 * from the stored instants (never stored itself), so correcting a time corrects it. A
 * resolved incident that was never marked responded counts as answered at its resolution.
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
