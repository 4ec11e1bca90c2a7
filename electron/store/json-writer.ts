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

/** Serializes a manifest object: see createMemberTexts. */
export interface MemberTexts {
  /** The text of `document`: exactly `asciiJson(document)`. */
  write(document: Record<string, unknown>): string;
  /** Forgets every text kept. */
  clear(): void;
}

/**
 * For a document written again and again while a user edits (the manifest): the text of
 * each top-level member that is an object or array is kept while the same object is written
 * again (saved documents are immutable values), so a burst of edits serializes the alerts
 * and weeks once. The store clears it at each backup check, so the texts are held only
 * during a burst (the memory budget).
 */
export function createMemberTexts(): MemberTexts {
  let texts = new Map<string, { value: object; text: string | undefined }>();
  return {
    write(document) {
      const members: string[] = [];
      for (const [key, value] of Object.entries(document)) {
        let text: string | undefined;
        if (typeof value === "object" && value !== null) {
          const known = texts.get(key);
          if (known?.value === value) text = known.text;
          else texts.set(key, { value, text: (text = asciiJson(value)) });
        } else {
          text = asciiJson(value);
        }
        // undefined (and functions) give undefined: the member is left out, as JSON does.
        if (text !== undefined) members.push(`${asciiJson(key) ?? ""}:${text}`);
      }
      return `{${members.join(",")}}`;
    },
    clear() {
      texts = new Map();
    },
  };
}
