import { HOUR_MS } from "./civil";
import { fieldError, finiteNumber, isoWeekday, minutesOfHHmm } from "./validate";
import { zoneOf, type Zone } from "./zone";
import type { Rounding, Settings, SlaSettings } from "./types";

const defaultSla: SlaSettings = {
  p1Hours: 1,
  p2Hours: 3,
  p3HoursAfterOpening: 3,
  rollbackHours: 1,
};

/** DOMAIN §6, in one place. Frozen: copy it to change a field. */
export const defaultSettings: Settings = deepFreeze({
  timeZone: "Europe/Stockholm",
  eveningsAsHolidays: true,
  weekStartsOn: 1,
  handoverTime: "00:00",
  allowance: { weeklySek: 4500, storhelgSupplement: 0.5 },
  rates: { 1: 290, 2: 400, 3: 600 },
  rounding: "half",
  office: { days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" },
  sla: defaultSla,
});

/** Settings checked and turned into the numbers the rules compute with. */
export interface Rules {
  zone: Zone;
  eveningsAsHolidays: boolean;
  weekStartsOn: number;
  handoverMinutes: number;
  weeklySek: number;
  storhelgSupplement: number;
  /** Indexed by tariff; [0] unused. */
  rates: readonly [number, number, number, number];
  /** The rounding unit in ms; 0 for exact. */
  roundingMs: number;
  officeDays: ReadonlySet<number>;
  officeOpenMinutes: number;
  officeCloseMinutes: number;
  sla: SlaSettings;
}

const roundingUnits: Record<Rounding, number> = {
  none: 0,
  quarter: HOUR_MS / 4,
  half: HOUR_MS / 2,
  hour: HOUR_MS,
};

/**
 * The rules of a settings object, checked once per object: the check and the conversion cost
 * far more than a rule does. Callers may change a settings object in place, so a cached entry
 * holds the values it was made from and is used only while every one of them is unchanged
 * (a comparison of a dozen fields, no validation).
 */
const checked = new WeakMap<Settings, { inputs: RulesInputs; rules: Rules }>();

export function rulesOf(settings: Settings): Rules {
  const hit = typeof settings === "object" && settings !== null && checked.get(settings);
  if (hit && sameInputs(hit.inputs, settings)) return hit.rules;
  const rules = checkRules(settings);
  checked.set(settings, { inputs: inputsOf(settings), rules });
  return rules;
}

/** Every value `checkRules` reads, as it read them. */
interface RulesInputs {
  timeZone: unknown;
  eveningsAsHolidays: unknown;
  weekStartsOn: unknown;
  handoverTime: unknown;
  rounding: unknown;
  weeklySek: unknown;
  storhelgSupplement: unknown;
  rates: [unknown, unknown, unknown];
  officeDays: unknown[];
  officeOpen: unknown;
  officeClose: unknown;
  sla: SlaSettings | undefined;
}

function inputsOf(s: Settings): RulesInputs {
  return {
    timeZone: s.timeZone,
    eveningsAsHolidays: s.eveningsAsHolidays,
    weekStartsOn: s.weekStartsOn,
    handoverTime: s.handoverTime,
    rounding: s.rounding,
    weeklySek: s.allowance.weeklySek,
    storhelgSupplement: s.allowance.storhelgSupplement,
    rates: [s.rates[1], s.rates[2], s.rates[3]],
    officeDays: [...s.office.days],
    officeOpen: s.office.open,
    officeClose: s.office.close,
    sla: s.sla === undefined ? undefined : { ...s.sla },
  };
}

// Optional chaining throughout: a field replaced by null or a number since must not throw
// here, only differ, so that `checkRules` names it.
function sameInputs(was: RulesInputs, s: Settings): boolean {
  const allowance = s.allowance as Partial<Settings["allowance"]> | null | undefined;
  const rates = s.rates as Partial<Settings["rates"]> | null | undefined;
  const office = s.office as Partial<Settings["office"]> | null | undefined;
  const sla = s.sla as Partial<SlaSettings> | null | undefined;
  const days = office?.days;
  if (!(
    s.timeZone === was.timeZone &&
    s.eveningsAsHolidays === was.eveningsAsHolidays &&
    s.weekStartsOn === was.weekStartsOn &&
    s.handoverTime === was.handoverTime &&
    s.rounding === was.rounding &&
    allowance?.weeklySek === was.weeklySek &&
    allowance?.storhelgSupplement === was.storhelgSupplement &&
    rates?.[1] === was.rates[0] &&
    rates?.[2] === was.rates[1] &&
    rates?.[3] === was.rates[2] &&
    office?.open === was.officeOpen &&
    office?.close === was.officeClose &&
    Array.isArray(days) &&
    days.length === was.officeDays.length &&
    (sla === undefined) === (was.sla === undefined) &&
    sla?.p1Hours === was.sla?.p1Hours &&
    sla?.p2Hours === was.sla?.p2Hours &&
    sla?.p3HoursAfterOpening === was.sla?.p3HoursAfterOpening &&
    sla?.rollbackHours === was.sla?.rollbackHours
  )) {
    return false;
  }
  for (let i = 0; i < days.length; i++) if (days[i] !== was.officeDays[i]) return false;
  return true;
}

/** Checks every field the rules use; a bad one is a RangeError naming it. */
function checkRules(settings: Settings): Rules {
  if (typeof settings !== "object" || settings === null)
    throw fieldError("settings", "expected an object");
  const { allowance, rates, office } = settings;
  if (typeof settings.eveningsAsHolidays !== "boolean") {
    throw fieldError("settings.eveningsAsHolidays", "expected true or false");
  }
  if (typeof allowance !== "object" || allowance === null)
    throw fieldError("settings.allowance", "expected an object");
  if (typeof rates !== "object" || rates === null)
    throw fieldError("settings.rates", "expected an object");
  if (typeof office !== "object" || office === null)
    throw fieldError("settings.office", "expected an object");
  if (!Object.hasOwn(roundingUnits, settings.rounding)) {
    throw fieldError("settings.rounding", 'expected "none", "quarter", "half" or "hour"');
  }
  // An office that never opens is only an error where P3 needs an opening (sla.ts).
  if (!Array.isArray(office.days)) {
    throw fieldError("settings.office.days", "expected a list of ISO weekdays");
  }
  const officeDays = new Set(
    office.days.map((d, i) => isoWeekday(d, `settings.office.days[${i}]`)),
  );
  const officeOpenMinutes = minutesOfHHmm(office.open, "settings.office.open");
  const officeCloseMinutes = minutesOfHHmm(office.close, "settings.office.close");
  return {
    zone: zoneOf(settings.timeZone, "settings.timeZone"),
    eveningsAsHolidays: settings.eveningsAsHolidays,
    weekStartsOn: isoWeekday(settings.weekStartsOn, "settings.weekStartsOn"),
    handoverMinutes: minutesOfHHmm(settings.handoverTime, "settings.handoverTime"),
    weeklySek: finiteNumber(allowance.weeklySek, "settings.allowance.weeklySek", 0),
    storhelgSupplement: finiteNumber(
      allowance.storhelgSupplement,
      "settings.allowance.storhelgSupplement",
      0,
    ),
    rates: [
      0,
      finiteNumber(rates[1], "settings.rates.1", 0),
      finiteNumber(rates[2], "settings.rates.2", 0),
      finiteNumber(rates[3], "settings.rates.3", 0),
    ],
    roundingMs: roundingUnits[settings.rounding],
    officeDays,
    officeOpenMinutes,
    officeCloseMinutes,
    sla: slaOf(settings.sla),
  };
}

function slaOf(sla: SlaSettings | undefined): SlaSettings {
  if (sla === undefined) return defaultSla;
  if (typeof sla !== "object" || sla === null)
    throw fieldError("settings.sla", "expected an object");
  return {
    p1Hours: finiteNumber(sla.p1Hours, "settings.sla.p1Hours", 0),
    p2Hours: finiteNumber(sla.p2Hours, "settings.sla.p2Hours", 0),
    p3HoursAfterOpening: finiteNumber(
      sla.p3HoursAfterOpening,
      "settings.sla.p3HoursAfterOpening",
      0,
    ),
    rollbackHours: finiteNumber(sla.rollbackHours, "settings.sla.rollbackHours", 0),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
