/**
 * The rules sort work instants with their own sort (shared/domain/sort.ts): insertion for
 * nearly sorted input, quicksort otherwise, the native sort past a depth limit. Whatever the
 * shape, the result must be the native sort's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortInstants } from "../../shared/domain/sort";

const instant = fc.integer({ min: -8.64e15, max: 8.64e15 });

/** Shapes that stress each path: random, few distinct values, sorted, reversed, nearly sorted. */
const shapeArb = fc.oneof(
  fc.array(instant, { maxLength: 400 }),
  fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 400 }),
  fc.array(instant, { maxLength: 400 }).map((a) => a.sort((x, y) => x - y)),
  fc.array(instant, { maxLength: 400 }).map((a) => a.sort((x, y) => y - x)),
  fc
    .tuple(fc.array(instant, { minLength: 30, maxLength: 400 }), fc.nat(), fc.nat())
    .map(([a, i, j]) => {
      a.sort((x, y) => x - y);
      const p = i % a.length;
      const q = j % a.length;
      [a[p], a[q]] = [a[q] as number, a[p] as number];
      return a;
    }),
);

describe("sortInstants", () => {
  it("sorts the first count values as the native sort does and leaves the rest", () => {
    fc.assert(
      fc.property(shapeArb, fc.nat(), (values, cut) => {
        const count = values.length === 0 ? 0 : cut % (values.length + 1);
        const got = Float64Array.from(values);
        sortInstants(got, count);
        const want = Float64Array.from(values);
        want.subarray(0, count).sort();
        expect(Array.from(got)).toEqual(Array.from(want));
      }),
      { numRuns: 500 },
    );
  });

  it("sorts large inputs of every shape (organ pipe, sawtooth, all equal)", () => {
    const n = 5000;
    const shapes = [
      Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      Array.from({ length: n }, (_, i) => i % 97),
      Array.from({ length: n }, () => 7),
      Array.from({ length: n }, (_, i) => (i * 7919) % n),
    ];
    for (const shape of shapes) {
      const got = Float64Array.from(shape);
      sortInstants(got, n);
      expect(Array.from(got)).toEqual(Array.from(Float64Array.from(shape).sort()));
    }
  });
});
