import type { Interval } from "../../index";
import { allocateId } from "../data/ids";
import { type Incident, type JourData, type WorkInterval } from "../data/document";
import { storedWorkWithin } from "../data/derived";
import { InputError } from "../texts/errors";
import type { AddIntervalInput, IntervalRef, UpdateIntervalInput } from "./incident-inputs";
import { findIncident, replaceIncident } from "./incidents";
import { liveSession } from "./live-session";

/**
 * Work intervals: the timer appends them, the user adds forgotten time or corrects a start
 * or an end. Overlaps are allowed: the rules merge them before paying (DOMAIN §3).
 */

export type Span = readonly [start: number, end: number];

function checkSpan(start: number, end: number, now: number): void {
  if (end <= start) throw InputError.of("end", "must be after start");
  if (end > now) throw InputError.of("end", "is in the future");
}

export function addInterval(data: JourData, input: AddIntervalInput, now: number): JourData {
  const incident = findIncident(data, input.incidentId, "incidentId");
  checkSpan(input.start, input.end, now);
  const allocated = allocateId(data, "w");
  const work: WorkInterval = { id: allocated.id, start: input.start, end: input.end };
  return replaceIncident(allocated.data, {
    ...incident,
    work: sortedWork([...incident.work, work]),
  });
}

export function updateInterval(data: JourData, input: UpdateIntervalInput, now: number): JourData {
  const incident = findIncident(data, input.incidentId, "incidentId");
  const current = findInterval(incident, input.intervalId);
  const start = input.start ?? current.start;
  const end = input.end ?? current.end;
  // An end the timer recorded stays allowed: after the wall clock was set back during a
  // session, that end lies ahead of the clock, and the user must still be able to fix the start.
  checkSpan(start, end, Math.max(now, current.end));
  const work = incident.work.map((w) => (w.id === current.id ? { ...w, start, end } : w));
  return replaceIncident(data, { ...incident, work: sortedWork(work) });
}

export function deleteInterval(data: JourData, input: IntervalRef): JourData {
  const incident = findIncident(data, input.incidentId, "incidentId");
  const current = findInterval(incident, input.intervalId);
  return replaceIncident(data, { ...incident, work: incident.work.filter((w) => w !== current) });
}

function findInterval(incident: Incident, intervalId: string): WorkInterval {
  const found = incident.work.find((w) => w.id === intervalId);
  if (!found) throw InputError.of("intervalId", `no work interval ${intervalId} in this incident`);
  return found;
}

function sortedWork(work: WorkInterval[]): WorkInterval[] {
  return work.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** An incident's work as spans, with the running session up to `now`. */
export function incidentSpans(data: JourData, incident: Incident, now: number): Span[] {
  const spans: Span[] = incident.work.map((w) => [w.start, w.end]);
  const live = liveSession(data, now);
  if (live && live.incidentId === incident.id) spans.push([live.start, live.end]);
  return spans;
}

/** Length of the union of spans (overlaps counted once). */
export function unionMs(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Whether a span touches [from, to). */
export function overlaps(span: Span, from: number, to: number): boolean {
  return span[0] < to && span[1] > from;
}

/**
 * The work of all incidents (with the running session) that touches `within`, as the rules
 * take it: found in an index kept per version of the incidents, so a week's work costs that
 * week, not ten years (the tray asks every few seconds). Every week at once: workedWeekPays.
 */
export function allWork(
  data: JourData,
  now: number,
  within: { start: number; end: number },
): Interval[] {
  const work: Interval[] = [];
  const add = (start: number, end: number) => {
    if (start < within.end && end > within.start) {
      work.push({ start: new Date(start), end: new Date(end) });
    }
  };
  for (const [start, end] of storedWorkWithin(data, within.start, within.end)) add(start, end);
  const live = liveSession(data, now);
  if (live) add(live.start, live.end);
  return work;
}
