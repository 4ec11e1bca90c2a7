import { describe, expect, it } from "vitest";
import { asciiJson } from "../../../electron/store/json-writer";
import { createLayoutWriter } from "../../../electron/store/layout-writer";
import type { Layout } from "../../../electron/store/segments";
import { tempDir } from "./fixtures/temp-dir";

let serialized = 0;
/** An incident that counts how often it is serialized (JSON.stringify calls toJSON). */
class Counted {
  constructor(
    readonly year: number,
    readonly n: number,
  ) {}
  toJSON() {
    serialized++;
    return { year: this.year, n: this.n };
  }
}

const split = { member: "items", unitOf: (item: unknown) => String((item as Counted).year) };
const idle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Ten years of 20 items each, and two items of the new year: a January. */
const january = (): Counted[] => [
  ...Array.from({ length: 200 }, (_, i) => new Counted(2016 + Math.floor(i / 20), i)),
  new Counted(2026, 200),
  new Counted(2026, 201),
];
const replaced = (items: Counted[], at: number): Counted[] =>
  items.map((item, i) => (i === at ? new Counted(item.year, item.n + 1000) : item));

describe("the year files' bytes made ahead and kept", () => {
  it("are last year's too in January, kept while it is edited, and forgotten once it is not", async () => {
    const directory = tempDir();
    const open = () =>
      createLayoutWriter({
        directory,
        stem: "jour",
        split,
        log: () => undefined,
        manifestText: (manifest) => asciiJson(manifest) ?? "",
      });
    let items = january();
    const written = await open().write({ items });
    // The next session: a writer of its own, told what the open read.
    const writer = open();
    writer.adopt({ items }, written.layout as Layout);
    serialized = 0;
    await idle();
    // The newest year's two and last year's twenty, made while idle.
    expect(serialized).toBe(22);

    serialized = 0;
    await writer.write({ items: (items = replaced(items, 195)) }); // an edit of last December
    expect(serialized).toBe(1);

    writer.trim(); // a backup check: last year was written since the last one, so it stays
    serialized = 0;
    await writer.write({ items: (items = replaced(items, 190)) });
    expect(serialized).toBe(1);

    writer.trim();
    writer.trim(); // a check with no edit of last year since the one before: it goes
    serialized = 0;
    await writer.write({ items: (items = replaced(items, 185)) });
    expect(serialized).toBe(20);

    writer.trim();
    writer.trim(); // the newest year's bytes stay whatever is edited
    serialized = 0;
    await writer.write({ items: (items = replaced(items, 201)) });
    expect(serialized).toBe(1);
  });
});
