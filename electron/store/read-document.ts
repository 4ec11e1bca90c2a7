import fs from "node:fs";
import { NewerSchemaError } from "../../shared/app/errors";

export type ReadResult<T> =
  { kind: "missing" } | { kind: "ok"; document: T } | { kind: "bad"; reason: string };

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Reads and validates one file. Only "not there" and "not usable" are results; any other
 * I/O failure (permissions, a directory in the way) is thrown, since moving the file aside
 * would not help and the user must see it, and so is a NewerSchemaError from `parse` (a
 * file of a newer app version is not corrupt: it must be neither moved nor overwritten).
 */
export function readDocument<T>(file: string, parse: (raw: unknown) => T): ReadResult<T> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw error;
  }
  let raw: unknown;
  try {
    // A byte order mark (Notepad) is not JSON but is no reason to lose the data.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { kind: "bad", reason: `not valid JSON: ${message(error)}` };
  }
  try {
    return { kind: "ok", document: parse(raw) };
  } catch (error) {
    // Not bad data but a newer app's: the caller must leave the file alone (see recover.ts).
    if (error instanceof NewerSchemaError) throw error;
    return { kind: "bad", reason: `invalid data: ${message(error)}` };
  }
}
