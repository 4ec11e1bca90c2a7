import { onCallWeek } from "../../index";
import type { AppSettings } from "../settings/settings";
import { settingsInForce } from "../settings/rates-in-force";
import { weekLabel } from "../texts/format";
import type { WeekInfo } from "./week-views";

/**
 * The on-call week an instant is in (DOMAIN §4), and the weeks' marks: a stored mark (on
 * duty, reported, a checklist) is the week's middle, so it still finds its week if the
 * handover day or time changes.
 */

/**
 * The two weeks of each settings object asked last: the tick and the tray ask for the
 * current week every few seconds (the reminders for the one before it too), and it is the
 * same week until its handover.
 */
const lastWeeks = new WeakMap<AppSettings, [WeekInfo, WeekInfo | null]>();

export function weekInfo(at: number, settings: AppSettings): WeekInfo {
  const last = lastWeeks.get(settings);
  if (last) {
    if (inWeek(at, last[0])) return last[0];
    if (last[1] && inWeek(at, last[1])) return last[1];
  }
  const week = weekInfoOf(at, settings);
  lastWeeks.set(settings, [week, last?.[0] ?? null]);
  return week;
}

function weekInfoOf(at: number, settings: AppSettings): WeekInfo {
  // The allowance of the week's own rates; its span does not depend on them.
  const week = onCallWeek(new Date(at), settingsInForce(settings, at).rules);
  return {
    start: week.start.getTime(),
    end: week.end.getTime(),
    isoYear: week.isoYear,
    isoWeek: week.isoWeek,
    storhelg: week.storhelg,
    allowanceSek: week.allowanceSek,
    label: weekLabel(week.isoWeek, settings.language),
  };
}

export function inWeek(at: number, week: WeekInfo): boolean {
  return at >= week.start && at < week.end;
}

export function weekMarked(marks: readonly number[], week: WeekInfo): boolean {
  if (marks.length < FEW_MARKS) return marks.some((at) => inWeek(at, week));
  // A list of every week asks this per week: years of marks are bisected, not scanned.
  const sorted = sortedMarks(marks);
  return (sorted[firstAtOrAfter(sorted, week.start)] ?? Infinity) < week.end;
}

/** Below this many marks a scan is as quick as a sorted copy. */
const FEW_MARKS = 16;

/**
 * A sorted copy of each marks list, kept by the list's identity: sound because the document
 * is never changed in place (see derived.ts); a new mark makes a new list.
 */
const sortedCopies = new WeakMap<readonly number[], Float64Array>();

function sortedMarks(marks: readonly number[]): Float64Array {
  let sorted = sortedCopies.get(marks);
  if (!sorted || sorted.length !== marks.length) {
    sorted = Float64Array.from(marks).sort();
    sortedCopies.set(marks, sorted);
  }
  return sorted;
}

/** The index of the first value ≥ `at` in ascending `values` (their length if none). */
function firstAtOrAfter(values: Float64Array, at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The marks with this week's removed, and added back once if `on`. */
export function setWeekMark(marks: readonly number[], week: WeekInfo, on: boolean): number[] {
  const others = marks.filter((at) => !inWeek(at, week));
  return on ? [...others, weekMiddle(week)].sort((a, b) => a - b) : others;
}

export function weekMiddle(week: WeekInfo): number {
  return week.start + Math.floor((week.end - week.start) / 2);
}
