import type { DocumentAccess } from "../data/document-access";
import { parseInput } from "../texts/errors";
import { weeklyPayCsv } from "./pay-csv";
import { markWeeksReportedSchema, weeksSchema } from "./report-inputs";
import type { MarkWeeksReportedInput, WeeksInput } from "./report-inputs";
import type { ReportView, WeekRef } from "./report-views";
import { recordWeeksReported } from "./mark-reported";
import { refsOfWeeks, unreportedWeeks, weekRefs, weekReport } from "./reports";
import { restCsv } from "./rest-csv";
import { checkWeeksEnded } from "./running-weeks";

/** The week report: which weeks to report, a report of some, marking them reported, CSVs. */
export interface ReportMethods {
  /** Weeks on duty or with incidents, newest first. */
  listWeeks(): Promise<WeekRef[]>;
  /** Ended weeks (not the one in progress) on duty or with work, not yet reported; oldest first. */
  listUnreportedWeeks(): Promise<WeekRef[]>;
  getReport(input: WeeksInput): Promise<ReportView>;
  /**
   * Marks (or unmarks) the weeks. A week still in progress is refused ("weeks.i: … is still
   * in progress", code weekRunning) unless `confirmRunning`: the user was asked first.
   */
  markWeeksReported(input: MarkWeeksReportedInput): Promise<WeekRef[]>;
  exportWeeklyPayCsv(): Promise<string>;
  /** Each week's short daily rests and longest rest (Arbetstidslagen §§ 13–14). */
  exportRestCsv(): Promise<string>;
}

export function reportMethods({ read, change }: DocumentAccess): ReportMethods {
  return {
    listWeeks: () => read((data, now) => weekRefs(data, now).reverse()),
    listUnreportedWeeks: () => read(unreportedWeeks),
    getReport: (raw) =>
      read((data, now) => weekReport(data, parseInput(weeksSchema, raw).weeks, now)),
    markWeeksReported: (raw) =>
      change((data, now) => {
        const input = parseInput(markWeeksReportedSchema, raw);
        if (input.reported) checkWeeksEnded(data, input.weeks, now, input.confirmRunning);
        const next = recordWeeksReported(data, input.weeks, input.reported, now);
        return { data: next, result: refsOfWeeks(next, input.weeks, now) };
      }),
    exportWeeklyPayCsv: () => read(weeklyPayCsv),
    exportRestCsv: () => read(restCsv),
  };
}
