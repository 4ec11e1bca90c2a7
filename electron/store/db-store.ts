import fs from "node:fs";
import path from "node:path";
import type { DatabaseSync } from "node:sqlite";
import type { StoragePort } from "../../shared/app/ports";
import { NewerSchemaError } from "../../shared/app/texts/errors";
import type { StoreNotice } from "../../shared/app/texts/storage-faults";
import type { StorageWriteError } from "../../shared/app/texts/storage-faults";
import { backupsFolder } from "../backups/backups";
import { createWriteBatcher } from "./batcher";
import { saveError, systemCode } from "./db-faults";
import {
  buildDatabase,
  createDatabase,
  DamagedDatabase,
  installDatabase,
  keepAside,
  openForWrites,
  readDatabase,
} from "./db-file";
import { moveLegacyFiles, readLegacy } from "./db-legacy";
import { createRowWriter } from "./db-rows";
import { StoreOpenError } from "./open-errors";

/** A verified copy of the database to restore from (the backups' helper finds it). */
export interface FoundBackup {
  /** Absolute path of an SQLite file. */
  file: string;
  /** When it was taken, for the user's notice. */
  at: Date;
}

/**
 * The backups that pass SQLite's check, newest first (the backups' helper; it may check
 * each only when the store asks for the next). The store restores the first whose document
 * also passes Jour's check (`parse`).
 */
export type BackupFinder = (directory: string) => Iterable<FoundBackup>;

export interface JourStoreOptions<T> {
  /** The data folder (the app passes `app.getPath("userData")`). */
  directory: string;
  /** The database is `<name>.db`; the JSON layouts of earlier Jours were `<name>.json`. */
  name?: string;
  /** Migrates and validates what was read; throws an Error naming the field when invalid. */
  parse: (raw: unknown) => T;
  /** The document of a first run. */
  defaults: () => T;
  /** How long saves are coalesced before one transaction. */
  batchDelayMs?: number;
  log?: (message: string) => void;
  /**
   * Told once when a save fails (a full disk, an I/O error): the change stays in memory and
   * is tried again with the next change; told again only after a save succeeded meanwhile.
   */
  onSaveFailed?: ((error: StorageWriteError) => void) | undefined;
  /**
   * Finds the verified backups, newest first, when the database is damaged or missing beside
   * its backups (backups*.ts). Without a usable one, Jour starts from the defaults and says so.
   */
  findBackup?: BackupFinder | undefined;
  now?: () => Date;
}

/** The storage port of the app core, plus what the shell and the backups need. */
export interface JourStore<T> extends StoragePort<T> {
  /** The database file (absolute). */
  readonly path: string;
  /** The open connection (for `node:sqlite`'s backup()); valid until `close`. */
  readonly database: DatabaseSync;
  /** Writes what is pending (at quit); rejects when it cannot be saved. */
  flush(): Promise<void>;
  /** Told after each committed transaction (the backups are taken from there). */
  onCommitted(listener: () => void): () => void;
  /** Flushes and closes the connection (a checkpoint: the WAL is folded into the file). */
  close(): Promise<void>;
}

export interface OpenedStore<T> {
  document: T;
  /** What the open did about a file it could not use, for the user. */
  notices: StoreNotice[];
  /** The same, for the log. */
  problems: string[];
  store: JourStore<T>;
}

/**
 * Opens `jour.db` (docs/storage.md): migrating the JSON layout of an earlier Jour on first
 * open, keeping a damaged database aside and restoring the newest verified backup. Jour
 * deletes no file of the user's: what it cannot use is renamed aside. Throws a
 * StoreOpenError when the folder or file cannot be read or written at all (nothing was
 * changed: the app may try again), a NewerSchemaError for a newer Jour's data.
 */
export async function openJourStore<T extends object>(
  options: JourStoreOptions<T>,
): Promise<OpenedStore<T>> {
  const name = options.name ?? "jour";
  const directory = path.resolve(options.directory);
  const file = path.join(directory, `${name}.db`);
  try {
    return openIn(options, directory, name, file);
  } catch (error) {
    if (error instanceof NewerSchemaError || error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(directory, file, inSystemTerms(error));
  }
}

/** SQLite's error (writing a new database on a full disk) with the system's code for it. */
function inSystemTerms(error: unknown): unknown {
  if (typeof (error as { errcode?: unknown } | null)?.errcode !== "number") return error;
  const message = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(message, { cause: error }), { code: systemCode(error) });
}

