import type { BackupsPort, CopiesPort } from "../ports";
import { InputError, parseInput } from "../texts/errors";
import { restoreBackupSchema } from "./backup-inputs";
import type { RestoreBackupInput } from "./backup-inputs";
import type { BackupsView } from "./backup-views";
import type { ImportResult } from "./data-views";
import type { DocumentAccess } from "./document-access";
import type { JourData } from "./document";
import { replacement } from "./import-plan";
import { keepCurrentCopy } from "./keep-copy";
import { importJson } from "./transfer";

/** The database's backups as Settings → Data shows them: list, restore, a second folder. */
export interface BackupMethods {
  /** Every backup, newest first, with what each holds; none where backups are not taken. */
  listBackups(): Promise<BackupsView>;
  /** Puts a backup back, keeping a copy of what it replaces first (listCopies). */
  restoreBackup(input: RestoreBackupInput): Promise<ImportResult>;
  /** Asks for a second folder to write backups to as well; the list after. */
  chooseBackupFolder(): Promise<BackupsView>;
  /** Stops writing backups to the second folder (those there stay); the list after. */
  forgetBackupFolder(): Promise<BackupsView>;
}

const none: BackupsView = { available: false, backups: [], secondFolder: null };

export function backupMethods(
  { current, change }: DocumentAccess,
  copies: CopiesPort,
  backups: BackupsPort | undefined,
): BackupMethods {
  const port = (): BackupsPort => {
    if (backups) return backups;
    throw InputError.of("backup", "backups are only taken by the desktop app", "noBackups");
  };
  const listBackups = async (): Promise<BackupsView> => {
    if (!backups) return none;
    return { available: true, ...(await backups.list()) };
  };
  return {
    listBackups,
    restoreBackup: async (raw) => {
      const { folder, name } = parseInput(restoreBackupSchema, raw);
      const file = importJson(await port().read(folder, name));
      const keptCopy = await keepCurrentCopy(current, copies, "before-restore");
      return change((): { data: JourData; result: ImportResult } => {
        const { data, timerPaused } = replacement(file);
        const incidents = data.incidents.length;
        return {
          data,
          result: { incidents, timerPaused, mode: "replace", added: incidents, keptCopy },
        };
      });
    },
    chooseBackupFolder: async () => {
      await port().chooseSecondFolder();
      return listBackups();
    },
    forgetBackupFolder: async () => {
      await port().forgetSecondFolder();
      return listBackups();
    },
  };
}
