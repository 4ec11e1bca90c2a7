import { onCallWeek } from "../../index";
import { incidentCustomer } from "../data/customer-snapshot";
import type { Incident, JourData } from "../data/document";
import { responseDeadlineOf, rollbackDeadlineOf } from "./deadlines";
import type { ListIncidentsInput } from "./incident-inputs";
import { incidentSpans, overlaps, unionMs } from "./intervals";
import { rollbackOutcome, slaOutcome } from "./sla-outcome";
import type { IncidentView } from "./incident-views";

/**
 * Incidents as the window shows them (their views: stored fields plus deadlines and worked
 * time), and which of them History's filter shows. The views' schemas are incident-views.ts.
 */

/** The incident's customer's name as it was when chosen (customer-snapshot.ts). */
export function customerName(
  data: JourData,
  incident: Pick<Incident, "customerId" | "customer">,
): string | null {
  return incidentCustomer(data, incident)?.name ?? null;
}

export function incidentView(data: JourData, incident: Incident, now: number): IncidentView {
  const responseDeadline = responseDeadlineOf(incident, data.settings);
  const rollbackDeadline = rollbackDeadlineOf(incident, data.settings);
  return {
    ...incident,
    work: incident.work.map((w) => ({ ...w })),
    checkedSteps: [...incident.checkedSteps],
    customer: incidentCustomer(data, incident),
    timeline: incident.timeline.map((e) => ({ ...e })),
    customerName: customerName(data, incident),
    responseDeadline,
    rollbackDeadline,
    workedMs: unionMs(incidentSpans(data, incident, now)),
    open: incident.resolvedAt === null,
    sla: slaOutcome(incident, responseDeadline, now),
    rollbackSla: rollbackOutcome(incident, rollbackDeadline, now),
  };
}

/** Whether an incident belongs to [start, end): reported in it or worked in it. */
export function incidentInSpan(
  data: JourData,
  incident: Incident,
  start: number,
  end: number,
  now: number,
): boolean {
  if (incident.reportedAt >= start && incident.reportedAt < end) return true;
  return incidentSpans(data, incident, now).some((span) => overlaps(span, start, end));
}

/** The history, newest first, filtered. */
export function listIncidents(
  data: JourData,
  filter: ListIncidentsInput,
  now: number,
): IncidentView[] {
  return filterIncidents(data, filter, now)
    .sort((a, b) => b.reportedAt - a.reportedAt)
    .map((incident) => incidentView(data, incident, now));
}

/** The incidents that match the History's filter, in stored order (the CSV export's too). */
export function filterIncidents(
  data: JourData,
  filter: ListIncidentsInput,
  now: number,
): Incident[] {
  const week =
    filter?.week === undefined ? null : onCallWeek(new Date(filter.week), data.settings.rules);
  const needle = filter?.text?.trim().toLowerCase() ?? "";
  return data.incidents.filter((incident) => {
    if (filter?.customerId !== undefined && incident.customerId !== filter.customerId) return false;
    if (filter?.priority !== undefined && incident.priority !== filter.priority) return false;
    if (filter?.open !== undefined && (incident.resolvedAt === null) !== filter.open) return false;
    if (week && !incidentInSpan(data, incident, week.start.getTime(), week.end.getTime(), now)) {
      return false;
    }
    if (needle === "") return true;
    const haystack = [
      incident.summary,
      incident.notes,
      ...incident.timeline.map((e) => e.text),
      incident.jiraKey ?? "",
      customerName(data, incident) ?? "",
    ];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  });
}