function openIn<T extends object>(
  options: JourStoreOptions<T>,
  directory: string,
  name: string,
  file: string,
): OpenedStore<T> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const notices: StoreNotice[] = [];
  const problems: string[] = [];
  fs.mkdirSync(directory, { recursive: true });

  if (!databaseIsThere(file)) {
    // A WAL without its database (a kill while renaming aside) must never meet a new one.
    if (fs.existsSync(`${file}-wal`)) keepAside(file, now());
    const legacy = readLegacy(directory, name, options.parse);
    if (legacy !== null) {
      const raw = legacy.raw ?? (options.defaults() as unknown);
      // The document as it will be used: checked, brought to the current version.
      createDatabase(file, options.parse(raw) as Record<string, unknown>);
      notices.push(...legacy.notices);
      problems.push(...legacy.problems);
    } else {
      // Never silently empty while a good backup exists (jour.db deleted, lost by a sync).
      const replacement = replacementFor(options, file, true);
      installDatabase(replacement.temp, file);
      const missing = path.basename(file);
      if (replacement.notice.kind === "restored") {
        notices.push(replacement.notice);
        problems.push(`${missing} was missing; ${replacement.notice.backup} was restored.`);
      } else if (hadData(directory, name)) {
        notices.push({ kind: "missing", file: missing }, replacement.notice);
        problems.push(`${missing} was missing and no backup could be used: the defaults.`);
      }
    }
  }
  // The JSON layout moved out of the way, also when a kill came after the rename above.
  const moved = moveLegacyFiles(directory, name, now());
  if (moved !== null) log(`The JSON files of an earlier Jour were moved into ${moved}.`);

  let document: T | undefined;
  let raw: Record<string, unknown> | undefined;
  let unusable: string | undefined;
  try {
    raw = readDatabase(file);
  } catch (error) {
    // Anything else (a folder that cannot be read) is the open's failure: nothing renamed.
    if (!(error instanceof DamagedDatabase)) throw error;
    unusable = error.message;
  }
  if (raw !== undefined) {
    try {
      document = options.parse(raw);
    } catch (error) {
      if (error instanceof NewerSchemaError) throw error;
      unusable = `invalid data: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (document === undefined) {
    const detail = unusable ?? "unreadable";
    // The replacement is made and verified first: a failure until its rename (a full disk)
    // leaves the damaged file where it was, for the next try.
    const replacement = replacementFor(options, file);
    const keptAs = path.basename(keepAside(file, now()));
    installDatabase(replacement.temp, file);
    problems.push(`${path.basename(file)}: ${detail}; kept as ${keptAs}.`);
    notices.push(
      { kind: "unusable", file: path.basename(file), reason: "damaged", detail, keptAs },
      replacement.notice,
    );
    document = replacement.document;
    raw = undefined;
  }

  const db = openForWrites(file);
  // A document the check brought to a newer version is written in full, once: the rows
  // left as they were would be read as the old version again.
  const migrated = raw !== undefined && raw["schemaVersion"] !== versionOf(document);
  const store = createStore(options, file, db, document, migrated);
  return { document, notices, problems, store };
}

/**
 * Whether `file` is there (a symbolic link to a database counts: it is opened through the
 * link, which stays). A link whose target cannot be reached (an unmounted disk) is refused
 * by name: a new database would replace the link, and the data it points to.
 */
function databaseIsThere(file: string): boolean {
  let link: boolean;
  try {
    link = fs.lstatSync(file).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
  if (link) {
    try {
      fs.statSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const target = fs.readlinkSync(file);
      const reason = new Error(`it is a link to ${target}, which cannot be reached (${code})`);
      throw new StoreOpenError(path.dirname(file), file, Object.assign(reason, { code }));
    }
  }
  return true;
}

/**
 * Whether the data folder shows that Jour kept data here before (a file kept aside, the
 * backups folder, the JSON files an earlier Jour's migration moved): then a missing jour.db
 * is said, and only a true first run starts from the defaults silently.
 */
function hadData(directory: string, name: string): boolean {
  return fs
    .readdirSync(directory)
    .some(
      (entry) =>
        entry.startsWith(`${name}.damaged-`) ||
        entry.startsWith(`${name}-json-`) ||
        path.join(directory, entry) === backupsFolder(directory),
    );
}

const versionOf = (document: object): unknown =>
  (document as { schemaVersion?: unknown }).schemaVersion;

interface Replacement<T> {
  document: T;
  /** The new database, built and verified beside the file it is to replace. */
  temp: string;
  notice: StoreNotice;
}

/**
 * The new database for `file`, built as `<file>.new` (see buildDatabase) but not yet in its
 * place: from the newest backup whose document passes Jour's check (one that passes
 * SQLite's check but not Jour's is passed over for the next older one), or from the defaults.
 */
function replacementFor<T>(
  options: JourStoreOptions<T>,
  file: string,
  fileWasMissing = false,
): Replacement<T> {
  for (const found of options.findBackup?.(path.dirname(file)) ?? []) {
    let document: T;
    try {
      document = options.parse(readDatabase(found.file));
    } catch (error) {
      if (error instanceof NewerSchemaError) throw error;
      options.log?.(`The backup ${found.file} could not be used: ${String(error)}`);
      continue;
    }
    // Copied, not moved: the backup stays a backup.
    const temp = buildDatabase(file, document as Record<string, unknown>);
    const notice: StoreNotice = {
      kind: "restored",
      file: path.basename(file),
      backup: path.basename(found.file),
      fileWasMissing,
      at: found.at.getTime(),
    };
    return { document, temp, notice };
  }
  const document = options.defaults();
  const temp = buildDatabase(file, document as Record<string, unknown>);
  return { document, temp, notice: { kind: "defaults" } };
}

function createStore<T extends object>(
  options: JourStoreOptions<T>,
  file: string,
  db: DatabaseSync,
  document: T,
  migrated: boolean,
): JourStore<T> {
  const writer = createRowWriter(db);
  if (migrated) {
    writer.adopt({});
    try {
      writer.write(document as Record<string, unknown>);
    } catch (error) {
      db.close();
      throw error;
    }
  } else {
    writer.adopt(document as Record<string, unknown>);
  }
  const listeners = new Set<() => void>();
  let told = false;
  const batcher = createWriteBatcher<T>((next) => {
    try {
      writer.write(next as Record<string, unknown>); // one transaction, rolled back on failure
    } catch (error) {
      const failure = saveError(file, error);
      options.log?.(failure.message);
      if (!told) {
        told = true;
        options.onSaveFailed?.(failure);
      }
      throw failure;
    }
    told = false;
    // The save is committed: a listener's failure is its own, never the save's.
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        options.log?.(`After a commit: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }, options.batchDelayMs ?? 200);
  let closed = false;
  return {
    path: file,
    database: db,
    save: batcher.save,
    flush: batcher.flush,
    onCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      await batcher.flush();
      closed = true;
      db.close();
    },
  };
}
