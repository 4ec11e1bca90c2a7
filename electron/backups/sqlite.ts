/**
 * The part of `node:sqlite` the backups use, typed here: the @types/node of this checkout
 * (20) has no `node:sqlite`; Electron 45's Node (24) has the module. The store's own
 * DatabaseSync fits `SqliteDatabase`.
 */
export interface SqliteDatabase {
  prepare(sql: string): {
    all(...params: unknown[]): unknown[];
    get(...params: unknown[]): unknown;
  };
  exec(sql: string): void;
  close(): void;
}

interface SqliteModule {
  DatabaseSync: new (file: string, options?: { readOnly?: boolean }) => SqliteDatabase;
  backup(source: SqliteDatabase, file: string): Promise<number>;
}

/** Loaded when first used, so that importing this file costs nothing where it is unused. */
export function sqlite(): SqliteModule {
  const loaded = process.getBuiltinModule("node:sqlite") as SqliteModule | undefined;
  if (!loaded) throw new Error("node:sqlite is missing: Jour needs Node 24 (Electron 45's)");
  return loaded;
}

/** Opens `file` read-only (checking or reading a backup never changes it). */
export function openReadOnly(file: string): SqliteDatabase {
  const { DatabaseSync } = sqlite();
  return new DatabaseSync(file, { readOnly: true });
}
