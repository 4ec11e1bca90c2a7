import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { createJourDataChecker, parseJourData } from "../../../../shared/app/data/checker";
import { emptyJourData, incidentSchema } from "../../../../shared/app/data/document";
import type { Incident } from "../../../../shared/app/data/document";
import { compileUnchangedCheck } from "../../../../shared/app/data/unchanged-check";

const T0 = Date.UTC(2025, 0, 6, 8);
const HOUR = 3_600_000;

const incident = (n: number): Record<string, unknown> => ({
  id: `i-${n}`,
  reportedAt: T0 + n * HOUR,
  priority: 2,
  customerId: "c-1",
  customer: { name: "Kund", siteUrl: "https://kund.se", newRelicUrl: "", elmahUrl: "" },
  summary: "Kassan ger 500",
  notes: "Ringde",
  jiraKey: "WEB-1",
  respondedAt: T0 + n * HOUR + 60_000,
  rollbackRequestedAt: null,
  rollbackStartedAt: null,
  resolvedAt: null,
  work: [{ id: `w-${n}`, start: T0 + n * HOUR, end: T0 + n * HOUR + 600_000 }],
  checkedSteps: ["call", "fix"],
  timeline: [{ id: `n-${n}`, at: T0 + n * HOUR, text: "Rollback" }],
});

const unchanged = compileUnchangedCheck(incidentSchema);
if (unchanged === null) throw new Error("incidentSchema does not compile");

const without = (value: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([member]) => member !== key));

/** What valibot makes of `value`: its output as JSON (member order counts), or null. */
const valibotOutput = (value: unknown): string | null => {
  const result = v.safeParse(incidentSchema, value);
  return result.success ? JSON.stringify(result.output) : null;
};

type Change = "replace" | "add" | "remove";

/**
 * The value at `path` (a member or an item) replaced, or a member `key` added to it, or it
 * removed from its parent: copying on the way.
 */
function changed(
  at: unknown,
  path: (string | number)[],
  value: unknown,
  change: Change = "replace",
  key = "secret",
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (change !== "add") return value;
    return typeof at === "object" && at !== null && !Array.isArray(at)
      ? { ...at, [key]: value }
      : at;
  }
  if (Array.isArray(at)) {
    const index = Number(head);
    if (index >= at.length) return at;
    const copy: unknown[] = [...(at as unknown[])];
    copy[index] = changed(copy[index], rest, value, change, key);
    return copy;
  }
  if (typeof at !== "object" || at === null) return at;
  if (rest.length === 0 && change === "remove") {
    return Object.fromEntries(Object.entries(at).filter(([member]) => member !== head));
  }
  const record = at as Record<string, unknown>;
  return { ...record, [head]: changed(record[head], rest, value, change, key) };
}
const replaced = (at: unknown, path: (string | number)[], value: unknown): unknown =>
  changed(at, path, value);

