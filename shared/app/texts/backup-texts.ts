import type { Language } from "./language";

/** What the shell says about backups outside the window: the folder dialog, a failed backup. */
export interface BackupTexts {
  folderTitle: string;
  folderButton: string;
  failedTitle: string;
  failed(folder: string, why: string): string;
}

const sv: BackupTexts = {
  folderTitle: "Välj en andra mapp för Jours säkerhetskopior",
  folderButton: "Välj mappen",
  failedTitle: "Jour kunde inte ta en säkerhetskopia – dina data är sparade",
  failed: (folder, why) => `Mappen ${folder}: ${why}. Jour försöker igen om en timme.`,
};

const en: BackupTexts = {
  folderTitle: "Choose a second folder for Jour's backups",
  folderButton: "Choose this folder",
  failedTitle: "Jour could not take a backup – your data is saved",
  failed: (folder, why) => `The folder ${folder}: ${why}. Jour tries again in an hour.`,
};

export function backupTexts(language: Language): BackupTexts {
  return language === "sv" ? sv : en;
}
