import fs from "node:fs";
import path from "node:path";
import { NewerSchemaError } from "../../shared/app/errors";
import type { StoragePort } from "../../shared/app/ports";
import { StorageWriteError } from "../../shared/app/storage-faults";
import type { StoreNotice } from "../../shared/app/storage-faults";
import { sweepTempFiles, writeFileVerified } from "./atomic-file";
import type { WriterFs } from "./atomic-file";
import { createBackupKeeper } from "./backup";
import { createWriteBatcher } from "./batcher";
import type { CreateStore, StoreEngine, VersionedDocument, WriteFile } from "./engine";
import { storeEngineOptions } from "./engine";
import { documentFiles } from "./files";
import type { DocumentFiles } from "./files";
import { createJsonWriter } from "./json-writer";
import type { JsonWriter } from "./json-writer";
import { StoreOpenError } from "./open-errors";
import { recoverDocument } from "./recover";
import { openValidationMemo } from "./validation-memo";

export interface DocumentStoreOptions<T> {
  /** The folder of the file (the app passes `app.getPath("userData")`). */
  directory: string;
  /** File name without `.json`. */
  name: string;
  /** Migrates and validates what was read; throws an Error naming the field when invalid. */
  parse: (raw: unknown) => T;
  /** Takes what the validation memo vouched for, unchecked; by default, as it is. */
  trust?: (raw: unknown) => T;
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
  /**
   * Names this build's `parse` (the shell passes a digest of its bundle). Given, the store
   * remembers which file content this build validated, and an open of those same bytes
   * skips the full check (validation-memo.ts); without it every open checks in full.
   */
  validatorId?: string | undefined;
  /**
   * Told (once, until a backup is written again) when the backup cannot be refreshed: the
   * document itself is saved, but the disk is filling up. Save failures reject the save.
   */
  onBackupFailed?: ((error: unknown) => void) | undefined;
  /** The file system every file is written through; tests inject faults (a short write). */
  io?: WriterFs | undefined;
}

/** The storage port of the app core, plus what the shell needs at quit. */
/**
 * Saved documents are immutable values: the objects in a document's top-level arrays are
 * serialized once and their text reused while the same object is saved again
 * (json-writer.ts), so change an object by replacing it, never in place.
 */
export interface DocumentStore<T> extends StoragePort<T> {
  readonly path: string;
  /** Writes any pending save now and validates the last write; call before quitting. */
  flush(): Promise<void>;
}

export interface OpenedDocument<T> {
  document: T;
  /** Empty unless the file was bad or missing and something was restored: tell the user. */
  notices: StoreNotice[];
  /** The notices in English, for the log. */
  problems: string[];
  store: DocumentStore<T>;
}

const defaultBatchDelayMs = 200;
/** Incidents serialized per slice at start: a few ms each. */
const sliceSize = 250;
const defaultBackupIntervalMs = 60_000;

/**
 * Opens the one document file of `name` in `directory`: loads it (or recovers, see
 * `recoverDocument`) and returns the repository that saves it. Throws the NewerSchemaError
 * of `parse` (a NewerFileError, naming the file) when the file is a newer app version's, and
 * a StoreOpenError when a file cannot be read or the backup not restored (unreadable, a
 * folder in the way, read-only, a full disk): then nothing was moved or written, and there
 * is no repository, so nothing can be saved over it.
 *
 * Every file is written by the verified writer (atomic-file.ts): a save that fails (a full
 * disk) rejects with a StorageWriteError and leaves the file and its backup as they were.
 */
export async function openDocumentStore<T extends VersionedDocument>(
  options: DocumentStoreOptions<T>,
): Promise<OpenedDocument<T>> {
  const files = documentFiles(options.directory, options.name);
  try {
    return await openFiles(files, options);
  } catch (error) {
    if (error instanceof NewerSchemaError) throw error;
    throw new StoreOpenError(files.directory, files.main, error);
  }
}

