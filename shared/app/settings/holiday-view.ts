import * as v from "valibot";

/** A holiday as Settings lists them for a year (a schema, as IPC checks it). */

export const holidayViewSchema = v.object({
  date: v.string(),
  name: v.string(),
  kind: v.picklist(["helgdag", "afton"] as const),
});

export type HolidayView = v.InferOutput<typeof holidayViewSchema>;
