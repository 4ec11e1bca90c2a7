import { fieldError, instantOf } from "./validate";
import type { Interval } from "./types";

/** A half-open span [start, end) in epoch ms. */
export type Span = readonly [start: number, end: number];

/** Checks a list of work intervals; a bad one is a RangeError naming `work[i]`. */
export function spansOf(work: readonly Interval[], field = "work"): Span[] {
  if (!Array.isArray(work)) throw fieldError(field, "expected an array of intervals");
  return work.map((interval, i) => {
    const name = `${field}[${i}]`;
    if (typeof interval !== "object" || interval === null) throw fieldError(name, "expected an interval");
    const start = instantOf(interval.start, `${name}.start`);
    const end = instantOf(interval.end, `${name}.end`);
    if (end <= start) throw fieldError(`${name}.end`, "must be after start");
    return [start, end] as const;
  });
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

/** The parts of sorted spans inside [from, to). */
export function clip(spans: readonly Span[], from: number, to: number): Span[] {
  const inside: Span[] = [];
  for (const [start, end] of spans) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s < e) inside.push([s, e]);
  }
  return inside;
}
