import { createHash } from "node:crypto";

/**
 * A digest of a (valibot) schema as code: its structure, messages, defaults, and the source
 * text of every function in it (its checks, and valibot's own code that runs them). Two
 * builds with the same fingerprint check an item the same way; any change to the schema,
 * to a check's code or to valibot gives another fingerprint (and so one full check). Used
 * to vouch for segments across app updates (docs/storage.md). Undefined if the schema
 * cannot be described (a cycle): then nothing is vouched for across builds.
 */
export function schemaFingerprint(schema: unknown): string | undefined {
  if (typeof schema === "object" && schema !== null && fingerprints.has(schema)) {
    return fingerprints.get(schema);
  }
  const fingerprint = describe(schema);
  if (typeof schema === "object" && schema !== null) fingerprints.set(schema, fingerprint);
  return fingerprint;
}

/** Once per schema object and process: describing it takes a few ms. */
const fingerprints = new WeakMap<object, string | undefined>();

function describe(schema: unknown): string | undefined {
  try {
    const text = JSON.stringify(schema, (_key, value: unknown) => {
      if (typeof value === "function") return `function ${value.toString()}`;
      if (value instanceof RegExp) return `regexp ${value.toString()}`;
      return value;
    });
    return createHash("sha256").update(text).digest("hex");
  } catch {
    return undefined;
  }
}
