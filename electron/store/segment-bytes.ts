import { asciiJson } from "./json-writer";

/** A segment's bytes as last made, and where each item's JSON lies in them. */
interface Made {
  items: readonly unknown[];
  bytes: Buffer;
  /** Item i is bytes[offsets[2i], offsets[2i + 1]). */
  offsets: Uint32Array;
  /** Item → index, made on the first item not found at its own index (an insertion). */
  index?: Map<unknown, number>;
}

export interface SegmentBytes {
  /** The file's bytes for `items`: `[item,item,…]`, each item as asciiJson writes it. */
  bytesOf(unit: string, items: readonly unknown[]): Buffer;
  /** Makes `unit`'s bytes ahead, a slice of items at a time while the app is idle. */
  prepare(unit: string, items: readonly unknown[]): void;
  /** Forgets the bytes of every unit but `units` (an edit of another year is over). */
  keepOnly(...units: (string | undefined)[]): void;
}

const comma = 0x2c;
/** Items serialized per idle slice: a few ms each. */
const sliceSize = 250;

/**
 * The bytes of segment files, made from the last bytes made for the same unit: an item that
 * is the same object as then (saved documents are immutable values: a changed incident is a
 * new object) is copied from them, and only a new one is serialized, so an edit of the
 * current year serializes one incident and copies the rest. Only the `keep` units used last
 * keep their bytes (one Buffer each, outside the JS heap, and its offsets): the memory of a
 * year's JSON or two, not ten years' (the memory budget).
 */
export function createSegmentBytes(keep = 2): SegmentBytes {
  const made = new Map<string, Made>();

  const remember = (unit: string, entry: Made): void => {
    made.delete(unit);
    made.set(unit, entry); // last used last
    for (const old of made.keys()) {
      if (made.size <= keep) break;
      made.delete(old);
    }
  };
  /** Where `item` (at index `at` now) was in `last`, when it is an object made then. */
  const source = (last: Made | undefined, item: unknown, at: number): number => {
    if (last === undefined || typeof item !== "object" || item === null) return -1;
    if (last.items[at] === item) return at;
    last.index ??= new Map(last.items.map((known, i) => [known, i]));
    return last.index.get(item) ?? -1;
  };
  /**
   * The file's bytes: the items found in `last` copied from its bytes (a run of items that
   * were consecutive there in one copy), the others written from `texts[i]` (asciiJson's:
   * every character is ASCII, so latin1 writes its bytes, one per character), straight into
   * the one Buffer.
   */
  const assemble = (
    unit: string,
    items: readonly unknown[],
    last: Made | undefined,
    sources: Int32Array,
    texts: (string | undefined)[],
  ): Buffer => {
    const offsets = new Uint32Array(items.length * 2);
    let length = 1;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) length++;
      offsets[2 * i] = length;
      const from = sources[i] ?? -1;
      length +=
        from >= 0 && last !== undefined
          ? (last.offsets[2 * from + 1] ?? 0) - (last.offsets[2 * from] ?? 0)
          : (texts[i]?.length ?? 0);
      offsets[2 * i + 1] = length;
    }
    const bytes = Buffer.allocUnsafe(length + 1);
    bytes[0] = 0x5b; // [
    bytes[length] = 0x5d; // ]
    for (let i = 0; i < items.length; i++) {
      if (i > 0) bytes[(offsets[2 * i] ?? 1) - 1] = comma;
      const from = sources[i] ?? -1;
      if (from < 0 || last === undefined) {
        bytes.write(texts[i] ?? "", offsets[2 * i] ?? 0, "latin1");
        continue;
      }
      let to = i; // the run of items that follow each other in last too
      while (to + 1 < items.length && sources[to + 1] === (sources[to] ?? -2) + 1) to++;
      const end = sources[to] ?? from;
      last.bytes.copy(bytes, offsets[2 * i], last.offsets[2 * from], last.offsets[2 * end + 1]);
      i = to;
    }
    remember(unit, { items, bytes, offsets });
    return bytes;
  };

  return {
    bytesOf(unit, items) {
      const last = made.get(unit);
      const sources = new Int32Array(items.length);
      const texts: (string | undefined)[] = [];
      // A loop, not map(): map skips the holes of a sparse array, which JSON writes as null.
      for (let i = 0; i < items.length; i++) {
        const from = source(last, items[i], i);
        sources[i] = from;
        if (from < 0) texts[i] = asciiJson(items[i]) ?? "null";
      }
      return assemble(unit, items, last, sources, texts);
    },
    keepOnly(...units) {
      for (const known of [...made.keys()]) if (!units.includes(known)) made.delete(known);
    },
    prepare(unit, items) {
      const texts: string[] = [];
      const slice = (): void => {
        if (made.has(unit)) return; // a save made them meanwhile
        const end = Math.min(items.length, texts.length + sliceSize);
        for (let i = texts.length; i < end; i++) texts.push(asciiJson(items[i]) ?? "null");
        if (end < items.length) setTimeout(slice, 0).unref();
        else assemble(unit, items, undefined, new Int32Array(items.length).fill(-1), texts);
      };
      setTimeout(slice, 0).unref();
    },
  };
}
