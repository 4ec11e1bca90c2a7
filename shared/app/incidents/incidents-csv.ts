import type { Incident, JourData } from "../data/document";
import { csvDocument, csvFormatOf, csvTime } from "../texts/csv-format";
import { formatDuration } from "../texts/format";
import type { CsvColumns } from "../texts/csv-format";
import { customerName, filterIncidents } from "./incident-display";
import type { ListIncidentsInput } from "./incident-inputs";
import { incidentSpans, unionMs } from "./intervals";

/** History's CSV export: the incidents of the filter, a row each, in the user's CSV style. */

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
  ["workedTime", "Arbetad tid", "Worked time"],
];

/** The notes: the older free text, then the timeline's notes, each with its time, a line each. */
function notesOf(incident: Incident, time: (ms: number) => string): string {
  const stamped = incident.timeline.map((entry) => `${time(entry.at)} ${entry.text}`);
  return [incident.notes.trim(), ...stamped].filter((line) => line !== "").join("\n");
}

/** The incidents that match the History's filter (all when none), oldest first. */
export function incidentsCsv(data: JourData, now: number, filter?: ListIncidentsInput): string {
  const format = csvFormatOf(data.settings);
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
      // To the second, as paid and shown ("01:30:15"; Excel reads it as a duration).
      formatDuration(unionMs(incidentSpans(data, i, now))),
    ]);
  return csvDocument(format, incidentColumns, rows);
}
