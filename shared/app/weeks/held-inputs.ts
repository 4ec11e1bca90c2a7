import * as v from "valibot";
import { instantSchema } from "../data/document";

/** The arguments of the "My jour weeks" methods (as week-inputs.ts: checked at IPC and again here). */

const isoYear = v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2199));

export const heldYearSchema = v.object({ year: isoYear });

export const setRotationSchema = v.object({
  /** null: no rotation (only the weeks marked one by one). */
  rotation: v.nullable(
    v.object({
      everyWeeks: v.pipe(
        v.number(),
        v.integer("expected whole weeks"),
        v.minValue(1, "expected 1–52 weeks"),
        v.maxValue(52, "expected 1–52 weeks"),
      ),
      fromYear: isoYear,
      fromIsoWeek: v.pipe(
        v.number(),
        v.integer(),
        v.minValue(1, "expected an ISO week 1–53"),
        v.maxValue(53, "expected an ISO week 1–53"),
      ),
    }),
  ),
});

/** At most ten years of weeks in one calendar file. */
const MAX_ICS_SPAN_MS = 10 * 366 * 86_400_000;

/** The span of the calendar export: the past year and the next twelve months when left out. */
export const heldIcsSchema = v.optional(
  v.pipe(
    v.object({ from: instantSchema, to: instantSchema }),
    v.forward(
      v.check((r) => r.to > r.from, "must be after from"),
      ["to"],
    ),
    v.forward(
      v.check((r) => r.to - r.from <= MAX_ICS_SPAN_MS, "at most ten years"),
      ["to"],
    ),
  ),
);

export type HeldYearInput = v.InferOutput<typeof heldYearSchema>;
export type SetRotationInput = v.InferOutput<typeof setRotationSchema>;
export type HeldIcsInput = v.InferOutput<typeof heldIcsSchema>;
