import fs from "node:fs";
import path from "node:path";
import { fsyncDirectory, writeFileVerified } from "../electron/store/atomic-file";

/**
 * The verification's cost: the store's writer (write in full, fsync, read back and compare,
 * rename, fsync the folder) against the same write without the read-back, timed in
 * alternation on the same file so a busy machine slows both alike.
 */
export function benchVerification(
  directory: string,
  text: string,
  runs = 19,
): { verifiedMs: number; unverifiedMs: number } {
  const file = path.join(directory, "writer-bench.json");
  const unverified = () => {
    const bytes = Buffer.from(text, "utf8");
    const temp = `${file}.tmp-bench`;
    const fd = fs.openSync(temp, "w");
    try {
      let done = 0;
      while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    fsyncDirectory(directory);
  };
  const verified = () => writeFileVerified(file, text);
  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  verified();
  unverified();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(time(verified));
    b.push(time(unverified));
  }
  const median = (values: number[]) =>
    [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
  fs.rmSync(file, { force: true });
  return { verifiedMs: median(a), unverifiedMs: median(b) };
}
