import { InputError } from "../texts/errors";

/**
 * The ids Jour hands out ("i-12", "w-40", "n-7": a prefix and the document's next number),
 * and the highest number in use, which the document's `nextId` must stay above.
 */

/**
 * The highest number an id ends in: fifteen digits. Every number up to it is exact in a
 * double (Number.MAX_SAFE_INTEGER is 16 digits) and is written without an exponent, so
 * `nextId + 1` is always a new number and "i-" + it a new id; past it (2^53, 1e21) two
 * allocations could give the same id. `nextId` is at most one more.
 */
export const MAX_ID_NUMBER = 999_999_999_999_999;

/** The number ending an id ("i-12" → 12), or 0 when it ends in none (a dash and digits). */
function idNumber(id: string): number {
  // Scanned, not matched with /-(\d+)$/ and converted: the heavy user's document holds
  // 70 000 ids. Past 15 digits a sum could round differently from Number(): converted then.
  const dash = id.lastIndexOf("-");
  if (dash < 0 || dash === id.length - 1) return 0;
  let number = 0;
  for (let i = dash + 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    number = number * 10 + digit;
  }
  return id.length - dash - 1 > 15 ? Number(id.slice(dash + 1)) : number;
}

/** What holds the ids that `allocateId` hands out: incidents and their work and notes. */
export interface IdNumbered {
  incidents: readonly IdNumberedIncident[];
}
type IdNumberedIncident = {
  id: string;
  work: readonly { id: string }[];
  timeline?: readonly { id: string }[] | undefined;
};

/** The highest id number of one incident: its own, its work's and its notes'. */
export function incidentIdNumber(incident: IdNumberedIncident): number {
  let highest = idNumber(incident.id);
  for (const work of incident.work) highest = Math.max(highest, idNumber(work.id));
  for (const entry of incident.timeline ?? []) highest = Math.max(highest, idNumber(entry.id));
  return highest;
}

/**
 * The highest number of the ids that `allocateId` hands out (incidents and work intervals):
 * `nextId` must be above it, or a new incident or interval would reuse an id in use.
 */
export function highestIdNumber(data: IdNumbered): number {
  let highest = 0;
  for (const incident of data.incidents) highest = Math.max(highest, incidentIdNumber(incident));
  return highest;
}

/**
 * A fresh id ("i-12") and the document that will not hand it out again. Refused, changing
 * nothing, once the numbers are used up (never in practice: a million ids a day for 2 700
 * years), rather than handing out one in use.
 */
export function allocateId<D extends { nextId: number }>(
  data: D,
  prefix: string,
): { id: string; data: D } {
  if (!Number.isSafeInteger(data.nextId) || data.nextId < 1 || data.nextId > MAX_ID_NUMBER) {
    throw InputError.of("nextId", `no id left to hand out (ids end in at most ${MAX_ID_NUMBER})`);
  }
  return { id: `${prefix}-${data.nextId}`, data: { ...data, nextId: data.nextId + 1 } };
}
