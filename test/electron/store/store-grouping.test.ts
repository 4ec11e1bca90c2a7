import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGrouper } from "../../../electron/store/grouping";
import { groupItems, safeUnit } from "../../../electron/store/segments";

interface Item {
  unit: string;
  /** Each item a value of its own, so that equal lists hold the same items. */
  serial: number;
}
let serials = 0;
const item = (unit: string): Item => ({ unit, serial: serials++ });
const unitOf = (item: unknown): string => (item as Item | undefined)?.unit ?? "no unit!";
const fresh = (items: readonly unknown[]) => groupItems(items, (i) => safeUnit(unitOf(items[i])));

/** An edit as the app core makes it: a new array, objects replaced, never changed in place. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant("replace"),
    at: fc.nat(),
    unit: fc.constantFrom("", "2019", "2020"),
  }),
  fc.record({ kind: fc.constant("insert"), at: fc.nat(), unit: fc.constantFrom("2019", "2021") }),
  fc.record({ kind: fc.constant("remove"), at: fc.nat(), unit: fc.constant("") }),
);

describe("the grouping of the items by unit", () => {
  it("is what groupItems makes, over any edits, and never changes a list it handed out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("2019", "2020", "bad unit"), { maxLength: 12 }),
        fc.array(edit, { maxLength: 15 }),
        (units, edits) => {
          const group = createGrouper(unitOf);
          let items: unknown[] = units.map(item);
          const handedOut: [unknown[], unknown[]][] = [];
          const check = () => {
            const grouped = group(items);
            expect(grouped).toEqual(fresh(items));
            for (const list of grouped.units.values()) handedOut.push([list, [...list]]);
          };
          check();
          for (const { kind, at, unit } of edits) {
            items = [...items];
            const i = items.length === 0 ? 0 : at % items.length;
            const old = items[i] as Item | undefined;
            // "" keeps the item's unit: the edit of an incident's notes
            if (kind === "replace" && old) items[i] = item(unit === "" ? old.unit : unit);
            if (kind === "insert") items.splice(i, 0, item(unit));
            if (kind === "remove") items.splice(i, 1);
            check();
          }
          for (const [list, copy] of handedOut) expect(list).toEqual(copy);
        },
      ),
    );
  });
});
