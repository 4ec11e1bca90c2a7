import type { JourData } from "./data";
import type { WeekInfo } from "./views";

/**
 * Whether the engineer holds (is on duty in) this week: the one question the report, the
 * tray and the Now view ask about "whose week" (DOMAIN §4). Every caller goes through here,
 * so the rotation and its swaps are decided in one place.
 */
export function weekHeld(data: JourData, week: WeekInfo): boolean {
  return data.onDutyWeeks.some((at) => at >= week.start && at < week.end);
}
