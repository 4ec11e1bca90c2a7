/** The three hourly tariffs of active incident time (DOMAIN §3). */
export type Tariff = 1 | 2 | 3;

/** How a week's worked time per tariff is rounded up before it is reported. */
export type Rounding = "none" | "quarter" | "half" | "hour";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A span of real time; `end` must be after `start`. */
export interface Interval {
  start: Date;
  end: Date;
}

/** SLA response times in hours (DOMAIN §5). Optional in `Settings`: defaults apply. */
export interface SlaSettings {
  p1Hours: number;
  p2Hours: number;
  /** Hours after the office's next opening. */
  p3HoursAfterOpening: number;
  rollbackHours: number;
}

/**
 * The rules' settings (DOMAIN §6). Fields after `office` are optional so that a settings
 * object holding only the documented core fields is complete.
 */
export interface Settings {
  timeZone: string;
  eveningsAsHolidays: boolean;
  weekStartsOn: IsoWeekday;
  /** Local "HH:mm" of the weekly handover. */
  handoverTime: string;
  allowance: { weeklySek: number; storhelgSupplement: number };
  rates: Record<Tariff, number>;
  rounding: Rounding;
  /** ISO weekdays and local "HH:mm" opening hours of the office (for P3). */
  office: { days: number[]; open: string; close: string };
  sla?: SlaSettings;
}

export interface Holiday {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string;
  name: string;
  kind: "helgdag" | "afton";
}

export interface OnCallWeek {
  start: Date;
  end: Date;
  isoYear: number;
  isoWeek: number;
  storhelg: boolean;
  allowanceSek: number;
}

export interface WeekPay {
  hours: Record<Tariff, number>;
  allowanceSek: number;
  totalSek: number;
}

export type Priority = 1 | 2 | 3;
