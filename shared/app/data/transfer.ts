import { weekHeld } from "../weeks/held-weeks";
import { parseJourData, type Incident, type JourData } from "./document";
import { InputError } from "../texts/errors";
import { customerName } from "../incidents/incident-view";
import { incidentSpans, unionMs } from "../incidents/intervals";
import { csvCell, csvDocument, csvTime } from "../texts/csv-format";
import type { CsvColumns, CsvFormat, CsvValue } from "../texts/csv-format";
import { filterIncidents } from "../incidents/incident-view";
import type { ListIncidentsInput } from "../inputs";
import { reportWeeks } from "../reports/reports";
import { weekMarked, workedWeekPays } from "../weeks/week";
import type { PayView } from "../views";
import { heldPay } from "../weeks/whose-week";

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

/** One CSV field in RFC 4180 style (csv-format.ts: quoting and formula defusing). */
export function csvField(value: CsvValue): string {
  return csvCell(value);
}

/** Hours and kronor to at most two decimals, as they are shown (exact with rounding "none"). */
const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

export function csv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The user's CSV style and language (settings), in the rules' zone. */
function csvFormatOf(data: JourData): CsvFormat {
  const { csvStyle, language, rules } = data.settings;
  return { style: csvStyle, language, timeZone: rules.timeZone };
}

const incidentColumns: CsvColumns = [
  ["id", "Id", "Id"],
  ["reportedAt", "Anmäld", "Reported"],
  ["priority", "Prioritet", "Priority"],
  ["customer", "Kund", "Customer"],
  ["summary", "Sammanfattning", "Summary"],
  ["notes", "Anteckningar", "Notes"],
  ["jiraKey", "Jira-nyckel", "Jira key"],
  ["respondedAt", "Besvarad", "Responded"],
  ["rollbackRequestedAt", "Rollback begärd", "Rollback requested"],
  ["rollbackStartedAt", "Rollback påbörjad", "Rollback started"],
  ["resolvedAt", "Löst", "Resolved"],
  ["workedMinutes", "Arbetade minuter", "Worked minutes"],
];

/** The notes: the older free text, then the timeline's notes, each with its time, a line each. */
function notesOf(incident: Incident, time: (ms: number) => string): string {
  const stamped = incident.timeline.map((entry) => `${time(entry.at)} ${entry.text}`);
  return [incident.notes.trim(), ...stamped].filter((line) => line !== "").join("\n");
}

/** The incidents that match the History's filter (all when none), oldest first. */
export function incidentsCsv(data: JourData, now: number, filter?: ListIncidentsInput): string {
  const format = csvFormatOf(data);
  const time = (ms: number | null) => csvTime(format, ms);
  const rows = filterIncidents(data, filter, now)
    .sort((a, b) => a.reportedAt - b.reportedAt)
    .map((i) => [
      i.id,
      time(i.reportedAt),
      `P${i.priority}`,
      customerName(data, i),
      i.summary,
      notesOf(i, (ms) => time(ms) ?? ""),
      i.jiraKey,
      time(i.respondedAt),
      time(i.rollbackRequestedAt),
      time(i.rollbackStartedAt),
      time(i.resolvedAt),
      Math.round(unionMs(incidentSpans(data, i, now)) / 60_000),
    ]);
  return csvDocument(format, incidentColumns, rows);
}

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
];

export function weeklyPayCsv(data: JourData, now: number): string {
  const format = csvFormatOf(data);
  const weeks = reportWeeks(data, now);
  const pays = workedWeekPays(data, weeks, now);
  const rows = weeks.map((week, i) => {
    const pay = heldPay(pays[i] as PayView, weekHeld(data, week));
    return [
      `${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}`,
      csvTime(format, week.start),
      csvTime(format, week.end),
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
  return csvDocument(format, payColumns, rows);
}
