import { tzOffset } from "@date-fns/tz";
import { DAY_MS, MINUTE_MS } from "./civil";
import { fieldError } from "./validate";

/**
 * An IANA time zone with fast offset lookups. Offsets come from @date-fns/tz (`tzOffset`,
 * i.e. the runtime's Intl data), but a lookup costs microseconds, so each UTC year's offset
 * transitions are found once (weekly samples, then bisection to the millisecond) and kept:
 * after that an offset is a search in a list of two or three entries.
 */
export interface Zone {
  readonly name: string;
  /** UTC offset in ms at an instant (local wall = instant + offset). */
  offsetAt(ms: number): number;
  /**
   * The offset at `ms` and the instant until which it holds unchanged (exclusive). The
   * zone's own stored segment: read it, do not keep or change it.
   */
  segmentAt(ms: number): Segment;
  /** Local wall ms of an instant. */
  toWall(ms: number): number;
  /**
   * The instant of a local wall time, disambiguated as Temporal's and java.time's default
   * ("compatible"): a time skipped by a forward change moves forward by the gap (02:30 →
   * 03:30); a time that occurs twice takes the earlier instant.
   */
  fromWall(wallMs: number): number;
}

/** A stretch of constant offset: [from, until). */
export interface Segment {
  readonly from: number;
  readonly until: number;
  readonly offset: number;
}

interface YearSegments {
  start: number;
  end: number;
  /** Ascending and contiguous; segments[0].from === start, the last ends at `end`. */
  segments: Segment[];
}

const WEEK_MS = 7 * DAY_MS;
const zones = new Map<string, Zone>();

/** The zone of an IANA name; an unknown name is a RangeError naming `field`. */
export function zoneOf(name: unknown, field = "timeZone"): Zone {
  if (typeof name === "string") {
    const known = zones.get(name);
    if (known) return known;
  }
  if (typeof name !== "string" || name === "" || !isKnownZone(name)) {
    throw fieldError(field, `unknown time zone ${JSON.stringify(name)}`);
  }
  const zone = createZone(name);
  zones.set(name, zone);
  return zone;
}

/** Whether the runtime knows this IANA time zone (its Intl data). */
export function isKnownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function createZone(name: string): Zone {
  const years = new Map<number, YearSegments>();
  const rawOffset = (ms: number): number => Math.round(tzOffset(name, new Date(ms)) * MINUTE_MS);

  // Lookups come in runs over nearby instants: the last segment found answers most of them.
  let last: Segment = { from: 0, until: 0, offset: 0 };
  const segmentAt = (ms: number): Segment => {
    if (ms >= last.from && ms < last.until) return last;
    const year = utcYearOf(ms);
    let segments = years.get(year);
    if (!segments) {
      segments = scanYear(year, rawOffset);
      years.set(year, segments);
    }
    const list = segments.segments;
    let i = list.length - 1;
    while (i > 0 && (list[i] as Segment).from > ms) i--;
    last = list[i] as Segment;
    return last;
  };

  const offsetAt = (ms: number): number => segmentAt(ms).offset;

  return {
    name,
    offsetAt,
    segmentAt,
    toWall: (ms) => ms + offsetAt(ms),
    fromWall(wallMs) {
      const before = offsetAt(wallMs - DAY_MS);
      const after = offsetAt(wallMs + DAY_MS);
      if (before === after) return wallMs - before;
      // Valid with the earlier offset (the first of a repeated time), or skipped: then the
      // earlier offset moves it forward past the gap.
      const asBefore = wallMs - before;
      if (offsetAt(asBefore) === before) return asBefore;
      const asAfter = wallMs - after;
      return offsetAt(asAfter) === after ? asAfter : asBefore;
    },
  };
}

const MEAN_YEAR_MS = 365.2425 * DAY_MS;

/** The UTC calendar year of an instant, without allocating a Date. */
function utcYearOf(ms: number): number {
  let year = 1970 + Math.floor(ms / MEAN_YEAR_MS);
  while (Date.UTC(year, 0, 1) > ms) year--;
  while (Date.UTC(year + 1, 0, 1) <= ms) year++;
  return year;
}

function scanYear(year: number, rawOffset: (ms: number) => number): YearSegments {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const froms = [start];
  const offsets = [rawOffset(start)];
  let lo = start;
  let loOffset = offsets[0] as number;
  while (lo < end) {
    const hi = Math.min(lo + WEEK_MS, end);
    const hiOffset = rawOffset(hi);
    if (hiOffset !== loOffset) {
      // Bisect to the first millisecond of the new offset.
      let a = lo;
      let b = hi;
      while (b - a > 1) {
        const mid = a + Math.floor((b - a) / 2);
        if (rawOffset(mid) === loOffset) a = mid;
        else b = mid;
      }
      if (b < end) {
        froms.push(b);
        offsets.push(hiOffset);
      }
    }
    lo = hi;
    loOffset = hiOffset;
  }
  const segments = froms.map((from, i): Segment => ({
    from,
    until: froms[i + 1] ?? end,
    offset: offsets[i] as number,
  }));
  return { start, end, segments };
}
