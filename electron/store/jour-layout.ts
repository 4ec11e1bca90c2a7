import {
  createJourDataChecker,
  emptyJourData,
  incidentSchema,
} from "../../shared/app/data/document";
import type { JourData, JourDataChecker } from "../../shared/app/data/document";
import type { DocumentStoreOptions } from "./document-store";
import { schemaFingerprint } from "./schema-fingerprint";
import type { SplitOptions } from "./segments";

/**
 * How Jour's document is split (docs/storage.md): the incidents, by the UTC year of their
 * `reportedAt`. The UTC year rather than Stockholm's: it depends on nothing the user can
 * change (a new time zone in the settings must not move incidents between files), and the
 * unit only decides which file holds an incident, never what the app shows. An incident
 * without a valid time (a bad document, refused by the check anyway) goes to `other`.
 */
export const jourSplit: SplitOptions = {
  member: "incidents",
  unitOf: (item) => {
    const at = (item as { reportedAt?: unknown } | null)?.reportedAt;
    if (typeof at !== "number" || !Number.isFinite(at)) return "other";
    const year = new Date(at).getUTCFullYear();
    return Number.isInteger(year) ? String(year) : "other";
  },
};

/**
 * What the app's store is opened with (run-jour.ts; the tests and the benchmark open it
 * the same way): one checker per session, the split by year, and the vouching of segments.
 */
export function jourReading(checker: JourDataChecker = createJourDataChecker()) {
  return {
    parse: checker.parse,
    trust: checker.trust,
    defaults: () => emptyJourData(),
    split: jourSplit,
    vouchItems: checker.vouch,
    prepareParse: checker.prepare,
    itemValidatorId: schemaFingerprint(incidentSchema),
  } satisfies Partial<DocumentStoreOptions<JourData>>;
}
