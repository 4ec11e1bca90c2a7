import fs from "node:fs";
import path from "node:path";
import { writeFileSync } from "atomically";
import { asideName, isTempFile } from "./files";
import type { DocumentFiles } from "./files";

/**
 * Makes renames in `directory` durable. atomically (conf's writer) fsyncs the temp file
 * before renaming it over the target but not the directory, so without this a power loss
 * could bring back the old file after a save was acknowledged.
 */
export function fsyncDirectory(directory: string): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === "win32") return;
  const fd = fs.openSync(directory, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `to` with a copy of `from`, atomically, with the writer every other file of the
 * store goes through (atomically: temp file, fsync, rename). A real copy rather than a hard
 * link, so an in-place edit of one file (a text editor) cannot damage the other. The caller
 * fsyncs the directory.
 */
export function replaceWithCopy(from: string, to: string): void {
  writeFileSync(to, fs.readFileSync(from));
}

/** Renames a bad file out of the way (never deletes it); returns the new file name. */
export function moveAside(file: string, at: Date): string {
  const stem = path.basename(file, ".json");
  for (let attempt = 0; ; attempt++) {
    const target = path.join(path.dirname(file), asideName(stem, at, attempt));
    if (!fs.existsSync(target)) {
      fs.renameSync(file, target);
      return path.basename(target);
    }
  }
}

/** Removes temp files that a killed write left behind (the real file is intact). */
export function sweepTempFiles(files: DocumentFiles): void {
  for (const entry of fs.readdirSync(files.directory)) {
    if (isTempFile(files, entry)) fs.rmSync(path.join(files.directory, entry), { force: true });
  }
}
