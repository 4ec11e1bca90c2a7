import fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { NewerSchemaError } from "../../shared/app/errors";
import type { VersionedDocument } from "./engine";
import { NewerFileError } from "./open-errors";
import type { ValidationMemo } from "./validation-memo";
import { digestOf } from "./validation-memo";

export type ReadResult<T> =
  | { kind: "missing" }
  /**
   * `vouchable`: the digest of the file's bytes, when they passed the full `parse` just now
   * and `parse` returned them unchanged (nothing migrated, trimmed or dropped), so that the
   * next open may take them as JSON.parse reads them: for the memo.
   */
  | { kind: "ok"; document: T; vouchable?: string }
  /** `json`: not JSON at all; `invalid`: JSON that `parse` refuses. */
  | { kind: "bad"; reason: "json" | "invalid"; detail: string };

/** How a file's content becomes the document: see DocumentStoreOptions. */
export interface DocumentReading<T> {
  parse: (raw: unknown) => T;
  trust?: ((raw: unknown) => T) | undefined;
  defaults: () => T;
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Reads and validates one file. Only "not there" and "not usable" are results; any other
 * I/O failure (permissions, a directory in the way) is thrown, since moving the file aside
 * would not help and the user must see it, and so is a NewerSchemaError from `parse` (a
 * file of a newer app version is not corrupt: it must be neither moved nor overwritten).
 * Bytes that the memo vouches for are handed to `trust`, unchecked, as JSON.parse reads them.
 */
export function readDocument<T extends VersionedDocument>(
  file: string,
  { parse, trust = (raw) => raw as T }: Pick<DocumentReading<T>, "parse" | "trust">,
  memo?: ValidationMemo,
): ReadResult<T> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw error;
  }
  let raw: unknown;
  try {
    // A byte order mark (Notepad) is not JSON but is no reason to lose the data.
    raw = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    return { kind: "bad", reason: "json", detail: message(error) };
  }
  if (!memo) return parseOrBad(file, raw, parse);
  const digest = digestOf(bytes);
  if (memo.holds(digest)) return { kind: "ok", document: trust(raw) };
  const read = parseOrBad(file, raw, parse);
  // Only here, on the slow path: what parse would change must be parsed at every open.
  return read.kind === "ok" && isDeepStrictEqual(read.document, raw)
    ? { ...read, vouchable: digest }
    : read;
}

function parseOrBad<T>(file: string, raw: unknown, parse: (raw: unknown) => T): ReadResult<T> {
  try {
    return { kind: "ok", document: parse(raw) };
  } catch (error) {
    // Not bad data but a newer app's: the caller must leave the file alone (see recover.ts),
    // and the user be told which file it is.
    if (error instanceof NewerSchemaError) throw new NewerFileError(file, error);
    return { kind: "bad", reason: "invalid", detail: message(error) };
  }
}
