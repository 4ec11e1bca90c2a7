import fs from "node:fs";
import path from "node:path";
import { NotVerified, writeError } from "./write-error";
import type { WriterFs } from "./atomic-file";
import { writeFileVerified } from "./atomic-file";

/**
 * writeFileVerified (atomic-file.ts) off the main thread: the same steps (every byte written,
 * a write of 0 bytes is a full disk, fsync, size and bytes read back and compared, rename,
 * folder fsync) through node:fs's asynchronous calls, which run in libuv's thread pool, so
 * a save costs the main process only the making of its text. Rejects with a StorageWriteError and
 * leaves `file` as it was.
 *
 * With an injected `io` (a test's file system that fails as a full disk does) the
 * synchronous writer runs instead, a task later: the same checks, and the faults reach them.
 */
export async function writeFileVerifiedAsync(
  file: string,
  content: Uint8Array,
  io?: WriterFs,
): Promise<void> {
  if (io !== undefined) {
    await Promise.resolve();
    writeFileVerified(file, content, io);
    return;
  }
  const temp = tempName(file);
  let fd: number | undefined;
  try {
    fd = await call<number>((done) => fs.open(temp, "wx+", 0o666, done));
    await writeAll(fd, content);
    await call((done) => fs.fsync(fd as number, done));
    await verify(fd, content);
    const closing = fd;
    fd = undefined;
    await call((done) => fs.close(closing, done));
    await renameRetrying(temp, file);
  } catch (error) {
    const open = fd;
    if (open !== undefined) await call((done) => fs.close(open, done)).catch(() => undefined);
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(file, content.length, error);
  }
  try {
    await fsyncDirectoryAsync(path.dirname(file));
  } catch (error) {
    throw writeError(file, content.length, error);
  }
}

/**
 * node:fs's callback calls as promises. Not fs.promises: its FileHandle costs the main
 * thread about a third more per call (0.7 against 0.5 ms of main-thread CPU per verified
 * write of 500 kB, measured alternating), and a save makes about ten calls per file.
 */
function call<R = void>(
  start: (done: (error: NodeJS.ErrnoException | null, result?: R) => void) => void,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    start((error, result) => (error ? reject(error) : resolve(result as R)));
  });
}

let temps = 0;
/**
 * `<file>.tmp-<hex>`, the pattern sweepTempFiles knows: the time, the process and a count,
 * unique on this machine (and opened with "wx", so never someone else's file).
 */
const tempName = (file: string): string =>
  `${file}.tmp-${Date.now().toString(16)}${process.pid.toString(16)}${(temps++).toString(16)}`;

export async function fsyncDirectoryAsync(directory: string): Promise<void> {
  if (process.platform === "win32") return; // NTFS journals the rename itself
  const fd = await call<number>((done) => fs.open(directory, "r", done));
  try {
    await call((done) => fs.fsync(fd, done));
  } finally {
    await call((done) => fs.close(fd, done));
  }
}

async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const at = done;
    const written = await call<number>((next) =>
      fs.write(fd, bytes, at, bytes.length - at, at, next),
    );
    if (!Number.isInteger(written) || written <= 0) {
      throw Object.assign(
        new Error(`no space left on device: ${done} of ${bytes.length} bytes written`),
        { code: "ENOSPC" },
      );
    }
    done += written;
  }
}

/**
 * The file's size and bytes as the system holds them after the fsync: read into room for
 * one byte more, so a file longer or shorter than meant shows in the count read (no stat).
 * A read of a regular file that returns fewer bytes than asked has met its end, so one read
 * usually does; were one ever short before the end, the save fails as not verified (safe).
 */
async function verify(fd: number, bytes: Uint8Array): Promise<void> {
  const back = Buffer.allocUnsafe(bytes.length + 1);
  let read = 0;
  while (read < back.length) {
    const at = read;
    const got = await call<number>((next) => fs.read(fd, back, at, back.length - at, at, next));
    if (got <= 0) break;
    read += got;
    if (got < back.length - at) break; // the end of the file
  }
  if (read !== bytes.length) {
    const size = read > bytes.length ? "more than" : `${read} of`;
    throw new NotVerified(`${size} ${bytes.length} bytes on disk`);
  }
  if (!back.subarray(0, read).equals(bytes)) {
    throw new NotVerified(`the ${bytes.length} bytes read back differ from those written`);
  }
}

/** Windows refuses a rename while a virus scanner holds the file: tried again briefly. */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await call((done) => fs.rename(from, to, done));
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const busy = code === "EPERM" || code === "EACCES" || code === "EBUSY";
      if (process.platform !== "win32" || !busy || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}
