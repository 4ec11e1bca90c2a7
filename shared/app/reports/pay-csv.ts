import type { JourData } from "../data/document";
import { csvDocument, csvFormatOf, csvTime } from "../texts/csv-format";
import type { CsvColumns } from "../texts/csv-format";
import { weekHeld } from "../weeks/held-weeks";
import { workedWeekPays } from "../weeks/week";
import { weekMarked } from "../weeks/week-info";
import type { PayView } from "../weeks/week-views";
import { heldPay } from "../weeks/whose-week";
import { changedWeeks } from "./record-state";
import { recordsOf } from "./report-record";
import { reportWeeks } from "./reports";

/** The weekly pay CSV: every week on duty or with work, its hours, allowance and pay. */

/** Hours and kronor to at most two decimals, as they are shown (exact with rounding "none"). */
const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

const payColumns: CsvColumns = [
  ["week", "Vecka", "Week"],
  ["start", "Start", "Start"],
  ["end", "Slut", "End"],
  ["storhelg", "Storhelg", "Major holiday"],
  ["onDuty", "Min jourvecka", "My on-call week"],
  ["reported", "Rapporterad", "Reported"],
  ["hoursTaxa1", "Timmar taxa 1", "Hours tariff 1"],
  ["hoursTaxa2", "Timmar taxa 2", "Hours tariff 2"],
  ["hoursTaxa3", "Timmar taxa 3", "Hours tariff 3"],
  ["allowanceSek", "Jourersättning (kr)", "On-call allowance (SEK)"],
  ["sekTaxa1", "Taxa 1 (kr)", "Tariff 1 (SEK)"],
  ["sekTaxa2", "Taxa 2 (kr)", "Tariff 2 (SEK)"],
  ["sekTaxa3", "Taxa 3 (kr)", "Tariff 3 (SEK)"],
  ["totalSek", "Totalt (kr)", "Total (SEK)"],
  // What was reported (the week's latest record), and whether the week now differs from it.
  ["reportedTotalSek", "Rapporterat totalt (kr)", "Reported total (SEK)"],
  ["changedAfterReport", "Ändrad efter rapporten", "Changed after the report"],
];

export function weeklyPayCsv(data: JourData, now: number): string {
  const format = csvFormatOf(data.settings);
  const weeks = reportWeeks(data, now);
  const pays = workedWeekPays(data, weeks, now);
  const changed = changedWeeks(data, weeks, now);
  const rows = weeks.map((week, i) => {
    const pay = heldPay(pays[i] as PayView, weekHeld(data, week));
    const reported = weekMarked(data.reportedWeeks, week);
    // Blank when not marked, or marked before Jour kept records.
    const record = reported ? recordsOf(data, week).at(-1) : undefined;
    return [
      `${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}`,
      csvTime(format, week.start),
      csvTime(format, week.end),
      week.storhelg,
      weekHeld(data, week),
      reported,
      twoDecimals(pay.hours[1]),
      twoDecimals(pay.hours[2]),
      twoDecimals(pay.hours[3]),
      twoDecimals(pay.allowanceSek),
      twoDecimals(pay.tariffSek[1]),
      twoDecimals(pay.tariffSek[2]),
      twoDecimals(pay.tariffSek[3]),
      twoDecimals(pay.totalSek),
      record ? twoDecimals(record.totalSek) : "",
      changed.has(week.start),
    ];
  });
  return csvDocument(format, payColumns, rows);
}
