import { weekHeld } from "./held-weeks";
import { parseJourData, type JourData } from "./data";
import { InputError } from "./errors";
import { customerName } from "./incident-view";
import { allWork, incidentSpans, unionMs } from "./intervals";
import { localIso } from "./local-time";
import { weekBuckets } from "./reports";
import { payViews, weekMarked } from "./week";
import type { PayView } from "./views";
import { heldPay } from "./whose-week";

/**
 * Export and import of all data (the document as JSON), and CSV for spreadsheets.
 * An import is parsed and validated in full before anything is replaced: a bad file
 * changes nothing and the error names the field.
 */

export function exportJson(data: JourData): string {
  return JSON.stringify(data, null, 2);
}

export function importJson(json: string): JourData {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw InputError.of("json", `not a JSON file (${reason})`);
  }
  return parseJourData(raw);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, quote or line break. Text that
 * a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe, at the
 * start and after any separator inside it: a Swedish spreadsheet splits on ";" and would
 * otherwise start a cell in the middle of the text.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = value.replace(/(^|[,;\t\r\n])([=+\-@])/g, "$1'$2");
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Hours and kronor to at most two decimals, as they are shown (exact with rounding "none"). */
const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

export function csv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function incidentsCsv(data: JourData, now: number): string {
  const zone = data.settings.rules.timeZone;
  const time = (ms: number | null) => (ms === null ? null : localIso(ms, zone));
  const header = [
    "id",
    "reportedAt",
    "priority",
    "customer",
    "summary",
    "notes",
    "jiraKey",
    "respondedAt",
    "rollbackRequestedAt",
    "rollbackStartedAt",
    "resolvedAt",
    "workedMinutes",
  ];
  const rows = [...data.incidents]
    .sort((a, b) => a.reportedAt - b.reportedAt)
    .map((i) => [
      i.id,
      time(i.reportedAt),
      `P${i.priority}`,
      customerName(data, i),
      i.summary,
      i.notes,
      i.jiraKey,
      time(i.respondedAt),
      time(i.rollbackRequestedAt),
      time(i.rollbackStartedAt),
      time(i.resolvedAt),
      Math.round(unionMs(incidentSpans(data, i, now)) / 60_000),
    ]);
  return csv([header, ...rows]);
}

export function weeklyPayCsv(data: JourData, now: number): string {
  const zone = data.settings.rules.timeZone;
  const header = [
    "week",
    "start",
    "end",
    "storhelg",
    "onDuty",
    "reported",
    "hoursTaxa1",
    "hoursTaxa2",
    "hoursTaxa3",
    "allowanceSek",
    "sekTaxa1",
    "sekTaxa2",
    "sekTaxa3",
    "totalSek",
  ];
  const buckets = weekBuckets(data, now);
  // Every week's pay in one pass over the work, merged once.
  const pays = payViews(
    buckets.map(({ week }) => week.start),
    allWork(data, now),
    data.settings,
  );
  const rows = buckets.map(({ week }, i) => {
    const pay = heldPay(pays[i] as PayView, weekHeld(data, week));
    return [
      `${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}`,
      localIso(week.start, zone),
      localIso(week.end, zone),
      week.storhelg,
      weekHeld(data, week),
      weekMarked(data.reportedWeeks, week),
      twoDecimals(pay.hours[1]),
      twoDecimals(pay.hours[2]),
      twoDecimals(pay.hours[3]),
      twoDecimals(pay.allowanceSek),
      twoDecimals(pay.tariffSek[1]),
      twoDecimals(pay.tariffSek[2]),
      twoDecimals(pay.tariffSek[3]),
      twoDecimals(pay.totalSek),
    ];
  });
  return csv([header, ...rows]);
}
