import path from "node:path";

/**
 * How the store splits a document: the items of its array member `member` (the incidents)
 * are kept in segment files by the unit `unitOf` gives each item (its year), so that a save
 * rewrites only the segments whose items changed. See docs/storage.md.
 */
export interface SplitOptions {
  member: string;
  /** A short name made of letters, digits, `_` and `-` (it is part of a file name). */
  unitOf: (item: unknown) => string;
}

/** What the manifest (`jour.json`) records of one segment file. */
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

/** A unit as a file name may hold it: anything else is kept in the unit `other`. */
export const safeUnit = (unit: string): string => (unitPattern.test(unit) ? unit : "other");

/**
 * `jour.incidents-2019.0123456789abcdef.json`; the backup's own copies are
 * `jour.backup.incidents-2019.….json`. Named by content: a file once written never changes.
 */
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

/** Whether `fileName` is a segment file of `stem` (the main document's, or the backup's). */
export function isSegmentFile(stem: string, member: string, fileName: string): boolean {
  const escaped = `${stem}.${member}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped}-[A-Za-z0-9_-]{1,40}\\.[0-9a-f]{16}\\.json$`).test(fileName);
}

export interface Grouped {
  /** Each unit's items, in document order. */
  units: Map<string, unknown[]>;
  order: [string, number][];
}

/** The items grouped by unit (`unitAt(i)`, the unit of items[i]), and the runs of their order. */
export function groupItems(items: readonly unknown[], unitAt: (index: number) => string): Grouped {
  const units = new Map<string, unknown[]>();
  const order: [string, number][] = [];
  let last: [string, number] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const unit = unitAt(i);
    let list = units.get(unit);
    if (list === undefined) units.set(unit, (list = []));
    list.push(item);
    if (last !== undefined && last[0] === unit) last[1]++;
    else order.push((last = [unit, 1]));
  }
  return { units, order };
}

/** The items of the segments put back in the document's order; throws when they disagree. */
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
