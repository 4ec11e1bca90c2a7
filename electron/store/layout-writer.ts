import fs from "node:fs";
import path from "node:path";
import { webcrypto } from "node:crypto";
import type { WriterFs } from "./atomic-file";
import { writeFileVerifiedAsync } from "./async-file";
import { createSegmentBytes } from "./segment-bytes";
import { createGrouper } from "./grouping";
import { layoutKey, safeUnit, segmentFile } from "./segments";
import type { Layout, SegmentRecord, SplitOptions } from "./segments";

/** One write of the document: the manifest's text, and what it names. */
export interface LayoutWrite {
  /** The manifest as written to `jour.json` (for the backup, which writes the same text). */
  text: string;
  layout: Layout | undefined;
}

export interface LayoutWriterOptions {
  directory: string;
  /** `jour`: the segments are `jour.incidents-2019.<sha256 prefix>.json`. */
  stem: string;
  split: SplitOptions | undefined;
  io?: WriterFs | undefined;
  log: (message: string) => void;
  /**
   * Turns the manifest object into its text (through the engine), synchronously; the text
   * is then written with the verified writer, off the main thread.
   */
  manifestText: (manifest: Record<string, unknown>) => string;
}

export interface LayoutWriter {
  /** What is on disk after the open: the document read, and the layout `jour.json` names. */
  adopt(document: object, layout: Layout | undefined): void;
  /**
   * Writes `document`: the segments whose items changed (by identity), each to a new file
   * named by its content, verified and fsynced, then the manifest, verified, over
   * `jour.json`, then removes the segment files that manifest no longer names. Rejects
   * with the writer's StorageWriteError, and then `jour.json` still names the segments of
   * the previous write, which are all still there.
   */
  write(document: object): Promise<LayoutWrite>;
  /**
   * Forgets the bytes kept of every year but the newest and those written since the last
   * trim: called once the backup is checked (at most once a minute while edits go on), and a
   * minute after the open if nothing was saved, so an older year holds its bytes only while
   * it is edited (the memory budget).
   */
  trim(): void;
}

interface OnDisk {
  record: SegmentRecord;
  items: unknown[];
}

/** The latest items whose years are made ahead after the open: a session's edits are in them. */
const recentItems = 100;

const hex = (digest: ArrayBuffer): string => Buffer.from(digest).toString("hex");

/**
 * The writer of the split layout. The main thread's share of a save is the grouping of the
 * items by unit (a pass over references, from the last save's grouping: grouping.ts), the
 * bytes of the changed segments and the manifest's text; hashing and every write run in the
 * thread pool. The newest year's bytes are made while idle after the open and kept; an older
 * year's from its first edit, or after the open when the latest items are in it (January),
 * until a `trim` finds it was not edited since the last one (segment-bytes.ts): so an edit of the current year serializes one item and
 * copies the rest.
 */
