/**
 * The rules core of Jour (DOMAIN §7): the Swedish calendar, the tariffs, the on-call week
 * and its report, and the SLA deadlines. Pure functions; every instant is passed in.
 */
export type {
  Tariff,
  Rounding,
  IsoWeekday,
  Interval,
  Settings,
  SlaSettings,
  Holiday,
  OnCallWeek,
  WeekPay,
  Priority,
} from "./domain/types";
export { defaultSettings } from "./domain/settings";
export { holidays } from "./domain/holidays";
export { tariffAt, splitByTariff } from "./domain/tariffs";
export { onCallWeek } from "./domain/week";
export { weekPay, weeksPay, organizerText, organizerTextOf, formatHours } from "./domain/report";
export { responseDeadline, rollbackDeadline } from "./domain/sla";
export { dailyRest, dailyRests, weeklyRest, defaultRestSettings } from "./domain/rest";
export type { RestSettings, DailyRest, WeeklyRest } from "./domain/rest";
