import type { Translate } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { parseFieldError } from "./field-error";

/**
 * The core's errors about recorded times and notes, in the window's language: "Besvarad:
 * ligger i framtiden" rather than "respondedAt: is in the future". Others pass unchanged.
 */

const fields: Record<string, MessageKey> = {
  reportedAt: "record.reported",
  respondedAt: "incident.responded",
  rollbackRequestedAt: "incident.rollbackRequested",
  rollbackStartedAt: "incident.rollbackStarted",
  resolvedAt: "incident.markResolved",
  at: "record.noteTime",
  text: "record.noteText",
};

const problems: [RegExp, MessageKey][] = [
  [/is in the future/, "record.problemFuture"],
  [/is before the incident was reported/, "record.problemBeforeReport"],
  [/is after a milestone/, "record.problemAfterMilestone"],
  [/is before the rollback was requested/, "record.problemBeforeRequest"],
  [/is after the rollback started/, "record.problemAfterStart"],
  [/is empty/, "record.problemEmpty"],
];

export function wordRecordError(error: unknown, t: Translate): unknown {
  if (error === null || error === undefined) return error;
  const { field, problem } = parseFieldError(error);
  const label = fields[field];
  const known = problems.find(([pattern]) => pattern.test(problem));
  if (!label || !known) return error;
  return new Error(`${t(label)}: ${t(known[1])}`);
}
