import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];

/** A fresh folder for one test, removed after it. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-store-"));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  // A store's background work (the backup's check and copy after a save, in the thread
  // pool) may still be adding a file while the folder goes: ENOTEMPTY is tried again, and
  // asynchronously, so that the work's next steps (a temp file renamed) run meanwhile.
  for (const dir of made.splice(0)) {
    await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  }
});

export const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

export const listDir = (dir: string): string[] => fs.readdirSync(dir).sort();
