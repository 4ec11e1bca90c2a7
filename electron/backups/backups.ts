import fs from "node:fs";
import path from "node:path";
import { openReadOnly } from "./sqlite";
import type { SqliteDatabase } from "./sqlite";
import { backupDue, BACKUP_INTERVAL_MS, newestBackupsFirst } from "../../shared/app/data/backups";
import { InputError } from "../../shared/app/texts/errors";
import type { BackupFolder, BackupsPort, Clock, StoredBackup } from "../../shared/app/ports";
import {
  keepAside,
  listBackupFiles,
  newestVerifiedBackup,
  pruneBackups,
  takeBackup,
  verifiedBackups,
  verifyBackup,
} from "./backup-files";
import type { BackupFile } from "./backup-files";
import type { BackupSchema } from "./backup-schema";
import type { FolderPreference } from "./folder-preference";

export interface BackupsDeps {
  /** The open database (jour.db). */
  db: SqliteDatabase;
  /** The data folder: backups go to its `backups/` folder. */
  dataFolder: string;
  clock: Clock;
  schema: BackupSchema;
  /** The second folder, if the user chose one. */
  preference: FolderPreference;
  /** Asks the user for a folder (Electron's dialog); null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** The zone whose days and months the rotation keeps one of (the machine's by default). */
  timeZone?: () => string;
  /** A backup failed (a full disk, an unplugged folder): the shell may tell the user. */
  onFailed?: (error: unknown, folder: string) => void;
  /** Waits until a backup is due: one that comes after the last change of a burst. */
  setTimer?: (run: () => void, ms: number) => void;
  log?: (message: string) => void;
}

export interface Backups {
  /** The store calls it after each committed transaction: a backup when an hour has passed. */
  afterCommit(): void;
  /** Takes the due backups now (or waits for the one running); resolves when done. */
  settle(): Promise<void>;
  /**
   * No more backups (at quit, before the store closes): afterCommit and a waiting hourly
   * timer do nothing; settle() still waits for one already running.
   */
  stop(): void;
  /** The backups as the app core sees them (Settings → Data). */
  port: BackupsPort;
}

/** The backups folder in the data folder. */
export const backupsFolder = (dataFolder: string): string => path.join(dataFolder, "backups");

/** The data folder's `backups/`, and the second folder when the user chose one. */
function restoreFolders(dataFolder: string, preference: FolderPreference): string[] {
  const second = preference.get();
  return [backupsFolder(dataFolder), ...(second ? [second] : [])];
}

/**
 * The newest backup of the data folder's or the second folder's that passes its check (see
 * newestVerifiedBackup).
 */
export function newestGoodBackup(
  dataFolder: string,
  preference: FolderPreference,
  schema?: Pick<BackupSchema, "check">,
  log?: (message: string) => void,
): BackupFile | null {
  return newestVerifiedBackup(restoreFolders(dataFolder, preference), schema?.check, log);
}

/**
 * The store's `findBackup` (electron/store): for a damaged or missing jour.db, the good
 * backups of either folder, newest first, each checked when the store asks for it, with when
 * it was taken (for the user's notice).
 */
export function backupFinder(
  preference: FolderPreference,
  schema?: Pick<BackupSchema, "check">,
  log?: (message: string) => void,
): (dataFolder: string) => Iterable<{ file: string; at: Date }> {
  return function* (dataFolder) {
    const folders = restoreFolders(dataFolder, preference);
    for (const good of verifiedBackups(folders, schema?.check, log)) {
      yield { file: good.file, at: new Date(good.at) };
    }
  };
}

const machineZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Backups of the open database, taken after a change at most once an hour into the data
 * folder's `backups/` (made when missing) and the second folder (never made: when it is
 * missing, that folder's backup fails and `onFailed` says so), each checked, then rotated
 * (backupsToKeep).
 */
