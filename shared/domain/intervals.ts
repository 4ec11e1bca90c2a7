import { fieldError, instantOf } from "./validate";
import type { Interval } from "./types";

/** A half-open span [start, end) in epoch ms. */
export type Span = readonly [start: number, end: number];

/**
 * Checks a list of work intervals (a bad one is a RangeError naming `work[i]`) and returns
 * those reaching into [from, to) as spans. Every interval is checked, whatever the window.
 */
export function spansOf(
  work: readonly Interval[],
  from = -Infinity,
  to = Infinity,
  field = "work",
): Span[] {
  if (!Array.isArray(work)) throw fieldError(field, "expected an array of intervals");
  const spans: Span[] = [];
  for (let i = 0; i < work.length; i++) {
    const interval: unknown = work[i];
    if (typeof interval !== "object" || interval === null) {
      throw fieldError(`${field}[${i}]`, "expected an interval");
    }
    const { start, end } = interval as Interval;
    const s = start instanceof Date ? start.getTime() : instantOf(start, `${field}[${i}].start`);
    const e = end instanceof Date ? end.getTime() : instantOf(end, `${field}[${i}].end`);
    if (!(e > s)) {
      // Also reached by invalid Dates (NaN): name the field that is wrong.
      instantOf(start, `${field}[${i}].start`);
      instantOf(end, `${field}[${i}].end`);
      throw fieldError(`${field}[${i}].end`, "must be after start");
    }
    if (s < to && e > from) spans.push([s, e]);
  }
  return spans;
}

/** The union of spans as sorted, disjoint, non-touching spans. */
export function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The parts of a sorted union (disjoint, ascending) inside [from, to). */
export function clip(merged: readonly Span[], from: number, to: number): Span[] {
  // Ends ascend too: find the first span ending after `from` by bisection.
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((merged[mid] as Span)[1] <= from) lo = mid + 1;
    else hi = mid;
  }
  const inside: Span[] = [];
  for (let i = lo; i < merged.length; i++) {
    const [start, end] = merged[i] as Span;
    if (start >= to) break;
    inside.push([Math.max(start, from), Math.min(end, to)]);
  }
  return inside;
}
