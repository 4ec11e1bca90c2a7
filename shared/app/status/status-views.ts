import * as v from "valibot";
import { deadlineViewSchema, timerViewSchema } from "../incidents/incident-views";
import { restAdviceSchema } from "../rest/rest-views";
import { payViewSchema, weekInfoSchema } from "../weeks/week-views";

/** What the tray and the Now view show at a glance (a schema, as IPC checks it). */

const instant = v.number();

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

export type TrayLook = v.InferOutput<typeof trayLookSchema>;

export type StatusView = v.InferOutput<typeof statusViewSchema>;
