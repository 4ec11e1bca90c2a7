import * as v from "valibot";

/** What the JourApi says about a week's report records (schemas, as IPC checks them). */

const tariffRecord = v.object({ 1: v.number(), 2: v.number(), 3: v.number() });

/** One record: what was reported, when. */
export const recordViewSchema = v.object({
  at: v.number(),
  kind: v.picklist(["report", "correction"]),
  text: v.string(),
  onDuty: v.boolean(),
  hours: tariffRecord,
  allowanceSek: v.number(),
  rates: tariffRecord,
  totalSek: v.number(),
});

/** What differs between the latest record and the week now. */
export const recordChangeSchema = v.variant("kind", [
  v.object({ kind: v.literal("held"), before: v.boolean(), after: v.boolean() }),
  v.object({ kind: v.literal("allowance"), before: v.number(), after: v.number() }),
  v.object({
    kind: v.literal("hours"),
    tariff: v.picklist([1, 2, 3]),
    before: v.number(),
    after: v.number(),
  }),
  v.object({
    kind: v.literal("rate"),
    tariff: v.picklist([1, 2, 3]),
    before: v.number(),
    after: v.number(),
  }),
  v.object({
    kind: v.literal("incident"),
    change: v.picklist(["removed", "added", "edited"]),
    incidentId: v.string(),
    summary: v.string(),
  }),
]);

export const weekRecordSchema = v.object({
  /**
   * unreported: not marked (earlier records may exist); reported: marked and its latest record
   * still holds; legacy: marked before Jour kept records (nothing to compare); changed: marked,
   * and the week now would be reported differently.
   */
  state: v.picklist(["unreported", "reported", "legacy", "changed"]),
  /** The latest signed state, if any. */
  latest: v.nullable(recordViewSchema),
  /** Every record of the week, oldest first (nothing signed is lost). */
  history: v.array(recordViewSchema),
  /** The week's total now. */
  nowTotalSek: v.number(),
  /** Only when changed. */
  changes: v.array(recordChangeSchema),
  /** The correction text to copy ("Rättelse v. 51: Taxa 3: −1h"), only when changed. */
  correction: v.nullable(v.string()),
});

export type RecordView = v.InferOutput<typeof recordViewSchema>;
export type RecordChange = v.InferOutput<typeof recordChangeSchema>;
export type WeekRecord = v.InferOutput<typeof weekRecordSchema>;
