import { isStorhelgDay } from "./calendar";
import { DAY_MS, MINUTE_MS, isoWeekOf, isoWeekdayOf } from "./civil";
import { rulesOf, type Rules } from "./settings";
import { instantOf } from "./validate";
import type { OnCallWeek, Settings } from "./types";

/** The on-call week's span: from one handover to the next, 7 local calendar days later. */
export interface WeekSpan {
  start: number;
  end: number;
}

function handoverOn(dayNumber: number, rules: Rules): number {
  return rules.zone.fromWall(dayNumber * DAY_MS + rules.handoverMinutes * MINUTE_MS);
}

/** The week holding instant `ms`: the latest handover at or before it, to the next one. */
export function weekSpanAt(ms: number, rules: Rules): WeekSpan {
  const today = Math.floor(rules.zone.toWall(ms) / DAY_MS);
  let day = today - ((isoWeekdayOf(today) - rules.weekStartsOn + 7) % 7);
  let start = handoverOn(day, rules);
  if (start > ms) {
    day -= 7;
    start = handoverOn(day, rules);
  }
  let end = handoverOn(day + 7, rules);
  // A handover inside a repeated hour can resolve before `ms`: step on to the right week.
  while (end <= ms) {
    day += 7;
    start = end;
    end = handoverOn(day + 7, rules);
  }
  return { start, end };
}

/** Local day number of an instant. */
function localDay(ms: number, rules: Rules): number {
  return Math.floor(rules.zone.toWall(ms) / DAY_MS);
}

/** Whether the week overlaps a storhelg day by any positive amount of time. */
export function isStorhelgWeek(week: WeekSpan, rules: Rules): boolean {
  const last = localDay(week.end - 1, rules);
  for (let day = localDay(week.start, rules); day <= last; day++) {
    if (isStorhelgDay(day)) return true;
  }
  return false;
}

export function allowanceOf(storhelg: boolean, rules: Rules): number {
  return storhelg ? rules.weeklySek * (1 + rules.storhelgSupplement) : rules.weeklySek;
}

/** The week's label, start, end, storhelg flag and allowance. */
export function describeWeek(week: WeekSpan, rules: Rules): OnCallWeek {
  const { isoYear, isoWeek } = isoWeekOf(localDay(week.start, rules));
  const storhelg = isStorhelgWeek(week, rules);
  return {
    start: new Date(week.start),
    end: new Date(week.end),
    isoYear,
    isoWeek,
    storhelg,
    allowanceSek: allowanceOf(storhelg, rules),
  };
}

/**
 * The on-call week holding `at` (DOMAIN §4): 167, 168 or 169 hours long.
 *
 * @example
 * onCallWeek(new Date("2026-11-25T12:00Z"), defaultSettings);
 * // { start: 2026-11-22T23:00Z (Mon 00:00), end: 2026-11-29T23:00Z, isoWeek: 48, … }
 */
export function onCallWeek(at: Date, settings: Settings): OnCallWeek {
  const ms = instantOf(at, "at");
  const rules = rulesOf(settings);
  return describeWeek(weekSpanAt(ms, rules), rules);
}
