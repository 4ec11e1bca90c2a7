import * as v from "valibot";
import { checklistItemViewSchema, incidentViewSchema } from "../incidents/incident-views";

/** What the JourApi returns about an on-call week: its span, pay and days (schemas, as IPC checks them). */

const instant = v.number();
const tariffRecord = v.object({ 1: v.number(), 2: v.number(), 3: v.number() });

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
  /** The allowance, storhelg supplement and rates in force in the week (its own, paid). */
  inForce: v.object({
    allowance: v.object({ weeklySek: v.number(), storhelgSupplement: v.number() }),
    rates: tariffRecord,
  }),
  /** Reported (rounded) hours per tariff. */
  hours: tariffRecord,
  allowanceSek: v.number(),
  /** Rate × reported hours per tariff. */
  tariffSek: tariffRecord,
  totalSek: v.number(),
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

export type WeekInfo = v.InferOutput<typeof weekInfoSchema>;

export type PayView = v.InferOutput<typeof payViewSchema>;

export type DayTariff = v.InferOutput<typeof dayTariffSchema>;

export type WeekView = v.InferOutput<typeof weekViewSchema>;
