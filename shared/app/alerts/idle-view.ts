import * as v from "valibot";

/** The idle question as the window shows it, and the answer it sends (timer-watch.ts). */

export const idleQuestionViewSchema = v.object({
  incidentId: v.string(),
  /** When the desktop went idle (or to sleep) while the timer ran. */
  idleSince: v.number(),
  /** When the user came back. */
  backAt: v.number(),
  /** backAt − idleSince. */
  awayMs: v.number(),
});

export type IdleQuestionView = v.InferOutput<typeof idleQuestionViewSchema>;

export const idleChoiceSchema = v.picklist(["keep", "discard", "stop"] as const);
export type IdleChoice = v.InferOutput<typeof idleChoiceSchema>;

export const resolveIdleSchema = v.object({ choice: idleChoiceSchema });
export type ResolveIdleInput = v.InferOutput<typeof resolveIdleSchema>;
