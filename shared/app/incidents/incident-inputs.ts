import * as v from "valibot";
import { entityIdSchema, instantSchema, jiraKeySchema } from "../data/document";
import { prioritySchema } from "../settings/settings";
import { plainObject } from "../texts/plain-object";

/**
 * The arguments of the incident methods of the JourApi, as schemas: the IPC contract checks
 * them at the boundary and the app checks them again (the in-page preview calls the app
 * directly).
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
    /** A past call's response; the report's moment when left out (new-call.ts). */
    respondedAt: v.exactOptional(instant),
    /** A past call resolved then (not before the report or the response). */
    resolvedAt: v.exactOptional(instant),
    /** A past call's worked span, stored as one work interval. */
    work: v.exactOptional(plainObject({ start: instant, end: instant })),
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
