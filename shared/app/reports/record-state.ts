import type { JourData, ReportRecord } from "../data/document";
import { weekMarked } from "../weeks/week-info";
import type { WeekInfo } from "../weeks/week-views";
import { correctionText, recordChanges } from "./correction";
import type { RecordView, WeekRecord } from "./record-views";
import { currentFigures, figuresDiffer, recordsOf } from "./report-record";

/**
 * A reported week against its record (issue #21): reported as it stands, reported before
 * Jour kept records, or changed since, with what changed and the correction to report.
 */

export function recordView(record: ReportRecord): RecordView {
  const { at, kind, text, onDuty, hours, allowanceSek, rates, totalSek } = record;
  return { at, kind, text, onDuty, hours, allowanceSek, rates, totalSek };
}

/**
 * `nowTotalSek` is the week's pay as the report computes it now (the caller has it): the
 * week's figures are made again (its work, rates) only to compare with a signed record, so
 * a report of every week costs nothing more for the weeks without one.
 */
export function weekRecord(
  data: JourData,
  week: WeekInfo,
  now: number,
  nowTotalSek: number,
): WeekRecord {
  const records = data.reports.length === 0 ? [] : recordsOf(data, week);
  const latest = records[records.length - 1] ?? null;
  const marked = weekMarked(data.reportedWeeks, week);
  const base = {
    latest: latest && recordView(latest),
    history: records.map(recordView),
    nowTotalSek,
    changes: [],
    correction: null,
  };
  if (!marked) return { state: "unreported", ...base };
  if (!latest) return { state: "legacy", ...base };
  const current = currentFigures(data, week, now);
  if (!figuresDiffer(latest, current)) return { state: "reported", ...base };
  const changes = recordChanges(latest, current);
  return { ...base, state: "changed", changes, correction: correctionText(week, changes) };
}

/** The starts of those weeks that are marked, have a record, and would be reported differently. */
export function changedWeeks(data: JourData, weeks: readonly WeekInfo[], now: number): Set<number> {
  const changed = new Set<number>();
  if (data.reports.length === 0) return changed;
  for (const week of weeks) {
    if (!weekMarked(data.reportedWeeks, week)) continue;
    const latest = recordsOf(data, week).at(-1);
    if (latest && figuresDiffer(latest, currentFigures(data, week, now))) changed.add(week.start);
  }
  return changed;
}
