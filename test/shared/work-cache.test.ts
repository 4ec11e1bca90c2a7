/**
 * The rules keep each work array's checked, merged form between calls (shared/domain/
 * intervals.ts). A caller may change the array or one of its Dates in place between two calls:
 * the second call must then give exactly what a fresh copy of the changed work gives, and an
 * interval made bad must be named as before.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Interval } from "../../shared/index";
import {
  defaultSettings,
  organizerText,
  splitByTariff,
  weekPay,
  weeksPay,
} from "../../shared/index";
import { iv, mentions, rangeErrorOf } from "./fixtures";
import { DAY, MINUTE, refWeekPay } from "./reference";

const BASE = Date.UTC(2026, 2, 16); // a month holding the spring DST change in Stockholm

const spanArb = fc.record({
  minute: fc.integer({ min: 0, max: 30 * 1440 }),
  length: fc.integer({ min: 1, max: 600 }),
});

const toInterval = ({ minute, length }: { minute: number; length: number }): Interval => ({
  start: new Date(BASE + minute * MINUTE),
  end: new Date(BASE + (minute + length) * MINUTE),
});

/** A fresh array of fresh Dates with the same instants: never seen by the rules before. */
const copyOf = (work: readonly Interval[]): Interval[] =>
  work.map((w) => ({ start: new Date(w.start.getTime()), end: new Date(w.end.getTime()) }));

/** The ways a caller can change work in place; each keeps every interval valid. */
const editArb = fc.oneof(
  fc.record({
    kind: fc.constant("setTime" as const),
    index: fc.nat(),
    shift: fc.integer({ min: -600, max: 600 }),
  }),
  fc.record({ kind: fc.constant("push" as const), span: spanArb }),
  fc.record({ kind: fc.constant("pop" as const) }),
  fc.record({ kind: fc.constant("replace" as const), index: fc.nat(), span: spanArb }),
  fc.record({ kind: fc.constant("swapDates" as const), index: fc.nat(), span: spanArb }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function apply(work: Interval[], edit: Edit): void {
  const at = work.length > 0 && "index" in edit ? edit.index % work.length : -1;
  const target = work[at];
  switch (edit.kind) {
    case "setTime": {
      // The Date object itself changes: same array, same interval, same Date.
      if (!target) return;
      const moved = target.start.getTime() + edit.shift * MINUTE;
      if (moved < target.end.getTime()) target.start.setTime(moved);
      else target.end.setTime(target.end.getTime() + Math.abs(edit.shift) * MINUTE + MINUTE);
      return;
    }
    case "push":
      work.push(toInterval(edit.span));
      return;
    case "pop":
      work.pop();
      return;
    case "replace":
      if (target) work[at] = toInterval(edit.span);
      return;
    case "swapDates": {
      // The interval object stays, its Dates are replaced.
      if (!target) return;
      const fresh = toInterval(edit.span);
      target.start = fresh.start;
      target.end = fresh.end;
    }
  }
}

describe("work changed in place between two calls", { timeout: 60_000 }, () => {
  it("gives what a fresh copy of the changed work gives (weekPay, weeksPay, organizerText, splitByTariff)", () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 30 }),
        fc.array(editArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 30 * DAY }),
        (spans, edits, offset) => {
          const at = new Date(BASE + offset);
          const weeks = [new Date(BASE), at, new Date(BASE + 21 * DAY)];
          const work = spans.map(toInterval);
          // Twice: the second call reads the kept form.
          for (let i = 0; i < 2; i++) {
            weekPay(at, work, defaultSettings);
            weeksPay(weeks, work, defaultSettings);
            organizerText(weeks, work, defaultSettings);
          }
          for (const edit of edits) apply(work, edit);
          const fresh = copyOf(work);
          expect(weekPay(at, work, defaultSettings)).toEqual(weekPay(at, fresh, defaultSettings));
          // And what the per-minute brute force says (fresh copies can share a bug).
          const ref = refWeekPay(at.getTime(), fresh, defaultSettings);
          const got = weekPay(at, work, defaultSettings);
          expect({ ...got, minutes: ref.minutes }).toEqual(ref);
          expect(weeksPay(weeks, work, defaultSettings)).toEqual(
            weeksPay(weeks, copyOf(work), defaultSettings),
          );
          expect(organizerText(weeks, work, defaultSettings)).toBe(
            organizerText(weeks, copyOf(work), defaultSettings),
          );
          expect(splitByTariff(work, defaultSettings)).toEqual(
            splitByTariff(copyOf(work), defaultSettings),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("an interval made bad after a good call is named, by every entry point", () => {
    const at = new Date("2026-03-18T12:00:00Z");
    const work = [
      iv("2026-03-17T20:00:00Z", "2026-03-17T22:00:00Z"),
      iv("2026-03-18T08:00:00Z", "2026-03-18T09:00:00Z"),
    ];
    const calls = [
      () => weekPay(at, work, defaultSettings),
      () => weeksPay([at], work, defaultSettings),
      () => organizerText([at], work, defaultSettings),
      () => splitByTariff(work, defaultSettings),
    ];
    const named = (field: string) => {
      for (const call of calls) expect(mentions(rangeErrorOf(call).message, field)).toBe(true);
    };
    for (const call of calls) call();
    const second = work[1] as Interval;
    second.end.setTime(second.start.getTime()); // end = start
    named("work[1]");
    second.end.setTime(Number.NaN);
    named("work[1].end");
    second.end = new Date("2026-03-18T09:00:00Z");
    for (const call of calls) call();
    // Not a Date any more, though it answers getTime() with the old instant.
    (second as { start: unknown }).start = { getTime: () => Date.parse("2026-03-18T08:00:00Z") };
    named("work[1].start");
    (second as { start: unknown }).start = {
      getTime: () => {
        throw new Error("not a Date");
      },
    };
    named("work[1].start");
    (second as { start: unknown }).start = 7;
    named("work[1].start");
    second.start = new Date("2026-03-18T08:00:00Z");
    for (const call of calls) call(); // all good again, and kept
    // In place of an interval: a function carrying the very same Dates, a number, null.
    const first = work[0] as Interval;
    (work as unknown[])[0] = Object.assign(() => 0, { start: first.start, end: first.end });
    named("work[0]");
    (work as unknown[])[0] = 5;
    named("work[0]");
    (work as unknown[])[0] = null;
    named("work[0]");
  });
});
