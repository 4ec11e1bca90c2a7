import { sqlite } from "../../../electron/backups/sqlite";
import type { SqliteDatabase } from "../../../electron/backups/sqlite";
import type { BackupSchema } from "../../../electron/backups/backup-schema";
import { createJourApp } from "../../../shared/app/api";
import { exportJson } from "../../../shared/app/data/transfer";
import type { JourData } from "../../../shared/app/data/document";

/**
 * A small stand-in for the store's tables (electron/store/ has its own): incidents and weeks
 * as rows, and the whole document beside them, so a backup can be restored through the core.
 */
export function openTestDb(file: string): SqliteDatabase {
  const db = new (sqlite().DatabaseSync)(file);
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    CREATE TABLE IF NOT EXISTS incidents (id TEXT PRIMARY KEY, reported_at INTEGER NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS weeks (start INTEGER PRIMARY KEY) STRICT;
    CREATE TABLE IF NOT EXISTS document (one INTEGER PRIMARY KEY CHECK (one = 1), json TEXT NOT NULL) STRICT;
  `);
  return db;
}

/** Writes `data` in one transaction, as the store does after a change. */
export function saveTestData(db: SqliteDatabase, data: JourData): void {
  db.exec("BEGIN");
  db.exec("DELETE FROM incidents; DELETE FROM weeks;");
  const incident = db.prepare("INSERT INTO incidents VALUES (?, ?)") as unknown as {
    run(...params: unknown[]): void;
  };
  for (const { id, reportedAt } of data.incidents) incident.run(id, reportedAt);
  const week = db.prepare("INSERT INTO weeks VALUES (?)") as unknown as {
    run(...params: unknown[]): void;
  };
  for (const held of data.onDutyWeeks) week.run(held);
  (
    db.prepare("INSERT OR REPLACE INTO document VALUES (1, ?)") as unknown as {
      run(...params: unknown[]): void;
    }
  ).run(exportJson(data));
  db.exec("COMMIT");
}

export const testSchema: BackupSchema = {
  contents(db) {
    const row = db
      .prepare("SELECT count(*) AS n, max(reported_at) AS latest FROM incidents")
      .get() as {
      n: number;
      latest: number | null;
    };
    const weeks = db.prepare("SELECT count(*) AS n FROM weeks").get() as { n: number };
    return { incidents: row.n, heldWeeks: weeks.n, latestIncidentAt: row.latest };
  },
  exportJson(db) {
    return (db.prepare("SELECT json FROM document").get() as { json: string }).json;
  },
  check(db) {
    db.prepare("SELECT 1 FROM document").get();
  },
};

/** A document with `count` incidents, made through the app core. */
export async function dataWith(count: number, at: number): Promise<JourData> {
  const app = createJourApp({
    clock: { now: () => at },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  for (let i = 0; i < count; i++) {
    await app.createIncident({
      priority: 2,
      summary: `Incident ${i}`,
      reportedAt: at - i * 60_000,
    });
  }
  return app.snapshot();
}
