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

/** Checks every field the rules use; a bad one is a RangeError naming it. */
export function rulesOf(settings: Settings): Rules {
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
