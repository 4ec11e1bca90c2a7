import type { JourData } from "../data/document";
import { parseInput } from "../texts/errors";
import { createIncidentSchema } from "./incident-inputs";
import { createIncident } from "./incidents";
import { startTimer } from "./timer";

/**
 * A call came in: a new incident, its timer started; or, with a `reportedAt`, a past call
 * logged afterwards, with no timer (its work is added by hand). It does not decide whose
 * week it is: a week not held asks once (asksHeld).
 */
export function newCall(data: JourData, now: number, raw: unknown): { data: JourData; id: string } {
  const input = parseInput(createIncidentSchema, raw);
  const created = createIncident(data, input, now);
  const next =
    input?.reportedAt !== undefined
      ? created.data
      : startTimer(created.data, created.incident.id, now);
  return { data: next, id: created.incident.id };
}
