// The split JSON layout of Jour before SQLite (schema 2), read only to migrate it (db-legacy.ts).
import path from "node:path";

export interface SegmentRecord {
  unit: string;
  /** Of the file's bytes; its first 16 hex digits are part of the file's name. */
  sha256: string;
  bytes: number;
  count: number;
}

/**
 * The manifest's `split` member: the segments, and the order of the document's items as runs
 * of consecutive items from one segment (`[segment index, count]`), so that the joined
 * document is exactly the one saved, in its order.
 */
export interface Layout {
  member: string;
  segments: SegmentRecord[];
  order: [number, number][];
}

export const layoutKey = "split";

const unitPattern = /^[A-Za-z0-9_-]{1,40}$/;
const sha256Pattern = /^[0-9a-f]{64}$/;

export function segmentFile(
  directory: string,
  stem: string,
  member: string,
  record: Pick<SegmentRecord, "unit" | "sha256">,
): string {
  return path.join(
    directory,
    `${stem}.${member}-${record.unit}.${record.sha256.slice(0, 16)}.json`,
  );
}

export function joinItems(layout: Layout, segments: readonly unknown[][]): unknown[] {
  const next = segments.map(() => 0);
  const items: unknown[] = [];
  for (const [index, count] of layout.order) {
    const segment = segments[index];
    const from = next[index];
    if (segment === undefined || from === undefined || from + count > segment.length) {
      throw new Error(`the order of ${layout.member} names more items than segment ${index} has`);
    }
    for (let i = from; i < from + count; i++) items.push(segment[i]);
    next[index] = from + count;
  }
  segments.forEach((segment, index) => {
    if (next[index] !== segment.length) {
      throw new Error(`segment ${index} of ${layout.member} has items the order leaves out`);
    }
  });
  return items;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The manifest's `split` member checked for shape, or a message saying what is wrong. */
export function readLayout(value: unknown, member: string): Layout | string {
  if (!isRecord(value) || value["member"] !== member) return `${layoutKey}: not ${member}`;
  const { segments, order } = value;
  if (!Array.isArray(segments) || !Array.isArray(order)) return `${layoutKey}: no segments`;
  const units = new Set<string>();
  for (const [i, segment] of segments.entries()) {
    if (
      !isRecord(segment) ||
      typeof segment["unit"] !== "string" ||
      !unitPattern.test(segment["unit"]) ||
      units.has(segment["unit"]) ||
      typeof segment["sha256"] !== "string" ||
      !sha256Pattern.test(segment["sha256"]) ||
      !isCount(segment["bytes"]) ||
      !isCount(segment["count"])
    ) {
      return `${layoutKey}.segments.${i}: not a segment record`;
    }
    units.add(segment["unit"]);
  }
  for (const [i, run] of order.entries()) {
    if (
      !Array.isArray(run) ||
      run.length !== 2 ||
      !isCount(run[0]) ||
      run[0] >= segments.length ||
      !isCount(run[1])
    ) {
      return `${layoutKey}.order.${i}: not a run`;
    }
  }
  return { member, segments: segments as SegmentRecord[], order: order as [number, number][] };
}
