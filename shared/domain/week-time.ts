import type { Merged } from "./intervals";
import type { Rules } from "./settings";
import { addTariffTime, type TariffMs } from "./tariffs";
import type { WeekSpan } from "./week";

/**
 * A week's worked time per tariff, kept per merged work and rules. A report asks for each
 * week twice (its pay, then the organizer text of all weeks) and is asked again while nothing
 * changed; the walk from boundary to boundary is then done once. Sound without a further
 * check: a merged work is made anew whenever its work changed (intervals.ts), and the rules
 * object anew whenever its settings did (settings.ts), so neither is ever read stale.
 */
const kept = new WeakMap<Merged, { rules: Rules; weeks: Map<number, WeekTime> }>();

interface WeekTime {
  end: number;
  ms: Readonly<TariffMs>;
}

/** Milliseconds per tariff ([0] unused) of the merged work inside the week. Do not change. */
export function weekTariffTime(week: WeekSpan, merged: Merged, rules: Rules): Readonly<TariffMs> {
  let known = kept.get(merged);
  if (!known || known.rules !== rules) {
    known = { rules, weeks: new Map() };
    kept.set(merged, known);
  }
  const hit = known.weeks.get(week.start);
  if (hit && hit.end === week.end) return hit.ms;
  const ms = addTariffTime(merged, week.start, week.end, rules, [0, 0, 0, 0]);
  known.weeks.set(week.start, { end: week.end, ms });
  return ms;
}
