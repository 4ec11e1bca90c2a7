import type { HostFault } from "./host-faults";
import type { Language } from "./language";

/** What the shell says about backups outside the window: the folder dialog, a failed backup. */
export interface BackupTexts {
  folderTitle: string;
  folderButton: string;
  failedTitle: string;
  /** Why, by kind: SQLite's or the system's own words are in the log only. */
  failed(folder: string, why: HostFault): string;
}

const svWhy: Record<HostFault, string> = {
  offline: "nätverksmappen går inte att nå",
  "not-found": "mappen finns inte (är disken eller nätverksenheten ansluten?)",
  server: "nätverksmappen svarade med ett fel",
  "no-space": "disken är full",
  "no-permission": "Jour får inte skriva i mappen",
  other: "säkerhetskopian kunde inte skrivas",
};

const enWhy: Record<HostFault, string> = {
  offline: "the network folder cannot be reached",
  "not-found": "the folder is not there (is the disk or network drive connected?)",
  server: "the network folder answered with an error",
  "no-space": "the disk is full",
  "no-permission": "Jour is not allowed to write to the folder",
  other: "the backup could not be written",
};

const sv: BackupTexts = {
  folderTitle: "Välj en andra mapp för Jours säkerhetskopior",
  folderButton: "Välj mappen",
  failedTitle: "Jour kunde inte ta en säkerhetskopia – dina data är sparade",
  failed: (folder, why) =>
    `Mappen ${folder}: ${svWhy[why]}. Jour försöker igen om en timme (orsaken står i loggen).`,
};

const en: BackupTexts = {
  folderTitle: "Choose a second folder for Jour's backups",
  folderButton: "Choose this folder",
  failedTitle: "Jour could not take a backup – your data is saved",
  failed: (folder, why) =>
    `The folder ${folder}: ${enWhy[why]}. Jour tries again in an hour (the log says why).`,
};

export function backupTexts(language: Language): BackupTexts {
  return language === "sv" ? sv : en;
}
