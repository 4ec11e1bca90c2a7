import * as v from "valibot";
import { isKnownZone } from "../../domain/zone";
import { normalizeHHmm } from "./clock-text";

/**
 * The rules' settings (DOMAIN §6: zone, week, allowance, rates, rounding, office hours, SLA)
 * as the app stores and checks them; the rules core gets the last word (parseAppSettings).
 */

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
// A month: longer SLA times are typing mistakes, and unbounded ones overflow a Date.
const slaHours = (min: "positive" | "nonNegative") =>
  v.pipe(
    v.number(),
    v.finite(),
    min === "positive" ? v.gtValue(0) : v.minValue(0),
    v.maxValue(720, "expected at most 720 hours"),
  );
export const isoWeekday = v.picklist([1, 2, 3, 4, 5, 6, 7] as const);
export const isIsoWeekday = (day: number): day is v.InferOutput<typeof isoWeekday> =>
  v.is(isoWeekday, day);
// "9:00" means 09:00: normalized before it is checked (and stored as "09:00").
export const hhmmSchema = v.pipe(
  v.string(),
  v.transform(normalizeHHmm),
  v.regex(hhmm, 'expected "HH:mm"'),
);

/** The weekly allowance and the storhelg supplement (0.5 is +50 %). */
export const allowanceSchema = v.object({
  weeklySek: nonNegative,
  storhelgSupplement: nonNegative,
});
/** SEK per hour of each tariff. */
export const ratesSchema = v.object({ 1: nonNegative, 2: nonNegative, 3: nonNegative });

export const rulesSchema = v.object({
  timeZone: v.pipe(
    v.string(),
    v.check((name) => name !== "" && isKnownZone(name), "unknown IANA time zone"),
  ),
  eveningsAsHolidays: v.boolean(),
  weekStartsOn: isoWeekday,
  handoverTime: hhmmSchema,
  allowance: allowanceSchema,
  rates: ratesSchema,
  rounding: v.picklist(["none", "quarter", "half", "hour"] as const),
  office: v.pipe(
    v.object({
      days: v.pipe(
        v.array(isoWeekday),
        v.minLength(1, "expected at least one ISO weekday"),
        v.check((days) => new Set(days).size === days.length, "weekdays must be distinct"),
      ),
      open: hhmmSchema,
      close: hhmmSchema,
    }),
    v.forward(
      v.check((office) => office.close > office.open, "must be after office.open"),
      ["close"],
    ),
  ),
  sla: v.exactOptional(
    v.object({
      p1Hours: slaHours("positive"),
      p2Hours: slaHours("positive"),
      p3HoursAfterOpening: slaHours("nonNegative"),
      rollbackHours: slaHours("positive"),
    }),
  ),
});
