import fs from "node:fs";
import path from "node:path";
import { webcrypto } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { DocumentFiles } from "./files";
import type { LayoutWrite } from "./layout-writer";
import { isSegmentFile, segmentFile } from "./segments";
import type { SplitOptions } from "./segments";
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
  /** The store's verified writer (async-file.ts): a backup is never a cut-off copy. */
  writeFile: (file: string, bytes: Uint8Array) => Promise<void>;
  /** Runs a job after the store's writes under way, and before later ones. */
  queue: <R>(job: () => Promise<R>) => Promise<R>;
  split?: SplitOptions | undefined;
  /** Told once when the backup cannot be written (a full disk), again after a success. */
  warn?: ((error: unknown) => void) | undefined;
  /** Told after each check (whatever its outcome). */
  checked?: (() => void) | undefined;
}

export interface BackupKeeper<T> {
  /** Call after `document` was written as `write` (jour.json's text and its segments). */
  written(document: T, write: LayoutWrite): void;
  /**
   * Checks the last write now if it was not yet: at quit, so that the backup is current
   * and the next open can trust the file without checking it again.
   */
  settle(): Promise<void>;
}

const sha256Of = async (bytes: Uint8Array): Promise<string> =>
  Buffer.from(await webcrypto.subtle.digest("SHA-256", bytes)).toString("hex");

/**
 * Keeps the backup the last GOOD document: a write becomes the backup only after the
 * document it holds passed `parse`, so one bad write (a bug in the app) can never spoil both
 * copies; the next open moves the bad file aside and restores the backup.
 *
 * The backup is a set of files of its own: `jour.backup.json` (the manifest's very text) and
 * a copy of each segment it names, `jour.backup.incidents-2019.<sha256>.json`, so a damaged
 * segment file of the document can be restored too. Segments are named by content, so a
 * closed year's copy is written once; each is copied from the document's segment file and
 * checked against the SHA-256 the manifest records before it is written (verified).
 *
 * The check runs for the session's first write, then at most once per `intervalMs`, and for
 * the last write at quit. It runs as a job of the store's queue, after the write, so it
 * always sees the segment files of the write it backs up (a later write cannot remove them
 * meanwhile), and the files are written off the main thread.
 */
export function createBackupKeeper<T>(options: BackupKeeperOptions<T>): BackupKeeper<T> {
  const { files, parse, intervalMs, now, log, memo, writeFile, queue, split, warn, checked } =
    options;
  const backupStem = `${files.name}.backup`;
  let failing = false;
  let nextCheckAt = -Infinity;
  let unchecked: { document: T; write: LayoutWrite } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Backup segment files known to hold what their name says (written or read this session).
  const present = new Set<string>();

  const backUp = async (write: LayoutWrite): Promise<void> => {
    const member = split?.member ?? "";
    const named = new Set<string>();
    for (const record of write.layout?.segments ?? []) {
      const copy = segmentFile(files.directory, backupStem, member, record);
      named.add(copy);
      if (present.has(copy)) continue;
      const existing = await fs.promises.readFile(copy).catch(() => undefined);
      if (existing === undefined || (await sha256Of(existing)) !== record.sha256) {
        const source = segmentFile(files.directory, files.name, member, record);
        const bytes = await fs.promises.readFile(source);
        if ((await sha256Of(bytes)) !== record.sha256) {
          throw new Error(`${source} does not hold what the data names (damaged)`);
        }
        await writeFile(copy, bytes);
      }
      present.add(copy);
    }
    // Last, as for the document: the backup's manifest names only copies in place.
    await writeFile(files.backup, Buffer.from(write.text));
    for (const entry of await fs.promises.readdir(files.directory)) {
      const file = path.join(files.directory, entry);
      if (split === undefined || !isSegmentFile(backupStem, member, entry)) continue;
      if (named.has(file)) continue;
      present.delete(file);
      await fs.promises.rm(file, { force: true }).catch(() => undefined);
    }
  };

  const check = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    return queue(async () => {
      const written = unchecked;
      if (written === undefined) return;
      try {
        await checkAndBackUp(written);
      } finally {
        checked?.();
      }
    });
  };

  const checkAndBackUp = async (written: { document: T; write: LayoutWrite }): Promise<void> => {
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
      await backUp(written.write);
      failing = false;
      // Only for a document that parse returns unchanged, as at open (read-stored.ts).
      const segments = written.write.layout?.segments.map((segment) => segment.sha256);
      if (unchanged) memo?.record(digestOf(written.write.text), segments);
    } catch (error) {
      // The document itself is saved; the backup stays the previous good one, tried again.
      unchecked ??= written;
      log(
        `Could not refresh the backup: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!failing) warn?.(error);
      failing = true;
    }
  };

  return {
    written(document, write) {
      unchecked = { document, write };
      if (timer === undefined && now() >= nextCheckAt) {
        timer = setTimeout(() => void check(), 0);
      }
    },
    settle: check,
  };
}
