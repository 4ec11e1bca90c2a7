import * as v from "valibot";
import { customerSnapshotSchema, incidentSchema } from "./data/document";
import { restAdviceSchema, weekRestSchema } from "./rest/rest-views";
import { prioritySchema } from "./settings/settings";

/**
 * What the JourApi returns to the tray and the window: plain JSON, instants as epoch ms.
 * Declared as schemas so the IPC contract can check results as well as arguments; the
 * types are inferred from them (one source of truth).
 */

const instant = v.number();
const tariffRecord = v.object({ 1: v.number(), 2: v.number(), 3: v.number() });

const slaOutcomeSchema = v.object({
  outcome: v.picklist(["met", "missed", "pending"] as const),
  lateMinutes: v.number(),
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
  /** The response SLA kept or missed (sla-outcome.ts). */
  sla: slaOutcomeSchema,
  /** A requested rollback started in time or late (pending: none, or not started). */
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

export const weekInfoSchema = v.object({
  start: instant,
  end: instant,
  isoYear: v.number(),
  isoWeek: v.number(),
  storhelg: v.boolean(),
  allowanceSek: v.number(),
  /** "v. 48" / "w. 48". */
  label: v.string(),
});

export const payViewSchema = v.object({
  /** Reported (rounded) hours per tariff. */
  hours: tariffRecord,
  allowanceSek: v.number(),
  /** Rate × reported hours per tariff. */
  tariffSek: tariffRecord,
  totalSek: v.number(),
});

export const trayLookSchema = v.picklist(["off", "on", "running", "alarm"] as const);

export const statusViewSchema = v.object({
  now: instant,
  look: trayLookSchema,
  /** The look in words, for the tray tooltip. */
  tooltip: v.string(),
  /** "Jour v. 48 · 23–30 nov · 4 500 kr + 2,5 h". */
  statusLine: v.string(),
  onDuty: v.boolean(),
  week: weekInfoSchema,
  pay: payViewSchema,
  timer: v.nullable(timerViewSchema),
  /** The next open deadline of each open incident, soonest first. */
  deadlines: v.array(deadlineViewSchema),
  /** After night work: the rest before the next working day is short (null: not, or off). */
  rest: v.nullable(restAdviceSchema),
  /** The first held week not begun yet (held-weeks.ts), and "Nästa jourvecka v. 52 (22–28 dec)". */
  nextHeldWeek: v.nullable(weekInfoSchema),
  nextHeldLine: v.nullable(v.string()),
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

export const dayTariffSchema = v.object({
  /** Local calendar date "YYYY-MM-DD" in the rules' time zone. */
  date: v.string(),
  /** Worked ms per tariff on that day (within the week). */
  ms: tariffRecord,
});

export const weekViewSchema = v.object({
  week: weekInfoSchema,
  onDuty: v.boolean(),
  reported: v.boolean(),
  /** Exact merged worked ms per tariff so far (a running timer counts up to now). */
  workedMs: tariffRecord,
  pay: payViewSchema,
  days: v.array(dayTariffSchema),
  incidents: v.array(incidentViewSchema),
  /** Ids of the week's incidents without a Jira key. */
  missingJiraKey: v.array(v.string()),
  /** The handover after now (the end of the current week). */
  nextHandover: instant,
  startChecklist: v.array(checklistItemViewSchema),
  endChecklist: v.array(checklistItemViewSchema),
  /** A call came in this week and it is not held: ask "Is this your on-call week?" once. */
  askHeld: v.boolean(),
});

export const weekRefSchema = v.object({
  week: weekInfoSchema,
  onDuty: v.boolean(),
  reported: v.boolean(),
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
      /** The week's short days and longest rest (null when switched off in Settings). */
      rest: v.nullable(weekRestSchema),
      /** Held (on duty): only then is the allowance in `pay` (DOMAIN §4 "Whose week"). */
      onDuty: v.boolean(),
    }),
  ),
  totalSek: v.number(),
});

export const holidayViewSchema = v.object({
  date: v.string(),
  name: v.string(),
  kind: v.picklist(["helgdag", "afton"] as const),
});

export const keptCopySchema = v.object({
  id: v.string(),
  reason: v.picklist(["before-import", "before-restore"] as const),
  at: instant,
});

export const importModeSchema = v.picklist(["replace", "merge"] as const);

export const importResultSchema = v.object({
  /** Incidents in the data afterwards. */
  incidents: v.number(),
  /** The file's timer was running: it comes back paused (tell the user). */
  timerPaused: v.boolean(),
  mode: v.exactOptional(importModeSchema),
  /** Incidents added (merge) or taken from the file (replace). */
  added: v.exactOptional(v.number()),
  /** The copy of the data from before, which Settings → Data can restore. */
  keptCopy: v.exactOptional(keptCopySchema),
});

const dataCountsSchema = v.object({
  incidents: v.number(),
  heldWeeks: v.number(),
  reportedWeeks: v.number(),
  customers: v.number(),
});

/** An import file against the current data, before anything is replaced. */
export const importPreviewSchema = v.object({
  file: dataCountsSchema,
  current: dataCountsSchema,
  settingsChanged: v.boolean(),
  /** The file's incidents whose id is not here: what "add" would add. */
  newIncidents: v.number(),
  /** The file's timer was running (it would come back paused). */
  timerRunning: v.boolean(),
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
export type WeekInfo = v.InferOutput<typeof weekInfoSchema>;
export type PayView = v.InferOutput<typeof payViewSchema>;
export type TrayLook = v.InferOutput<typeof trayLookSchema>;
export type StatusView = v.InferOutput<typeof statusViewSchema>;
export type ChecklistItemView = v.InferOutput<typeof checklistItemViewSchema>;
export type IncidentChecklist = v.InferOutput<typeof incidentChecklistSchema>;
export type DayTariff = v.InferOutput<typeof dayTariffSchema>;
export type WeekView = v.InferOutput<typeof weekViewSchema>;
export type WeekRef = v.InferOutput<typeof weekRefSchema>;
export type ReportView = v.InferOutput<typeof reportViewSchema>;
export type HolidayView = v.InferOutput<typeof holidayViewSchema>;
export type ImportResult = v.InferOutput<typeof importResultSchema>;
export type ImportMode = v.InferOutput<typeof importModeSchema>;
export type DataCounts = v.InferOutput<typeof dataCountsSchema>;
export type ImportPreview = v.InferOutput<typeof importPreviewSchema>;
export type KeptCopyView = v.InferOutput<typeof keptCopySchema>;
export type ToggleResult = v.InferOutput<typeof toggleResultSchema>;
