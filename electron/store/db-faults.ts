import path from "node:path";
import { StorageWriteError } from "../../shared/app/texts/storage-faults";

/** node:sqlite's errors carry SQLite's extended result code in `errcode`. */
const primaryCode = (error: unknown): number | undefined => {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === "number" ? code & 0xff : undefined;
};

const SQLITE_PERM = 3;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_AUTH = 23;
const SQLITE_NOTADB = 26;

/** The file's content is not a database we can trust (as opposed to a disk that refuses). */
export const isDamage = (error: unknown): boolean => {
  const code = primaryCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
};

/** SQLite's result code as the system error code the user's texts know (storage-faults.ts). */
export function systemCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | null)?.code;
  switch (primaryCode(error)) {
    case SQLITE_FULL:
      return "ENOSPC";
    case SQLITE_IOERR:
      return "EIO";
    case SQLITE_READONLY:
      return "EROFS";
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
      return "EACCES";
    default:
      return typeof own === "string" && own.startsWith("E") && !own.startsWith("ERR_")
        ? own
        : undefined;
  }
}

/** A failed transaction in the user's terms: which file, why, and where to make room. */
export function saveError(file: string, error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageWriteError(file, path.dirname(file), 0, systemCode(error), detail);
}
