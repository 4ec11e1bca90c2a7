/**
 * The part of electron-store the repository uses: a whole-file JSON writer. Typed as a port
 * so that plain Node (the benchmark, tests) can plug in `conf`, electron-store's engine,
 * where the Electron binary cannot run.
 */
export interface StoreEngine {
  /** Absolute path of the JSON file. */
  readonly path: string;
  /** Assigning replaces the whole file (through the store's verified writer). */
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

/** Replaces the whole file `file` with `text`, verified, or throws (atomic-file.ts). */
export type WriteFile = (file: string, text: string) => void;

/** Makes an engine whose every write of the file goes through `writeFile`. */
export type CreateStore = (options: StoreEngineOptions, writeFile: WriteFile) => StoreEngine;

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

/**
 * Makes a conf (or electron-store) instance write through `writeFile` instead of
 * `atomically`, which ignores short writes (atomic-file.ts). conf 15 sends every write of
 * the file (the `store` setter, `set`, its constructor) to the instance's `_write(value)`;
 * this replaces that method on the instance, so conf's own logic (its directory, its change
 * event) still runs and only the bytes are ours. Throws when conf has no `_write` (a conf
 * update renamed it): better no store than one that writes through atomically again.
 */
export function writeThrough<E extends { path: string }>(
  engine: E,
  serialize: (value: Record<string, unknown>) => string,
  writeFile: WriteFile,
): E {
  const internals = engine as unknown as { _write?: unknown };
  if (typeof internals._write !== "function") {
    throw new Error(
      "conf has no _write to route through the verified writer: check conf's version",
    );
  }
  internals._write = (value: Record<string, unknown>) => writeFile(engine.path, serialize(value));
  return engine;
}
