import { HOUR_MS } from "./civil";
import { mergedWork, type Merged } from "./intervals";
import { rulesOf, type Rules } from "./settings";
import { instantOf } from "./validate";
import { allowanceOf, isStorhelgWeek, weekSpanAt, type WeekSpan } from "./week";
import { weekTariffTime } from "./week-time";
import type { Interval, Settings, Tariff, WeekPay } from "./types";

const TARIFFS = [1, 2, 3] as const;

/** Hours as reported: each tariff's time rounded up to the unit (exact when unit is 0). */
function reportedHours(ms: number, roundingMs: number): number {
  return roundingMs === 0 ? ms / HOUR_MS : (Math.ceil(ms / roundingMs) * roundingMs) / HOUR_MS;
}

/** The week's work per tariff in reported hours. */
function weekHours(week: WeekSpan, merged: Merged, rules: Rules): Record<Tariff, number> {
  const ms = weekTariffTime(week, merged, rules);
  return {
    1: reportedHours(ms[1], rules.roundingMs),
    2: reportedHours(ms[2], rules.roundingMs),
    3: reportedHours(ms[3], rules.roundingMs),
  };
}

function payOf(week: WeekSpan, merged: Merged, rules: Rules): WeekPay {
  const hours = weekHours(week, merged, rules);
  const allowanceSek = allowanceOf(isStorhelgWeek(week, rules), rules);
  const totalSek =
    allowanceSek +
    rules.rates[1] * hours[1] +
    rules.rates[2] * hours[2] +
    rules.rates[3] * hours[3];
  return { hours, allowanceSek, totalSek };
}

/** Hours, allowance and pay of the week holding `at` (DOMAIN §4). */
export function weekPay(at: Date, work: readonly Interval[], settings: Settings): WeekPay {
  const ms = instantOf(at, "at");
  const rules = rulesOf(settings);
  const week = weekSpanAt(ms, rules);
  // All of the work is checked (or confirmed unchanged); the week's pairs are found by bisection.
  return payOf(week, mergedWork(work, week.start, week.end), rules);
}

/** The epoch ms of each of `weeks`, a RangeError naming `weeks[i]` if one is not a Date. */
function weekInstants(weeks: readonly Date[]): number[] {
  if (!Array.isArray(weeks)) throw new RangeError("weeks: expected an array of Dates");
  return weeks.map((w, i) => instantOf(w, `weeks[${i}]`));
}

/**
 * `weekPay` of many weeks at once, in the order given: the work is checked and merged once,
 * so a report over years of weeks costs the weeks plus the work, not their product.
 *
 * @example
 * weeksPay([new Date("2026-11-18T12:00Z"), new Date("2026-11-25T12:00Z")], work, settings);
 * // [{ hours, allowanceSek, totalSek } of v. 47, … of v. 48]
 */
export function weeksPay(
  weeks: readonly Date[],
  work: readonly Interval[],
  settings: Settings,
): WeekPay[] {
  const instants = weekInstants(weeks);
  const merged = mergedWork(work);
  const rules = rulesOf(settings);
  let week: WeekSpan | null = null;
  let pay: WeekPay | null = null;
  return instants.map((ms) => {
    // Instants of one week in a row share its pay (a copy each: results are the caller's).
    if (!week || !pay || ms < week.start || ms >= week.end) {
      week = weekSpanAt(ms, rules);
      pay = payOf(week, merged, rules);
      return pay;
    }
    return { ...pay, hours: { ...pay.hours } };
  });
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
  const instants = weekInstants(weeks);
  const merged = mergedWork(work);
  const rules = rulesOf(settings);
  const distinct = new Map<number, WeekSpan>();
  for (const ms of instants) {
    const week = weekSpanAt(ms, rules);
    distinct.set(week.start, week);
  }
  return organizerTextOf(
    [...distinct.values()].map((week) => ({ hours: weekHours(week, merged, rules) })),
  );
}

/**
 * The organizer text of weeks whose pay is already known, one entry per distinct week (as
 * `weeksPay` gives them): the same text as `organizerText` of those weeks, without reading
 * the work again. A report that shows each week's pay takes its text from the same pays.
 *
 * @example
 * organizerTextOf(weeksPay(weeks, work, settings)); // "2 x Jourvecka\nTaxa 1: 3h"
 */
export function organizerTextOf(pays: readonly Pick<WeekPay, "hours">[]): string {
  const total: Record<Tariff, number> = { 1: 0, 2: 0, 3: 0 };
  for (const { hours } of pays) for (const t of TARIFFS) total[t] += hours[t];
  const lines = [`${pays.length} x Jourvecka`];
  for (const t of TARIFFS) if (total[t] > 0) lines.push(`Taxa ${t}: ${formatHours(total[t])}h`);
  return lines.join("\n");
}
