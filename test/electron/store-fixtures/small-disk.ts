import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect } from "vitest";

/** A real, small file system (tmpfs) that a test can fill up or make read-only. */
export interface SmallDisk {
  dir: string;
  /** Bytes free for a file, as the system reports them. */
  free(): number;
  /** Fills the disk with a filler file until about `leave` bytes are free. */
  fill(leave: number): void;
  /** Removes the filler file. */
  makeRoom(): void;
  readOnly(): void;
}

const mounted: string[] = [];

afterEach(() => {
  for (const dir of mounted.splice(0)) {
    execFileSync("umount", [dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Mounts a tmpfs of `megabytes` for this test. CI runs as root, and there (or for any root)
 * a mount that fails fails the test. Only a developer's own machine (not root, not CI) gets
 * null, and the caller then asserts exactly that environment: no test is silently skipped.
 */
export function mountSmallDisk(megabytes: number): SmallDisk | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-small-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", dir], {
      stdio: "pipe",
    });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (process.env["CI"] || isRoot()) throw error;
    return null;
  }
  mounted.push(dir);
  const filler = path.join(dir, "filler.bin");
  const free = () => {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  };
  return {
    dir,
    free,
    fill(leave) {
      const room = free() - leave;
      if (room > 0) fs.appendFileSync(filler, Buffer.alloc(room, 0x2e));
      expect(free()).toBeLessThanOrEqual(leave);
    },
    makeRoom: () => fs.rmSync(filler, { force: true }),
    readOnly: () => execFileSync("mount", ["-o", "remount,ro", dir]),
  };
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** What a test asserts when it got no disk: a developer's machine, where mounting is not allowed. */
export function expectNoMountAllowed(): void {
  expect(isRoot(), "root can mount: the tmpfs must work").toBe(false);
  expect(process.env["CI"] ?? "", "CI runs as root and must run this test").toBe("");
  console.warn("Not root and not CI: the real full-disk test needs a tmpfs mount (run as root).");
}
