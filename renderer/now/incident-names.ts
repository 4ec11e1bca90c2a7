import type { IncidentView } from "../../shared/app/incidents/incident-views";

/**
 * Each incident's name for the rows that point at it: "Acme AB · Kassan nere", or before
 * anything is written, when it was reported ("Incident anmäld mån 24 nov. 10:00"). The
 * priority is left out: the row's own label begins with it.
 */
export function incidentNames(
  incidents: readonly IncidentView[],
  unnamed: (reportedAt: number) => string,
): Map<string, string> {
  return new Map(
    incidents.map((incident) => {
      const words = [incident.customerName, incident.summary.trim()].filter(Boolean);
      return [incident.id, words.length > 0 ? words.join(" · ") : unnamed(incident.reportedAt)];
    }),
  );
}
