// reports/: the week report: weeks to report, pay and text, marking reported, pay and rest CSVs.
import { heldWeeksBetween, weekHeld } from "../weeks/held-weeks";
import { organizerTextOf } from "../../index";
import type { JourData } from "../data/document";
import { reportTimes, workIndex } from "../data/derived";
import { incidentSpans, unionMs, type Span } from "../incidents/intervals";
import { liveSession } from "../incidents/live-session";
import { inWeek, setWeekMark, weekInfo, weekMarked } from "../weeks/week-info";
import { workedWeekPays } from "../weeks/week";
import { weekRest } from "../rest/rest";
import type { PayView, WeekInfo } from "../weeks/week-views";
import type { ReportView, WeekRef } from "./report-views";
import { composeReportText, heldPay } from "../weeks/whose-week";
import { changedWeeks, weekRecord } from "./record-state";

/**
 * The week reports (DOMAIN §4): which weeks there are, which are still to report, the
 * organizer text of one or several together, and marking them reported.
 */

export interface WeekBucket {
  week: WeekInfo;
  incidents: Set<string>;
  /** The work inside the week (clipped to it), including a running session. */
  spans: Span[];
}

/**
 * Weeks found by instant, kept in order (weeks are disjoint): the week found last is asked
 * first, as most asks come in runs inside one week, then a bisection; a new week is inserted
 * at its place, found by bisection too. Ten years of weeks are not scanned per ask.
 */
function weekFinder<B extends { week: WeekInfo }>(data: JourData, make: (week: WeekInfo) => B) {
  const found: B[] = [];
  let last: B | undefined;
  const at = (ms: number): B => {
    if (last && ms >= last.week.start && ms < last.week.end) return last;
    last = findBucket(found, ms);
    if (!last) {
      last = make(weekInfo(ms, data.settings));
      found.splice(firstStartingAfter(found, last.week.start), 0, last);
    }
    return last;
  };
  /** Each week that [start, end) touches: work that crosses a handover is in both weeks. */
  const touched = (start: number, end: number, each: (bucket: B) => void): void => {
    for (let ms = start; ms < end;) {
      const bucket = at(ms);
      each(bucket);
      ms = bucket.week.end;
    }
  };
  return { found, at, touched };
}

/** The marked weeks, and the rotation's weeks begun by now (never its unbounded future). */
function markedWeeks(data: JourData, now: number): number[] {
  const rotation = data.rotation ? heldWeeksBetween(data, 0, now + 1) : [];
  return [...data.onDutyWeeks, ...data.reportedWeeks, ...rotation.map((week) => week.start)];
}

/**
 * Every week that is on duty, reported, or has an incident or work, oldest first, with its
 * incidents and work. The rules are asked once per week, not once per item.
 */
export function weekBuckets(data: JourData, now: number): WeekBucket[] {
  const weeks = weekFinder(data, (week): WeekBucket => ({ week, incidents: new Set(), spans: [] }));
  for (const ms of markedWeeks(data, now)) weeks.at(ms);
  for (const incident of data.incidents) {
    weeks.at(incident.reportedAt).incidents.add(incident.id);
    for (const [start, end] of incidentSpans(data, incident, now)) {
      weeks.touched(start, end, (bucket) => {
        bucket.incidents.add(incident.id);
        bucket.spans.push([Math.max(start, bucket.week.start), Math.min(end, bucket.week.end)]);
      });
    }
  }
  return weeks.found;
}

/**
 * The weeks of `weekBuckets` without what is in them (the weekly pay CSV lists them), from
 * the indexes kept per version of the incidents (their report times, their work sorted):
 * arrays of numbers read in order, not every incident and work object of ten years.
 */
export function reportWeeks(data: JourData, now: number): WeekInfo[] {
  const weeks = weekFinder(data, (week) => ({ week }));
  for (const ms of markedWeeks(data, now)) weeks.at(ms);
  for (const ms of reportTimes(data.incidents)) weeks.at(ms);
  const { starts, ends } = workIndex(data.incidents);
  const none = (): void => undefined;
  for (let i = 0; i < starts.length; i++) {
    weeks.touched(starts[i] as number, ends[i] as number, none);
  }
  const live = liveSession(data, now);
  if (live) weeks.touched(live.start, live.end, none);
  return weeks.found.map((bucket) => bucket.week);
}

