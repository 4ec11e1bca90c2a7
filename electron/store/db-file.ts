import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { NewerSchemaError } from "../../shared/app/texts/errors";
import { isDamage } from "./db-faults";
import { countRows, createRowWriter, expectedRows, readDocument } from "./db-rows";
import { databaseVersion, migrate, userVersion } from "./db-schema";
import { syncFolder } from "./db-legacy";
import { NewerFileError } from "./open-errors";

/** The file is not a Jour database we can trust; `detail` says why (for the log and notice). */
export class DamagedDatabase extends Error {}

/**
 * Opens the database for the app's writes: WAL, so a commit appends to one file and readers
 * never see a half-written page; `synchronous=FULL`, so a commit is fsynced before it is
 * acknowledged (NORMAL could lose the last commits at a power loss, which Jour promises not
 * to); foreign keys enforced.
 */
export function openForWrites(file: string): DatabaseSync {
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
  try {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Reads the document from `file` without changing it (a read-only connection never
 * checkpoints nor deletes the WAL, so a damaged file stays as it was for keeping aside):
 * `PRAGMA quick_check`, the tables' version, and a guard against a WAL of another database
 * (its pages would replace ours silently: see `databaseId`). Throws DamagedDatabase, a
 * NewerFileError, or the system's error when the file cannot be read at all.
 */
export function readDatabase(file: string): Record<string, unknown> {
  const expectedId = headerId(file);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    if (isDamage(error)) throw new DamagedDatabase(describe(error));
    throw error;
  }
  try {
    const id = (db.prepare("PRAGMA application_id").get() as { application_id: number })
      .application_id;
    if (id !== expectedId) {
      throw new DamagedDatabase("its write-ahead log (-wal) belongs to another database");
    }
    const version = userVersion(db);
    if (version > databaseVersion) {
      throw new NewerFileError(file, new NewerSchemaError(version, databaseVersion));
    }
    if (version < 1) throw new DamagedDatabase("it holds no Jour tables");
    const problems = db
      .prepare("PRAGMA quick_check(5)")
      .all()
      .map((row) => String(row["quick_check"]));
    if (problems.join() !== "ok") throw new DamagedDatabase(problems.join("; "));
    try {
      return readDocument(db);
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new DamagedDatabase(`a row is not JSON: ${error.message}`);
      throw error;
    }
  } catch (error) {
    if (isDamage(error)) throw new DamagedDatabase(describe(error));
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Each Jour database has a random id in its header (`PRAGMA application_id`, bytes 68–71 of
 * page 1), read here straight from the file, before SQLite applies the WAL. A WAL from
 * another database that carries its page 1 changes what SQLite reports, and is caught.
 */
function headerId(file: string): number {
  const fd = fs.openSync(file, "r");
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    if (read < 100) throw new DamagedDatabase(`it is cut off (${read} bytes)`);
    if (header.toString("latin1", 0, 16) !== "SQLite format 3\0") {
      throw new DamagedDatabase("it is not an SQLite database");
    }
    return header.readInt32BE(68);
  } finally {
    fs.closeSync(fd);
  }
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Writes `doc` as a new database at `file`: into `<file>.new` first, in one transaction,
 * then counted and compared with `doc` member by member, closed (synced), and only then
 * renamed into place. An interruption at any moment leaves at most the `.new` file, which
 * the next open starts over from (its source is still where it was).
 */
export function createDatabase(file: string, doc: Record<string, unknown>): void {
  installDatabase(buildDatabase(file, doc), file);
}

/**
 * The first half of createDatabase: `doc` written into `<file>.new`, counted, compared and
 * synced; `file` not touched. Returns the new file, for installDatabase. When it fails (a
 * full disk) the unfinished copy, Jour's own, is removed again.
 */
export function buildDatabase(file: string, doc: Record<string, unknown>): string {
  const temp = `${file}.new`;
  removeUnfinished(temp);
  try {
    writeVerified(temp, doc);
  } catch (error) {
    try {
      removeUnfinished(temp);
    } catch {
      // Left for the next open, which starts it over.
    }
    throw error;
  }
  return temp;
}

function writeVerified(temp: string, doc: Record<string, unknown>): void {
  const db = new DatabaseSync(temp);
  try {
    // In WAL mode from the start: closed, it is one file (the WAL folded in and removed),
    // renamed as it is; a later switch of mode would leave a rollback journal to a kill.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec(`PRAGMA application_id = ${crypto.randomInt(1, 2 ** 31 - 1)}`);
    migrate(db);
    createRowWriter(db).write(doc);
    compare(db, doc);
  } finally {
    db.close();
  }
  fsyncFile(temp);
}

/** The second half of createDatabase: the built file renamed into place, durably. */
export function installDatabase(temp: string, file: string): void {
  fs.renameSync(temp, file);
  syncFolder(path.dirname(file));
}

/** The rows written hold exactly `doc`: the same counts, and each member the same JSON. */
function compare(db: DatabaseSync, doc: Record<string, unknown>): void {
  const counted = countRows(db);
  for (const [table, count] of Object.entries(expectedRows(doc))) {
    if (counted[table] !== count) {
      throw new Error(`${table}: ${counted[table]} rows written, ${count} in the source`);
    }
  }
  const back = readDocument(db);
  for (const key of new Set([...Object.keys(doc), ...Object.keys(back)])) {
    if (doc[key] === undefined && back[key] === undefined) continue;
    if (JSON.stringify(doc[key]) !== JSON.stringify(back[key])) {
      throw new Error(`${key}: what was written differs from the source`);
    }
  }
}

/** An unfinished `.new` database of an interrupted creation (ours, never the user's data). */
export function removeUnfinished(temp: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(temp + suffix, { force: true });
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Renames a damaged database and its WAL and shared-memory files aside, as
 * `jour.damaged-<time>.db` (`-wal`, `-shm`): kept for the user, never deleted.
 */
export function keepAside(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, "-");
  const base = file.replace(/\.db$/, "");
  let attempt = 0;
  let aside: string;
  do {
    aside = `${base}.damaged-${stamp}${attempt > 0 ? `-${attempt}` : ""}.db`;
    attempt++;
  } while (fs.existsSync(aside));
  for (const suffix of ["", "-wal", "-shm"]) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  syncFolder(path.dirname(aside));
  return aside;
}
