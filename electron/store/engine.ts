/**
 * The part of electron-store the repository uses: an atomic whole-file JSON writer. Typed
 * as a port so that plain Node (the benchmark, tests) can plug in `conf`, electron-store's
 * engine, where the Electron binary cannot run.
 */
export interface StoreEngine {
  /** Absolute path of the JSON file. */
  readonly path: string;
  /** Assigning replaces the whole file (conf writes it atomically). */
  store: Record<string, unknown>;
}

export interface StoreEngineOptions {
  cwd: string;
  name: string;
  /** Never let the engine wipe a bad file: the repository moves it aside instead. */
  clearInvalidConfig: false;
  serialize: (value: Record<string, unknown>) => string;
  deserialize: (text: string) => Record<string, unknown>;
}

export type CreateStore = (options: StoreEngineOptions) => StoreEngine;

/** The documents this repository keeps: versioned, so that `parse` can migrate old ones. */
export interface VersionedDocument {
  schemaVersion: number;
}

export function storeEngineOptions(
  cwd: string,
  name: string,
  serialize: (value: Record<string, unknown>) => string,
): StoreEngineOptions {
  return {
    cwd,
    name,
    clearInvalidConfig: false,
    serialize,
    // The repository reads and validates the file itself (electron-store would throw on a
    // corrupt one before we could move it aside), so the engine is used write-only: its read
    // when constructed would otherwise parse the whole file a second time, for nothing.
    deserialize: () => ({}),
  };
}
