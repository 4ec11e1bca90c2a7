import type { DatabaseSync } from "node:sqlite";
import type { JourData } from "../../shared/app/data/document";
import { exportJson } from "../../shared/app/data/transfer";
import type { BackupSchema } from "../backups/backup-schema";
import type { SqliteDatabase } from "../backups/sqlite";
import { readDocument } from "./db-rows";
import { databaseVersion, userVersion } from "./db-schema";

/**
 * What the backups need of jour.db's tables: what a backup holds, its document as the
 * exported JSON (checked by `parse` first: a restore is an import), and whether a file is a
 * Jour database this Jour can read at all.
 */
export function jourBackupSchema(parse: (raw: unknown) => JourData): BackupSchema {
  const asDb = (db: SqliteDatabase) => db as unknown as DatabaseSync;
  const count = (db: SqliteDatabase, sql: string): number =>
    Number((db.prepare(sql).get() as { n: number | null } | undefined)?.n ?? 0);
  return {
    contents(db) {
      const latest = db.prepare("SELECT max(reported_at) AS n FROM incidents").get() as
        { n: number | null } | undefined;
      return {
        incidents: count(db, "SELECT count(*) AS n FROM incidents"),
        heldWeeks: count(db, "SELECT count(*) AS n FROM weeks WHERE list = 'onDutyWeeks'"),
        latestIncidentAt: latest?.n ?? null,
      };
    },
    exportJson: (db) => exportJson(parse(readDocument(asDb(db)))),
    check(db) {
      const version = userVersion(asDb(db));
      if (version < 1 || version > databaseVersion) {
        throw new Error(`not a Jour database this Jour reads (version ${version})`);
      }
    },
  };
}
