// The document store: opening, repairing and writing jour.json and its year files share one
// state, so they stay in this one file (about 370 lines). docs/storage.md explains them.
import fs from "node:fs";
import path from "node:path";
import { NewerSchemaError } from "../../shared/app/texts/errors";
import type { StoragePort } from "../../shared/app/ports";
import { StorageWriteError } from "../../shared/app/texts/storage-faults";
import type { StoreNotice } from "../../shared/app/texts/storage-faults";
import { sweepTempFiles, writeFileVerified } from "./atomic-file";
import type { WriterFs } from "./atomic-file";
import { createBackupKeeper } from "./backup";
import { createWriteBatcher } from "./batcher";
import type { CreateStore, StoreEngine, VersionedDocument, WriteFile } from "./engine";
import { storeEngineOptions } from "./engine";
import { documentFiles } from "./files";
import type { DocumentFiles } from "./files";
import { writeFileVerifiedAsync } from "./async-file";
import { createMemberTexts } from "./json-writer";
import { createLayoutWriter } from "./layout-writer";
import type { LayoutWrite } from "./layout-writer";
import { isSegmentFile, layoutKey, readLayout, segmentFile } from "./segments";
import type { Layout, SplitOptions } from "./segments";
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
  /**
   * Splits the document's items (the incidents) into segment files by unit (year), so a
   * save writes only what changed: see segments.ts and docs/storage.md. Without it the
   * document is one file.
   */
  split?: SplitOptions | undefined;
  /** Told the items of a segment the memo vouches for, so that `parse` spares them. */
  vouchItems?: ((items: unknown[]) => void) | undefined;
  /**
   * Told the opened document while idle after the open, so that the check of the session's
   * first write (before it becomes the backup) reads only what changed: `parse` keeps what
   * it read (the incidents' ids, for the heavy user 40 ms of reading).
   */
  prepareParse?: ((document: T) => void) | undefined;
  /**
   * Names the check of one item (the incidents' schema): segments that passed it stay
   * vouched for in the memo across builds as long as it is the same (docs/storage.md).
   */
  itemValidatorId?: string | undefined;
}

/** The storage port of the app core, plus what the shell needs at quit. */
/**
 * Saved documents are immutable values: a year's file is written again only when one of its
 * incident objects is not the one saved before, and an unchanged incident's bytes are reused
 * (layout-writer.ts, segment-bytes.ts), so change an object by replacing it, never in place.
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
const defaultBackupIntervalMs = 60_000;

/**
 * Opens the document of `name` in `directory` (`name.json`, and with `split` the files of its
 * units that it names: docs/storage.md): loads it (or recovers, see `recoverDocument`) and
 * returns the repository that saves it. Throws the NewerSchemaError
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
  const { io, split } = options;
  const memo =
    options.validatorId === undefined
      ? undefined
      : openValidationMemo(
          files.checked,
          options.validatorId,
          log,
          (file, text) => writeFileVerifiedAsync(file, Buffer.from(text), io),
          options.itemValidatorId,
        );
  const recovered = await recoverDocument(files, options, new Date(), memo, io);
  const { document, notices, problems } = recovered;

  // Made at the first write: its constructor reads the whole file again (for nothing, see
  // storeEngineOptions). It turns the manifest into text; its write is captured and made by
  // the verified writer, off the main thread (layout-writer.ts).
  let engine: StoreEngine | undefined;
  let captured: string | undefined;
  let engineWrites = 0;
  const capture: WriteFile = (_file, text) => {
    captured = text;
    engineWrites++;
  };
  // The texts of the manifest's members are kept during a burst of edits, until the next
  // backup check (json-writer.ts).
  const memberTexts = createMemberTexts();
  const manifestText = (manifest: Record<string, unknown>): string => {
    engine ??= createEngine(createStore, files, (value) => memberTexts.write(value), capture);
    const before = engineWrites;
    captured = undefined;
    writeDocument(engine, manifest);
    const text = captured;
    captured = undefined;
    // An engine that wrote the file its own way (conf's atomically) could have written it
    // short: the save is not acknowledged.
    if (engineWrites === before || text === undefined) {
      throw new Error("The store engine bypassed the verified writer.");
    }
    return text;
  };
  const layouts = createLayoutWriter({
    directory: files.directory,
    stem: files.name,
    split,
    io,
    log,
    manifestText,
  });
  layouts.adopt(document, recovered.layout);
  let queued: Promise<unknown> = Promise.resolve();
  const queue = <R>(job: () => Promise<R>): Promise<R> => {
    const run = queued.then(job);
    queued = run.catch(() => undefined);
    return run;
  };

  if (recovered.layout === undefined && recovered.bytes !== undefined && splits(split, document)) {
    // A single file of an earlier Jour: kept as it is under a name of its own, then written
    // in the split layout (docs/storage.md). On a full disk the open fails, nothing replaced.
    const keptAs = keepBeforeSplit(files, recovered.bytes, new Date(), io);
    log(`Split ${files.main} into one file per year; the single file is kept as ${keptAs}.`);
    try {
      await layouts.write(document);
    } catch (error) {
      throw inStoreTerms(files, error);
    }
  } else if (recovered.layout !== undefined && notices.length === 0) {
    sweepOrphanSegments(files, split, recovered.layout);
  }

  const backup = createBackupKeeper({
    files,
    parse: options.parse,
    intervalMs: options.backupIntervalMs ?? defaultBackupIntervalMs,
    now: () => performance.now(), // monotonic: a clock set back must not stop the checks
    log,
    memo,
    writeFile: (file, bytes) => writeFileVerifiedAsync(file, bytes, io),
    queue,
    split,
    warn: options.onBackupFailed,
    checked: () => {
      layouts.trim();
      memberTexts.clear();
    },
  });
  let saved = false;
  prepareWhileIdle(
    () => {
      // The texts of the manifest's members (the alerts sent: 0.85 MB for the heavy user),
      // so the first save serializes only what it changed. (Not the engine: its constructor
      // makes the folder again if it is gone, and a store never saved must leave none.)
      memberTexts.write(withoutMember(document, split));
    },
    options.backupIntervalMs ?? defaultBackupIntervalMs,
    () => {
      // Nothing saved for a while after the open: what was made for the first save goes.
      if (saved) return;
      layouts.trim();
      memberTexts.clear();
    },
  );
  const { prepareParse } = options;
  // A task of its own, apart from the texts above: neither holds the thread long.
  if (prepareParse) setTimeout(() => prepareParse(document), 0).unref();
  const batcher = createWriteBatcher<T>(
    (next) =>
      queue(async () => {
        saved = true;
        let written: LayoutWrite;
        try {
          written = await layouts.write(next); // verified, renamed, the folder fsynced
        } catch (error) {
          throw inStoreTerms(files, error);
        }
        backup.written(next, written);
      }),
    options.batchDelayMs ?? defaultBatchDelayMs,
  );
  const store: DocumentStore<T> = {
    path: files.main,
    save: batcher.save,
    async flush() {
      await batcher.flush();
      await backup.settle();
      await memo?.settled();
    },
  };
  return { document, notices, problems, store };
}

/** Runs `prepare` once the open's work is done, and `expire` `forMs` later; neither keeps Node up. */
function prepareWhileIdle(prepare: () => void, forMs: number, expire: () => void): void {
  setTimeout(prepare, 0).unref();
  setTimeout(expire, forMs).unref();
}

