import { holidaysOfYear } from "./calendar";
import { rulesOf } from "./settings";
import { fieldError } from "./validate";
import type { Holiday, Settings } from "./types";

/**
 * The Swedish helgdagar and aftnar of a year, sorted by date. Aftnar are always listed;
 * whether they count as holidays is `settings.eveningsAsHolidays`.
 */
export function holidays(year: number, settings: Settings): Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw fieldError("year", "expected a Gregorian year 1583–9999");
  }
  rulesOf(settings);
  return holidaysOfYear(year);
}
