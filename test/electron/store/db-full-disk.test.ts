import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Incident, JourData } from "../../../shared/app/data/document";
import { StorageWriteError } from "../../../shared/app/texts/storage-faults";
import { openJourStore } from "../../../electron/store";
import { parseJourData } from "../../../shared/app/data/checker";
import { emptyJourData } from "../../../shared/app/data/document";
import { someYears } from "./fixtures/jour-store";
import { expectNoMountAllowed, mountSmallDisk } from "./fixtures/small-disk";

/** `count` more incidents with long notes: some hundred kB to write. */
function grown(data: JourData, count: number): JourData {
  const first = data.incidents[0] as Incident;
  const added = Array.from({ length: count }, (_, i) => ({
    ...first,
    id: `i-${data.nextId + i}`,
    work: [],
    notes: `ny ${i} `.padEnd(10_000, "å"),
  }));
  return { ...data, incidents: [...data.incidents, ...added], nextId: data.nextId + count };
}

describe("a full disk (a real tmpfs, filled)", () => {
  it("rolls back, keeps the change, tells once, and saves it with the next change once there is room", async () => {
    const disk = mountSmallDisk(4);
    if (disk === null) return expectNoMountAllowed();
    const dir = path.join(disk.dir, "Jour");
    const told = vi.fn();
    const open = () =>
      openJourStore<JourData>({
        directory: dir,
        parse: parseJourData,
        defaults: emptyJourData,
        batchDelayMs: 1,
        onSaveFailed: told,
      });
    const { store } = await open();
    const data = someYears(100);
    await store.save(data);
    disk.fill(8 * 1024); // a few kB left
    const big = grown(data, 40);
    const failure = await store.save(big).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect(failure).toMatchObject({ fault: "no-space", file: path.join(dir, "jour.db") });
    expect(told).toHaveBeenCalledTimes(1);
    // The next change fails too, and is not told again.
    const bigger = grown(big, 1);
    await expect(store.save(bigger)).rejects.toBeInstanceOf(StorageWriteError);
    expect(told).toHaveBeenCalledTimes(1);
    // Room again: the next change saves everything kept in memory.
    disk.makeRoom();
    const last = { ...bigger, nextId: bigger.nextId + 1 };
    await store.save(last);
    await store.close();
    const again = await open();
    expect(again.notices).toEqual([]);
    expect(again.document).toEqual(last);
    await again.store.close();
  });

  it("a read-only disk: the save is refused in the user's terms, the database intact", async () => {
    const disk = mountSmallDisk(4);
    if (disk === null) return expectNoMountAllowed();
    const dir = path.join(disk.dir, "Jour");
    const { store } = await openJourStore<JourData>({
      directory: dir,
      parse: parseJourData,
      defaults: emptyJourData,
      batchDelayMs: 1,
    });
    const data = someYears(30);
    await store.save(data);
    await store.close();
    const bytes = fs.readFileSync(path.join(dir, "jour.db"));
    disk.readOnly();
    // Opening a read-only folder fails before changing anything: the app asks, try again.
    await expect(
      openJourStore<JourData>({ directory: dir, parse: parseJourData, defaults: emptyJourData }),
    ).rejects.toMatchObject({ name: "StoreOpenError" });
    expect(fs.readFileSync(path.join(dir, "jour.db")).equals(bytes)).toBe(true);
  });
});
