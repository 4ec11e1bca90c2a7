import { heldWeeksBetween, weekHeld } from "./held-weeks";
import { organizerTextOf } from "../index";
import type { JourData } from "./data";
import { unionMs, type Span } from "./intervals";
import { liveSession } from "./timer";
import { inWeek, setWeekMark, weekInfo, weekMarked, workedWeekPays } from "./week";
import { weekRest } from "./rest";
import type { PayView, ReportView, WeekInfo, WeekRef } from "./views";
import { composeReportText, heldPay } from "./whose-week";

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
 * Every week that is on duty, reported, or has an incident or work, oldest first, with its
 * incidents and work (left empty when `contents` is false: only the weeks are asked for). The
 * rules are asked once per week, not once per item.
 */
export function weekBuckets(data: JourData, now: number, contents = true): WeekBucket[] {
  const buckets: WeekBucket[] = [];
  // The bucket found last: an incident's work mostly lies in the week it was reported, so
  // most asks are for that week again (no bisection of years of weeks).
  let last: WeekBucket | undefined;
  const bucketAt = (at: number): WeekBucket => {
    if (last && at >= last.week.start && at < last.week.end) return last;
    last = findBucket(buckets, at) ?? insertBucket(at);
    return last;
  };
  const insertBucket = (at: number): WeekBucket => {
    const bucket: WeekBucket = {
      week: weekInfo(at, data.settings),
      incidents: new Set(),
      spans: [],
    };
    // Inserted in order (weeks are disjoint), its place found by bisection: ten years of
    // weeks are not scanned per new week.
    buckets.splice(firstStartingAfter(buckets, bucket.week.start), 0, bucket);
    return bucket;
  };
  for (const at of [...data.onDutyWeeks, ...data.reportedWeeks]) bucketAt(at);
  // The rotation's weeks begun by now (never its unbounded future).
  if (data.rotation) for (const week of heldWeeksBetween(data, 0, now + 1)) bucketAt(week.start);
  // Work that crosses a handover belongs to each week it touches.
  const addSpan = (incidentId: string, start: number, end: number): void => {
    for (let at = start; at < end;) {
      const bucket = bucketAt(at);
      if (contents) {
        bucket.incidents.add(incidentId);
        bucket.spans.push([Math.max(start, bucket.week.start), Math.min(end, bucket.week.end)]);
      }
      at = bucket.week.end;
    }
  };
  // The incidentSpans of each incident, without a list made per incident (years of them).
  const live = liveSession(data, now);
  for (const incident of data.incidents) {
    const reported = bucketAt(incident.reportedAt);
    if (contents) reported.incidents.add(incident.id);
    for (const work of incident.work) addSpan(incident.id, work.start, work.end);
    if (live && live.incidentId === incident.id) addSpan(incident.id, live.start, live.end);
  }
  return buckets;
}

/** The weeks of `weekBuckets`, without what is in them (the weekly pay CSV lists them). */
export function reportWeeks(data: JourData, now: number): WeekInfo[] {
  return weekBuckets(data, now, false).map((bucket) => bucket.week);
}

/** Every week that is on duty, reported, or has an incident or work, oldest first. */
export function weekRefs(data: JourData, now: number): WeekRef[] {
  return weekBuckets(data, now).map((bucket) => ({
    week: bucket.week,
    onDuty: weekHeld(data, bucket.week),
    reported: weekMarked(data.reportedWeeks, bucket.week),
    incidentCount: bucket.incidents.size,
    workedMs: unionMs(bucket.spans),
  }));
}

/** Binary search: the index of the first bucket whose week starts after `at` (or the length). */
function firstStartingAfter(buckets: readonly WeekBucket[], at: number): number {
  let lo = 0;
  let hi = buckets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((buckets[mid] as WeekBucket).week.start > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Binary search: the bucket whose week holds `at` (buckets sorted, weeks disjoint). */
function findBucket(buckets: readonly WeekBucket[], at: number): WeekBucket | undefined {
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
    return {
      week,
      onDuty,
      pay: heldPay(pays[i] as PayView, onDuty),
      reported: weekMarked(data.reportedWeeks, week),
      rest: data.settings.rest.inReport ? weekRest(data, week, now) : null,
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
