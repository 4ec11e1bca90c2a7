import { isWeekendOrHoliday } from "./calendar";
import { DAY_MS, HOUR_MS } from "./civil";
import { spansOf, union, type Span } from "./intervals";
import { rulesOf, type Rules } from "./settings";
import { instantOf } from "./validate";
import type { Interval, Settings, Tariff } from "./types";

const NIGHT_ENDS = 6 * HOUR_MS;
const NIGHT_STARTS = 22 * HOUR_MS;

/** Milliseconds per tariff, indexed by tariff ([0] unused). */
export type TariffMs = [number, number, number, number];

/**
 * The tariff of the local wall time `wall` and the wall time at which it next may change
 * (06:00 or 22:00; night runs across midnight, so midnight needs no split).
 */
function tariffOfWall(wall: number, rules: Rules): { tariff: Tariff; changesAt: number } {
  const day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  if (timeOfDay < NIGHT_ENDS) return { tariff: 3, changesAt: day * DAY_MS + NIGHT_ENDS };
  if (timeOfDay >= NIGHT_STARTS) return { tariff: 3, changesAt: (day + 1) * DAY_MS + NIGHT_ENDS };
  const tariff = isWeekendOrHoliday(day, rules.eveningsAsHolidays) ? 2 : 1;
  return { tariff, changesAt: day * DAY_MS + NIGHT_STARTS };
}

/**
 * Adds the time of disjoint spans to `into`, per tariff. Walks from boundary to boundary:
 * local 06:00 and 22:00, and the zone's offset changes (where wall time jumps).
 */
export function addTariffTime(spans: readonly Span[], rules: Rules, into: TariffMs): TariffMs {
  for (const [start, end] of spans) {
    let t = start;
    while (t < end) {
      const { offset, until } = rules.zone.segmentAt(t);
      const { tariff, changesAt } = tariffOfWall(t + offset, rules);
      const next = Math.min(end, until, changesAt - offset);
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
  return tariffOfWall(rules.zone.toWall(ms), rules).tariff;
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
  const spans = spansOf(work);
  const rules = rulesOf(settings);
  const ms = addTariffTime(union(spans), rules, [0, 0, 0, 0]);
  return { 1: ms[1], 2: ms[2], 3: ms[3] };
}
