import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { duplicateIncidentIdProblem } from "../../../../shared/app/data/distinct-ids";
import { createIdLedger } from "../../../../shared/app/data/id-ledger";

type Item = { id: string; work: { id: string }[] };

// Few ids, so that lists often repeat one: among incidents, among work, or an incident's
// id equal to a work id (allowed: they are counted apart). As Jour makes them ("i-2") and
// not ("w-02" is not "w-2").
const idArb = fc.constantFrom("i-1", "i-2", "i-10", "w-1", "w-2", "w-02", "w-0", "a", "b");
const itemArb: fc.Arbitrary<Item> = fc.record({
  id: idArb,
  work: fc.array(fc.record({ id: idArb }), { maxLength: 2 }),
});

/** One change of the list as the app makes them, or any other list. */
const changeArb = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), item: itemArb }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), item: itemArb }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("other" as const), items: fc.array(itemArb, { maxLength: 6 }) }),
);

type Change = typeof changeArb extends fc.Arbitrary<infer C> ? C : never;

function applied(list: readonly Item[], change: Change): Item[] {
  if (change.kind === "other") return [...change.items];
  const next = [...list];
  const at = list.length === 0 ? 0 : change.at % (list.length + 1);
  switch (change.kind) {
    case "replace":
      if (at < next.length) next[at] = change.item;
      else next.push(change.item);
      return next;
    case "insert":
      next.splice(at, 0, change.item);
      return next;
    case "remove":
      next.splice(at, 1);
      return next;
    case "repeat": {
      // The same object twice: its ids are then repeated.
      const item = next[at % Math.max(next.length, 1)];
      if (item) next.splice(at, 0, item);
      return next;
    }
  }
}

/** The highest number ending an id of the item ("i-10" → 10, "a" → 0). */
const numberOf = (item: { id: string; work: readonly { id: string }[] }): number =>
  Math.max(
    ...[item.id, ...item.work.map((w) => w.id)].map((id) => Number(/-(\d+)$/.exec(id)?.[1] ?? 0)),
  );
const highestOf = (list: readonly Item[]): number => Math.max(0, ...list.map(numberOf));

describe("the id ledger", () => {
  it("property: over any sequence of changes, answers as a full check of each list", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 6 }),
        fc.array(fc.tuple(changeArb, fc.boolean()), { maxLength: 12 }),
        (first, changes) => {
          const ledger = createIdLedger(numberOf);
          let list: Item[] = first;
          expect(ledger.highestBound(list)).toBe(highestOf(list));
          expect(ledger.hasDuplicates(list)).toBe(duplicateIncidentIdProblem(list) !== null);
          for (const [change, boundFirst] of changes) {
            list = applied(list, change);
            // Asked in either order of the same list: one reading of it serves both.
            if (boundFirst)
              expect(ledger.highestBound(list)).toBeGreaterThanOrEqual(highestOf(list));
            expect(ledger.hasDuplicates(list)).toBe(duplicateIncidentIdProblem(list) !== null);
            expect(ledger.highestBound(list)).toBeGreaterThanOrEqual(highestOf(list));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