/** The document's members but the split one (the incidents, which the manifest does not hold). */
function withoutMember(document: object, split: SplitOptions | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => key !== split?.member));
}

/**
 * The writer's own errors say which file and how much room; anything else (the engine's
 * folder) is put in the same terms for the user.
 */
function inStoreTerms(files: DocumentFiles, error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageWriteError(files.main, files.directory, 0, code, detail);
}

/** The layouts of the manifests moved aside (`jour.corrupt-….json`) that still read as JSON. */
function asideLayouts(files: DocumentFiles, split: SplitOptions): Layout[] {
  return fs.readdirSync(files.directory).flatMap((entry) => {
    if (!entry.startsWith(`${files.name}.corrupt-`) || !entry.endsWith(".json")) return [];
    try {
      const raw = JSON.parse(fs.readFileSync(path.join(files.directory, entry), "utf8")) as unknown;
      const layout = readLayout((raw as Record<string, unknown> | null)?.[layoutKey], split.member);
      return typeof layout === "string" ? [] : [layout];
    } catch {
      return [];
    }
  });
}

const splits = (split: SplitOptions | undefined, document: object): boolean =>
  split !== undefined && Array.isArray((document as Record<string, unknown>)[split.member]);

/** `jour.before-split-2026-12-01T03-00-00-000Z.json`: the single file as it was, verified. */
function keepBeforeSplit(
  files: DocumentFiles,
  bytes: Buffer,
  at: Date,
  io: WriterFs | undefined,
): string {
  const stamp = at.toISOString().replace(/[:.]/g, "-");
  for (let attempt = 0; ; attempt++) {
    const name = `${files.name}.before-split-${stamp}${attempt > 0 ? `-${attempt}` : ""}.json`;
    const file = path.join(files.directory, name);
    if (fs.existsSync(file)) continue;
    writeFileVerified(file, bytes, io); // byte for byte, a byte order mark and all
    return name;
  }
}

/**
 * Removes segment files that `jour.json` does not name: written by a save that was killed
 * before its manifest. Only after a clean open (after a recovery every file is kept), and
 * never one that a manifest moved aside (`jour.corrupt-….json`) names: it may hold newer
 * incidents than the backup that was restored, for someone to recover by hand.
 */
function sweepOrphanSegments(
  files: DocumentFiles,
  split: SplitOptions | undefined,
  layout: Layout,
): void {
  if (split === undefined) return;
  const named = new Set(
    [layout, ...asideLayouts(files, split)].flatMap((kept) =>
      kept.segments.map((record) =>
        path.basename(segmentFile(files.directory, files.name, split.member, record)),
      ),
    ),
  );
  for (const entry of fs.readdirSync(files.directory)) {
    if (isSegmentFile(files.name, split.member, entry) && !named.has(entry)) {
      fs.rmSync(path.join(files.directory, entry), { force: true });
    }
  }
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
