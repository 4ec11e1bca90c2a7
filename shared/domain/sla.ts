import { isHoliday } from "./calendar";
import { DAY_MS, HOUR_MS, MINUTE_MS, isoWeekdayOf } from "./civil";
import { rulesOf, type Rules } from "./settings";
import { fieldError, instantOf } from "./validate";
import type { Priority, Settings } from "./types";

// Office days are never all holidays for this long; beyond it the settings are unusable.
const MAX_DAYS_CLOSED = 400;

/** The office's next opening at or after `ms`; `ms` itself when the office is open then. */
export function nextOfficeOpening(ms: number, rules: Rules): number {
  const first = Math.floor(rules.zone.toWall(ms) / DAY_MS);
  for (let day = first; day < first + MAX_DAYS_CLOSED; day++) {
    if (!rules.officeDays.has(isoWeekdayOf(day)) || isHoliday(day, rules.eveningsAsHolidays))
      continue;
    const close = rules.zone.fromWall(day * DAY_MS + rules.officeCloseMinutes * MINUTE_MS);
    if (ms >= close) continue;
    const open = rules.zone.fromWall(day * DAY_MS + rules.officeOpenMinutes * MINUTE_MS);
    return Math.max(open, ms);
  }
  throw fieldError("settings.office.days", "the office never opens");
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