export function createBackups(deps: BackupsDeps): Backups {
  const { db, clock, schema, preference } = deps;
  const log = deps.log ?? (() => undefined);
  const zone = deps.timeZone ?? machineZone;
  const ownFolder = backupsFolder(deps.dataFolder);
  // When each folder last had a backup taken (or tried): from its newest file at first.
  const lastAt = new Map<string, number | null>();
  const lastOf = (folder: string): number | null => {
    if (!lastAt.has(folder)) {
      let newest: number | null = null;
      try {
        newest = listBackupFiles(folder)[0]?.at ?? null;
      } catch {
        // An unreadable folder: its backup below says why.
      }
      lastAt.set(folder, newest);
    }
    return lastAt.get(folder) ?? null;
  };
  const folders = (): string[] => {
    const second = preference.get();
    return second && second !== ownFolder ? [ownFolder, second] : [ownFolder];
  };

  async function backUp(folder: string): Promise<BackupFile> {
    const now = clock.now();
    lastAt.set(folder, now);
    // Only the data folder's own backups/ is made; the second folder is the user's.
    if (folder === ownFolder) fs.mkdirSync(ownFolder, { recursive: true });
    const taken = await takeBackup(db, folder, now, schema.check);
    pruneBackups(folder, now, zone());
    return taken;
  }

  let running: Promise<void> | null = null;
  let waiting = false;
  let stopped = false;
  async function takeDue(): Promise<void> {
    for (const folder of folders()) {
      if (!backupDue(lastOf(folder), clock.now())) continue;
      try {
        await backUp(folder);
      } catch (error) {
        log(`Backup to ${folder} failed: ${String(error)}`);
        deps.onFailed?.(error, folder);
      }
    }
  }
  function start(): Promise<void> {
    running ??= takeDue().finally(() => (running = null));
    return running;
  }
  function afterCommit(): void {
    if (stopped) return;
    const now = clock.now();
    if (folders().some((folder) => backupDue(lastOf(folder), now))) {
      void start();
      return;
    }
    // Not yet an hour: one backup when it is, so the last change of a burst is in one too.
    if (waiting || !deps.setTimer) return;
    waiting = true;
    const last = Math.min(...folders().map((folder) => lastOf(folder) ?? now));
    deps.setTimer(
      () => {
        waiting = false;
        if (!stopped) void start();
      },
      Math.max(0, last + BACKUP_INTERVAL_MS - now),
    );
  }

  // What a backup holds, read once: a backup never changes under its name.
  const contentsOf = new Map<string, StoredBackup["contents"]>();
  function contents(file: string): StoredBackup["contents"] {
    if (!contentsOf.has(file)) {
      let held: StoredBackup["contents"] = null;
      let opened: SqliteDatabase | null = null;
      try {
        opened = openReadOnly(file);
        held = schema.contents(opened);
      } catch {
        // Listed without its contents; a restore checks it in full.
      } finally {
        opened?.close();
      }
      contentsOf.set(file, held);
    }
    return contentsOf.get(file) ?? null;
  }
  function listed(folder: BackupFolder, path_: string): StoredBackup[] {
    let files: BackupFile[] = [];
    try {
      files = listBackupFiles(path_);
    } catch (error) {
      log(`Backups in ${path_} cannot be listed: ${String(error)}`);
    }
    return files.flatMap((backup) => {
      try {
        const { size } = fs.statSync(backup.file);
        const { name, at } = backup;
        return [{ folder, name, at, bytes: size, contents: contents(backup.file) }];
      } catch {
        return [];
      }
    });
  }

  const folderOf = (folder: BackupFolder): string | null =>
    folder === "data" ? ownFolder : preference.get();

  const port: BackupsPort = {
    async list() {
      const second = preference.get();
      const backups = [...listed("data", ownFolder), ...(second ? listed("second", second) : [])];
      return { backups: newestBackupsFirst(backups), secondFolder: second };
    },
    async read(folder, name) {
      const directory = folderOf(folder);
      const found = directory ? listBackupFiles(directory).find((b) => b.name === name) : null;
      if (!found) throw InputError.of("backup", `no backup ${name}`, "notFound");
      if (!verifyBackup(found.file, schema.check)) {
        try {
          keepAside(found.file);
        } catch (error) {
          log(`A damaged backup could not be kept aside: ${String(error)}`);
        }
        contentsOf.delete(found.file);
        throw InputError.of("backup", `${name} failed its check`, "backupDamaged");
      }
      const opened = openReadOnly(found.file);
      try {
        return schema.exportJson(opened);
      } finally {
        opened.close();
      }
    },
    async chooseSecondFolder() {
      const chosen = await deps.chooseFolder();
      if (chosen === null) return false;
      await running;
      try {
        await backUp(chosen);
      } catch (error) {
        lastAt.delete(chosen);
        const why = error instanceof Error ? error.message : String(error);
        throw InputError.of(
          "folder",
          `${chosen} cannot be written to (${why})`,
          "folderUnwritable",
        );
      }
      preference.set(chosen);
      return true;
    },
    async forgetSecondFolder() {
      preference.set(null);
    },
  };

  const stop = () => void (stopped = true);
  return { afterCommit, settle: () => running ?? Promise.resolve(), stop, port };
}
