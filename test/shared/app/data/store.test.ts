import { describe, expect, it } from "vitest";
import { emptyJourData, type JourData } from "../../../../shared/app/data/document";
import { createDocumentStore } from "../../../../shared/app/data/store";

describe("the document store", () => {
  it("hands each change to storage at once, without waiting for the previous save", async () => {
    const started: number[] = [];
    const pending: (() => void)[] = [];
    const storage = {
      save: (document: JourData) =>
        new Promise<void>((resolve) => {
          started.push(document.nextId);
          pending.push(resolve);
        }),
    };
    const store = createDocumentStore(storage, emptyJourData());
    const first = store.write({ ...emptyJourData(), nextId: 2 });
    const second = store.write({ ...emptyJourData(), nextId: 3 });
    expect(started).toEqual([2, 3]);
    expect(store.read().nextId).toBe(3);
    for (const resolve of pending) resolve();
    await Promise.all([first, second]);
  });

  it("saves a change before a listener's own change, so the last one wins", async () => {
    const saved: number[] = [];
    const store = createDocumentStore(
      { save: async (d) => void saved.push(d.nextId) },
      emptyJourData(),
    );
    store.onChange(() => {
      if (store.read().nextId === 2) void store.write({ ...store.read(), nextId: 3 });
    });
    store.onChange(() => {
      throw new Error("a broken listener");
    });
    await store.write({ ...emptyJourData(), nextId: 2 });
    expect(saved).toEqual([2, 3]);
    expect(store.read().nextId).toBe(3);
  });
});
