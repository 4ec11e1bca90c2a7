import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NotVerified, writeError } from "./write-error";

/**
 * The calls of node:fs the writer makes, so a test can hand it a file system that fails
 * the way a full disk does (a write that writes half its bytes). node:fs is one.
 */
export interface WriterFs {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): number;
  readSync(
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): number;
  fstatSync(fd: number): { size: number };
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: boolean }): void;
}

/**
 * Replaces `file` with `content`, or throws a StorageWriteError and leaves `file` as it was.
 *
 * Our own, not `atomically` (conf's writer): atomically 2.1.1 ignores the count write(2)
 * returns, so a short write on a full disk renamed a cut-off file over the good one
 * (fabiospampinato/atomically#18). Here the content goes to a temp file beside `file`, every
 * byte of it (a short write is written on from where it stopped; a write of 0 bytes is a
 * full disk), is fsynced, and is verified (its size, and what reads back compared byte for
 * byte with what was meant) before the rename; then the folder is fsynced, so the new file
 * survives a power loss. The comparison is exact, so at least as strong as comparing digests,
 * and costs about 1 ms for 3.3 MB where two SHA-256 cost 4 ms on a quiet machine and 15–45
 * ms on a busy one (bench/store-writer.ts).
 */
export function writeFileVerified(
  file: string,
  content: string | Uint8Array,
  io: WriterFs = fs,
): void {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const temp = stageFile(file, bytes, io);
  commitFile(temp, file, io, bytes.length);
}

/**
 * The first half of writeFileVerified: the content written in full, fsynced and verified in a
 * temp file beside `file`, whose name is returned; nothing else is changed. On failure the
 * temp file is removed and a StorageWriteError thrown.
 */
export function stageFile(file: string, content: string | Uint8Array, io: WriterFs = fs): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // The pattern sweepTempFiles knows: `<name>.tmp-<hex>`.
  const temp = `${file}.tmp-${Date.now().toString(16)}${randomBytes(4).toString("hex")}`;
  let fd: number | undefined;
  try {
    fd = io.openSync(temp, "wx+", 0o666);
    writeAll(io, fd, bytes);
    io.fsyncSync(fd);
    verify(io, fd, bytes);
    io.closeSync(fd);
    fd = undefined;
    return temp;
  } catch (error) {
    if (fd !== undefined) closeQuietly(io, fd);
    removeQuietly(io, temp);
    throw writeError(file, bytes.length, error);
  }
}

/** The second half: the verified temp file renamed over `file`, then the folder fsynced. */
export function commitFile(temp: string, file: string, io: WriterFs = fs, bytes = 0): void {
  try {
    renameRetrying(io, temp, file);
  } catch (error) {
    removeQuietly(io, temp);
    throw writeError(file, bytes, error);
  }
  try {
    fsyncDirectory(path.dirname(file), io);
  } catch (error) {
    throw writeError(file, bytes, error);
  }
}

/** Makes renames in `directory` durable: without it a power loss could undo a save. */
export function fsyncDirectory(directory: string, io: WriterFs = fs): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === "win32") return;
  const fd = io.openSync(directory, "r");
  try {
    io.fsyncSync(fd);
  } finally {
    io.closeSync(fd);
  }
}

/** write(2) may write fewer bytes than asked (a disk filling up): write on from there. */
function writeAll(io: WriterFs, fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const written = io.writeSync(fd, bytes, done, bytes.length - done, done);
    if (!Number.isInteger(written) || written <= 0) {
      throw Object.assign(
        new Error(`no space left on device: ${done} of ${bytes.length} bytes written`),
        { code: "ENOSPC" },
      );
    }
    done += written;
  }
}

/** The file as the system holds it now: its size, and every byte of what reads back. */
function verify(io: WriterFs, fd: number, bytes: Uint8Array): void {
  const size = io.fstatSync(fd).size;
  if (size !== bytes.length) throw new NotVerified(`${size} of ${bytes.length} bytes on disk`);
  const back = Buffer.allocUnsafe(bytes.length);
  let read = 0;
  while (read < back.length) {
    const n = io.readSync(fd, back, read, back.length - read, read);
    if (n <= 0) break;
    read += n;
  }
  if (read !== bytes.length || !back.equals(bytes)) {
    throw new NotVerified(`the ${bytes.length} bytes read back differ from those written`);
  }
}

/** Windows refuses a rename while another process (a virus scanner) holds the file: briefly. */
function renameRetrying(io: WriterFs, from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      io.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const busy = code === "EPERM" || code === "EACCES" || code === "EBUSY";
      if (process.platform !== "win32" || !busy || attempt >= 10) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

function closeQuietly(io: WriterFs, fd: number): void {
  try {
    io.closeSync(fd);
  } catch {
    // Already failing: the first error is the one to report.
  }
}

function removeQuietly(io: WriterFs, file: string): void {
  try {
    io.rmSync(file, { force: true });
  } catch {
    // A temp file that cannot be removed is swept at the next start.
  }
}
