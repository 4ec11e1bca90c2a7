import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NotVerified, writeError } from "./write-error";
import type { WriterFs } from "./atomic-file";
import { writeFileVerified } from "./atomic-file";

/**
 * writeFileVerified (atomic-file.ts) off the main thread: the same steps (every byte written,
 * a write of 0 bytes is a full disk, fsync, size and bytes read back and compared, rename,
 * folder fsync) through fs.promises, whose calls run in libuv's thread pool, so that a save
 * costs the main process only the making of its text. Rejects with a StorageWriteError and
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
  const temp = `${file}.tmp-${Date.now().toString(16)}${randomBytes(4).toString("hex")}`;
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(temp, "wx+", 0o666);
    await writeAll(handle, content);
    await handle.sync();
    await verify(handle, content);
    await handle.close();
    handle = undefined;
    await renameRetrying(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(file, content.length, error);
  }
  try {
    await fsyncDirectoryAsync(path.dirname(file));
  } catch (error) {
    throw writeError(file, content.length, error);
  }
}

export async function fsyncDirectoryAsync(directory: string): Promise<void> {
  if (process.platform === "win32") return; // NTFS journals the rename itself
  const handle = await fs.promises.open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: fs.promises.FileHandle, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, done);
    if (!Number.isInteger(bytesWritten) || bytesWritten <= 0) {
      throw Object.assign(
        new Error(`no space left on device: ${done} of ${bytes.length} bytes written`),
        { code: "ENOSPC" },
      );
    }
    done += bytesWritten;
  }
}

async function verify(handle: fs.promises.FileHandle, bytes: Uint8Array): Promise<void> {
  const { size } = await handle.stat();
  if (size !== bytes.length) throw new NotVerified(`${size} of ${bytes.length} bytes on disk`);
  const back = Buffer.allocUnsafe(bytes.length);
  let read = 0;
  while (read < back.length) {
    const { bytesRead } = await handle.read(back, read, back.length - read, read);
    if (bytesRead <= 0) break;
    read += bytesRead;
  }
  if (read !== bytes.length || !back.equals(bytes)) {
    throw new NotVerified(`the ${bytes.length} bytes read back differ from those written`);
  }
}

/** Windows refuses a rename while a virus scanner holds the file: tried again briefly. */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.promises.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const busy = code === "EPERM" || code === "EACCES" || code === "EBUSY";
      if (process.platform !== "win32" || !busy || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}
