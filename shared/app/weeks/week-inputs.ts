import * as v from "valibot";
import { entityIdSchema, instantSchema } from "../data/document";
import { plainObject } from "../texts/plain-object";

/** The arguments of the week methods of the JourApi, as schemas (checked at IPC and again here). */

const instant = instantSchema;

/** Any instant inside the week; the current week when left out. */
export const weekAtSchema = v.optional(plainObject({ week: v.exactOptional(instant) }));

export const setOnDutySchema = plainObject({ week: instant, onDuty: v.boolean() });

/** Any instant inside the week (required). */
export const weekOfSchema = plainObject({ week: instant });

export const weekChecklistItemSchema = plainObject({
  week: instant,
  itemId: entityIdSchema,
  done: v.boolean(),
});

export type WeekAtInput = v.InferOutput<typeof weekAtSchema>;

export type SetOnDutyInput = v.InferOutput<typeof setOnDutySchema>;

export type WeekOfInput = v.InferOutput<typeof weekOfSchema>;

export type WeekChecklistItemInput = v.InferOutput<typeof weekChecklistItemSchema>;
