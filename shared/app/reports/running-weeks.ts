import type { JourData } from "../data/document";
import { InputError } from "../texts/errors";
import { weekInfo, weekMarked } from "../weeks/week-info";

/**
 * Reporting only what has ended: a week in progress is marked reported only when the
 * caller says it asked the user (its handover reminders stop with it). The window asks
 * first, from the report's `inProgress`; the core refuses a mark without that answer, so
 * no window can mark a running week by mistake.
 */

/** Whether the week holding `at` is still in progress at `now` (its handover ahead). */
export function weekInProgress(data: JourData, at: number, now: number): boolean {
  return weekInfo(at, data.settings).end > now;
}

/**
 * Throws naming `weeks.i` for the first week still in progress and not yet marked, unless
 * `confirmed` (a marked one was asked about when it was marked: signing its correction
 * stops nothing more):
 * "weeks.0: v. 50 is still in progress (until 2025-12-14T23:00:00.000Z): …".
 */
export function checkWeeksEnded(
  data: JourData,
  weeks: readonly number[],
  now: number,
  confirmed: boolean,
): void {
  if (confirmed) return;
  weeks.forEach((at, i) => {
    const week = weekInfo(at, data.settings);
    if (week.end <= now || weekMarked(data.reportedWeeks, week)) return;
    throw InputError.of(
      `weeks.${i}`,
      `${week.label} is still in progress (until ${new Date(week.end).toISOString()}): ` +
        "marking it reported stops its handover reminders; ask, then pass confirmRunning",
      "weekRunning",
      { week: week.label, end: week.end },
    );
  });
}
