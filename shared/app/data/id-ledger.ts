import type { IdDocument } from "./distinct-ids";
import { createIdSet } from "./id-set";

type Incidents = IdDocument["incidents"];
type Incident = Incidents[number];

/**
 * The rules across a document's incidents that a check reads every id for, kept from one
 * version of the list to the next: whether the ids (the incidents' own, and all of their work
 * intervals') are distinct, and a bound on the highest id number. The store checks the same
 * document after every change, and a change replaces, adds or removes a few incidents: only
 * the stretch of the list that differs from the last one (by object identity) is read again,
 * so a check of 20 000 incidents costs a pass of comparisons, not 70 000 ids put in sets.
 * Sound because incidents are immutable values (document.ts): the same object holds the same
 * ids. It says only whether there is a duplicate; distinct-ids.ts names it.
 */
export interface IdLedger {
  hasDuplicates(incidents: Incidents): boolean;
  /**
   * At least the highest id number of the list's incidents (it never goes down when one is
   * removed): a `nextId` above it is above them all.
   */
  highestBound(incidents: Incidents): number;
}

/** `numberOf`: the highest id number of one incident (ids.ts's). */
export function createIdLedger(numberOf: (incident: Incident) => number): IdLedger {
  // The ids of `last`, all distinct unless `duplicated`: then the next list is read in full.
  let last: Incidents = [];
  let duplicated = false;
  let bound = 0;
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

  const observe = (incidents: Incidents): void => {
    if (incidents === last) return;
    if (duplicated) {
      last = [];
      duplicated = false;
      bound = 0;
      incidentIds = createIdSet("i");
      workIds = createIdSet("w");
    }
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
      const incident = incidents[i] as Incident;
      if (!duplicated && !add(incident)) duplicated = true;
      bound = Math.max(bound, numberOf(incident));
    }
    last = incidents;
  };

  return {
    hasDuplicates(incidents) {
      observe(incidents);
      return duplicated;
    },
    highestBound(incidents) {
      observe(incidents);
      return bound;
    },
  };
}
