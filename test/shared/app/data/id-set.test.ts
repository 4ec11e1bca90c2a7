import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIdSet } from "../../../../shared/app/data/id-set";

// Ids as Jour makes them, near misses of that form, and numbers past what is kept as bits.
const idArb = fc.oneof(
  fc.nat(70).map((n) => `w-${n}`),
  fc.nat(70).map((n) => `w-0${n}`),
  fc.nat(5).map((n) => `i-${n}`),
  fc.constantFrom("w-", "w", "", "w-1x", "w--1", "w-16777216", "w-99999999", "w-123456789"),
  fc.integer({ min: 0, max: 2 ** 30 }).map((n) => `w-${n}`),
);

describe("the compact id set", () => {
  it("property: adds and deletes as a Set of the strings does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), idArb), { maxLength: 60 }), (steps) => {
        const ids = createIdSet("w");
        const reference = new Set<string>();
        for (const [adding, id] of steps) {
          if (adding) {
            expect(ids.add(id)).toBe(!reference.has(id));
            reference.add(id);
          } else {
            ids.delete(id);
            reference.delete(id);
          }
        }
        // Every id it was asked about answers as the reference (add is the only question).
        for (const [, id] of steps) {
          expect(ids.add(id)).toBe(!reference.has(id));
          reference.add(id);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
