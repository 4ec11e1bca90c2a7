import * as v from "valibot";
import { plainObject } from "../texts/plain-object";

/** The year whose holidays Settings lists (checked at IPC and again here). */

export const holidaysSchema = plainObject({
  year: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(2005, "the current law holds from 2005"),
    v.maxValue(2200),
  ),
});

export type HolidaysInput = v.InferOutput<typeof holidaysSchema>;
