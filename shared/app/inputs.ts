import * as v from "valibot";
import { entityIdSchema, instantSchema, jiraKeySchema } from "./data/document";
import { InputError, firstIssue } from "./texts/errors";
import { plainObject } from "./texts/plain-object";
import { prioritySchema, settingsPatchSchema } from "./settings/settings";

/**
 * The arguments of the JourApi methods, as schemas: the IPC contract checks them at the
 * boundary and the app checks them again (the in-page preview calls the app directly).
 */

const instant = instantSchema;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const byIdSchema = plainObject({ id: entityIdSchema });

export const createIncidentSchema = v.optional(
  plainObject({
    priority: v.exactOptional(prioritySchema),
    customerId: v.exactOptional(v.nullable(entityIdSchema)),
    summary: v.exactOptional(text(500)),
    notes: v.exactOptional(text(20_000)),
    /** A past call logged afterwards: reported then, and no timer starts. */
    reportedAt: v.exactOptional(instant),
  }),
);

export const updateIncidentSchema = plainObject({
  id: entityIdSchema,
  priority: v.exactOptional(prioritySchema),
  customerId: v.exactOptional(v.nullable(entityIdSchema)),
  summary: v.exactOptional(text(500)),
  notes: v.exactOptional(text(20_000)),
  /** Corrects when the call came in (not in the future, not after a milestone). */
  reportedAt: v.exactOptional(instant),
  /** null (or "") clears it. */
  jiraKey: v.exactOptional(
    v.nullable(v.union([v.literal(""), jiraKeySchema], 'expected a Jira key like "WEB-123"')),
  ),
});

/**
 * An incident's checklist; with `draft`, its links made from the form as it is on screen
 * (not yet saved), so quick links never use stale values.
 */
export const checklistQuerySchema = plainObject({
  id: entityIdSchema,
  draft: v.exactOptional(
    plainObject({
      priority: v.exactOptional(prioritySchema),
      customerId: v.exactOptional(v.nullable(entityIdSchema)),
      summary: v.exactOptional(text(500)),
      notes: v.exactOptional(text(20_000)),
    }),
  ),
});

export const milestoneSchema = v.picklist([
  "responded",
  "rollbackRequested",
  "rollbackStarted",
  "resolved",
] as const);

export const markSchema = plainObject({
  id: entityIdSchema,
  /** When it happened; now when left out (a late entry may give the real minute). */
  at: v.exactOptional(instant),
});

export const undoMilestoneSchema = plainObject({ id: entityIdSchema, milestone: milestoneSchema });

export const addTimelineEntrySchema = plainObject({
  id: entityIdSchema,
  text: text(2_000),
  /** Now when left out. */
  at: v.exactOptional(instant),
});

export const updateTimelineEntrySchema = plainObject({
  id: entityIdSchema,
  entryId: entityIdSchema,
  text: v.exactOptional(text(2_000)),
  at: v.exactOptional(instant),
});

export const timelineEntryRefSchema = plainObject({ id: entityIdSchema, entryId: entityIdSchema });

export const checklistStepSchema = plainObject({
  id: entityIdSchema,
  stepId: entityIdSchema,
  done: v.boolean(),
});

export const addIntervalSchema = plainObject({
  incidentId: entityIdSchema,
  start: instant,
  end: instant,
});

export const updateIntervalSchema = plainObject({
  incidentId: entityIdSchema,
  intervalId: entityIdSchema,
  start: v.exactOptional(instant),
  end: v.exactOptional(instant),
});

export const intervalRefSchema = plainObject({
  incidentId: entityIdSchema,
  intervalId: entityIdSchema,
});

export const listIncidentsSchema = v.optional(
  plainObject({
    /** Only incidents with work or a report inside the week holding this instant. */
    week: v.exactOptional(instant),
    customerId: v.exactOptional(entityIdSchema),
    priority: v.exactOptional(prioritySchema),
    /** Case-insensitive search in summary, notes, Jira key and customer name. */
    text: v.exactOptional(text(200)),
    open: v.exactOptional(v.boolean()),
  }),
);

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

export const weeksSchema = plainObject({
  weeks: v.pipe(v.array(instant), v.minLength(1, "pick at least one week"), v.maxLength(520)),
});

export const markWeeksReportedSchema = plainObject({
  weeks: v.pipe(v.array(instant), v.minLength(1, "pick at least one week"), v.maxLength(520)),
  reported: v.boolean(),
});

export const holidaysSchema = plainObject({
  year: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(2005, "the current law holds from 2005"),
    v.maxValue(2200),
  ),
});

export const importDataSchema = plainObject({
  /** The exported JSON text. */
  json: v.pipe(v.string(), v.maxLength(50_000_000)),
  /** Replace all data (the default), or add the file's incidents not already here. */
  mode: v.exactOptional(v.picklist(["replace", "merge"] as const)),
});

export const previewImportSchema = plainObject({
  json: v.pipe(v.string(), v.maxLength(50_000_000)),
});

export const restoreCopySchema = plainObject({ id: entityIdSchema });

export const trashCopySchema = restoreCopySchema;

export { settingsPatchSchema };

export type CreateIncidentInput = v.InferOutput<typeof createIncidentSchema>;
export type UpdateIncidentInput = v.InferOutput<typeof updateIncidentSchema>;
export type ChecklistQueryInput = v.InferOutput<typeof checklistQuerySchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type MarkInput = v.InferOutput<typeof markSchema>;
export type UndoMilestoneInput = v.InferOutput<typeof undoMilestoneSchema>;
export type AddTimelineEntryInput = v.InferOutput<typeof addTimelineEntrySchema>;
export type UpdateTimelineEntryInput = v.InferOutput<typeof updateTimelineEntrySchema>;
export type TimelineEntryRef = v.InferOutput<typeof timelineEntryRefSchema>;
export type ChecklistStepInput = v.InferOutput<typeof checklistStepSchema>;
export type AddIntervalInput = v.InferOutput<typeof addIntervalSchema>;
export type UpdateIntervalInput = v.InferOutput<typeof updateIntervalSchema>;
export type IntervalRef = v.InferOutput<typeof intervalRefSchema>;
export type ListIncidentsInput = v.InferOutput<typeof listIncidentsSchema>;
export type WeekAtInput = v.InferOutput<typeof weekAtSchema>;
export type SetOnDutyInput = v.InferOutput<typeof setOnDutySchema>;
export type WeekOfInput = v.InferOutput<typeof weekOfSchema>;
export type WeekChecklistItemInput = v.InferOutput<typeof weekChecklistItemSchema>;
export type WeeksInput = v.InferOutput<typeof weeksSchema>;
export type MarkWeeksReportedInput = v.InferOutput<typeof markWeeksReportedSchema>;
export type HolidaysInput = v.InferOutput<typeof holidaysSchema>;
export type ImportDataInput = v.InferOutput<typeof importDataSchema>;
export type PreviewImportInput = v.InferOutput<typeof previewImportSchema>;
export type RestoreCopyInput = v.InferOutput<typeof restoreCopySchema>;

/** Parses an argument or throws an InputError naming the field. */
export function parseInput<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (!result.success) throw InputError.fromIssue(firstIssue(result.issues));
  return result.output;
}
