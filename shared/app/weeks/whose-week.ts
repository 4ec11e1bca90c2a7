import { weekHeld } from "./held-weeks";
import type { JourData } from "../data/document";
import type { PayView, WeekInfo } from "./week-views";
import { inWeek, setWeekMark, weekInfo, weekMarked } from "./week-info";

/**
 * "Whose week" (DOMAIN §4): the allowance is paid only for a week the engineer holds; hours
 * for any time worked, also in someone else's week. The report, the CSV, Now and the tray
 * all take their pay through `heldPay`, and ask "held?" through `weekHeld`.
 */

/** The week's pay as it is owed: without the allowance when the week is not held. */
export function heldPay(pay: PayView, held: boolean): PayView {
  if (held) return pay;
  return { ...pay, allowanceSek: 0, totalSek: pay.totalSek - pay.allowanceSek };
}

/**
 * The app's organizer text from the rules' text of all chosen weeks (`organizerText`,
 * which counts every week given as held): its first line ("N x Jourvecka") is replaced by
 * the count of held weeks, or left out when none is held. Neither held nor worked: "".
 */
export function composeReportText(allWeeksText: string, heldCount: number): string {
  const hourLines = allWeeksText.split("\n").slice(1);
  const lines = heldCount > 0 ? [`${heldCount} x Jourvecka`, ...hourLines] : hourLines;
  return lines.join("\n");
}

/**
 * Whether to ask "Is this your on-call week?": a call came in during a week that is not
 * held, and the user has not already answered no for it. A call no longer decides it.
 */
export function asksHeld(data: JourData, week: WeekInfo): boolean {
  if (weekHeld(data, week) || weekMarked(data.notHeldWeeks, week)) return false;
  return data.incidents.some((incident) => inWeek(incident.reportedAt, week));
}

/** "No, not my week": remembered, so the question is asked once per week. */
export function answerNotHeld(data: JourData, at: number): JourData {
  const week = weekInfo(at, data.settings);
  return { ...data, notHeldWeeks: setWeekMark(data.notHeldWeeks, week, true) };
}
