import { parseJourData } from "./checker";
import { type JourData } from "./document";
import { InputError } from "../texts/errors";

/**
 * Export and import of all data (the document as JSON). An import is parsed and validated
 * in full before anything is replaced: a bad file changes nothing and the error names the
 * field.
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
