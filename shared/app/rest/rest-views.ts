import * as v from "valibot";

/** What the rest rule shows (shared/app/rest/rest.ts): schemas, so IPC checks results too. */

const instant = v.number();
const span = v.object({ start: instant, end: instant });

/** The advice on Now after night work: rest cut short before the next working day. */
export const restAdviceSchema = v.object({
  /** The work that ended the short rest's start (the night's calls merged), if incident work. */
  worked: v.nullable(span),
  /** The rest that counts (it runs until the working day's start). */
  rest: span,
  restMs: v.number(),
  shortMs: v.number(),
  minimumMs: v.number(),
  /** The earliest start of regular work that gives the minimum rest. */
  earliestStart: instant,
  /** The advice in words, in the language setting. */
  text: v.string(),
});

/** A 24-hour period whose rest fell short. */
export const shortRestDaySchema = v.object({
  /** The period's local date "YYYY-MM-DD". */
  date: v.string(),
  restMs: v.number(),
  shortMs: v.number(),
  earliestStart: v.nullable(instant),
});

/** The rest of one on-call week: its short days and its longest rest against the weekly minimum. */
export const weekRestSchema = v.object({
  shortDays: v.array(shortRestDaySchema),
  dailyMinimumMs: v.number(),
  longestRestMs: v.number(),
  longestRest: v.nullable(span),
  weeklyMinimumMs: v.number(),
  weeklyShortMs: v.number(),
  /** The week has not ended: the longest rest is the one so far, and nothing is short yet. */
  soFar: v.boolean(),
});

export type RestAdvice = v.InferOutput<typeof restAdviceSchema>;
export type ShortRestDay = v.InferOutput<typeof shortRestDaySchema>;
export type WeekRest = v.InferOutput<typeof weekRestSchema>;
