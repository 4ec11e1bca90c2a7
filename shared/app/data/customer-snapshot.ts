import type { CustomerSnapshot, Incident, JourData } from "./document";
import type { Customer } from "../settings/settings";

/**
 * An incident's customer as it was: the snapshot taken when the customer was chosen, so
 * that renaming or removing a customer later changes no past incident. Incidents from
 * before snapshots have none and fall back to the live customer list.
 */

export function snapshotOf(customer: Customer): CustomerSnapshot {
  return {
    name: customer.name,
    siteUrl: customer.siteUrl,
    newRelicUrl: customer.newRelicUrl,
    elmahUrl: customer.elmahUrl,
  };
}

/** The snapshot of the customer `customerId` in the settings now; null for none or unknown. */
export function liveSnapshot(data: JourData, customerId: string | null): CustomerSnapshot | null {
  if (customerId === null) return null;
  const customer = data.settings.customers.find((c) => c.id === customerId);
  return customer ? snapshotOf(customer) : null;
}

/** The incident's customer: its snapshot, else (an older incident) the live list's. */
export function incidentCustomer(
  data: JourData,
  incident: Pick<Incident, "customerId" | "customer">,
): CustomerSnapshot | null {
  if (incident.customerId === null) return null;
  return incident.customer ?? liveSnapshot(data, incident.customerId);
}

/** How many incidents name this customer (asked before removing it from the settings). */
export function incidentsOfCustomer(data: JourData, customerId: string): number {
  return data.incidents.filter((incident) => incident.customerId === customerId).length;
}
