import { parseJourData } from "./checker";
import { type JourData } from "./document";
import type { CsvFormat } from "../texts/csv-format";
import { InputError } from "../texts/errors";

/**
 * Export and import of all data (the document as JSON), and the user's CSV format for the
 * spreadsheet exports (incidents/incidents-csv.ts, reports/pay-csv.ts). An import is parsed
 * and validated in full before anything is replaced: a bad file changes nothing and the
 * error names the field.
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

/** The user's CSV style and language (settings), in the rules' zone. */
export function csvFormatOf(data: JourData): CsvFormat {
  const { csvStyle, language, rules } = data.settings;
  return { style: csvStyle, language, timeZone: rules.timeZone };
}