/** Every week that is on duty, reported, or has an incident or work, oldest first. */
export function weekRefs(data: JourData, now: number): WeekRef[] {
  const buckets = weekBuckets(data, now);
  const changed = changedWeeks(
    data,
    buckets.map((bucket) => bucket.week),
    now,
  );
  return buckets.map((bucket) => ({
    week: bucket.week,
    onDuty: weekHeld(data, bucket.week),
    reported: weekMarked(data.reportedWeeks, bucket.week),
    changed: changed.has(bucket.week.start),
    incidentCount: bucket.incidents.size,
    workedMs: unionMs(bucket.spans),
  }));
}

/** Binary search: the index of the first bucket whose week starts after `at` (or the length). */
function firstStartingAfter(buckets: readonly { week: WeekInfo }[], at: number): number {
  let lo = 0;
  let hi = buckets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((buckets[mid] as { week: WeekInfo }).week.start > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Binary search: the bucket whose week holds `at` (buckets sorted, weeks disjoint). */
function findBucket<B extends { week: WeekInfo }>(
  buckets: readonly B[],
  at: number,
): B | undefined {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bucket = buckets[mid];
    if (!bucket) return undefined;
    if (at < bucket.week.start) hi = mid - 1;
    else if (at >= bucket.week.end) lo = mid + 1;
    else return bucket;
  }
  return undefined;
}

/**
 * Weeks that have ended by now, on duty or worked in, and not yet reported; oldest first.
 * The week in progress is not listed (it can still be chosen by hand in the Week report).
 */
export function unreportedWeeks(data: JourData, now: number): WeekRef[] {
  return weekRefs(data, now).filter(
    (ref) => ref.week.end <= now && !ref.reported && (ref.onDuty || ref.workedMs > 0),
  );
}

/**
 * The organizer text and the pay table of the chosen weeks (each counted once): the
 * allowance and "N x Jourvecka" for the held ones only, the hours of all (DOMAIN §4).
 */
export function weekReport(data: JourData, weeks: readonly number[], now: number): ReportView {
  const distinct = new Map<number, WeekInfo>();
  for (const at of weeks) {
    const week = weekInfo(at, data.settings);
    distinct.set(week.start, week);
  }
  const sorted = [...distinct.values()].sort((a, b) => a.start - b.start);
  const pays = workedWeekPays(data, sorted, now);
  const rows = sorted.map((week, i) => {
    const onDuty = weekHeld(data, week);
    const pay = heldPay(pays[i] as PayView, onDuty);
    return {
      week,
      onDuty,
      pay,
      reported: weekMarked(data.reportedWeeks, week),
      inProgress: week.end > now,
      rest: data.settings.rest.inReport ? weekRest(data, week, now) : null,
      record: weekRecord(data, week, now, pay.totalSek),
    };
  });
  // The text from the same pays (no second pass over the work), summed in the order the
  // weeks were given, as organizerText sums them.
  const payAt = new Map(sorted.map((week, i) => [week.start, pays[i] as PayView]));
  const allWeeksText = organizerTextOf(
    [...distinct.keys()].map((start) => payAt.get(start) as PayView),
  );
  return {
    text: composeReportText(allWeeksText, rows.filter((row) => row.onDuty).length),
    weeks: rows,
    totalSek: rows.reduce((sum, row) => sum + row.pay.totalSek, 0),
  };
}

export function markWeeksReported(
  data: JourData,
  weeks: readonly number[],
  reported: boolean,
): JourData {
  let marks = data.reportedWeeks;
  for (const at of weeks) marks = setWeekMark(marks, weekInfo(at, data.settings), reported);
  return { ...data, reportedWeeks: marks };
}

/** The refs of the weeks holding these instants. */
export function refsOfWeeks(data: JourData, weeks: readonly number[], now: number): WeekRef[] {
  const refs = weekRefs(data, now);
  return refs.filter((ref) => weeks.some((at) => inWeek(at, ref.week)));
}
