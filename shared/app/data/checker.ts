import * as v from "valibot";
import { parseAppSettings } from "../settings/settings";
import { InputError, firstIssue } from "../texts/errors";
import { inJourWords } from "../texts/issue-words";
import { duplicateIdProblem, duplicateSettingsIdProblem, type DuplicateId } from "./distinct-ids";
import { documentSchema, incidentSchema, jourDataSchema } from "./document";
import type { Incident, JourData } from "./document";
import { createIdLedger } from "./id-ledger";
import { highestIdNumber, incidentIdNumber, type IdNumbered } from "./ids";
import { migrate } from "./migrations";
import { compileUnchangedCheck } from "./unchanged-check";

// An incident valibot would accept as it is, checked without valibot's copy (the store's
// open reads 5 000 of them); any other goes through valibot (unchanged-check.ts).
const unchangedIncident = compileUnchangedCheck(incidentSchema);

/**
 * A stored or imported document, migrated and validated. Throws an InputError naming the
 * first bad field ("incidents.3.work.0.end: must be after start").
 */
export function parseJourData(raw: unknown): JourData {
  const migrated = migrate(raw);
  // Only the first issue is reported, so stop at it (also ~10% faster on a large file).
  const result = v.safeParse(jourDataSchema, migrated, { ...inJourWords, abortEarly: true });
  if (!result.success) throw InputError.fromIssue(firstIssue(result.issues));
  checkDistinctIds(result.output);
  // The rules core checks the settings too (parseAppSettings), with the field named.
  parseAppSettings(result.output.settings);
  return result.output;
}

/**
 * Every id that something refers to is unique in the document: incidents, work intervals
 * (across all incidents: an edit finds an interval by its id), customers and runbook steps.
 * The error names the second use and the first ("incidents.4.work.0.id: "w-7" is also
 * incidents.1.work.2.id").
 */
function checkDistinctIds(data: JourData): void {
  throwIfProblem(duplicateIdProblem(data));
}

function throwIfProblem(problem: DuplicateId | null): void {
  if (problem) throw InputError.of(problem.field, problem.problem);
}

/** A `parseJourData` for one long-lived document: see createJourDataChecker. */
export interface JourDataChecker {
  /** parseJourData, sparing the incidents it accepted before. */
  parse(raw: unknown): JourData;
  /** Takes a document vouched for elsewhere (the store's validation memo), unchecked. */
  trust(raw: unknown): JourData;
  /**
   * Takes incidents vouched for elsewhere (a segment file the store's memo vouches for):
   * `parse` then spares them as it spares those it accepted.
   */
  vouch(incidents: readonly unknown[]): void;
  /**
   * Reads the ids of a document it accepted or trusts now (the store calls it while idle
   * after the open), so that its first check after an edit reads only what changed.
   */
  prepare(data: JourData): void;
}

/**
 * parseJourData for the store, which checks the same document again and again as it
 * changes (before it becomes the backup): the incident objects it has accepted, or been
 * told to trust, are not checked again, so a check costs the changed incidents plus the
 * rest of the document. Sound because incidents are immutable values: a change is a new
 * object, which is checked. A document it refuses is refused by parseJourData itself,
 * whose messages name the field (those here would not).
 */
export function createJourDataChecker(): JourDataChecker {
  const accepted = new WeakSet<object>();
  const isAccepted = (input: unknown): boolean =>
    typeof input === "object" && input !== null && accepted.has(input);
  // The list as one value once each incident in it is known: a schema run per incident
  // (a union of "known" and the incident's schema) cost the heavy user's 20 000 incidents
  // 20 ms on every check.
  // The ids' distinctness and highest number, kept per change (id-ledger.ts): read in full,
  // the heavy user's 70 000 ids cost 15-25 ms a check.
  const ledger = createIdLedger(incidentIdNumber);
  const highest = (data: IdNumbered): number => {
    const bound = ledger.highestBound(data.incidents);
    // Below nextId, so is every number; at or past it, the check needs the number itself.
    const { nextId } = data as { nextId?: unknown };
    return typeof nextId === "number" && bound < nextId ? bound : highestIdNumber(data);
  };
  const schema = documentSchema(
    v.custom<Incident[]>((input) => Array.isArray(input) && input.every(isAccepted)),
    highest,
  );
  const remember = (data: JourData): JourData => {
    for (const incident of data.incidents) accepted.add(incident);
    return data;
  };
  /** The document with each incident not known before checked (its output in its place). */
  const withNewIncidentsChecked = (migrated: unknown): unknown => {
    const incidents = (migrated as { incidents?: unknown } | null)?.incidents;
    if (!Array.isArray(incidents) || incidents.every(isAccepted)) return migrated;
    const checked = incidents.map((incident: unknown) => {
      if (isAccepted(incident)) return incident;
      if (unchangedIncident?.(incident)) {
        accepted.add(incident as object);
        return incident;
      }
      const result = v.safeParse(incidentSchema, incident, { abortEarly: true });
      // Left unknown: the list then fails, and parseJourData names the field.
      if (!result.success) return incident;
      accepted.add(result.output);
      return result.output;
    });
    return { ...(migrated as object), incidents: checked };
  };
  return {
    parse(raw) {
      const migrated = migrate(raw);
      const result = v.safeParse(schema, withNewIncidentsChecked(migrated), { abortEarly: true });
      if (!result.success) return remember(parseJourData(raw));
      // A duplicate found: the whole check names both places.
      if (ledger.hasDuplicates(result.output.incidents)) checkDistinctIds(result.output);
      throwIfProblem(duplicateSettingsIdProblem(result.output.settings));
      parseAppSettings(result.output.settings);
      // The output's incidents only: an object read that valibot copied may hold members it
      // stripped, and must be checked again if handed in (the old store's memo vouched for
      // such content). One read unchanged is its own output (unchanged-check.ts).
      return remember(result.output);
    },
    trust: (raw) => remember(raw as JourData),
    prepare(data) {
      ledger.hasDuplicates(data.incidents);
    },
    vouch(incidents) {
      for (const incident of incidents) {
        if (typeof incident === "object" && incident !== null) accepted.add(incident);
      }
    },
  };
}