export function createLayoutWriter(options: LayoutWriterOptions): LayoutWriter {
  const { directory, stem, split, io, log, manifestText } = options;
  let onDisk = new Map<string, OnDisk>();
  const segmentBytes = createSegmentBytes();
  const newest = (): string | undefined => [...onDisk.keys()].sort().at(-1);
  // The units whose bytes were made by a save since the last trim: they are being edited.
  const written = new Set<string>();
  const group = createGrouper(split?.unitOf ?? (() => "other"));

  const fileOf = (record: SegmentRecord): string =>
    segmentFile(directory, stem, split?.member ?? "", record);
  const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
    a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
  return {
    adopt(document, layout) {
      onDisk = new Map();
      if (split === undefined || layout === undefined) return;
      const items = (document as Record<string, unknown>)[split.member];
      if (!Array.isArray(items)) return;
      const grouped = group(items);
      for (const record of layout.segments) {
        const unitItems = grouped.units.get(record.unit);
        // The checked document's items, grouped as the file's were: then they stand for it.
        if (unitItems?.length === record.count) {
          onDisk.set(record.unit, { record, items: unitItems });
        }
      }
      // The newest year's: the one the edits of the day are in (memory: one year's JSON). And
      // for the session's first edits, the years of the latest items: in January, last year's
      // (its December is still being reported), until `trim`.
      const newest = [...grouped.units.keys()].sort().at(-1);
      const recent = new Set<string>(newest === undefined ? [] : [newest]);
      for (let i = Math.max(0, items.length - recentItems); i < items.length; i++) {
        recent.add(safeUnit(split.unitOf(items[i])));
      }
      for (const unit of [...recent].sort().reverse().slice(0, 2)) {
        segmentBytes.prepare(unit, grouped.units.get(unit) ?? []);
      }
    },

    async write(document) {
      const all = document as Record<string, unknown>;
      const items = split === undefined ? undefined : all[split.member];
      if (split === undefined || !Array.isArray(items)) {
        const text = manifestText(all);
        await writeFileVerifiedAsync(path.join(directory, `${stem}.json`), Buffer.from(text), io);
        return { text, layout: undefined };
      }
      // On the main thread: the grouping and the bytes of what changed.
      const { units: grouped, order } = group(items);
      const planned = [...grouped.keys()].sort().map((unit) => {
        const unitItems = grouped.get(unit) ?? [];
        const known = onDisk.get(unit);
        if (known !== undefined && sameItems(known.items, unitItems)) {
          return { unit, items: unitItems, known: known.record, bytes: undefined };
        }
        const bytes = segmentBytes.bytesOf(unit, unitItems);
        written.add(unit);
        return { unit, items: unitItems, known: undefined, bytes };
      });
      // Off it: each changed segment hashed, then written under its name, verified. All of
      // them settle before a failure is reported, so no write of this save outlives it.
      const settled = await Promise.allSettled(
        planned.map(async ({ unit, items: unitItems, known, bytes }) => {
          if (known !== undefined || bytes === undefined) {
            return { record: known as SegmentRecord, items: unitItems };
          }
          const sha256 = hex(await webcrypto.subtle.digest("SHA-256", bytes));
          const record = { unit, sha256, bytes: bytes.length, count: unitItems.length };
          // The same content under the same name is already there (an edit undone).
          if (onDisk.get(unit)?.record.sha256 !== sha256) {
            await writeFileVerifiedAsync(fileOf(record), bytes, io);
          }
          return { record, items: unitItems };
        }),
      );
      const failed = settled.find((result) => result.status === "rejected");
      if (failed) throw failed.reason;
      const segments = settled.flatMap((result) =>
        result.status === "fulfilled" ? [result.value] : [],
      );
      const index = new Map(segments.map((segment, i) => [segment.record.unit, i]));
      const layout: Layout = {
        member: split.member,
        segments: segments.map((segment) => segment.record),
        order: order.map(([unit, count]) => [index.get(unit) ?? -1, count]),
      };
      // The layout where the items were, so the joined document has its keys in their order.
      const manifest: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(all)) {
        manifest[key === split.member ? layoutKey : key] = key === split.member ? layout : value;
      }
      const text = manifestText(manifest);
      // Last: the manifest names only files that are written and verified.
      await writeFileVerifiedAsync(path.join(directory, `${stem}.json`), Buffer.from(text), io);
      const named = new Set(segments.map((segment) => fileOf(segment.record)));
      const superseded = [...onDisk.values()]
        .map((d) => fileOf(d.record))
        .filter((file) => !named.has(file));
      onDisk = new Map(segments.map((segment) => [segment.record.unit, segment]));
      // Only now that the manifest naming their successors is durable.
      for (const file of superseded) {
        await fs.promises.unlink(file).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
          log(`Could not remove ${file}: ${String(error)}`);
        });
      }
      return { text, layout };
    },

    trim() {
      segmentBytes.keepOnly(newest(), ...written);
      written.clear();
    },
  };
}
