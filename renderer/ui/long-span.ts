import { longSpanParts } from "../../shared/app/texts/long-span";
import { formatSpan } from "../i18n/format";
import type { Translate } from "../i18n/i18n";

/**
 * A span for a countdown: "12 min", "2 h 5 min", and over 48 h in days ("3 dagar 4 h"),
 * where "om 64 h" would make the reader do the arithmetic.
 */
export function formatLongSpan(ms: number, t: Translate): string {
  const long = longSpanParts(ms);
  if (!long) return formatSpan(ms);
  const { days, hours } = long;
  return hours === 0 ? t("record.days", { days }) : t("record.daysHours", { days, hours });
}
