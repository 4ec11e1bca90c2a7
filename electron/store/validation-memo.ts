import { createHash } from "node:crypto";
import fs from "node:fs";
import * as v from "valibot";

/** The SHA-256 of a file's bytes, or of a text as the UTF-8 bytes it is written as. */
export function digestOf(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Remembers which file content last passed `parse` unchanged, and by which build and
 * runtime, so that the next open of exactly those bytes by the same build can skip the
 * check: validating ten years of data costs twice what parsing the JSON does. Sound because
 * the same bytes and the same code give the same verdict, and the callers record only
 * documents that `parse` returns as they are; any other bytes (a hand edit, a torn or
 * damaged file) or another build gets the full check. The memo file holds no user data, only
 * a digest: when it is missing or unreadable the next open simply checks in full.
 */
export interface ValidationMemo {
  /** Whether the file whose bytes have this digest passed `parse` by this build. */
  holds(digest: string): boolean;
  /**
   * Whether a segment file with this digest (its items) passed the check of the items'
   * schema as it is now (`itemValidatorId`), by this build or another: see docs/storage.md.
   */
  holdsSegment(digest: string): boolean;
  /**
   * Records that the bytes with this digest passed `parse`, and with them the segment files
   * with `segments` digests; durable once the folder is synced.
   */
  record(digest: string, segments?: readonly string[]): void;
  /** Resolves once every record made so far is written (or failed): at quit. */
  settled(): Promise<void>;
}

/**
 * A `validatorId` for the memo: the digest of the built main bundle, which holds `parse`,
 * and the runtime's versions (Electron, and ICU and its time zone data, which decide which
 * time zones `parse` accepts), so a new build or runtime checks the file in full once.
 * Undefined (no memo, every open checks in full) when the bundle cannot be read.
 */
export function bundleValidatorId(bundleFile: string): string | undefined {
  const { electron = "", node, icu = "", tz = "" } = process.versions;
  try {
    const bundle = digestOf(fs.readFileSync(bundleFile));
    return `main.cjs sha256:${bundle} electron ${electron} node ${node} icu ${icu} tz ${tz}`;
  } catch {
    return undefined;
  }
}

const memoSchema = v.object({
  validator: v.string(),
  sha256: v.string(),
  /** The segments of that file, and the fingerprint of the items' schema that passed them. */
  items: v.optional(v.string()),
  segments: v.optional(v.array(v.string()), []),
});

/**
 * The memo of `file`, read once now. `validatorId` names the build whose `parse` vouched
 * (the shell passes a digest of its own bundle), so an app update re-checks the file once.
 */
export function openValidationMemo(
  file: string,
  validatorId: string,
  log: (message: string) => void,
  /**
   * The store's verified writer (async-file.ts): off the main thread, so that recording the
   * memo adds nothing to the open. Records are written one after the other, in order.
   */
  writeFile: (file: string, text: string) => Promise<void>,
  /**
   * The fingerprint of the schema of a segment's items (the incidents'), which decides
   * alone whether a segment passes: given, segments stay vouched for across builds.
   */
  itemValidatorId?: string,
): ValidationMemo {
  let recorded = readMemo(file);
  const holds = (digest: string): boolean =>
    recorded?.validator === validatorId && recorded.sha256 === digest;
  let vouchedSegments = new Set(
    itemValidatorId !== undefined && recorded?.items === itemValidatorId ? recorded.segments : [],
  );
  let writing: Promise<void> = Promise.resolve();
  return {
    holds,
    holdsSegment: (digest) => vouchedSegments.has(digest),
    record(digest, segments = []) {
      if (holds(digest)) return;
      const next = {
        validator: validatorId,
        sha256: digest,
        ...(itemValidatorId === undefined
          ? {}
          : { items: itemValidatorId, segments: [...segments] }),
      };
      // What this session goes by from now on; the file follows, in the order recorded.
      recorded = { segments: [], ...next };
      vouchedSegments = new Set(itemValidatorId === undefined ? [] : segments);
      writing = writing
        .then(() => writeFile(file, JSON.stringify(next)))
        .catch((error: unknown) => {
          // Only the next open's speed depends on it: it will check the file in full.
          log(`Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
        });
    },
    settled: () => writing,
  };
}

function readMemo(file: string): v.InferOutput<typeof memoSchema> | undefined {
  try {
    const result = v.safeParse(memoSchema, JSON.parse(fs.readFileSync(file, "utf8")));
    return result.success ? result.output : undefined;
  } catch {
    return undefined; // missing or damaged: nothing is vouched for
  }
}
