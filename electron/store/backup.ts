import { isDeepStrictEqual } from "node:util";
import type { WriteFile } from "./engine";
import type { DocumentFiles } from "./files";
import type { ValidationMemo } from "./validation-memo";
import { digestOf } from "./validation-memo";

export interface BackupKeeperOptions<T> {
  files: DocumentFiles;
  /** The store's `parse`: only a document it accepts may become the backup. */
  parse: (raw: unknown) => T;
  /** At most one check (a `parse`) per this long. */
  intervalMs: number;
  now: () => number;
  log: (message: string) => void;
  /** Told the digest of each file content that passed the check (when there is a memo). */
  memo?: ValidationMemo | undefined;
  /** The store's verified writer (atomic-file.ts): a backup is never a cut-off copy. */
  writeFile: WriteFile;
  /** Told once when the backup cannot be written (a full disk), again after a success. */
  warn?: ((error: unknown) => void) | undefined;
}

export interface BackupKeeper<T> {
  /** Call after `document` was written to the file as `text`. */
  written(document: T, text: string): void;
  /**
   * Checks the last write now if it was not yet: at quit, so that the backup is current
   * and the next open can trust the file without checking it again.
   */
  settle(): void;
}

/**
 * Keeps the backup the last GOOD file: a written text becomes the backup only after the
 * document it holds passed `parse`, so one bad write (a bug in the app) can never spoil both
 * copies; the next open moves the bad file aside and restores the backup.
 *
 * The check runs for the session's first write, then at most once per `intervalMs`, and for
 * the last write at quit. It runs in a task of its own just after the write, not inside it,
 * so neither the save nor the check holds the main process long enough to be felt. It checks
 * the latest write, and writes the backup from that write's own text (not by copying the
 * file, which a later write may have changed meanwhile).
 */
export function createBackupKeeper<T>(options: BackupKeeperOptions<T>): BackupKeeper<T> {
  const { files, parse, intervalMs, now, log, memo, writeFile, warn } = options;
  let failing = false;
  let nextCheckAt = -Infinity;
  let unchecked: { document: T; text: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const written = unchecked;
    if (written === undefined) return;
    unchecked = undefined;
    nextCheckAt = now() + intervalMs;
    let unchanged: boolean;
    try {
      const output = parse(written.document);
      // Cheap for the store's incremental parse: the incidents it spared are the same objects.
      unchanged = memo !== undefined && isDeepStrictEqual(output, written.document);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`The saved data fails validation (${reason}); the backup keeps the last good.`);
      return;
    }
    try {
      // Written in full, fsynced, verified, then renamed; or the previous backup stays.
      writeFile(files.backup, written.text);
      failing = false;
      // The digest of the text as UTF-8: the bytes of the file too, unless a later write
      // replaced them, and then the memo simply vouches for nothing on disk. Only for a
      // document that parse returns unchanged, as at open (read-document.ts).
      if (unchanged) memo?.record(digestOf(written.text));
    } catch (error) {
      // The file itself is safe; the backup stays the previous good one. Tried again later.
      unchecked ??= written;
      log(
        `Could not refresh the backup: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!failing) warn?.(error);
      failing = true;
    }
  };

  return {
    written(document, text) {
      unchecked = { document, text };
      if (timer === undefined && now() >= nextCheckAt) timer = setTimeout(check, 0);
    },
    settle: check,
  };
}
