import * as v from "valibot";
import { weekRestSchema } from "../rest/rest-views";
import { payViewSchema, weekInfoSchema } from "../weeks/week-views";
import { weekRecordSchema } from "./record-views";

/** What the JourApi returns about reports: the weeks to report and a report of some (schemas, as IPC checks them). */

export const weekRefSchema = v.object({
  week: weekInfoSchema,
  onDuty: v.boolean(),
  reported: v.boolean(),
  /** Reported, and it would now be reported differently (a correction is due). */
  changed: v.boolean(),
  incidentCount: v.number(),
  workedMs: v.number(),
});

export const reportViewSchema = v.object({
  /** The organizer text (DOMAIN §4) of the chosen weeks together. */
  text: v.string(),
  weeks: v.array(
    v.object({
      week: weekInfoSchema,
      pay: payViewSchema,
      reported: v.boolean(),
      /** Its handover is still ahead: marking it reported asks first (running-weeks.ts). */
      inProgress: v.boolean(),
      /** The week's short days and longest rest (null when switched off in Settings). */
      rest: v.nullable(weekRestSchema),
      /** Held (on duty): only then is the allowance in `pay` (DOMAIN §4 "Whose week"). */
      onDuty: v.boolean(),
      /** What was reported for the week and how it compares with now. */
      record: weekRecordSchema,
    }),
  ),
  totalSek: v.number(),
});

export type WeekRef = v.InferOutput<typeof weekRefSchema>;

export type ReportView = v.InferOutput<typeof reportViewSchema>;
