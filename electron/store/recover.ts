import path from "node:path";
import { fsyncDirectory, moveAside, replaceWithCopy } from "./atomic-file";
import type { VersionedDocument } from "./engine";
import type { DocumentFiles } from "./files";
import { readDocument } from "./read-document";
import type { DocumentReading } from "./read-document";
import type { ValidationMemo } from "./validation-memo";

export interface Recovered<T> {
  document: T;
  /** What went wrong and what was done about it, for the shell to tell the user. */
  problems: string[];
}

/**
 * Loads the document at open: the file if it is usable; otherwise the bad file is moved
 * aside (kept), the last good backup restored, or the defaults used if there is none.
 *
 * A file written by a newer app version (`parse` throws a NewerSchemaError) is not bad:
 * the error is thrown, with nothing moved or written, and the app must not start on it.
 *
 * A file that passes the full `parse` unchanged is recorded in the memo, so the next open of
 * the same bytes is spared it.
 */
export function recoverDocument<T extends VersionedDocument>(
  files: DocumentFiles,
  how: DocumentReading<T>,
  now: Date,
  memo?: ValidationMemo,
): Recovered<T> {
  const { defaults } = how;
  const main = readDocument(files.main, how, memo);
  if (main.kind === "ok") {
    // The backup is left as it is: copying 3 MB and syncing it here would add about as much
    // to every start as parsing does. The first write of the session validates the document
    // and refreshes the backup (backup.ts), and until then nothing can spoil the file.
    if (main.vouchable) memo?.record(main.vouchable);
    return { document: main.document, problems: [] };
  }

  // Read before anything is moved: a newer app's backup throws, and then nothing has changed.
  // Checked as the main file is: the memo vouches for bytes, whichever file holds them.
  const backup = readDocument(files.backup, how, memo);
  const problems: string[] = [];
  const mainName = path.basename(files.main);
  const backupName = path.basename(files.backup);
  if (main.kind === "bad") {
    const aside = moveAside(files.main, now);
    problems.push(`${mainName} could not be used (${main.reason}); it was kept as ${aside}.`);
  }

  if (backup.kind === "ok") {
    // Put the backup back in place now, so the app does not depend on it until its next save.
    replaceWithCopy(files.backup, files.main);
    fsyncDirectory(files.directory);
    if (backup.vouchable) memo?.record(backup.vouchable);
    problems.push(
      main.kind === "missing"
        ? `${mainName} was missing; the last good backup (${backupName}) was restored.`
        : `The last good backup (${backupName}) was restored.`,
    );
    return { document: backup.document, problems };
  }
  if (backup.kind === "bad") {
    const aside = moveAside(files.backup, now);
    problems.push(`${backupName} could not be used (${backup.reason}); it was kept as ${aside}.`);
  }
  if (problems.length > 0) {
    fsyncDirectory(files.directory);
    problems.push("No usable backup: the app started with default data.");
  }
  // Both missing is simply a first run.
  return { document: defaults(), problems };
}
