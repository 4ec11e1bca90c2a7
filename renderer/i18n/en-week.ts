import type { svWeek } from "./sv-week";

/** English texts of "whose week", reporting and readable spans (issue #10). */
export const enWeek: Record<keyof typeof svWeek, string> = {
  "week.askHeld": "Is this your on-call week?",
  "week.askHeldWhy":
    "A call came in during {week}. The on-call allowance is paid only for weeks you hold; the hours are paid anyway.",
  "week.askHeldYes": "Yes, my on-call week",
  "week.askHeldNo": "No, I was helping out",
  "week.notHeld": "Not your on-call week",
  "week.nothingToReport": "Nothing to report: no on-call week and no time worked.",
  "week.passedJustNow": "passed just now",
};
