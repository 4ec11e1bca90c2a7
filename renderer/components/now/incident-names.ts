import type { IncidentView } from "../../../shared/app/views";

/** "P1 · Acme AB · Kassan nere" (or "P1 · i-3" before anything is written), by incident id. */
export function incidentNames(incidents: readonly IncidentView[]): Map<string, string> {
  return new Map(
    incidents.map((incident) => {
      const words = [incident.customerName, incident.summary.trim()].filter(Boolean);
      const name = [`P${incident.priority}`, ...(words.length > 0 ? words : [incident.id])];
      return [incident.id, name.join(" · ")];
    }),
  );
}
