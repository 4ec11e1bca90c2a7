import * as v from "valibot";

/**
 * What was reported for a week (issue #21): the text as copied, the figures and the work it
 * counted. Records are appended, never changed: a correction is a new record, so what was
 * signed before stays (reports/report-record.ts makes them, record-state.ts compares).
 */

/** Hours of a week per tariff: a week has at most 169 hours, rounded up to the hour. */
const hours = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(170));
/** Kronor: far above a week's pay, so that a typing mistake in a file is refused. */
const sek = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000_000));
const perTariff = <S extends v.GenericSchema<unknown, number>>(schema: S) =>
  v.object({ 1: schema, 2: schema, 3: schema });

/**
 * The schema of a record, given the document's instant and id schemas (document.ts makes it:
 * this file cannot import them from there without a cycle).
 */
export function reportRecordSchemaOf(
  instantSchema: v.GenericSchema<unknown, number>,
  entityIdSchema: v.GenericSchema<unknown, string>,
) {
  const recordedWorkSchema = v.pipe(
    v.object({
      incidentId: entityIdSchema,
      /** The incident's summary when reported: it names the work if the incident is deleted. */
      summary: v.pipe(v.string(), v.maxLength(500)),
      start: instantSchema,
      end: instantSchema,
    }),
    v.forward(
      v.check((work) => work.end > work.start, "must be after start"),
      ["end"],
    ),
  );

  return v.object({
    /** An instant inside the week (its middle), as the other week marks. */
    week: instantSchema,
    /** When it was marked reported. */
    at: instantSchema,
    /** The first report of the week, or a correction of the record before it. */
    kind: v.picklist(["report", "correction"]),
    /** The text as copied into Jira: the organizer text, or the correction text. */
    text: v.pipe(v.string(), v.maxLength(5_000)),
    onDuty: v.boolean(),
    hours: perTariff(hours),
    allowanceSek: sek,
    /** The rates the week was paid with (kr per hour). */
    rates: perTariff(sek),
    totalSek: sek,
    /** The work counted: each incident's spans clipped to the week. */
    work: v.pipe(v.array(recordedWorkSchema), v.maxLength(10_000)),
  });
}
