/**
 * A set of ids kept small for the id ledger: ids as Jour makes them (`allocateId`: a prefix,
 * a dash and a number from one counter, "w-40") are held as one bit per number, so a heavy
 * user's 50 000 work ids take kilobytes, where a Set of the strings held about 0.6 MB over
 * ten years of data. Any other id (a hand-edited file's, "w-040" or "abc") is kept in a Set.
 */
export interface IdSet {
  /** Adds the id; false when it is there already. */
  add(id: string): boolean;
  delete(id: string): void;
}

// Past this many bits (2 MB) an id is kept as a string: a file may hold any number.
const MAX_NUMBER = 1 << 24;

export function createIdSet(prefix: string): IdSet {
  const head = `${prefix}-`;
  let bits = new Uint32Array(1024);
  const others = new Set<string>();

  /** The id's number when it is exactly `${prefix}-${number}`, or -1. */
  const numberOf = (id: string): number => {
    if (!id.startsWith(head) || id.length === head.length || id.length > head.length + 8) {
      return -1;
    }
    // No leading zero: "w-07" is another id than "w-7".
    if (id.charCodeAt(head.length) === 48 && id.length > head.length + 1) return -1;
    let number = 0;
    for (let i = head.length; i < id.length; i++) {
      const digit = id.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return -1;
      number = number * 10 + digit;
    }
    return number < MAX_NUMBER ? number : -1;
  };

  return {
    add(id) {
      const number = numberOf(id);
      if (number < 0) {
        if (others.has(id)) return false;
        others.add(id);
        return true;
      }
      const word = number >>> 5;
      if (word >= bits.length) {
        const grown = new Uint32Array(Math.max(bits.length * 2, word + 1));
        grown.set(bits);
        bits = grown;
      }
      const bit = 1 << (number & 31);
      if (((bits[word] as number) & bit) !== 0) return false;
      bits[word] = (bits[word] as number) | bit;
      return true;
    },
    delete(id) {
      const number = numberOf(id);
      if (number < 0) others.delete(id);
      else if (number >>> 5 < bits.length) {
        bits[number >>> 5] = (bits[number >>> 5] as number) & ~(1 << (number & 31));
      }
    },
  };
}
