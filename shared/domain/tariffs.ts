import { isWeekendOrHoliday } from "./calendar";
import { DAY_MS, HOUR_MS } from "./civil";
import { firstPairEndingAfter, mergedWork, type Merged } from "./intervals";
import { rulesOf, type Rules } from "./settings";
import { instantOf } from "./validate";
import type { Interval, Settings, Tariff } from "./types";

const NIGHT_ENDS = 6 * HOUR_MS;
const NIGHT_STARTS = 22 * HOUR_MS;

/** Milliseconds per tariff, indexed by tariff ([0] unused). */
export type TariffMs = [number, number, number, number];

/** The tariff of a local wall time (ms as if UTC). */
function tariffOfWall(wall: number, rules: Rules): Tariff {
  const day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  if (timeOfDay < NIGHT_ENDS || timeOfDay >= NIGHT_STARTS) return 3;
  return isWeekendOrHoliday(day, rules.eveningsAsHolidays) ? 2 : 1;
}

/**
 * Adds the time of merged work inside [from, to) to `into`, per tariff. Walks from boundary
 * to boundary: local 06:00 and 22:00 (night runs across midnight: no split there), and the
 * zone's offset changes (where wall time jumps).
 */
export function addTariffTime(
  merged: Merged,
  from: number,
  to: number,
  rules: Rules,
  into: TariffMs,
): TariffMs {
  for (let k = firstPairEndingAfter(merged, from); k < merged.length; k += 2) {
    const start = Math.max(merged[k] as number, from);
    if (start >= to) break;
    const end = Math.min(merged[k + 1] as number, to);
    for (let t = start; t < end;) {
      const { offset, until } = rules.zone.segmentAt(t);
      const wall = t + offset;
      const day = Math.floor(wall / DAY_MS);
      const timeOfDay = wall - day * DAY_MS;
      let tariff: Tariff;
      let change: number; // the next 06:00 or 22:00, wall time
      if (timeOfDay < NIGHT_ENDS) {
        tariff = 3;
        change = day * DAY_MS + NIGHT_ENDS;
      } else if (timeOfDay >= NIGHT_STARTS) {
        tariff = 3;
        change = (day + 1) * DAY_MS + NIGHT_ENDS;
      } else {
        tariff = isWeekendOrHoliday(day, rules.eveningsAsHolidays) ? 2 : 1;
        change = day * DAY_MS + NIGHT_STARTS;
      }
      const next = Math.min(end, until, change - offset);
      into[tariff] += next - t;
      t = next;
    }
  }
  return into;
}

/** The tariff of one instant (DOMAIN §3). */
export function tariffAt(at: Date, settings: Settings): Tariff {
  const ms = instantOf(at, "at");
  const rules = rulesOf(settings);
  return tariffOfWall(rules.zone.toWall(ms), rules);
}

/**
 * Worked time per tariff in ms. Overlapping work counts once (the union is split).
 *
 * @example
 * // Mon 2026-11-23, 21:00–23:00 Stockholm: one hour of Taxa 1, one of Taxa 3.
 * splitByTariff([{ start: new Date("2026-11-23T20:00Z"), end: new Date("2026-11-23T22:00Z") }],
 *   defaultSettings); // { 1: 3_600_000, 2: 0, 3: 3_600_000 }
 */
export function splitByTariff(
  work: readonly Interval[],
  settings: Settings,
): Record<Tariff, number> {
  const merged = mergedWork(work);
  const rules = rulesOf(settings);
  const ms = addTariffTime(merged, -Infinity, Infinity, rules, [0, 0, 0, 0]);
  return { 1: ms[1], 2: ms[2], 3: ms[3] };
}
