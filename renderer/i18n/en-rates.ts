import type { svRates } from "./sv-rates";

/** Texts of the rates in force (issue 21.4) and of reporting a week in progress (21.5). */
export const enRates = {
  "rates.title": "Rates and allowance",
  "rates.intro":
    "Each week is paid with the rates in force at its handover. A change applies from a week; the weeks before keep their rates.",
  "rates.history": "Rates in force",
  "rates.fromStart": "From the start",
  "rates.fromWeek": "From {week} {year}",
  "rates.entry": "{rates} kr/h, on-call week {allowance}, storhelg +{percent} %",
  "rates.alsoEarlier": "also for the weeks before",
  "rates.remove": "Remove",
  "rates.removeName": "Remove the rates {from}",
  "rates.change": "Change the rates",
  "rates.fromLabel": "Applies from week",
  "rates.nextWeek": "{week} {year} (next week)",
  "rates.weekOption": "{week} {year} · {range}",
  "rates.save": "Save the rates from {week}",
  "rates.saved": "Added: the rates from {week} {year}.",
  "rates.row": "Rates row {n}",
  "rates.inForce": "Rates {week}: {rates} kr/h, on-call week {allowance}",
  "rates.inForceStorhelg":
    "Rates {week}: {rates} kr/h, on-call week {allowance}, storhelg +{percent} %",
  "report.runningTitle": "Mark {week} as reported?",
  "report.runningBody":
    "{week} runs until {end}. Mark it as reported anyway? The handover reminders stop.",
  "report.runningConfirm": "Mark anyway",
} as const satisfies Record<keyof typeof svRates, string>;
