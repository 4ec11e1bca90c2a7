import * as v from "valibot";
import { onCallWeek } from "../../index";
import type { Settings } from "../../index";
import { InputError } from "../texts/errors";
import { allowanceSchema, ratesSchema } from "./rules-settings";

/**
 * The allowance, the storhelg supplement and the three rates with the week each applies
 * from (DOMAIN §4 "Rates in force"): a change of rates pays the weeks from its week on and
 * leaves the earlier ones as they were paid. rates-in-force.ts picks a week's entry.
 */

// The instants Jour accepts (data/document.ts, a floor above, holds the same bounds).
const FIRST = Date.UTC(2000, 0, 1);
const END = Date.UTC(2200, 0, 1);

export const rateEntrySchema = v.object({
  /**
   * The handover that starts the first week it pays (any instant of that week is taken and
   * stored as its handover); null: from the beginning, as the rates before any change.
   */
  from: v.nullable(
    v.pipe(
      v.number(),
      v.integer("expected epoch ms"),
      v.minValue(FIRST, "expected a time in the years 2000–2199"),
      v.ltValue(END, "expected a time in the years 2000–2199"),
    ),
  ),
  allowance: allowanceSchema,
  rates: ratesSchema,
});

export type RateEntry = v.InferOutput<typeof rateEntrySchema>;

export const rateHistorySchema = v.pipe(
  v.array(rateEntrySchema),
  v.minLength(1, "keep at least one entry of rates"),
  v.maxLength(500),
);

/** The history of a document from before it: its rates as the only entry, from the start. */
export function firstRateEntry(rules: Pick<Settings, "allowance" | "rates">): RateEntry {
  return { from: null, allowance: { ...rules.allowance }, rates: { ...rules.rates } };
}

/** The handover of the week holding `at` (null stays: from the beginning). */
function handoverOf(at: number | null, rules: Settings): number | null {
  return at === null ? null : onCallWeek(new Date(at), rules).start.getTime();
}

/**
 * Throws naming `field.i.from` when two entries start in the same week (a week has one set
 * of rates): "week 2027-01-04T… has rates already (row 1)".
 */
export function checkRateWeeks(history: readonly RateEntry[], rules: Settings, field: string) {
  const seen = new Map<number | null, number>();
  history.forEach((entry, i) => {
    const week = handoverOf(entry.from, rules);
    const first = seen.get(week);
    if (first !== undefined) {
      const which = week === null ? "the beginning" : `week ${new Date(week).toISOString()}`;
      throw InputError.of(`${field}.${i}.from`, `${which} has rates already (row ${first + 1})`);
    }
    seen.set(week, i);
  });
}

/**
 * The history as stored: each `from` the handover of its week, oldest first. When the week
 * itself changed (its day, time or zone), an entry moves to the new week that holds the
 * middle of its old one, as the other week marks do.
 */
export function normalizeRateHistory(
  history: readonly RateEntry[],
  rules: Settings,
  before: Settings,
): RateEntry[] {
  const moved =
    rules.timeZone !== before.timeZone ||
    rules.weekStartsOn !== before.weekStartsOn ||
    rules.handoverTime !== before.handoverTime;
  return history
    .map((entry) => {
      let from = entry.from;
      if (moved && from !== null) {
        const old = onCallWeek(new Date(from), before);
        from = old.start.getTime() + Math.floor((old.end.getTime() - old.start.getTime()) / 2);
      }
      return { ...entry, from: handoverOf(from, rules) };
    })
    .sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
}

/** The entry that pays the weeks from now on: the one starting last. */
export function latestRateEntry(history: readonly RateEntry[]): RateEntry | undefined {
  let latest: RateEntry | undefined;
  for (const entry of history) {
    if (!latest || (entry.from ?? -Infinity) >= (latest.from ?? -Infinity)) latest = entry;
  }
  return latest;
}
