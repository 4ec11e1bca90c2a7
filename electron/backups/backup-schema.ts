import type { SqliteDatabase } from "./sqlite";

/**
 * What the backups need to know of the store's tables, given by the store (electron/store/):
 * what a backup holds, and its records as the exported JSON document (a restore puts that
 * back through the app core, as an import is).
 */
export interface BackupSchema {
  /** Incidents, held weeks and the newest incident's report time, read from `db`. */
  contents(db: SqliteDatabase): {
    incidents: number;
    heldWeeks: number;
    latestIncidentAt: number | null;
  };
  /** The whole document `db` holds, as exportData's JSON. */
  exportJson(db: SqliteDatabase): string;
  /** Throws when `db` is no Jour database (a backup's extra check after quick_check). */
  check?(db: SqliteDatabase): void;
}
