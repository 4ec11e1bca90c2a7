import fs from "node:fs";
import path from "node:path";
import { StorageWriteError } from "../../shared/app/texts/storage-faults";
import type { StoreNotice } from "../../shared/app/texts/storage-faults";
import { enStorage } from "../../shared/app/texts/storage-texts";
import type { WriterFs } from "./atomic-file";
import { commitFile, fsyncDirectory, moveAside, stageFile } from "./atomic-file";
import type { VersionedDocument } from "./engine";
import type { DocumentFiles } from "./files";
import { readStored } from "./read-stored";
import type { StoredRead, StoredReading } from "./read-stored";
import { segmentFile } from "./segments";
import type { Layout } from "./segments";
import type { ValidationMemo } from "./validation-memo";

export interface Recovered<T> {
  document: T;
  /** What went wrong and what was done about it, for the shell to tell the user. */
  notices: StoreNotice[];
  /** The notices in English, for the log. */
  problems: string[];
  /** The segments `jour.json` names now; undefined when it is a single file (or none). */
  layout?: Layout | undefined;
  /** The bytes of `jour.json` now (undefined: none, the defaults). */
  bytes?: Buffer | undefined;
}

/**
 * Loads the document at open: the file if it is usable; otherwise the bad file is moved
 * aside (kept), the last good backup restored, or the defaults used if there is none.
 *
 * A file written by a newer app version (`parse` throws a NewerSchemaError) is not bad:
 * the error is thrown, with nothing moved or written, and the app must not start on it. Any
 * I/O error (unreadable, read-only, no room to restore) is thrown too, having changed
 * nothing: the backup's copy is written and verified before the bad file is moved aside.
 *
 * A file that passes the full `parse` unchanged is recorded in the memo, so the next open of
 * the same bytes is spared it.
 */
export async function recoverDocument<T extends VersionedDocument>(
  files: DocumentFiles,
  how: StoredReading<T>,
  now: Date,
  memo?: ValidationMemo,
  io?: WriterFs,
): Promise<Recovered<T>> {
  const { defaults } = how;
  const main = await readStored(files.main, files.name, how, memo);
  if (main.kind === "ok") {
    // The backup is left as it is: copying 3 MB and syncing it here would add about as much
    // to every start as parsing does. The first write of the session validates the document
    // and refreshes the backup (backup.ts), and until then nothing can spoil the file.
    if (main.vouchable) memo?.record(main.vouchable.manifest, main.vouchable.segments);
    return { document: main.document, notices: [], problems: [], ...opened(main) };
  }

  // Read before anything is moved: a newer app's backup throws, and then nothing has changed.
  // Checked as the main file is: the memo vouches for bytes, whichever file holds them.
  const backup = await readStored(files.backup, `${files.name}.backup`, how, memo);
  const notices: StoreNotice[] = [];
  const mainName = path.basename(files.main);
  const backupName = path.basename(files.backup);
  // The backup's copy first, verified, in a temp file: on a full disk this throws before
  // anything was moved, and the app says so instead of starting without the data.
  // Its segments too (the backup keeps copies of its own), then the manifest.
  const restored = backup.kind === "ok" ? stageBackup(files, how, backup, io) : undefined;
  if (main.kind === "bad") {
    const keptAs = moveAside(files.main, now);
    notices.push({
      kind: "unusable",
      file: mainName,
      reason: main.reason,
      detail: main.detail,
      keptAs,
    });
    notices.push(...moveSegmentsAside(main.badFiles, main.detail, now));
  }

  if (backup.kind === "ok" && restored !== undefined) {
    // Put the backup back in place now, so the app does not depend on it until its next save;
    // the manifest last, once every segment it names is in place.
    for (const [temp, file] of restored) commitFile(temp, file, io);
    if (backup.vouchable) memo?.record(backup.vouchable.manifest, backup.vouchable.segments);
    notices.push({
      kind: "restored",
      file: mainName,
      backup: backupName,
      fileWasMissing: main.kind === "missing",
    });
    return { ...done(backup.document, notices), ...opened(backup) };
  }
  if (backup.kind === "bad") {
    const keptAs = moveAside(files.backup, now);
    notices.push({
      kind: "unusable",
      file: backupName,
      reason: backup.reason,
      detail: backup.detail,
      keptAs,
    });
    notices.push(...moveSegmentsAside(backup.badFiles, backup.detail, now));
  }
  if (notices.length > 0) {
    fsyncDirectory(files.directory);
    notices.push({ kind: "defaults" });
  }
  // Both missing is simply a first run.
  return done(defaults(), notices);
}

const opened = <T>(read: StoredRead<T> & { kind: "ok" }) => ({
  layout: read.layout,
  bytes: read.bytes,
});

/**
 * The backup's files staged (written, fsynced, verified) as the main document's: each
 * segment under its main name, then the manifest. Returns [temp, file] pairs to commit in
 * order; on failure (a full disk) removes what it staged and throws, having changed nothing.
 */
function stageBackup<T>(
  files: DocumentFiles,
  how: StoredReading<T>,
  backup: StoredRead<T> & { kind: "ok" },
  io: WriterFs | undefined,
): [string, string][] {
  const staged: [string, string][] = [];
  try {
    const member = how.split?.member ?? "";
    for (const record of backup.layout?.segments ?? []) {
      const from = segmentFile(files.directory, `${files.name}.backup`, member, record);
      const to = segmentFile(files.directory, files.name, member, record);
      staged.push([stageFile(to, fs.readFileSync(from), io), to]);
    }
    staged.push([stageFile(files.main, backup.bytes, io), files.main]);
    return staged;
  } catch (error) {
    for (const [temp] of staged) fs.rmSync(temp, { force: true });
    if (!(error instanceof StorageWriteError)) throw error;
    // The user restores the data, not one file of it: name jour.json and the room it all needs.
    const total =
      backup.bytes.length + (backup.layout?.segments ?? []).reduce((sum, s) => sum + s.bytes, 0);
    throw new StorageWriteError(
      files.main,
      files.directory,
      total,
      error.code,
      error.message,
      error.fault,
    );
  }
}

/** Damaged segment files moved aside (kept), with a notice each. */
function moveSegmentsAside(badFiles: string[], detail: string, now: Date): StoreNotice[] {
  return badFiles.map((file) => ({
    kind: "unusable",
    file: path.basename(file),
    reason: "invalid",
    detail,
    keptAs: moveAside(file, now),
  }));
}

const done = <T>(document: T, notices: StoreNotice[]): Recovered<T> => ({
  document,
  notices,
  problems: notices.map(enStorage.notice),
});
