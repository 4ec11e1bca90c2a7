import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDocumentStore } from "../../../electron/store";
import { countingElectronStore } from "./fixtures/counting-engine";
import { emptyNotes, notesAt, parseNotes } from "./fixtures/notes-document";
import { readJson, tempDir } from "./fixtures/temp-dir";

const openCounting = async (engine: ReturnType<typeof countingElectronStore>) => {
  const dir = tempDir();
  const opened = await openDocumentStore({
    directory: dir,
    name: "jour",
    parse: parseNotes,
    defaults: emptyNotes,
    createStore: engine.createStore,
  });
  return { dir, file: path.join(dir, "jour.json"), ...opened };
};

afterEach(() => {
  vi.useRealTimers();
});

describe("batched writes", () => {
  it("writes many saves of one tick once, with the last document, and resolves them all", async () => {
    const engine = countingElectronStore();
    const { store, file } = await openCounting(engine);

    const saves = Array.from({ length: 50 }, (_, i) => store.save(notesAt(i + 1)));
    await Promise.all(saves);

    expect(engine.writes()).toBe(1);
    expect(readJson(file)).toEqual(notesAt(50));
  });

  it("resolves a save only once the write holding it is done, 200 ms later", async () => {
    vi.useFakeTimers();
    const engine = countingElectronStore();
    const { store, file } = await openCounting(engine);
    let acknowledged = false;
    void store.save(notesAt(1)).then(() => (acknowledged = true));

    await vi.advanceTimersByTimeAsync(199);
    expect(acknowledged).toBe(false);
    expect(fs.existsSync(file)).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    // The write itself runs in the thread pool: acknowledged once it is done, and only then.
    await vi.waitFor(() => expect(acknowledged).toBe(true));
    expect(readJson(file)).toEqual(notesAt(1));
  });

  it("is not starved by a steady stream of saves: one write per 200 ms", async () => {
    vi.useFakeTimers();
    const engine = countingElectronStore();
    const { store, file } = await openCounting(engine);
    const saves: Promise<void>[] = [];
    for (let seq = 1; seq <= 40; seq++) {
      saves.push(store.save(notesAt(seq)));
      await vi.advanceTimersByTimeAsync(25);
      // Each write runs in the thread pool, in real time: let it end before the next is due.
      if (seq % 8 === 0) await vi.waitFor(() => expect(engine.writes()).toBe(seq / 8));
    }
    // 40 saves over 1 s: a write at 200, 400, 600, 800 and 1000 ms.
    expect(engine.writes()).toBe(5);
    await vi.waitFor(() => Promise.all(saves));
    expect(readJson(file)).toEqual(notesAt(40));
  });

  it("writes at once on flush (at quit), and not again when the timer would have fired", async () => {
    vi.useFakeTimers();
    const engine = countingElectronStore();
    const { store, file } = await openCounting(engine);
    const saved = store.save(notesAt(9));
    await store.flush();
    await expect(saved).resolves.toBeUndefined();
    expect(readJson(file)).toEqual(notesAt(9));

    await vi.advanceTimersByTimeAsync(1000);
    await store.flush();
    expect(engine.writes()).toBe(1);
  });

  it("rejects the saves of a failed write, and writes their document on the next flush", async () => {
    let fail = true;
    const engine = countingElectronStore({ failNext: () => fail });
    const { store, file } = await openCounting(engine);

    const first = store.save(notesAt(1));
    const second = store.save(notesAt(2));
    await expect(first).rejects.toThrow("ENOSPC");
    await expect(second).rejects.toThrow("ENOSPC");
    await expect(store.flush()).rejects.toThrow("ENOSPC");
    expect(fs.existsSync(file)).toBe(false);

    fail = false;
    await store.flush();
    expect(readJson(file)).toEqual(notesAt(2));
    expect(engine.writes()).toBe(1);
  });

  it("counts the same writes in the file's modification times", async () => {
    const engine = countingElectronStore();
    const { store, file } = await openCounting(engine);
    const mtimes = new Set<bigint>();
    for (let round = 0; round < 3; round++) {
      await Promise.all([1, 2, 3, 4].map((i) => store.save(notesAt(round * 10 + i))));
      mtimes.add(fs.statSync(file, { bigint: true }).mtimeNs);
    }
    expect(engine.writes()).toBe(3);
    expect(mtimes.size).toBe(3);
  });
});
