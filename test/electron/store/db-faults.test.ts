import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCrashWriter } from "./fixtures/build-crash-writer";
import { openJour } from "./fixtures/jour-store";
import { tempDir } from "./fixtures/temp-dir";

const run = promisify(execFile);
let buildDir = "";
let writer = "";

beforeAll(async () => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-fault-writer-"));
  writer = await buildCrashWriter(buildDir);
}, 30_000);

afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

const seqOf = (notes: string | undefined) => Number(/^seq (\d+)/.exec(notes ?? "")?.[1] ?? 0);

/**
 * The writer under `strace -e inject`: from the `when`th call on, `syscalls` fail with
 * `error` (strace is in .ci/run's packages; without it this test fails, it is never skipped).
 */
async function underFault(directory: string, syscalls: string, error: string, when: number) {
  const result = await run(
    "strace",
    [
      "-f",
      "-o",
      "/dev/null",
      "-e",
      `trace=${syscalls}`,
      "-e",
      `inject=${syscalls}:error=${error}:when=${when}+`,
    ].concat([process.execPath, writer, directory, "8"]),
  ).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? "" }));
  const lines = result.stdout.split("\n").filter((line) => line !== "");
  const acks = lines.filter((line) => /^\d+$/.test(line)).map(Number);
  return {
    acknowledged: acks.at(-1) ?? 0,
    failed: lines.find((line) => line.startsWith("failed")),
  };
}

describe("injected ENOSPC and EIO on write and fsync (strace)", () => {
  // SQLite reports any failed fsync as SQLITE_IOERR_FSYNC (node:sqlite gives no errno), so
  // the user is told of an I/O error there.
  const faults: [string, string, string][] = [
    ["pwrite64", "ENOSPC", "ENOSPC"],
    ["pwrite64", "EIO", "EIO"],
    ["fsync,fdatasync", "EIO", "EIO"],
    ["fsync,fdatasync", "ENOSPC", "EIO"],
  ];
  for (const [syscalls, error, reported] of faults) {
    it(`${error} on ${syscalls} at 20 points: saves refused in its terms, none acknowledged lost`, async () => {
      const directory = tempDir();
      let acknowledged = 0;
      const told = new Set<string>();
      for (let point = 0; point < 20; point++) {
        // Early points hit the open (and the making of the database), later ones the saves.
        const when = 1 + point * (syscalls === "pwrite64" ? 7 : 2);
        const outcome = await underFault(directory, syscalls, error, when);
        if (outcome.failed !== undefined) told.add(outcome.failed);
        acknowledged = Math.max(acknowledged, outcome.acknowledged);
        // Opened again without faults: clean, and holding every acknowledged save.
        const { document, notices, store } = await openJour(directory);
        await store.close();
        expect(notices, `after the fault at call ${when}`).toEqual([]);
        expect(seqOf(document.incidents[0]?.notes)).toBeGreaterThanOrEqual(acknowledged);
        acknowledged = Math.max(acknowledged, seqOf(document.incidents[0]?.notes));
      }
      // The refusals name the cause as the user's texts know it.
      expect([...told]).toContain(`failed ${reported}`);
      expect(fs.readdirSync(directory).filter((f) => !/^jour\.db(-wal|-shm)?$/.test(f))).toEqual(
        [],
      );
    }, 300_000);
  }
});
