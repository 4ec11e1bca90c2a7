/**
 * What the storage can tell the user, in words the app core and the shell can put into
 * either language (texts.ts, `storage`): the store (electron/store/) throws and reports these,
 * and never leaves a bare errno for the user to decode.
 */

/** Why a file could not be read or written, in the terms the user can act on. */
export type StorageFault =
  "no-space" | "read-only" | "no-permission" | "is-directory" | "not-verified" | "other";

/** The system's error code (`ENOSPC`, `EACCES`, …) as a fault the user can act on. */
export function storageFaultOf(code: string | undefined): StorageFault {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return "no-space";
    case "EROFS":
      return "read-only";
    case "EACCES":
    case "EPERM":
      return "no-permission";
    case "EISDIR":
    case "ENOTDIR":
      return "is-directory";
    default:
      return "other";
  }
}

/**
 * A file that could not be written in full and verified: nothing was replaced (the previous
 * file is as it was, the temp file removed). Says which file, why, and how many bytes it
 * needs, so the user can be told how much room to make and where.
 */
export class StorageWriteError extends Error {
  override readonly name: string = "StorageWriteError";
  readonly fault: StorageFault;

  constructor(
    /** The file that was to be replaced (absolute). */
    readonly file: string,
    /** Its folder, where the user finds the data and must make room. */
    readonly directory: string,
    /** The size of the new content: at least this much free room is needed. */
    readonly bytes: number,
    /** The system's error code, when there was one. */
    readonly code: string | undefined,
    detail: string,
    fault?: StorageFault,
  ) {
    super(`Could not write ${file} (${bytes} bytes): ${detail}`);
    this.fault = fault ?? storageFaultOf(code);
  }
}

/**
 * What the store did at open about a file it could not use, for the shell to tell the user
 * in their language. File names are names in the data folder, not paths.
 */
export type StoreNotice =
  | {
      kind: "unusable";
      file: string;
      /**
       * `json`: not JSON at all (torn, empty); `invalid`: JSON that fails the check;
       * `damaged`: a database that fails SQLite's check or Jour's (kept aside, renamed).
       */
      reason: "json" | "invalid" | "damaged";
      detail: string;
      keptAs: string;
    }
  | {
      kind: "restored";
      file: string;
      backup: string;
      fileWasMissing: boolean;
      /** When the backup was taken (ms since the epoch), when known. */
      at?: number;
    }
  /** The file was not there, though the folder shows earlier data (a backup, a kept file). */
  | { kind: "missing"; file: string }
  | { kind: "defaults" };
