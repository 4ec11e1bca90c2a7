import { fromLocalInput, toLocalInput } from "../i18n/local-input";
import { normalizeDateTime } from "../ui/DateTimeField";

/**
 * The past-call form's only conversions between its "YYYY-MM-DDTHH:mm" fields and
 * instants in the rules' zone (kept here so the shared date-time field can replace them).
 */

/** The field's text for an instant. */
export function timeFieldText(ms: number, timeZone: string): string {
  return toLocalInput(ms, timeZone);
}

/** An instant; "empty" when neither date nor time was given; null when malformed. */
export function timeFieldInstant(text: string, timeZone: string): number | "empty" | null {
  if (text.replace("T", "").trim() === "") return "empty";
  return fromLocalInput(normalizeDateTime(text), timeZone);
}
