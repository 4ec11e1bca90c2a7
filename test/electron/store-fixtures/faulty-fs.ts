import fs from "node:fs";
import type { WriterFs } from "../../../electron/store";

/**
 * node:fs with write(2) as a filling disk does it: `write` decides how many of the asked
 * bytes each call really writes (it must write them, and returns that count), so that a
 * writer that ignores the count is caught. `lie` returns the asked count anyway.
 */
export function faultyFs(
  write: (asked: number) => number,
  options: { lie?: boolean; failRename?: boolean } = {},
): WriterFs & { writes: number } {
  const faulty = {
    writes: 0,
    openSync: (file: string, flags: string, mode?: number) => fs.openSync(file, flags, mode),
    writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number) {
      faulty.writes++;
      const count = Math.min(length, Math.max(0, write(length)));
      const written = count > 0 ? fs.writeSync(fd, buffer, offset, count, position) : 0;
      return options.lie ? length : written;
    },
    readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) =>
      fs.readSync(fd, buffer, offset, length, position),
    fstatSync: (fd: number) => fs.fstatSync(fd),
    fsyncSync: (fd: number) => fs.fsyncSync(fd),
    closeSync: (fd: number) => fs.closeSync(fd),
    renameSync(from: string, to: string) {
      if (options.failRename) {
        throw Object.assign(new Error(`EROFS: read-only file system, rename '${from}'`), {
          code: "EROFS",
        });
      }
      fs.renameSync(from, to);
    },
    rmSync: (file: string, rmOptions: { force: boolean }) => fs.rmSync(file, rmOptions),
  };
  return faulty;
}

/** Writes half of what is asked each time (at least a byte): slow, but complete. */
export const halves = (asked: number) => Math.max(1, Math.floor(asked / 2));

/** Half of the first write, then nothing: the disk filled up mid-file. */
export function halfThenFull(): (asked: number) => number {
  let first = true;
  return (asked) => {
    if (!first) return 0;
    first = false;
    return Math.floor(asked / 2);
  };
}
