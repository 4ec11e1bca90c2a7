/**
 * The alerts already sent, kept in the document (`firedAlerts`) so that a restart does not
 * send one again: a key a moment, "<incident id>|<what>|…", so an incident's keys are found
 * by their prefix when it is resolved, deleted or brought in by an import.
 */

/** The key of one alert moment of an incident. */
export function firedKey(incidentId: string, ...moment: readonly (string | number)[]): string {
  return [incidentId, ...moment].join("|");
}

/** The fired keys of one incident. */
export function firedAlertsOf(fired: readonly string[], incidentId: string): string[] {
  return fired.filter((key) => key.startsWith(`${incidentId}|`));
}

/** The fired keys without an incident's: once resolved or deleted it never alerts again. */
export function forgetAlertsOf(fired: readonly string[], incidentId: string): string[] {
  return fired.filter((key) => !key.startsWith(`${incidentId}|`));
}
