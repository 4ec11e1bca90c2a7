import type { Incident, JourData } from "../data/document";
import { firedKey } from "../data/fired-alerts";
import type { AppSettings } from "../settings/settings";
import { InputError, parseInput } from "../texts/errors";
import { responseDeadlineOf } from "./deadlines";
import { createIncidentSchema, type CreateIncidentInput } from "./incident-inputs";
import { createIncident, markMilestone } from "./incidents";
import { addInterval } from "./intervals";
import { startTimer } from "./timer";

/**
 * A call came in: a new incident, its timer started; or, with a `reportedAt`, a past call
 * logged afterwards with its times, and no timer. It does not decide whose week it is: a
 * week not held asks once (asksHeld).
 */
export function newCall(data: JourData, now: number, raw: unknown): { data: JourData; id: string } {
  const input = parseInput(createIncidentSchema, raw);
  if (input?.reportedAt === undefined) {
    const pastOnly = ["respondedAt", "resolvedAt", "work"].find((key) => input && key in input);
    if (pastOnly) throw InputError.of("reportedAt", `is required with ${pastOnly}`, "required");
    const created = createIncident(data, input, now);
    return { data: startTimer(created.data, created.incident.id, now), id: created.incident.id };
  }
  return pastCall(data, input, now);
}

/**
 * A past call, in one step so that a bad time saves nothing: reported, responded (when the
 * call came in unless given: it was taken), resolved and its worked span if given. Logged as
 * responded it has no live deadline; the alerts whose moment had passed when it was logged
 * are recorded as sent, so undoing its response later raises none of them either.
 */
function pastCall(
  data: JourData,
  input: NonNullable<CreateIncidentInput>,
  now: number,
): { data: JourData; id: string } {
  const created = createIncident(data, input, now);
  const { id, reportedAt } = created.incident;
  let next = markMilestone(created.data, id, "responded", input.respondedAt ?? reportedAt, now);
  if (input.resolvedAt !== undefined) {
    next = markMilestone(next, id, "resolved", input.resolvedAt, now);
  }
  if (input.work) next = addInterval(next, { incidentId: id, ...input.work }, now);
  const passed = passedAlertKeys(created.incident, next.settings, now);
  return { data: { ...next, firedAlerts: [...next.firedAlerts, ...passed] }, id };
}

/** The keys of the response alerts (alerts-plan.ts) whose moment is not after `now`. */
function passedAlertKeys(incident: Incident, settings: AppSettings, now: number): string[] {
  const deadline = responseDeadlineOf(incident, settings);
  const leads = [0, ...new Set(settings.alertLeadMinutes.filter((m) => m > 0))];
  return leads
    .filter((lead) => deadline - lead * 60_000 <= now)
    .map((lead) => firedKey(incident.id, "response", deadline, lead));
}
