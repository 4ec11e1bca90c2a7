/**
 * `weekMarked` bisects a sorted copy of a long marks list (kept per list) instead of scanning
 * it: the answer must be the scan's for any marks, weeks and list lengths, and a new list
 * (the document is never changed in place) must be read afresh.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekMarked } from "../../../../shared/app/weeks/week-info";
import type { WeekInfo } from "../../../../shared/app/weeks/week-views";

const WEEK = 7 * 86_400_000;
const BASE = Date.UTC(2020, 0, 6);

const weekAt = (n: number): WeekInfo => ({
  start: BASE + n * WEEK,
  end: BASE + (n + 1) * WEEK,
  isoYear: 2020,
  isoWeek: 1,
  storhelg: false,
  allowanceSek: 4500,
  label: "v. 1",
});

const scan = (marks: readonly number[], week: WeekInfo) =>
  marks.some((at) => at >= week.start && at < week.end);

describe("weekMarked", () => {
  it("answers as a scan of the marks, short lists and long, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2 * WEEK, max: 60 * WEEK }), { maxLength: 80 }),
        fc.array(fc.integer({ min: -3, max: 62 }), { minLength: 1, maxLength: 20 }),
        (offsets, weeks) => {
          const marks = offsets.map((o) => BASE + o);
          for (const n of weeks) {
            expect(weekMarked(marks, weekAt(n))).toBe(scan(marks, weekAt(n)));
          }
          // A week's edges: a mark at its start counts, one at its end does not.
          const edges = [weekAt(3).start, weekAt(5).end, ...marks];
          expect(weekMarked(edges, weekAt(3))).toBe(true);
          expect(weekMarked(edges, weekAt(4))).toBe(scan(edges, weekAt(4)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a new list with one more mark is seen", () => {
    const marks = Array.from({ length: 40 }, (_, i) => BASE + 2 * i * WEEK + 1000);
    expect(weekMarked(marks, weekAt(1))).toBe(false);
    const more = [...marks, BASE + WEEK + 5];
    expect(weekMarked(more, weekAt(1))).toBe(true);
    expect(weekMarked(marks, weekAt(1))).toBe(false);
  });
});
