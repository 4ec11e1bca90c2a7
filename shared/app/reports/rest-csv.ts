import type { JourData } from "../data/document";
import { weekBuckets } from "./reports";
import { weekRest } from "../rest/rest";
import { csv } from "../texts/csv-format";

/**
 * The rest CSV: for every week with work, each day whose rest fell short and the week's
 * longest rest, so the engineer can ask for compensatory rest (docs/rules.md "Rest").
 */
export function restCsv(data: JourData, now: number): string {
  const header = ["week", "kind", "date", "restHours", "minimumHours", "shortHours"];
  const hours = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;
  const rows: (string | number)[][] = [];
  for (const { week, spans } of weekBuckets(data, now)) {
    if (spans.length === 0) continue;
    const rest = weekRest(data, week, now);
    const label = `${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}`;
    for (const day of rest.shortDays) {
      rows.push([
        label,
        "daily",
        day.date,
        hours(day.restMs),
        hours(rest.dailyMinimumMs),
        hours(day.shortMs),
      ]);
    }
    rows.push([
      label,
      "weekly",
      "",
      hours(rest.longestRestMs),
      hours(rest.weeklyMinimumMs),
      hours(rest.weeklyShortMs),
    ]);
  }
  return csv([header, ...rows]);
}
