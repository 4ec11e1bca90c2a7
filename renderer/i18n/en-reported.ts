import type { svReported } from "./sv-reported";

export const enReported: Record<keyof typeof svReported, string> = {
  "reported.title": "Reported",
  "reported.signed": "Reported {sek}",
  "reported.signedAt": "Reported {sek} · {when}",
  "reported.changed": "Reported {old} · now {now} (changed after the report)",
  "reported.changedShort": "changed after the report",
  "reported.legacy": "Reported (before Jour kept what was reported: nothing to compare with)",
  "reported.unmarked": "Not reported · reported earlier {sek} ({when})",
  "reported.whatChanged": "What changed",
  "reported.hours": "Taxa {n}: {before} → {after}",
  "reported.rate": "Taxa {n}: {before}/h → {after}/h",
  "reported.allowance": "On-call allowance: {before} → {after}",
  "reported.heldNow": "The week now counts as your on-call week (the allowance is added)",
  "reported.heldNoMore": "The week no longer counts as your on-call week (no allowance)",
  "reported.incidentRemoved": "Deleted: {name}",
  "reported.incidentAdded": "Added: {name}",
  "reported.incidentEdited": "Time changed: {name}",
  "reported.correction": "Correction to paste into Jira",
  "reported.copyCorrection": "Copy the correction",
  "reported.markCorrection": "Mark the correction as reported",
  "reported.history": "Earlier reports ({count})",
  "reported.kindReport": "Report",
  "reported.kindCorrection": "Correction",
  "reported.confirmTitle": "{weeks} is reported",
  "reported.confirmDelete":
    "{weeks} is reported. Deleting the incident changes the week's pay, and the Week report shows a correction to report. What was reported is kept.",
  "reported.confirmEdit":
    "{weeks} is reported. Changing the work time may change the week's pay, and the Week report then shows a correction to report. What was reported is kept.",
  "reported.deleteAnyway": "Delete anyway",
  "reported.saveAnyway": "Save anyway",
  "reported.incidentNote": "{weeks} is reported: changes to the work time become a correction.",
};
