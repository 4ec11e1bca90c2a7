import type { IdDocument } from "./distinct-ids";
import { createIdSet } from "./id-set";

type Incidents = IdDocument["incidents"];
type Incident = Incidents[number];

/**
 * Whether the ids of a document's incidents (their own, and all of their work intervals')
 * are distinct, kept from one version of the list to the next: the store checks the same
 * document after every change, and a change replaces, adds or removes a few incidents. Only
 * the stretch of the list that differs from the last one asked about (by object identity)
 * is put in the sets again (id-set.ts), so a check of 20 000 incidents costs a pass of
 * comparisons, not 70 000 ids put in sets. Sound because incidents are immutable values (data.ts): the same
 * object holds the same ids. It says only whether there is a duplicate; distinct-ids.ts
 * names it.
 */
export interface IdLedger {
  hasDuplicates(incidents: Incidents): boolean;
}

export function createIdLedger(): IdLedger {
  // The ids of `last`, all distinct: after a duplicate, the next list is read in full.
  let last: Incidents = [];
  let incidentIds = createIdSet("i");
  let workIds = createIdSet("w");

  const remove = (incident: Incident): void => {
    incidentIds.delete(incident.id);
    for (const work of incident.work) workIds.delete(work.id);
  };
  /** Adds the incident's ids; false when one of them is there already. */
  const add = (incident: Incident): boolean => {
    if (!incidentIds.add(incident.id)) return false;
    for (const work of incident.work) if (!workIds.add(work.id)) return false;
    return true;
  };

  return {
    hasDuplicates(incidents) {
      // The stretch that differs: after the common start, before the common end.
      let start = 0;
      const shorter = Math.min(incidents.length, last.length);
      while (start < shorter && incidents[start] === last[start]) start++;
      let endNow = incidents.length;
      let endBefore = last.length;
      while (endNow > start && endBefore > start && incidents[endNow - 1] === last[endBefore - 1]) {
        endNow--;
        endBefore--;
      }
      for (let i = start; i < endBefore; i++) remove(last[i] as Incident);
      for (let i = start; i < endNow; i++) {
        if (!add(incidents[i] as Incident)) {
          last = [];
          incidentIds = createIdSet("i");
          workIds = createIdSet("w");
          return true;
        }
      }
      last = incidents;
      return false;
    },
  };
}
