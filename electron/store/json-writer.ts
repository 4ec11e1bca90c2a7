/** Serializes a document object to the text of its file; see createJsonWriter. */
export interface JsonWriter {
  write(document: Record<string, unknown>): string;
  /**
   * Serializes up to `count` objects of the document's arrays that have no text yet, ahead
   * of the first write; returns whether any are left.
   */
  prepare(document: Record<string, unknown>, count: number): boolean;
}

const beyondAscii = /[\u0080-\uffff]/g;
const escapes = new Map<string, string>();
/** Remembered per character: Swedish notes repeat the same few (å, ä, ö), and this is hot. */
const escape = (char: string): string => {
  let escaped = escapes.get(char);
  if (escaped === undefined) {
    escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    escapes.set(char, escaped);
  }
  return escaped;
};

/**
 * `JSON.stringify`, with every character beyond ASCII written as a `\u` escape: the same
 * JSON value, but a file that Node decodes and V8 parses on their one-byte fast paths
 * (about a quarter faster to load; see bench/store.ts). Surrogate pairs become two escapes,
 * which JSON.parse joins again.
 */
export function asciiJson(value: unknown): string | undefined {
  return JSON.stringify(value)?.replace(beyondAscii, escape);
}

/**
 * A writer for a document that changes a little at a time, such as years of incidents: the
 * document's top-level values that are objects or arrays, and the objects inside those
 * arrays, are serialized once and their text reused for as long as the same object is
 * saved again, so a save costs the changed objects plus one join. Correct because the saved
 * documents are immutable values (the app core replaces an object to change it, never edits
 * it in place). The text equals `asciiJson(document)`.
 */
export function createJsonWriter(): JsonWriter {
  const texts = new WeakMap<object, string>();
  const item = (value: unknown): string => {
    if (typeof value !== "object" || value === null) return asciiJson(value) ?? "null";
    let text = texts.get(value);
    if (text === undefined) {
      text = asciiJson(value) ?? "null"; // in an array, what JSON leaves out is null
      texts.set(value, text);
    }
    return text;
  };
  const list = (values: readonly unknown[]): string => {
    // A loop, not map(): map skips the holes of a sparse array, which JSON writes as null.
    const items: string[] = [];
    for (let i = 0; i < values.length; i++) items.push(item(values[i]));
    return `[${items.join(",")}]`;
  };
  const whole = (value: unknown): string | undefined => {
    // undefined (and functions) give undefined: the member is left out, as JSON does.
    if (typeof value !== "object" || value === null) return asciiJson(value);
    const known = texts.get(value);
    if (known !== undefined) return known;
    const text = Array.isArray(value) ? list(value) : asciiJson(value);
    if (text !== undefined) texts.set(value, text);
    return text;
  };
  return {
    write(document) {
      const members: string[] = [];
      for (const [key, value] of Object.entries(document)) {
        const text = whole(value);
        if (text !== undefined) members.push(`${asciiJson(key)}:${text}`);
      }
      return `{${members.join(",")}}`;
    },
    prepare(document, count) {
      let left = count;
      for (const value of Object.values(document)) {
        if (!Array.isArray(value)) continue;
        for (const element of value as unknown[]) {
          if (typeof element !== "object" || element === null || texts.has(element)) continue;
          if (left-- === 0) return true;
          item(element);
        }
      }
      return false;
    },
  };
}
