import { isHoliday } from "./calendar";
import { DAY_MS, HOUR_MS, MINUTE_MS, isoWeekdayOf } from "./civil";
import { rulesOf, type Rules } from "./settings";
import { fieldError, instantOf } from "./validate";
import type { Priority, Settings } from "./types";

// Office days are never all holidays for this long; beyond it the settings are unusable.
const MAX_DAYS_CLOSED = 400;

function isOfficeDay(day: number, rules: Rules): boolean {
  return rules.officeDays.has(isoWeekdayOf(day)) && !isHoliday(day, rules.eveningsAsHolidays);
}

/**
 * The first instant at or after `ms` at which the office is open: `ms` itself when it is open
 * then. Open means the local clock reads open ≤ time < close on an office day that is not a
 * holiday, so the walk goes from segment to segment of constant offset: a clock that jumps
 * past the opening hour opens the office at the jump.
 */
export function nextOfficeOpening(ms: number, rules: Rules): number {
  if (rules.officeCloseMinutes <= rules.officeOpenMinutes) {
    throw fieldError("settings.office.close", "must be after office.open");
  }
  if (rules.officeDays.size === 0) {
    throw fieldError("settings.office.days", "expected at least one ISO weekday");
  }
  const open = rules.officeOpenMinutes * MINUTE_MS;
  const close = rules.officeCloseMinutes * MINUTE_MS;
  const last = Math.floor(rules.zone.toWall(ms) / DAY_MS) + MAX_DAYS_CLOSED;
  let t = ms;
  for (;;) {
    const { offset, until } = rules.zone.segmentAt(t);
    const wall = t + offset;
    const day = Math.floor(wall / DAY_MS);
    if (day > last) throw fieldError("settings.office.days", "the office never opens");
    const timeOfDay = wall - day * DAY_MS;
    let nextWall: number;
    if (!isOfficeDay(day, rules) || timeOfDay >= close) nextWall = (day + 1) * DAY_MS;
    else if (timeOfDay >= open) return t;
    else nextWall = day * DAY_MS + open;
    // Within this offset's segment the wall clock runs with real time; else re-read it.
    t = Math.min(nextWall - offset, until);
  }
}

/**
 * The SLA response deadline (DOMAIN §5): P1 reported + 1 h, P2 + 3 h, P3 the office's next
 * opening + 3 h, in real elapsed hours.
 */
export function responseDeadline(priority: Priority, reportedAt: Date, settings: Settings): Date {
  const ms = instantOf(reportedAt, "reportedAt");
  const rules = rulesOf(settings);
  const { sla } = rules;
  switch (priority) {
    case 1:
      return new Date(ms + sla.p1Hours * HOUR_MS);
    case 2:
      return new Date(ms + sla.p2Hours * HOUR_MS);
    case 3:
      return new Date(nextOfficeOpening(ms, rules) + sla.p3HoursAfterOpening * HOUR_MS);
    default:
      throw fieldError("priority", `expected 1, 2 or 3, got ${JSON.stringify(priority)}`);
  }
}

/** A requested rollback must be initiated within 1 h (real time) of the request. */
export function rollbackDeadline(requestedAt: Date, settings: Settings): Date {
  const ms = instantOf(requestedAt, "requestedAt");
  return new Date(ms + rulesOf(settings).sla.rollbackHours * HOUR_MS);
}
