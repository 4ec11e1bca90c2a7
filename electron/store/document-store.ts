import fs from "node:fs";
import path from "node:path";
import type { StoragePort } from "../../shared/app/ports";
import { fsyncDirectory, sweepTempFiles } from "./atomic-file";
import { createBackupKeeper } from "./backup";
import type { BackupKeeper } from "./backup";
import { createWriteBatcher } from "./batcher";
import type { CreateStore, StoreEngine, VersionedDocument } from "./engine";
import { storeEngineOptions } from "./engine";
import { documentFiles } from "./files";
import type { DocumentFiles } from "./files";
import { recoverDocument } from "./recover";

export interface DocumentStoreOptions<T> {
  /** The folder of the file (the app passes `app.getPath("userData")`). */
  directory: string;
  /** File name without `.json`. */
  name: string;
  /** Migrates and validates what was read; throws an Error naming the field when invalid. */
  parse: (raw: unknown) => T;
  /** The document of a first run. */
  defaults: () => T;
  /** The engine; electron-store unless given (plain Node passes conf). */
  createStore?: CreateStore;
  /** How long saves are coalesced before one write. */
  batchDelayMs?: number;
  /** The backup is refreshed (after a full `parse`) at most this often; see backup.ts. */
  backupIntervalMs?: number;
  /** Told when a saved document fails `parse` (and so was not made the backup). */
  log?: (message: string) => void;
}

/** The storage port of the app core, plus what the shell needs at quit. */
export interface DocumentStore<T> extends StoragePort<T> {
  readonly path: string;
  /** Writes any pending save now; call before quitting. */
  flush(): Promise<void>;
}

export interface OpenedDocument<T> {
  document: T;
  /** Empty unless the file was bad or missing and something was restored: tell the user. */
  problems: string[];
  store: DocumentStore<T>;
}

const defaultBatchDelayMs = 200;
const defaultBackupIntervalMs = 60_000;

/**
 * Opens the one document file of `name` in `directory`: loads it (or recovers, see
 * `recoverDocument`) and returns the repository that saves it. Throws the NewerSchemaError
 * of `parse` when the file is a newer app version's: then nothing was moved or written, and
 * there is no repository, so nothing can be saved over it.
 */
export async function openDocumentStore<T extends VersionedDocument>(
  options: DocumentStoreOptions<T>,
): Promise<OpenedDocument<T>> {
  // Loaded only when needed, so plain-Node callers that pass an engine never load electron.
  const createStore =
    options.createStore ?? (await import("./electron-store-engine")).createElectronStore;
  const files = documentFiles(options.directory, options.name);
  fs.mkdirSync(files.directory, { recursive: true });
  sweepTempFiles(files);
  const { document, problems } = recoverDocument(
    files,
    options.parse,
    options.defaults,
    new Date(),
  );

  // Made at the first write: its constructor reads the whole file, which we just did.
  let engine: StoreEngine | undefined;
  const backup = createBackupKeeper({
    files,
    parse: options.parse,
    intervalMs: options.backupIntervalMs ?? defaultBackupIntervalMs,
    now: () => Date.now(),
    log: options.log ?? (() => undefined),
  });
  const batcher = createWriteBatcher<T>((next) => {
    engine ??= createEngine(createStore, files);
    writeDocument(engine, files, next, backup);
  }, options.batchDelayMs ?? defaultBatchDelayMs);
  return { document, problems, store: { path: files.main, ...batcher } };
}

function createEngine(createStore: CreateStore, files: DocumentFiles): StoreEngine {
  const engine = createStore(storeEngineOptions(files.directory, files.name));
  if (path.resolve(engine.path) !== files.main) {
    throw new Error(`The store engine writes ${engine.path}, expected ${files.main}.`);
  }
  return engine;
}

/** One durable write: the file (atomic, fsynced by conf), then its backup, then the folder. */
function writeDocument<T extends object>(
  engine: StoreEngine,
  files: DocumentFiles,
  document: T,
  backup: BackupKeeper<T>,
): void {
  // Before each write conf reads the old file back unless the new value has its
  // `__internal__` key (to carry its migration bookkeeping over). We keep none, so the key
  // is present but undefined: conf skips the read, and JSON leaves the key out of the file.
  engine.store = { ...document, __internal__: undefined };
  backup.written(document);
  fsyncDirectory(files.directory);
}
