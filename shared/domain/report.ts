import { HOUR_MS } from "./civil";
import { clip, spansOf, union, type Span } from "./intervals";
import { rulesOf, type Rules } from "./settings";
import { addTariffTime } from "./tariffs";
import { instantOf } from "./validate";
import { allowanceOf, isStorhelgWeek, weekSpanAt, type WeekSpan } from "./week";
import type { Interval, Settings, Tariff, WeekPay } from "./types";

const TARIFFS = [1, 2, 3] as const;

/** Hours as reported: each tariff's time rounded up to the unit (exact when unit is 0). */
function reportedHours(ms: number, roundingMs: number): number {
  return roundingMs === 0 ? ms / HOUR_MS : (Math.ceil(ms / roundingMs) * roundingMs) / HOUR_MS;
}

/** The week's work per tariff in reported hours; `merged` is a sorted union. */
function weekHours(week: WeekSpan, merged: readonly Span[], rules: Rules): Record<Tariff, number> {
  const ms = addTariffTime(clip(merged, week.start, week.end), rules, [0, 0, 0, 0]);
  return {
    1: reportedHours(ms[1], rules.roundingMs),
    2: reportedHours(ms[2], rules.roundingMs),
    3: reportedHours(ms[3], rules.roundingMs),
  };
}

/** Hours, allowance and pay of the week holding `at` (DOMAIN §4). */
export function weekPay(at: Date, work: readonly Interval[], settings: Settings): WeekPay {
  const ms = instantOf(at, "at");
  const rules = rulesOf(settings);
  const week = weekSpanAt(ms, rules);
  // Only the work reaching into the week is merged: cheap even for a year of work.
  const hours = weekHours(week, union(spansOf(work, week.start, week.end)), rules);
  const allowanceSek = allowanceOf(isStorhelgWeek(week, rules), rules);
  const totalSek = TARIFFS.reduce((sum, t) => sum + rules.rates[t] * hours[t], allowanceSek);
  return { hours, allowanceSek, totalSek };
}

/** "1,5", "2", "0,25": decimal comma, at most two decimals, no trailing zeros. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace(".", ",");
}

/**
 * The text for Jira's organizer field of one or several weeks (DOMAIN §4). `weeks` holds any
 * instant inside each reported week; several instants in one week count once.
 *
 * @example
 * organizerText([new Date("2026-11-25T12:00Z")], work, defaultSettings);
 * // "1 x Jourvecka\nTaxa 1: 1,5h\nTaxa 3: 2h"
 */
export function organizerText(
  weeks: readonly Date[],
  work: readonly Interval[],
  settings: Settings,
): string {
  if (!Array.isArray(weeks)) throw new RangeError("weeks: expected an array of Dates");
  const instants = weeks.map((w, i) => instantOf(w, `weeks[${i}]`));
  const spans = spansOf(work);
  const rules = rulesOf(settings);
  const distinct = new Map<number, WeekSpan>();
  for (const ms of instants) {
    const week = weekSpanAt(ms, rules);
    distinct.set(week.start, week);
  }
  const merged = union(spans);
  const total: Record<Tariff, number> = { 1: 0, 2: 0, 3: 0 };
  for (const week of distinct.values()) {
    const hours = weekHours(week, merged, rules);
    for (const t of TARIFFS) total[t] += hours[t];
  }
  const lines = [`${distinct.size} x Jourvecka`];
  for (const t of TARIFFS) if (total[t] > 0) lines.push(`Taxa ${t}: ${formatHours(total[t])}h`);
  return lines.join("\n");
}
