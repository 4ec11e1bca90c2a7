/**
 * Guards for the rules' inputs. Each throws a RangeError whose message starts with the name
 * of the offending field, so a caller (or a user) knows exactly what to fix.
 */

export function fieldError(field: string, problem: string): RangeError {
  return new RangeError(`${field}: ${problem}`);
}

/** Returns the epoch ms of a valid Date; anything else is a RangeError naming `field`. */
export function instantOf(value: unknown, field: string): number {
  if (!(value instanceof Date)) throw fieldError(field, "expected a Date");
  const ms = value.getTime();
  if (Number.isNaN(ms)) throw fieldError(field, "invalid Date");
  return ms;
}

const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an "HH:mm" text (00:00–23:59). */
export function minutesOfHHmm(value: unknown, field: string): number {
  const match = typeof value === "string" ? hhmm.exec(value) : null;
  if (!match)
    throw fieldError(field, `expected "HH:mm" (00:00–23:59), got ${JSON.stringify(value)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function finiteNumber(value: unknown, field: string, min = -Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw fieldError(field, `expected a number${min > -Infinity ? ` ≥ ${min}` : ""}`);
  }
  return value;
}

export function isoWeekday(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 7) {
    throw fieldError(field, "expected an ISO weekday 1–7");
  }
  return value;
}
