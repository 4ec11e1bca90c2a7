import path from "node:path";
import { NewerSchemaError } from "../../shared/app/texts/errors";
import { StorageWriteError, storageFaultOf } from "../../shared/app/texts/storage-faults";
import type { StorageFault } from "../../shared/app/texts/storage-faults";

/** A NewerSchemaError that names the file of the newer Jour (the data, or its backup). */
export class NewerFileError extends NewerSchemaError {
  override readonly name: string = "NewerSchemaError";
  constructor(
    readonly file: string,
    error: NewerSchemaError,
  ) {
    super(error.version, error.newest);
  }
}

/**
 * The data could not be opened: a file unreadable, a folder where the file should be, a
 * read-only folder, no room to restore the backup. The open changed no file (a bad file is
 * moved aside only once its replacement is written and verified), so the app may try again.
 */
export class StoreOpenError extends Error {
  override readonly name: string = "StoreOpenError";
  readonly fault: StorageFault;
  readonly code: string | undefined;
  /** The file the open failed on (absolute). */
  readonly file: string;
  /** The room a write needed, when a write failed (a restore on a full disk). */
  readonly bytes: number | undefined;

  constructor(
    readonly directory: string,
    fallbackFile: string,
    readonly reason: unknown,
  ) {
    const failure = describe(reason, fallbackFile);
    super(`Could not open ${failure.file}: ${failure.message}`);
    this.fault = failure.fault;
    this.code = failure.code;
    this.file = failure.file;
    this.bytes = failure.bytes;
  }
}

function describe(reason: unknown, fallbackFile: string) {
  if (reason instanceof StorageWriteError) {
    const { file, fault, code, bytes, message } = reason;
    return { file, fault, code, bytes, message };
  }
  const error = reason as Partial<NodeJS.ErrnoException> | undefined;
  const code = typeof error?.code === "string" ? error.code : undefined;
  const file = typeof error?.path === "string" ? path.resolve(error.path) : fallbackFile;
  const message = reason instanceof Error ? reason.message : String(reason);
  return { file, fault: storageFaultOf(code), code, bytes: undefined, message };
}
