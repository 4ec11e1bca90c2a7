import { fieldError, instantOf } from "./validate";
import type { Interval } from "./types";

/**
 * A list of work intervals as checked: the instants it held, start and end of each interval
 * in turn, [start0, end0, start1, end1, …]. Enough to tell, later, whether the same array
 * still says the same thing without checking it again.
 */
export interface CheckedWork {
  times: Float64Array;
}

/** Checks every interval (a bad one is a RangeError naming `work[i]`) and records it. */
export function checkWork(work: readonly Interval[], field: string): CheckedWork {
  if (!Array.isArray(work)) throw fieldError(field, "expected an array of intervals");
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
    times[k] = s;
    times[k + 1] = e;
  }
  return { times };
}

/**
 * Whether `work` still holds what was checked: Dates (so valid: a Date's instant is all that
 * can change) holding the same instants. Arrays and Dates can be changed in place between two
 * calls, so this is asked on every call; it reads each interval once and checks no more than
 * that, about twice as cheap as `checkWork`. The instants are compared before the Date check:
 * V8 then knows each object's shape from `getTime` and answers `instanceof` without walking a
 * prototype chain (a fifth of the cost); likewise an interval is not asked first whether it is
 * an object. So a non-Date with a `getTime` method has it called before it is rejected;
 * anything unexpected (a throw) is a "no", and `checkWork` then names the field as always.
 */
export function stillChecked(work: readonly Interval[], seen: CheckedWork): boolean {
  const { times } = seen;
  if (work.length * 2 !== times.length) return false;
  try {
    for (let i = 0, k = 0; i < work.length; i++, k += 2) {
      // null, undefined or a primitive in place of an interval throws below (a "no").
      const interval = work[i] as Interval;
      const start = interval.start;
      const end = interval.end;
      if (start.getTime() !== times[k] || end.getTime() !== times[k + 1]) return false;
      if (!(start instanceof Date && end instanceof Date)) return false;
      if (typeof interval === "function") return false;
    }
  } catch {
    return false;
  }
  return true;
}

/** The error of an interval that failed the quick check, naming the field that is wrong. */
function intervalError(start: unknown, end: unknown, name: string): RangeError {
  instantOf(start, `${name}.start`);
  instantOf(end, `${name}.end`);
  return fieldError(`${name}.end`, "must be after start");
}
