import type { Interval } from "../../index";
import type { Incident, JourData } from "./document";

/**
 * What the tick and the tray read on every pass (the open incidents, the fired alerts as a
 * set, the work of one week), derived once per version of the document part it comes from
 * and kept by that part's identity. Sound because the document is never changed in place: a
 * change makes a new incidents or firedAlerts array (incidents are immutable values). So a
 * tick costs what is open and current, not the years of history behind it.
 */

function memo<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** The incidents not resolved: the only ones with pending deadlines. */
export const openIncidents: (incidents: readonly Incident[]) => readonly Incident[] = memo(
  (incidents) => incidents.filter((incident) => incident.resolvedAt === null),
);

export const firedSet: (fired: readonly string[]) => ReadonlySet<string> = memo(
  (fired) => new Set(fired),
);

/**
 * Every stored work interval, sorted by start, with the latest end up to each: the work
 * touching [from, to) is found by two bisections, not a pass over ten years.
 */
interface WorkIndex {
  starts: Float64Array;
  ends: Float64Array;
  /** maxEnds[i] = the latest end among the first i + 1 intervals. */
  maxEnds: Float64Array;
}

export const workIndex = memo((incidents: readonly Incident[]): WorkIndex => {
  const all: { start: number; end: number }[] = [];
  for (const incident of incidents) for (const w of incident.work) all.push(w);
  all.sort((a, b) => a.start - b.start);
  const starts = new Float64Array(all.length);
  const ends = new Float64Array(all.length);
  const maxEnds = new Float64Array(all.length);
  let latest = -Infinity;
  all.forEach((w, i) => {
    starts[i] = w.start;
    ends[i] = w.end;
    latest = Math.max(latest, w.end);
    maxEnds[i] = latest;
  });
  return { starts, ends, maxEnds };
});

/** The stored work (not the running session) touching [from, to), as [start, end] pairs. */
export function storedWorkWithin(
  data: JourData,
  from: number,
  to: number,
): [start: number, end: number][] {
  const { starts, ends, maxEnds } = workIndex(data.incidents);
  // The first interval that could end after `from`, the first that starts at or after `to`.
  const first = firstIndex(maxEnds.length, (i) => (maxEnds[i] as number) > from);
  const last = firstIndex(starts.length, (i) => (starts[i] as number) >= to);
  const found: [number, number][] = [];
  for (let i = first; i < last; i++) {
    const end = ends[i] as number;
    if (end > from) found.push([starts[i] as number, end]);
  }
  return found;
}

/** The first index in [0, length) where a monotone `holds` turns true (length if never). */
function firstIndex(length: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Every stored work interval as the rules take it (Dates), made once per version of the
 * incidents: one array, so the rules keep its check and merge from one report to the next.
 * Frozen, and the app hands these to the rules only, which never change their input. Sorted
 * by start (the work index's order): the rules' merge then sorts in one pass, where the
 * incidents' order of their work would take n log n.
 */
export const storedWork: (incidents: readonly Incident[]) => readonly Interval[] = memo(
  (incidents) => {
    const { starts, ends } = workIndex(incidents);
    return Object.freeze(
      Array.from(starts, (start, i) => ({
        start: new Date(start),
        end: new Date(ends[i] as number),
      })),
    );
  },
);

/** When each incident was reported, in the incidents' order (the weeks list reads them). */
export const reportTimes: (incidents: readonly Incident[]) => Float64Array = memo((incidents) =>
  Float64Array.from(incidents, (incident) => incident.reportedAt),
);

/** The incidents by id. */
export const incidentsById: (incidents: readonly Incident[]) => ReadonlyMap<string, Incident> =
  memo((incidents) => new Map(incidents.map((incident) => [incident.id, incident])));
