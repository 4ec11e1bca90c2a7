import * as v from "valibot";

/**
 * A plain object (`{}`, or one made by JSON or structured clone from one). valibot's
 * `object` takes any non-null object, so `[]`, a Date or a Map (all of which survive
 * structured clone over IPC) would pass wherever every key is optional.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Refuses anything but a plain object ("argument: expected an object"). */
export const plainObjectCheck = v.custom<Record<string, unknown>>(
  isPlainObject,
  "expected an object",
);

/** `v.object(entries)` that refuses anything but a plain object, the field named. */
export function plainObject<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(plainObjectCheck, v.object(entries));
}
