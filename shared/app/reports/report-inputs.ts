import * as v from "valibot";
import { instantSchema } from "../data/document";
import { plainObject } from "../texts/plain-object";

/** The arguments of the report methods of the JourApi, as schemas (checked at IPC and again here). */

const instant = instantSchema;

export const weeksSchema = plainObject({
  weeks: v.pipe(v.array(instant), v.minLength(1, "pick at least one week"), v.maxLength(520)),
});

export const markWeeksReportedSchema = plainObject({
  weeks: v.pipe(v.array(instant), v.minLength(1, "pick at least one week"), v.maxLength(520)),
  reported: v.boolean(),
  /**
   * The user was asked and said yes to marking a week still in progress (running-weeks.ts);
   * without it such a week is refused.
   */
  confirmRunning: v.optional(v.boolean(), false),
});

export type WeeksInput = v.InferOutput<typeof weeksSchema>;

export type MarkWeeksReportedInput = v.InferInput<typeof markWeeksReportedSchema>;
