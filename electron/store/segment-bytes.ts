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
  /** Forgets the bytes of every unit but `unit` (an edit of another year is over). */
  keepOnly(unit: string | undefined): void;
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
  const piece = (last: Made | undefined, item: unknown, at: number): Buffer => {
    if (last !== undefined && typeof item === "object" && item !== null) {
      let from = last.items[at] === item ? at : undefined;
      if (from === undefined) {
        last.index ??= new Map(last.items.map((known, i) => [known, i]));
        from = last.index.get(item);
      }
      if (from !== undefined) {
        return last.bytes.subarray(last.offsets[2 * from], last.offsets[2 * from + 1]);
      }
    }
    // asciiJson: every character is ASCII, so latin1 gives its bytes
    return Buffer.from(asciiJson(item) ?? "null", "latin1");
  };
  const join = (unit: string, items: readonly unknown[], pieces: Buffer[]): Buffer => {
    const offsets = new Uint32Array(items.length * 2);
    let length = 1;
    pieces.forEach((bytes, i) => {
      if (i > 0) length++;
      offsets[2 * i] = length;
      length += bytes.length;
      offsets[2 * i + 1] = length;
    });
    const bytes = Buffer.allocUnsafe(length + 1);
    bytes[0] = 0x5b; // [
    pieces.forEach((piece, i) => {
      if (i > 0) bytes[(offsets[2 * i] ?? 1) - 1] = comma;
      piece.copy(bytes, offsets[2 * i]);
    });
    bytes[length] = 0x5d; // ]
    remember(unit, { items, bytes, offsets });
    return bytes;
  };

  return {
    bytesOf(unit, items) {
      const last = made.get(unit);
      // A loop, not map(): map skips the holes of a sparse array, which JSON writes as null.
      const pieces: Buffer[] = [];
      for (let i = 0; i < items.length; i++) pieces.push(piece(last, items[i], i));
      return join(unit, items, pieces);
    },
    keepOnly(unit) {
      for (const known of [...made.keys()]) if (known !== unit) made.delete(known);
    },
    prepare(unit, items) {
      const pieces: Buffer[] = [];
      const slice = (): void => {
        if (made.has(unit)) return; // a save made them meanwhile
        const end = Math.min(items.length, pieces.length + sliceSize);
        for (let i = pieces.length; i < end; i++) pieces.push(piece(undefined, items[i], i));
        if (end < items.length) setTimeout(slice, 0).unref();
        else join(unit, items, pieces);
      };
      setTimeout(slice, 0).unref();
    },
  };
}
