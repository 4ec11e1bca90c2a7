import * as v from "valibot";
import { customerSnapshotSchema, incidentSchema } from "../data/document";
import { prioritySchema } from "../settings/settings";

/**
 * What the JourApi returns about incidents, their timer, deadlines and checklist: plain JSON,
 * instants as epoch ms. Schemas, so the IPC contract checks results as well as arguments;
 * the types are inferred from them (one source of truth).
 */

const instant = v.number();

/** One SLA outcome (sla-outcome.ts): its state, and the minutes that go with it. */
const slaOutcomeSchema = v.object({
  outcome: v.picklist(["met", "missed", "pending", "notRequested", "notStarted"] as const),
  done: v.boolean(),
  lateMinutes: v.number(),
  tookMinutes: v.number(),
  leftMinutes: v.number(),
  deadline: v.nullable(instant),
});

export const incidentViewSchema = v.object({
  ...incidentSchema.entries,
  customer: v.nullable(customerSnapshotSchema),
  customerName: v.nullable(v.string()),
  /** The SLA response deadline for its priority (DOMAIN §5). */
  responseDeadline: instant,
  /** Set once a rollback is requested. */
  rollbackDeadline: v.nullable(instant),
  /** Merged worked time including a running timer. */
  workedMs: v.number(),
  open: v.boolean(),
  /** The response: in time, late, pending (sla-outcome.ts), as of the view's moment. */
  sla: slaOutcomeSchema,
  /** A requested rollback: started in time, late, pending, or not requested. */
  rollbackSla: slaOutcomeSchema,
});

export const timerViewSchema = v.object({
  incidentId: v.string(),
  status: v.picklist(["running", "paused"] as const),
  runningSince: v.nullable(instant),
  /** The incident's worked time so far, including the running session. */
  elapsedMs: v.number(),
  /** This session only (since start or resume); 0 while paused. */
  sessionMs: v.number(),
});

export const deadlineViewSchema = v.object({
  incidentId: v.string(),
  kind: v.picklist(["response", "rollback"] as const),
  priority: prioritySchema,
  deadline: instant,
  /** Within the largest alert lead time, or passed: the alarm look. */
  soon: v.boolean(),
  passed: v.boolean(),
  /** "P1 svar senast 14:05", in the language setting. */
  label: v.string(),
});

export const checklistItemViewSchema = v.object({
  id: v.string(),
  text: v.string(),
  /** The filled http(s) link, or null when the step has none or a placeholder is empty. */
  url: v.nullable(v.string()),
  /** Placeholders that had no value (e.g. "elmahUrl" before a customer is chosen). */
  missing: v.array(v.string()),
  done: v.boolean(),
  /** The settings to fill in for the link ("links.jiraProjectId"): missing-settings.ts. */
  missingSettings: v.optional(v.array(v.string()), []),
  /** Information to read (the next handover), not a step to tick off. */
  info: v.optional(v.boolean(), false),
});

export const incidentChecklistSchema = v.object({
  incidentId: v.string(),
  /** The minutes around the call, for New Relic. */
  window: v.object({ start: instant, end: instant }),
  jiraCreateUrl: v.nullable(v.string()),
  steps: v.array(checklistItemViewSchema),
});

export const toggleResultSchema = v.object({
  action: v.picklist(["started", "stopped", "resumed"] as const),
  incidentId: v.string(),
  /** What the shortcut did, in words ("Timern stoppad vid 00:12:34"), for a notification. */
  title: v.string(),
  body: v.string(),
});

export type IncidentView = v.InferOutput<typeof incidentViewSchema>;

export type TimerView = v.InferOutput<typeof timerViewSchema>;

export type DeadlineView = v.InferOutput<typeof deadlineViewSchema>;

export type ChecklistItemView = v.InferOutput<typeof checklistItemViewSchema>;

export type IncidentChecklist = v.InferOutput<typeof incidentChecklistSchema>;

export type ToggleResult = v.InferOutput<typeof toggleResultSchema>;
