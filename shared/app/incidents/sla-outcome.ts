import type { Incident } from "../data/document";

/**
 * The SLA outcome of the response and of a requested rollback, each on its own, so the
 * window can show them side by side, labelled ("Svar: i tid (12 min)", "Rollback: 3 min
 * sen") instead of one verdict that could contradict the other. Derived from the stored
 * instants at `now` (never stored itself), so correcting a time corrects it.
 *
 * - met: done by its deadline; `tookMinutes` from the report (or the request) to it.
 * - missed: done after its deadline, or not done and the deadline passed; `lateMinutes`.
 * - pending: not done yet and the deadline ahead; `leftMinutes`.
 * - notRequested: a rollback nobody asked for (never for the response).
 * - notStarted: a requested rollback that never started before the incident was resolved.
 */
export interface SlaOutcome {
  outcome: "met" | "missed" | "pending" | "notRequested" | "notStarted";
  /** Whether the milestone was reached (false: missed or pending as of `now`). */
  done: boolean;
  /** Whole minutes past the deadline (rounded up); 0 unless missed. */
  lateMinutes: number;
  /** Whole minutes from the start to the milestone (rounded up); 0 unless met. */
  tookMinutes: number;
  /** Whole minutes left to the deadline (rounded up); 0 unless pending. */
  leftMinutes: number;
  /** The deadline it is measured against; null when no rollback was requested. */
  deadline: number | null;
}

type Instants = Pick<
  Incident,
  "reportedAt" | "respondedAt" | "rollbackRequestedAt" | "rollbackStartedAt" | "resolvedAt"
>;

const minutesUp = (ms: number): number => Math.max(0, Math.ceil(ms / 60_000));

function outcomeOf(
  since: number,
  doneAt: number | null,
  deadline: number,
  now: number,
): SlaOutcome {
  const base = { deadline, lateMinutes: 0, tookMinutes: 0, leftMinutes: 0 };
  const at = doneAt ?? now;
  if (at > deadline) {
    return {
      ...base,
      outcome: "missed",
      done: doneAt !== null,
      lateMinutes: minutesUp(at - deadline),
    };
  }
  if (doneAt !== null)
    return { ...base, outcome: "met", done: true, tookMinutes: minutesUp(doneAt - since) };
  return { ...base, outcome: "pending", done: false, leftMinutes: minutesUp(deadline - now) };
}

/**
 * The response against its deadline. A resolved incident without a response (stored before
 * resolving marked it responded) counts as answered at its resolution.
 */
export function slaOutcome(incident: Instants, responseDeadline: number, now: number): SlaOutcome {
  return outcomeOf(
    incident.reportedAt,
    incident.respondedAt ?? incident.resolvedAt,
    responseDeadline,
    now,
  );
}

const notRequested: SlaOutcome = {
  outcome: "notRequested",
  done: false,
  lateMinutes: 0,
  tookMinutes: 0,
  leftMinutes: 0,
  deadline: null,
};

/**
 * Whether a requested rollback started within its deadline (DOMAIN §5: within 1 h of the
 * request by default).
 */
export function rollbackOutcome(
  incident: Instants,
  rollbackDeadline: number | null,
  now: number,
): SlaOutcome {
  const requested = incident.rollbackRequestedAt;
  if (rollbackDeadline === null || requested === null) return notRequested;
  const started = incident.rollbackStartedAt;
  if (started === null && incident.resolvedAt !== null) {
    // Resolved some other way: nothing is pending, and "in time" would claim a rollback.
    return { ...notRequested, outcome: "notStarted", deadline: rollbackDeadline };
  }
  return outcomeOf(requested, started, rollbackDeadline, now);
}
