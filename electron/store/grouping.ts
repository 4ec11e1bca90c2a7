import { safeUnit } from "./segments";
import type { Grouped } from "./segments";

/** Groups a document's items by unit: see createGrouper. */
export type Grouper = (items: readonly unknown[]) => Grouped;

interface LastGrouping {
  items: readonly unknown[];
  /** Item i's unit, and its index in that unit's list. */
  units: string[];
  positions: Int32Array;
  grouped: Grouped;
}

/**
 * The items grouped by unit (`unitOf`, made safe for a file name), and the runs of their
 * order, as `groupItems` makes them, from the last grouping where it can: saved documents are
 * immutable values, so an item that is the same object at the same index as then has the
 * same unit. When the items are those of last time with some replaced by items of the same
 * unit (an edit), the grouping is last time's with only those units' lists copied and the
 * new items put in (one pass of comparisons); otherwise it is made again, asking `unitOf`
 * only for the items not at their index of last time. A unit list returned is never changed
 * afterwards (the writer keeps them to compare the next save with, by identity).
 */
export function createGrouper(unitOf: (item: unknown) => string): Grouper {
  let last: LastGrouping | undefined;

  const replaced = (items: readonly unknown[], previous: LastGrouping): Grouped | undefined => {
    let units: Map<string, unknown[]> | undefined;
    let copied: Set<string> | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === previous.items[i]) continue;
      const unit = previous.units[i] ?? "";
      if (safeUnit(unitOf(item)) !== unit) return undefined; // moved to another unit
      units ??= new Map(previous.grouped.units);
      copied ??= new Set();
      let list = units.get(unit) ?? [];
      if (!copied.has(unit)) {
        units.set(unit, (list = list.slice())); // copied once, never the list handed out
        copied.add(unit);
      }
      list[previous.positions[i] ?? 0] = item;
    }
    return { units: units ?? previous.grouped.units, order: previous.grouped.order };
  };

  const regroup = (items: readonly unknown[]): LastGrouping => {
    const previous = last;
    const units = new Array<string>(items.length);
    const positions = new Int32Array(items.length);
    const lists = new Map<string, unknown[]>();
    const order: [string, number][] = [];
    let run: [string, number] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const known = previous !== undefined && previous.items[i] === item;
      const unit = known ? (previous.units[i] ?? "") : safeUnit(unitOf(item));
      units[i] = unit;
      let list = lists.get(unit);
      if (list === undefined) lists.set(unit, (list = []));
      positions[i] = list.length;
      list.push(item);
      if (run !== undefined && run[0] === unit) run[1]++;
      else order.push((run = [unit, 1]));
    }
    return { items, units, positions, grouped: { units: lists, order } };
  };

  return (items) => {
    if (last !== undefined && last.items.length === items.length) {
      const grouped = replaced(items, last);
      if (grouped !== undefined) {
        last = { ...last, items, grouped };
        return grouped;
      }
    }
    last = regroup(items);
    return last.grouped;
  };
}
