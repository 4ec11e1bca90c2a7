import * as v from "valibot";
import { weekInfoSchema } from "./week-views";

/** What the "My jour weeks" view gets (schemas, so the IPC contract checks results too). */

export const heldWeekCellSchema = v.object({
  week: weekInfoSchema,
  held: v.boolean(),
  /** The rotation alone would hold it. */
  inRotation: v.boolean(),
  /** Ended by now. */
  past: v.boolean(),
  current: v.boolean(),
  /** "22–28 dec" */
  range: v.string(),
});

export const rotationViewSchema = v.object({
  everyWeeks: v.number(),
  /** An instant inside the first week of the rotation. */
  fromWeek: v.number(),
  isoYear: v.number(),
  isoWeek: v.number(),
});

export const heldYearViewSchema = v.object({
  /** The ISO week-numbering year shown. */
  year: v.number(),
  /** Its 52 or 53 weeks, in order. */
  weeks: v.array(heldWeekCellSchema),
  rotation: v.nullable(rotationViewSchema),
  /** The first held week not begun yet, and its line for Now and the tray. */
  next: v.nullable(weekInfoSchema),
  nextLine: v.nullable(v.string()),
});

export type HeldWeekCell = v.InferOutput<typeof heldWeekCellSchema>;
export type RotationView = v.InferOutput<typeof rotationViewSchema>;
export type HeldYearView = v.InferOutput<typeof heldYearViewSchema>;
