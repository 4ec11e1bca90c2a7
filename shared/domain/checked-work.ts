import { fieldError, instantOf } from "./validate";
import type { Interval } from "./types";

/**
 * A list of work intervals as checked: the Date objects it held (start and end of each
 * interval in turn) and the instants they held then. Enough to tell, later, whether the same
 * array still says the same thing without checking it again.
 */
export interface CheckedWork {
  dates: readonly Date[];
  /** Epoch ms of `dates`, in the same order: [start0, end0, start1, end1, …]. */
  times: Float64Array;
}

/** Checks every interval (a bad one is a RangeError naming `work[i]`) and records it. */
export function checkWork(work: readonly Interval[], field: string): CheckedWork {
  if (!Array.isArray(work)) throw fieldError(field, "expected an array of intervals");
  const dates: Date[] = new Array<Date>(work.length * 2);
  const times = new Float64Array(work.length * 2);
  for (let i = 0, k = 0; i < work.length; i++, k += 2) {
    const interval: unknown = work[i];
    if (typeof interval !== "object" || interval === null) {
      throw fieldError(`${field}[${i}]`, "expected an interval");
    }
    const { start, end } = interval as Interval;
    if (!(start instanceof Date && end instanceof Date)) {
      throw intervalError(start, end, `${field}[${i}]`);
    }
    const s = start.getTime();
    const e = end.getTime();
    // Also false for invalid Dates (NaN).
    if (!(e > s)) throw intervalError(start, end, `${field}[${i}]`);
    dates[k] = start;
    dates[k + 1] = end;
    times[k] = s;
    times[k + 1] = e;
  }
  return { dates, times };
}

/**
 * Whether `work` still holds exactly what was checked: the same Date objects (so Dates still,
 * and valid) holding the same instants. Arrays and Dates can be changed in place between two
 * calls, so this is asked on every call; it reads each interval once and checks nothing else,
 * several times cheaper than `checkWork`.
 */
export function stillChecked(work: readonly Interval[], seen: CheckedWork): boolean {
  const { dates, times } = seen;
  if (work.length * 2 !== times.length) return false;
  for (let i = 0, k = 0; i < work.length; i++, k += 2) {
    const interval = work[i];
    if (interval === undefined || interval === null) return false;
    const start = interval.start;
    const end = interval.end;
    if (start !== dates[k] || end !== dates[k + 1]) return false;
    if (start.getTime() !== times[k] || end.getTime() !== times[k + 1]) return false;
  }
  return true;
}

/** The error of an interval that failed the quick check, naming the field that is wrong. */
function intervalError(start: unknown, end: unknown, name: string): RangeError {
  instantOf(start, `${name}.start`);
  instantOf(end, `${name}.end`);
  return fieldError(`${name}.end`, "must be after start");
}
