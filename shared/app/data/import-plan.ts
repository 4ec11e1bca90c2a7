import { incidentCustomer } from "./customer-snapshot";
import { allocateId } from "./ids";
import { parseJourData } from "./checker";
import { type Incident, type JourData } from "./document";
import type { Customer } from "../settings/settings";
import type { DataCounts, ImportPreview } from "./data-views";
import { firedAlertsOf } from "./fired-alerts";

/**
 * What an import does, worked out before anything is replaced: the preview the window
 * shows (what the file holds against what would go), and the two ways to take a file in:
 * replace everything, or add the incidents that are not already here.
 */

export function dataCounts(data: JourData): DataCounts {
  return {
    incidents: data.incidents.length,
    heldWeeks: data.onDutyWeeks.length,
    reportedWeeks: data.reportedWeeks.length,
    customers: data.settings.customers.length,
  };
}

/** The same value: a JSON document compared field by field, whatever the keys' order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      key in b && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

export function importPreview(current: JourData, file: JourData): ImportPreview {
  const here = new Set(current.incidents.map((incident) => incident.id));
  const inFile = new Map(file.incidents.map((incident) => [incident.id, incident]));
  // What replacing would cost: the incidents here the file lacks, or holds otherwise.
  const lostIncidents = current.incidents.filter((incident) => !inFile.has(incident.id)).length;
  const changedIncidents = current.incidents.filter((incident) => {
    const theirs = inFile.get(incident.id);
    return theirs !== undefined && !same(incident, theirs);
  }).length;
  return {
    file: dataCounts(file),
    current: dataCounts(current),
    settingsChanged: JSON.stringify(current.settings) !== JSON.stringify(file.settings),
    newIncidents: file.incidents.filter((incident) => !here.has(incident.id)).length,
    lostIncidents,
    changedIncidents,
    timerRunning: file.timer !== null && file.timer.runningSince !== null,
  };
}

/**
 * A file to replace the data with. A timer that ran when the file was exported must not
 * resume from then: that would count the time since as worked. It comes back paused.
 */
export function replacement(file: JourData): { data: JourData; timerPaused: boolean } {
  const timer = file.timer;
  if (timer === null || timer.runningSince === null) return { data: file, timerPaused: false };
  return { data: { ...file, timer: { ...timer, runningSince: null } }, timerPaused: true };
}

/**
 * The current data plus the file's incidents whose id is not here. Their work intervals
 * get new ids where one is in use here; the customers they name come along (under a new
 * id when the id here is another customer's), and each keeps its customer's snapshot.
 * Settings, weeks and the timer stay as they are. The result is checked whole.
 */
export function mergeIncidents(
  current: JourData,
  file: JourData,
): { data: JourData; added: number } {
  const here = new Set(current.incidents.map((incident) => incident.id));
  const workIds = new Set(current.incidents.flatMap((incident) => incident.work.map((w) => w.id)));
  // Above every id number of both documents: allocateId then hands out ids used by neither.
  let data: JourData = { ...current, nextId: Math.max(current.nextId, file.nextId) };
  const customers: Customer[] = [...current.settings.customers];
  const customerIds = new Map<string, string>();
  const added: Incident[] = [];
  let firedAlerts = [...current.firedAlerts];

  const customerIdFor = (fileCustomerId: string): string => {
    const known = customerIds.get(fileCustomerId);
    if (known !== undefined) return known;
    const theirs = file.settings.customers.find((c) => c.id === fileCustomerId);
    const ours = customers.find((c) => c.id === fileCustomerId);
    let id = fileCustomerId;
    if (theirs && ours && ours.name !== theirs.name) {
      const allocated = allocateId(data, "customer");
      data = allocated.data;
      id = allocated.id;
    }
    if (theirs && !customers.some((c) => c.id === id && c.name === theirs.name)) {
      customers.push({ ...theirs, id });
    }
    customerIds.set(fileCustomerId, id);
    return id;
  };

  for (const incident of file.incidents) {
    if (here.has(incident.id)) continue;
    const work = incident.work.map((interval) => {
      if (!workIds.has(interval.id)) {
        workIds.add(interval.id);
        return interval;
      }
      const allocated = allocateId(data, "w");
      data = allocated.data;
      workIds.add(allocated.id);
      return { ...interval, id: allocated.id };
    });
    const snapshot = incidentCustomer(file, incident);
    const customerId = incident.customerId === null ? null : customerIdFor(incident.customerId);
    added.push({ ...incident, work, customerId, customer: snapshot });
    // Alerts it already sent stay sent (their keys start with the incident id).
    firedAlerts = [...firedAlerts, ...firedAlertsOf(file.firedAlerts, incident.id)];
  }

  const merged: JourData = {
    ...data,
    settings: { ...data.settings, customers },
    incidents: [...data.incidents, ...added],
    firedAlerts,
  };
  return { data: parseJourData(merged), added: added.length };
}