async function openFiles<T extends VersionedDocument>(
  files: DocumentFiles,
  options: DocumentStoreOptions<T>,
): Promise<OpenedDocument<T>> {
  // Loaded only when needed, so plain-Node callers that pass an engine never load electron.
  const createStore =
    options.createStore ?? (await import("./electron-store-engine")).createElectronStore;
  fs.mkdirSync(files.directory, { recursive: true });
  sweepTempFiles(files);
  const log = options.log ?? (() => undefined);
  const { io } = options;
  let verifiedWrites = 0;
  const writeFile: WriteFile = (file, text) => {
    writeFileVerified(file, text, io);
    verifiedWrites++;
  };
  const memo =
    options.validatorId === undefined
      ? undefined
      : openValidationMemo(files.checked, options.validatorId, log, writeFile);
  const { document, notices, problems } = recoverDocument(files, options, new Date(), memo, io);

  // Not made at open: its constructor reads the whole file again (for nothing, see
  // storeEngineOptions), which would add to the load. It is made while idle after it, or by
  // the first write if that comes sooner.
  let engine: StoreEngine | undefined;
  const writer = createJsonWriter();
  let lastText = "";
  const serialize = (value: Record<string, unknown>): string => (lastText = writer.write(value));
  const engineNow = (): StoreEngine =>
    (engine ??= createEngine(createStore, files, serialize, writeFile));
  prepareInSlices(writer, document, () => {
    try {
      engineNow();
    } catch {
      // The first write makes it again, and reports what goes wrong to the one who saved.
    }
  });
  const backup = createBackupKeeper({
    files,
    parse: options.parse,
    intervalMs: options.backupIntervalMs ?? defaultBackupIntervalMs,
    now: () => performance.now(), // monotonic: a clock set back must not stop the checks
    log,
    memo,
    writeFile,
    warn: options.onBackupFailed,
  });
  const batcher = createWriteBatcher<T>((next) => {
    try {
      const before = verifiedWrites;
      writeDocument(engineNow(), next); // verified, renamed, the folder fsynced
      // An engine that wrote the file its own way (conf's atomically) could have written it
      // short: the save is not acknowledged.
      if (verifiedWrites === before)
        throw new Error("The store engine bypassed the verified writer.");
    } catch (error) {
      // The writer's own errors say which file and how much room; anything else (the
      // engine's folder) is put in the same terms for the user.
      if (error instanceof StorageWriteError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const detail = error instanceof Error ? error.message : String(error);
      throw new StorageWriteError(files.main, files.directory, 0, code, detail);
    }
    backup.written(next, lastText);
  }, options.batchDelayMs ?? defaultBatchDelayMs);
  const store: DocumentStore<T> = {
    path: files.main,
    save: batcher.save,
    async flush() {
      await batcher.flush();
      backup.settle();
    },
  };
  return { document, notices, problems, store };
}

/**
 * Without this the session's first save would serialize every incident at once (a visible
 * pause with years of data): the texts are made ahead, a slice at a time while the app is
 * idle at start. A save before they are done makes the rest itself.
 */
function prepareInSlices(writer: JsonWriter, document: object, then: () => void): void {
  const slice = (): void => {
    if (writer.prepare(document as Record<string, unknown>, sliceSize)) schedule();
    else then();
  };
  const schedule = (): void => {
    setTimeout(slice, 0).unref();
  };
  schedule();
}

function createEngine(
  createStore: CreateStore,
  files: DocumentFiles,
  serialize: (value: Record<string, unknown>) => string,
  writeFile: WriteFile,
): StoreEngine {
  const engine = createStore(storeEngineOptions(files.directory, files.name, serialize), writeFile);
  if (path.resolve(engine.path) !== files.main) {
    throw new Error(`The store engine writes ${engine.path}, expected ${files.main}.`);
  }
  return engine;
}

/** One write of the file, through the engine and so the verified writer. */
function writeDocument<T extends object>(engine: StoreEngine, document: T): void {
  // Before each write conf reads the old file back unless the new value has its
  // `__internal__` key (to carry its migration bookkeeping over). We keep none, so the key
  // is present but undefined: conf skips the read, and JSON leaves the key out of the file.
  engine.store = { ...document, __internal__: undefined };
}
