import type { JourData } from "../data/document";
import { weekBuckets } from "./reports";
import { weekRest } from "../rest/rest";
import { csvDocument, csvFormatOf } from "../texts/csv-format";
import type { CsvColumns } from "../texts/csv-format";
import type { Language } from "../texts/language";

/**
 * The rest CSV: for every week with work, each day whose rest fell short and the week's
 * longest rest, so the engineer can ask for compensatory rest (docs/rules.md "Rest").
 * Written in the user's CSV style, like the pay and incidents CSVs.
 */

const restColumns: CsvColumns = [
  ["week", "Vecka", "Week"],
  ["kind", "Vila", "Rest"],
  ["date", "Datum", "Date"],
  ["restHours", "Vila (h)", "Rest (h)"],
  ["minimumHours", "Minst (h)", "Minimum (h)"],
  ["shortHours", "Saknas (h)", "Short (h)"],
];

/** The kind as the style writes it: the key for programs, the law's word for people. */
const kindWords: Record<Language, Record<"daily" | "weekly", string>> = {
  sv: { daily: "dygnsvila", weekly: "veckovila" },
  en: { daily: "daily rest", weekly: "weekly rest" },
};

export function restCsv(data: JourData, now: number): string {
  const format = csvFormatOf(data.settings);
  const kind = (key: "daily" | "weekly") =>
    format.style === "excel" ? kindWords[format.language][key] : key;
  const hours = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;
  const rows: (string | number)[][] = [];
  for (const { week, spans } of weekBuckets(data, now)) {
    if (spans.length === 0) continue;
    const rest = weekRest(data, week, now);
    const label = `${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}`;
    for (const day of rest.shortDays) {
      rows.push([
        label,
        kind("daily"),
        day.date,
        hours(day.restMs),
        hours(rest.dailyMinimumMs),
        hours(day.shortMs),
      ]);
    }
    rows.push([
      label,
      kind("weekly"),
      "",
      hours(rest.longestRestMs),
      hours(rest.weeklyMinimumMs),
      hours(rest.weeklyShortMs),
    ]);
  }
  return csvDocument(format, restColumns, rows);
}
