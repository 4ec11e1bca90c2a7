import type { JourData, ReportRecord } from "../data/document";
import { weekInfo, weekMarked } from "../weeks/week-info";
import type { WeekInfo } from "../weeks/week-views";
import { correctionText, recordChanges } from "./correction";
import { currentFigures, figuresDiffer, newRecord, recordsOf } from "./report-record";
import { markWeeksReported, weekReport } from "./reports";

/**
 * Marking weeks reported keeps what was reported (issue #21): a week marked now gets a
 * record of its figures and the text copied with them; a marked week that changed since its
 * record, marked again on its own, gets a correction record (its correction text); the
 * earlier ones stay. Unmarking
 * keeps every record. A week marked before Jour kept records gets none: what was reported
 * then is not known.
 */
export function recordWeeksReported(
  data: JourData,
  weeks: readonly number[],
  reported: boolean,
  now: number,
): JourData {
  const marked = markWeeksReported(data, weeks, reported);
  if (!reported) return marked;
  const distinct = new Map<number, WeekInfo>();
  for (const at of weeks) {
    const week = weekInfo(at, data.settings);
    distinct.set(week.start, week);
  }
  const fresh = [...distinct.values()].filter((week) => !weekMarked(data.reportedWeeks, week));
  // The text of the weeks chosen together, as the report showed it to copy.
  const text = fresh.length > 0 ? weekReport(data, weeks, now).text : "";
  const added: ReportRecord[] = [];
  for (const week of [...distinct.values()].sort((a, b) => a.start - b.start)) {
    const latest = recordsOf(data, week).at(-1);
    const figures = currentFigures(data, week, now);
    if (latest && !figuresDiffer(latest, figures)) continue;
    if (fresh.includes(week)) {
      added.push(newRecord(figures, week, "report", text, now));
    } else if (latest && fresh.length === 0) {
      // Only when the call marks nothing new (the correction's own button): a week reported
      // and changed since is not signed by reporting another week beside it.
      const correction = correctionText(week, recordChanges(latest, figures)) ?? "";
      added.push(newRecord(figures, week, "correction", correction, now));
    }
  }
  return added.length === 0 ? marked : { ...marked, reports: [...data.reports, ...added] };
}
