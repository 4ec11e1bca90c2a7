import type { svBackups } from "./sv-backups";

/** English texts of the database's backups (Settings → Data). */
export const enBackups: Record<keyof typeof svBackups, string> = {
  "backups.title": "Backups",
  "backups.intro":
    "Jour takes a checked backup of its database after changes, at most once an hour. It keeps the newest 10, one a day for 30 days and one a month for a year.",
  "backups.preview":
    "Backups are taken by the desktop app. The browser preview keeps its data in the browser and has none.",
  "backups.none": "No backups yet: the first is taken after the next change.",
  "backups.inData": "in the data folder",
  "backups.inSecond": "in the second folder",
  "backups.restore": "Restore",
  "backups.restoreName": "Restore the backup from {when}",
  "backups.confirmTitle": "Restore the backup?",
  "backups.confirmText":
    "The data is replaced by the backup from {when}. What is here now is first kept as a copy under Kept copies, so you can undo.",
  "backups.secondFolder": "Second folder: {folder}",
  "backups.noSecondFolder":
    "Add a second folder (a synced folder or an external disk) and the backups are written there too.",
  "backups.chooseFolder": "Choose a second folder…",
  "backups.changeFolder": "Change folder…",
  "backups.forgetFolder": "Stop writing there",
  "backups.folderChosen": "Backups are now also written to {folder}.",
  "backups.folderForgotten":
    "Backups are no longer written to the second folder. Those already there stay.",
} as const;
