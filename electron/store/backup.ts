import { replaceWithCopy } from "./atomic-file";
import type { DocumentFiles } from "./files";

export interface BackupKeeperOptions<T> {
  files: DocumentFiles;
  /** The store's `parse`: only a document it accepts may become the backup. */
  parse: (raw: unknown) => T;
  /** At most one check (a full `parse`) per this long. */
  intervalMs: number;
  now: () => number;
  log: (message: string) => void;
}

export interface BackupKeeper<T> {
  /** Call after `document` was written to the file; the caller fsyncs the folder. */
  written(document: T): void;
}

/**
 * Keeps the backup the last GOOD file: the file is copied over it only after the document
 * it holds passed `parse`, so one bad write (a bug in the app) can never spoil both copies;
 * the next open moves the bad file aside and restores the backup. Validating ten years of
 * data costs about as much as writing them, so it runs at most once per `intervalMs` (the
 * first write after open, then the first after each interval), so a backup that lags, or
 * one an older version copied without checking, is caught up at the first write.
 */
export function createBackupKeeper<T>(options: BackupKeeperOptions<T>): BackupKeeper<T> {
  const { files, parse, intervalMs, now, log } = options;
  let nextCheckAt = -Infinity;
  return {
    written(document) {
      if (now() < nextCheckAt) return;
      nextCheckAt = now() + intervalMs;
      try {
        parse(document);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`The saved data fails validation (${reason}); the backup keeps the last good.`);
        return;
      }
      replaceWithCopy(files.main, files.backup);
    },
  };
}
