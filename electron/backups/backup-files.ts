import fs from "node:fs";
import path from "node:path";
import { openReadOnly, sqlite } from "./sqlite";
import type { SqliteDatabase } from "./sqlite";
import {
  backupName,
  backupsToKeep,
  newestBackupsFirst,
  parseBackupName,
} from "../../shared/app/data/backups";
import type { DatedBackup } from "../../shared/app/data/backups";

/**
 * The backup files of one folder: `jour-backup-<UTC time>Z.db`, each a whole database that
 * passed `PRAGMA quick_check` before it got that name. One being written is
 * `<name>.partial`; one that failed its check is kept aside as `<name>.damaged` (never
 * listed, never removed). Only the rotation removes files, and only good backups' names.
 */

export interface BackupFile extends DatedBackup {
  /** Its full path. */
  file: string;
}

/** Suffix of a backup kept aside because it failed its check. */
export const DAMAGED_SUFFIX = ".damaged";
const PARTIAL_SUFFIX = ".partial";

/** The good backups in `folder`, newest first (none when the folder is missing). */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return newestBackupsFirst(
    names.flatMap((name) => {
      const dated = parseBackupName(name);
      return dated ? [{ ...dated, file: path.join(folder, name) }] : [];
    }),
  );
}

/**
 * Whether `file` opens as a database and passes `PRAGMA quick_check` (read-only: checking
 * never changes it). `check` may look further (that it holds Jour's tables).
 */
export function verifyBackup(file: string, check?: (db: SqliteDatabase) => void): boolean {
  let db: SqliteDatabase | null = null;
  try {
    db = openReadOnly(file);
    const rows = db.prepare("PRAGMA quick_check").all();
    const ok = rows.length === 1 && Object.values(rows[0] ?? {})[0] === "ok";
    if (ok) check?.(db);
    return ok;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Renames a backup that failed its check out of the list: kept, never removed. */
export function keepAside(file: string): string {
  let aside = `${file}${DAMAGED_SUFFIX}`;
  for (let n = 1; fs.existsSync(aside); n++) aside = `${file}${DAMAGED_SUFFIX}-${n}`;
  fs.renameSync(file, aside);
  return aside;
}

function fsyncPath(target: string, flags = "r"): void {
  const fd = fs.openSync(target, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Folders cannot be fsynced on Windows; there the rename is as durable as it gets. */
function fsyncFolder(folder: string): void {
  if (process.platform !== "win32") fsyncPath(folder);
}

export class BackupNotVerified extends Error {
  override readonly name = "BackupNotVerified";
  constructor(readonly aside: string) {
    super(`the backup failed its check and was kept aside as ${aside}`);
  }
}

/**
 * Takes a consistent online backup of `db` into `folder` (which must exist: a missing one is
 * an unplugged drive, and fails with ENOENT) with SQLite's backup API, which copies the pages
 * while others may read and write. The copy is fsynced and checked before it gets its name;
 * one that fails the check is kept aside and this throws BackupNotVerified. Resolves with the
 * new backup.
 */
export async function takeBackup(
  db: SqliteDatabase,
  folder: string,
  now: number,
  check?: (db: SqliteDatabase) => void,
): Promise<BackupFile> {
  if (!fs.statSync(folder).isDirectory()) {
    const error = new Error(`ENOTDIR: not a directory, '${folder}'`);
    throw Object.assign(error, { code: "ENOTDIR", path: folder });
  }
  let attempt = 0;
  while (fs.existsSync(path.join(folder, backupName(now, attempt)))) attempt++;
  const name = backupName(now, attempt);
  const file = path.join(folder, name);
  const partial = `${file}${PARTIAL_SUFFIX}`;
  // A partial file is only ever one this function left by a crash: it is no backup.
  fs.rmSync(partial, { force: true });
  await sqlite().backup(db, partial);
  // The copy comes in the source's WAL mode: back to one self-contained file, which opens
  // read-only anywhere (a synced or read-only folder) and leaves no -wal or -shm beside it.
  const copy = new (sqlite().DatabaseSync)(partial);
  try {
    copy.exec("PRAGMA journal_mode = DELETE");
  } finally {
    copy.close();
  }
  fsyncPath(partial, "r+");
  if (!verifyBackup(partial, check)) {
    const aside = keepAside(partial);
    throw new BackupNotVerified(aside);
  }
  fs.renameSync(partial, file);
  fsyncFolder(folder);
  return { name, at: now, file };
}

/**
 * Removes the good backups of `folder` that the rotation does not keep (backupsToKeep);
 * nothing else is touched. Returns the names removed.
 */
export function pruneBackups(folder: string, now: number, timeZone: string): string[] {
  const backups = listBackupFiles(folder);
  const keep = backupsToKeep(backups, now, timeZone);
  const removed: string[] = [];
  for (const old of backups) {
    if (keep.has(old.name)) continue;
    fs.rmSync(old.file, { force: true });
    removed.push(old.name);
  }
  if (removed.length > 0) fsyncFolder(folder);
  return removed;
}

/**
 * The backups in `folders` that pass their check, newest first, each checked only when the
 * next is asked for (the store restores the first whose document it can use); those that
 * fail are kept aside on the way. A folder that cannot be listed (an unplugged drive, no
 * permission) is logged and passed over: the others may hold a good one.
 */
export function* verifiedBackups(
  folders: readonly string[],
  check?: (db: SqliteDatabase) => void,
  log: (message: string) => void = () => undefined,
): Generator<BackupFile, void, undefined> {
  const listable = (folder: string): BackupFile[] => {
    try {
      return listBackupFiles(folder);
    } catch (error) {
      log(`Backups in ${folder} cannot be listed: ${String(error)}`);
      return [];
    }
  };
  for (const candidate of newestBackupsFirst(folders.flatMap(listable))) {
    if (verifyBackup(candidate.file, check)) {
      yield candidate;
      continue;
    }
    try {
      keepAside(candidate.file);
    } catch {
      // A read-only second folder: it stays where it is, and is passed over.
    }
  }
}

/** The newest backup in `folders` that passes its check (see verifiedBackups); null when none. */
export function newestVerifiedBackup(
  folders: readonly string[],
  check?: (db: SqliteDatabase) => void,
  log?: (message: string) => void,
): BackupFile | null {
  for (const good of verifiedBackups(folders, check, log)) return good;
  return null;
}
