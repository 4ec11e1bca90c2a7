import fs from "node:fs";
import path from "node:path";
import { webcrypto } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { NewerSchemaError } from "../../shared/app/texts/errors";
import type { VersionedDocument } from "./engine";
import { NewerFileError } from "./open-errors";
import { joinItems, layoutKey, readLayout, segmentFile } from "./segments";
import type { Layout, SegmentRecord, SplitOptions } from "./segments";
import type { ValidationMemo } from "./validation-memo";
import { digestOf } from "./validation-memo";

/** What the memo may be told once the document was checked and found unchanged. */
export interface Vouchable {
  manifest: string;
  segments: string[];
}

export type StoredRead<T> =
  | { kind: "missing" }
  /**
   * `layout`: the segments the manifest names (undefined: a single file, as before the
   * split). `bytes`: the manifest's (or single file's) bytes, for a restore or a copy.
   */
  | {
      kind: "ok";
      document: T;
      layout?: Layout | undefined;
      vouchable?: Vouchable | undefined;
      bytes: Buffer;
    }
  /** `badFiles`: the segment files to move aside with the manifest (damaged or foreign). */
  | { kind: "bad"; reason: "json" | "invalid"; detail: string; badFiles: string[] };

/** How a file's content becomes the document: see DocumentStoreOptions. */
export interface StoredReading<T> {
  parse: (raw: unknown) => T;
  trust?: ((raw: unknown) => T) | undefined;
  defaults: () => T;
  split?: SplitOptions | undefined;
  /** Told the items of a segment the memo vouches for, so `parse` spares them. */
  vouchItems?: ((items: unknown[]) => void) | undefined;
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads the manifest `file` and the segment files it names (`stem` names them: the main
 * document's or the backup's), checks each segment's bytes against the SHA-256 and size the
 * manifest records, joins them, and validates the document: in full, or not at all when the
 * memo vouches for the manifest's bytes (which name every segment's digest, and those were
 * compared just now), or sparing the items of the segments the memo vouches for. A file
 * without a layout is a single file (as Jour wrote before the split), read as it was.
 *
 * Only "not there" and "not usable" are results; other I/O failures are thrown, and so is a
 * NewerSchemaError (as a NewerFileError naming the file): see recover.ts.
 */
export async function readStored<T extends VersionedDocument>(
  file: string,
  stem: string,
  how: StoredReading<T>,
  memo?: ValidationMemo,
): Promise<StoredRead<T>> {
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
    return { kind: "bad", reason: "json", detail: message(error), badFiles: [] };
  }
  const { split } = how;
  let layout: Layout | undefined;
  let segmentDigests: string[] = [];
  if (isRecord(raw) && split !== undefined && layoutKey in raw) {
    const joined = await joinSegments(file, stem, raw, split, memo, how.vouchItems);
    if (joined.kind === "bad") {
      // A newer Jour's file (another layout, say) is not damaged: leave it alone.
      throwIfNewer(file, raw, how.parse);
      return joined;
    }
    ({ layout, segmentDigests } = joined);
    raw = joined.document;
  }
  const digest = memo ? digestOf(bytes) : "";
  if (memo?.holds(digest)) {
    return { kind: "ok", document: (how.trust ?? ((r) => r as T))(raw), layout, bytes };
  }
  let document: T;
  try {
    document = how.parse(raw);
  } catch (error) {
    // Not bad data but a newer app's: the caller must leave the file alone.
    if (error instanceof NewerSchemaError) throw new NewerFileError(file, error);
    return { kind: "bad", reason: "invalid", detail: message(error), badFiles: [] };
  }
  // Only here, on the slow path: what parse would change must be parsed at every open.
  const vouchable =
    memo && isDeepStrictEqual(document, raw)
      ? { manifest: digest, segments: segmentDigests }
      : undefined;
  return { kind: "ok", document, layout, bytes, vouchable };
}

/** Throws a NewerFileError when `parse` says the document is a newer app version's. */
function throwIfNewer(file: string, raw: unknown, parse: (raw: unknown) => unknown): void {
  try {
    parse(raw);
  } catch (error) {
    if (error instanceof NewerSchemaError) throw new NewerFileError(file, error);
  }
}

type Joined =
  | { kind: "joined"; document: unknown; layout: Layout; segmentDigests: string[] }
  | { kind: "bad"; reason: "json" | "invalid"; detail: string; badFiles: string[] };

async function joinSegments(
  file: string,
  stem: string,
  manifest: Record<string, unknown>,
  split: SplitOptions,
  memo: ValidationMemo | undefined,
  vouchItems: ((items: unknown[]) => void) | undefined,
): Promise<Joined> {
  const layout = readLayout(manifest[layoutKey], split.member);
  if (typeof layout === "string") {
    return { kind: "bad", reason: "invalid", detail: layout, badFiles: [] };
  }
  const directory = path.dirname(file);
  const segments: unknown[][] = [];
  const badFiles: string[] = [];
  const problems: string[] = [];
  // Read and hashed in the thread pool, all at once, while the main thread parses each in
  // turn as soon as it is there. Each is awaited below, where a failure is thrown.
  const reads = layout.segments.map((record) =>
    readSegment(segmentFile(directory, stem, split.member, record), record),
  );
  for (const read of reads) read.catch(() => undefined);
  for (const [i, record] of layout.segments.entries()) {
    const name = segmentFile(directory, stem, split.member, record);
    const segment = parseSegment((await reads[i]) ?? "missing", record);
    if (typeof segment === "string") {
      problems.push(`${path.basename(name)}: ${segment}`);
      if (segment !== "missing") badFiles.push(name);
      continue;
    }
    if (memo?.holdsSegment(record.sha256)) vouchItems?.(segment);
    segments.push(segment);
  }
  if (problems.length > 0) {
    return { kind: "bad", reason: "invalid", detail: problems.join("; "), badFiles };
  }
  let items: unknown[];
  try {
    items = joinItems(layout, segments);
  } catch (error) {
    return { kind: "bad", reason: "invalid", detail: message(error), badFiles: [] };
  }
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(manifest)) {
    if (key === layoutKey) document[split.member] = items;
    else if (key !== split.member) document[key] = value;
  }
  return {
    kind: "joined",
    document,
    layout,
    segmentDigests: layout.segments.map((segment) => segment.sha256),
  };
}

/** A segment file's bytes if they are what the manifest records, or why not ("missing"…). */
async function readSegment(file: string, record: SegmentRecord): Promise<Buffer | string> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  if (bytes.length !== record.bytes) {
    return `${bytes.length} bytes, not the ${record.bytes} the data names (damaged)`;
  }
  const digest = Buffer.from(await webcrypto.subtle.digest("SHA-256", bytes)).toString("hex");
  if (digest !== record.sha256) return "not the bytes the data names (damaged)";
  return bytes;
}

/** The items of a segment file's bytes, or why they cannot be used. */
function parseSegment(bytes: Buffer | string, record: SegmentRecord): unknown[] | string {
  if (typeof bytes === "string") return bytes;
  try {
    const items: unknown = JSON.parse(bytes.toString("utf8"));
    if (Array.isArray(items) && items.length === record.count) return items;
    return `not the list of ${record.count} items the data names`;
  } catch (error) {
    return `not JSON: ${message(error)}`;
  }
}
