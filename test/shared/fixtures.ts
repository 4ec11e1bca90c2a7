/** Small builders shared by the named test files. */
import type { Interval, Settings } from "../../shared/index";
import { defaultSettings } from "../../shared/index";

export const MIN = 60_000;
export const H = 3_600_000;

/** An instant from an ISO text that must carry its own offset ("Z" or "+01:00"). */
export function t(iso: string): Date {
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso)) throw new Error(`give ${iso} an explicit offset`);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`bad test instant ${iso}`);
  return d;
}

export function iv(start: string, end: string): Interval {
  return { start: t(start), end: t(end) };
}

/** The default settings with some fields replaced. */
export function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings, ...patch };
}

/** Settings holding exactly the fields of DOMAIN §7 (no `sla`), with §6 default values. */
export function coreSettings(): Settings {
  return {
    timeZone: "Europe/Stockholm",
    eveningsAsHolidays: true,
    weekStartsOn: 1,
    handoverTime: "00:00",
    allowance: { weeklySek: 4500, storhelgSupplement: 0.5 },
    rates: { 1: 290, 2: 400, 3: 600 },
    rounding: "half",
    office: { days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" },
  };
}

/** `text` holds `word` not glued to other letters or digits ("at" is not found in "Date"). */
export function mentions(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}($|[^A-Za-z0-9_])`).test(text);
}

/** Runs `fn`, which must throw a RangeError (not return anything), and gives the error back. */
export function rangeErrorOf(fn: () => unknown): RangeError {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (e instanceof RangeError) return e;
    throw new Error(`expected a RangeError, got ${String(e)}`);
  }
  throw new Error(`expected a RangeError, got a result: ${JSON.stringify(result)}`);
}
