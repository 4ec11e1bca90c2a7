import type { svRest } from "./sv-rest";

/** English texts of the rest rule. */
export const enRest: Record<keyof typeof svRest, string> = {
  "rest.title": "Rest",
  "rest.reportTitle": "Rest {week}",
  "rest.noShortDays": "No daily rest under {hours}.",
  "rest.day": "Day",
  "rest.rested": "Rest",
  "rest.short": "Missing",
  "rest.earliest": "Earliest start",
  "rest.shortDaysCaption": "Days with too short a daily rest, {week}",
  "rest.weekly": "The week's longest consecutive rest: {hours} (at least {minimum}).",
  "rest.weeklySoFar":
    "The week's longest consecutive rest so far: {hours} (at least {minimum}). The week is not over.",
  "rest.weeklyShort": "{short} short of the weekly rest: ask for compensatory rest.",
  "rest.dailyHint": "A short daily rest entitles you to corresponding time off (ATL § 13).",
  "history.exportRest": "Export rest (CSV)",
  "settings.rest": "Rest after work",
  "settings.restIntro":
    "Daily and weekly rest under the Swedish Working Hours Act §§ 13–14. Regular working hours count as work, as does every incident.",
  "settings.restDays": "Regular working days",
  "settings.restStart": "Regular hours start (HH:mm)",
  "settings.restEnd": "Regular hours end (HH:mm)",
  "settings.restPeriodStart": "The 24-hour period starts (HH:mm)",
  "settings.restDaily": "Daily rest at least (h)",
  "settings.restWeekly": "Weekly rest at least (h)",
  "settings.restShowOnNow": "Show the daily rest on Now after night work",
  "settings.restNotify": "Notify when the night's timer stops",
  "settings.restInReport": "Show rest in the Week report",
};