/** The paths into an incident: every member and item, however deep. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as never)[key], [...prefix, key]))];
}

const strange = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    "",
    "x".repeat(501),
    "x".repeat(20_001),
    "w-1",
    "w 1",
    "i-1234567890123456",
    "WEB-12",
    "web-12",
    "https://x.se",
    "ftp://x.se",
    0,
    -1,
    1.5,
    1,
    2,
    4,
    T0,
    T0 + 0.5,
    9e15,
    Date.UTC(2200, 0, 1),
    [],
    {},
  ),
);

describe("the unchanged check of an incident", () => {
  it("accepts only what valibot accepts and returns unchanged, and all of that (JSON input)", () => {
    const paths = pathsOf(incident(1));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(paths.length - 1),
            strange,
            fc.constantFrom<Change>("replace", "replace", "add", "remove"),
            fc.constantFrom("secret", "__proto__", "id", "customer", "timeline", "0"),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (changes) => {
          let value: unknown = incident(1);
          for (const [at, replacement, change, key] of changes) {
            value = changed(value, paths[at] ?? [], replacement, change, key);
          }
          // As jour.db hands it over: parsed JSON.
          const input = JSON.parse(JSON.stringify(value)) as unknown;
          const output = valibotOutput(input);
          expect(unchanged(input)).toBe(output !== null && output === JSON.stringify(input));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("leaves to valibot what it would strip, fill in or reorder", () => {
    expect(unchanged(incident(1))).toBe(true);
    expect(unchanged(without(incident(1), "customer"))).toBe(true);
    // A member the schema does not know: valibot strips it.
    expect(unchanged({ ...incident(1), secret: "x" })).toBe(false);
    expect(unchanged(replaced(incident(1), ["work", 0, "note"], "x"))).toBe(false);
    // The default of `timeline` would be filled in.
    expect(unchanged(without(incident(1), "timeline"))).toBe(false);
    // The same members in another order: valibot's output has its own order.
    const { id, ...rest } = incident(1);
    expect(unchanged({ ...rest, id })).toBe(false);
    // Not a plain object, or a member valibot's `in` sees that Object.keys does not.
    expect(unchanged(Object.assign(Object.create({ extra: 1 }) as object, incident(1)))).toBe(
      false,
    );
    const hidden = incident(1);
    delete hidden["customer"];
    Object.defineProperty(hidden, "customer", { value: null, enumerable: false });
    expect(unchanged(hidden)).toBe(false);
    expect(unchanged([incident(1)])).toBe(false);
    // Not from JSON, but handed in by code: a member present as undefined, which valibot
    // refuses (nullable) or would replace by its default (optional).
    expect(unchanged({ ...incident(1), jiraKey: undefined })).toBe(false);
    expect(unchanged({ ...incident(1), customer: undefined })).toBe(false);
    expect(unchanged({ ...incident(1), timeline: undefined })).toBe(false);
  });

  it("is null for a schema it cannot read, so valibot alone checks", () => {
    expect(compileUnchangedCheck(v.pipe(v.string(), v.trim()))).toBeNull();
    expect(compileUnchangedCheck(v.object({ a: v.nullable(v.string(), "x") }))).toBeNull();
    expect(compileUnchangedCheck(v.object({ a: v.custom(() => true) }))).toBeNull();
    expect(compileUnchangedCheck(v.pipe(v.string(), v.regex(/a/g)))).toBeNull();
    expect(compileUnchangedCheck(v.union([v.object({}), v.string()]))).toBeNull();
    expect(compileUnchangedCheck(v.objectAsync({ a: v.string() }))).toBeNull();
    expect(compileUnchangedCheck(v.object({ a: v.fallback(v.string(), "") }))).toBeNull();
  });
});

describe("the store's checker with the unchanged check", () => {
  const document = (incidents: unknown[]) => ({ ...emptyJourData(), incidents, nextId: 1_000 });

  it("keeps an incident read as it is, and valibot's output of one it changes", () => {
    const clean = incident(1);
    const extra = { ...incident(2), secret: "not Jour's" };
    const parsed = createJourDataChecker().parse(document([clean, extra]));
    expect(parsed.incidents[0]).toBe(clean);
    expect(parsed.incidents[1]).not.toBe(extra);
    expect(parsed.incidents[1]).not.toHaveProperty("secret");
    expect(parsed).toEqual(parseJourData(document([clean, extra])));
    // The stripped object is not vouched for: handed in again, it is checked (and stripped).
    const checker = createJourDataChecker();
    checker.parse(document([extra]));
    expect(checker.parse(document([extra])).incidents[0]).not.toHaveProperty("secret");
  });

  it("refuses a bad incident naming the field, as parseJourData does", () => {
    const bad = replaced(incident(1), ["work", 0, "end"], T0) as Incident;
    expect(() => createJourDataChecker().parse(document([incident(0), bad]))).toThrow(
      "incidents.1.work.0.end: must be after start",
    );
  });
});
