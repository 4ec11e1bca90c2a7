import type { DatabaseSync } from "node:sqlite";

/**
 * The tables of `jour.db` (docs/storage.md). Each entry of `migrations` takes the database
 * from `PRAGMA user_version` i to i + 1, inside the open's transaction; a database of a newer
 * Jour (a higher version) is refused, never changed.
 *
 * Rows hold the document's values as JSON (`body`): the app core's document stays the one
 * contract, and an incident (its work, timeline and customer snapshot) is one row that one
 * edit rewrites. Columns beside it (`reported_at`, `week`) are for looking at the file with
 * any SQLite tool and for order. STRICT: a value of the wrong type is an error, not a cast.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    reported_at INTEGER NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body))
  ) STRICT;
  CREATE INDEX incidents_position ON incidents (position);
  CREATE TABLE timer (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    incident_id TEXT NOT NULL REFERENCES incidents (id) DEFERRABLE INITIALLY DEFERRED,
    body TEXT NOT NULL CHECK (json_valid(body))
  ) STRICT;
  CREATE TABLE weeks (
    list TEXT NOT NULL CHECK (list IN ('onDutyWeeks', 'offDutyWeeks', 'reportedWeeks', 'notHeldWeeks')),
    position INTEGER NOT NULL,
    week INTEGER NOT NULL,
    PRIMARY KEY (list, position)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE reports (
    position INTEGER PRIMARY KEY,
    week INTEGER NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body))
  ) STRICT;
  CREATE TABLE week_checklists (
    position INTEGER PRIMARY KEY,
    week INTEGER NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body))
  ) STRICT;
  CREATE TABLE fired_alerts (
    position INTEGER PRIMARY KEY,
    key TEXT NOT NULL
  ) STRICT;
  CREATE TABLE document (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
  ) STRICT, WITHOUT ROWID;
  `,
];

export const databaseVersion = migrations.length;

/** The database was written by a newer Jour: its tables are not ours to read or change. */
export class NewerDatabaseError extends Error {
  constructor(readonly version: number) {
    super(`The database is of version ${version}; this Jour knows ${databaseVersion}.`);
  }
}

/** Brings the tables up to `databaseVersion`, in one transaction; a no-op when they are. */
export function migrate(db: DatabaseSync): void {
  const version = userVersion(db);
  if (version > databaseVersion) throw new NewerDatabaseError(version);
  if (version === databaseVersion) return;
  db.exec("BEGIN IMMEDIATE");
  try {
    for (let i = version; i < databaseVersion; i++) db.exec(migrations[i] ?? "");
    db.exec(`PRAGMA user_version = ${databaseVersion}`);
    db.exec("COMMIT");
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}

export function userVersion(db: DatabaseSync): number {
  const row = db.prepare("PRAGMA user_version").get() as { user_version: number };
  return row.user_version;
}
