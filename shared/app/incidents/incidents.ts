// incidents/: the calls: incident, milestones, deadlines, work, timer, runbook, Jira, views.
import { allocateId } from "../data/ids";
import { type Incident, type JourData } from "../data/document";
import { liveSnapshot } from "../data/customer-snapshot";
import { InputError } from "../texts/errors";
import type { CreateIncidentInput, Milestone, UpdateIncidentInput } from "./incident-inputs";

/** Incidents: one per call, with its priority, customer, milestones and work. */

export function findIncident(data: JourData, id: string, field = "id"): Incident {
  const incident = data.incidents.find((i) => i.id === id);
  if (!incident) throw InputError.of(field, `no incident ${id}`);
  return incident;
}

export function replaceIncident(data: JourData, incident: Incident): JourData {
  return { ...data, incidents: data.incidents.map((i) => (i.id === incident.id ? incident : i)) };
}

/** A customer chosen now must be in the settings (one chosen before may since be gone). */
function checkCustomer(data: JourData, customerId: string | null | undefined): void {
  if (customerId && !data.settings.customers.some((c) => c.id === customerId)) {
    throw InputError.of("customerId", `no customer ${customerId} in the settings`);
  }
}

/**
 * A new incident reported now, or at `reportedAt` for a past call logged afterwards (the
 * timer of a call coming in now is started by the caller).
 */
export function createIncident(
  data: JourData,
  input: CreateIncidentInput,
  now: number,
): { data: JourData; incident: Incident } {
  checkCustomer(data, input?.customerId);
  if (input?.reportedAt !== undefined && input.reportedAt > now) {
    throw InputError.of("reportedAt", "is in the future");
  }
  const allocated = allocateId(data, "i");
  const incident: Incident = {
    id: allocated.id,
    reportedAt: input?.reportedAt ?? now,
    priority: input?.priority ?? data.settings.defaultPriority,
    customerId: input?.customerId ?? null,
    customer: liveSnapshot(data, input?.customerId ?? null),
    summary: input?.summary ?? "",
    notes: input?.notes ?? "",
    jiraKey: null,
    respondedAt: null,
    rollbackRequestedAt: null,
    rollbackStartedAt: null,
    resolvedAt: null,
    work: [],
    checkedSteps: [],
    timeline: [],
  };
  return {
    data: { ...allocated.data, incidents: [...allocated.data.incidents, incident] },
    incident,
  };
}

export function updateIncident(data: JourData, input: UpdateIncidentInput, now: number): JourData {
  const incident = findIncident(data, input.id);
  const next: Incident = { ...incident };
  if (input.reportedAt !== undefined)
    next.reportedAt = checkReportedAt(incident, input.reportedAt, now);
  if (input.priority !== undefined) next.priority = input.priority;
  // Choosing a customer takes its snapshot; sending the same one again keeps the old
  // snapshot (a form saves all its fields), and keeps an incident whose customer was removed.
  const chosen = input.customerId;
  if (chosen !== undefined && (chosen !== incident.customerId || !incident.customer)) {
    if (chosen !== incident.customerId) checkCustomer(data, chosen);
    next.customerId = chosen;
    next.customer =
      chosen === null ? null : (liveSnapshot(data, chosen) ?? incident.customer ?? null);
  }
  if (input.summary !== undefined) next.summary = input.summary;
  if (input.notes !== undefined) next.notes = input.notes;
  if (input.jiraKey !== undefined) next.jiraKey = input.jiraKey === "" ? null : input.jiraKey;
  return replaceIncident(data, next);
}

/** A corrected report time: not in the future, and no milestone before it. */
function checkReportedAt(incident: Incident, at: number, now: number): number {
  if (at > now) throw InputError.of("reportedAt", "is in the future");
  const milestones = Object.values(milestoneField).map((field) => incident[field]);
  if (milestones.some((when) => when !== null && when < at)) {
    throw InputError.of("reportedAt", "is after a milestone of the incident");
  }
  return at;
}

export const milestoneField = {
  responded: "respondedAt",
  rollbackRequested: "rollbackRequestedAt",
  rollbackStarted: "rollbackStartedAt",
  resolved: "resolvedAt",
} as const satisfies Record<Milestone, keyof Incident>;

/** Records a milestone at `at` (now unless given); a second mark corrects the time. */
export function markMilestone(
  data: JourData,
  id: string,
  milestone: Milestone,
  at: number | undefined,
  now: number,
): JourData {
  const incident = findIncident(data, id);
  const when = at ?? now;
  // The error names the milestone's own field, so the window can point at its time input.
  const field = milestoneField[milestone];
  if (when > now) throw InputError.of(field, "is in the future");
  if (when < incident.reportedAt) throw InputError.of(field, "is before the incident was reported");
  const next: Incident = { ...incident, [field]: when };
  if (milestone === "rollbackStarted") {
    // Starting a rollback nobody asked for in the app: the request was at the latest now.
    if (next.rollbackRequestedAt === null) next.rollbackRequestedAt = when;
    if (when < next.rollbackRequestedAt) {
      throw InputError.of(field, "is before the rollback was requested");
    }
  }
  // A call resolved was answered by then at the latest: recorded, so it shows on the
  // milestones and can be corrected to when the call was really taken.
  if (milestone === "resolved" && next.respondedAt === null) next.respondedAt = when;
  if (milestone === "rollbackRequested" && next.rollbackStartedAt !== null) {
    if (next.rollbackStartedAt < when) throw InputError.of(field, "is after the rollback started");
  }
  return replaceIncident(data, next);
}

export function undoMilestone(data: JourData, id: string, milestone: Milestone): JourData {
  const incident = findIncident(data, id);
  const next: Incident = { ...incident, [milestoneField[milestone]]: null };
  // A rollback that was never requested cannot have started.
  if (milestone === "rollbackRequested") next.rollbackStartedAt = null;
  // "Rollback started" without a request records the request at the same instant: undoing
  // the start undoes that implied request too, or a request nobody made would turn the
  // response deadline into P3 and keep a rollback deadline alerting.
  if (
    milestone === "rollbackStarted" &&
    incident.rollbackRequestedAt === incident.rollbackStartedAt
  ) {
    next.rollbackRequestedAt = null;
  }
  return replaceIncident(data, next);
}

export function deleteIncident(data: JourData, id: string): JourData {
  const incident = findIncident(data, id);
  return { ...data, incidents: data.incidents.filter((i) => i !== incident) };
}

export function setChecklistStep(
  data: JourData,
  id: string,
  stepId: string,
  done: boolean,
): JourData {
  const incident = findIncident(data, id);
  if (!data.settings.runbook.some((s) => s.id === stepId)) {
    throw InputError.of("stepId", `no runbook step ${stepId}`);
  }
  const others = incident.checkedSteps.filter((s) => s !== stepId);
  return replaceIncident(data, { ...incident, checkedSteps: done ? [...others, stepId] : others });
}
