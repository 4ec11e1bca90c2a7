import path from "node:path";
import { StorageWriteError } from "../../shared/app/texts/storage-faults";

/** The bytes on disk are not the ones written (a short or lying write): never renamed over. */
export class NotVerified extends Error {}

/** Any failure of a verified write, as the StorageWriteError the user is told about. */
export function writeError(file: string, bytes: number, error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageWriteError(
    file,
    path.dirname(file),
    bytes,
    code,
    detail,
    error instanceof NotVerified ? "not-verified" : undefined,
  );
}
