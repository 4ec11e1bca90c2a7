import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openDocumentStore, StoreOpenError } from "../../../electron/store";
import type { WriterFs } from "../../../electron/store";
import { writeFileVerified } from "../../../electron/store/atomic-file";
import { createJourApp } from "../../../shared/app/api";
import { createJourDataChecker } from "../../../shared/app/data/checker";
import { emptyJourData } from "../../../shared/app/data/document";
import type { JourData } from "../../../shared/app/data/document";
import type { DesktopNotification } from "../../../shared/app/ports";
import { StorageWriteError } from "../../../shared/app/texts/storage-faults";
import { faultyFs, halfThenFull, halves } from "./fixtures/faulty-fs";
import { emptyNotes, notesAt, parseNotes } from "./fixtures/notes-document";
import { listDir, readJson, tempDir } from "./fixtures/temp-dir";

/**
 * The writer under a file system that writes fewer bytes than asked, as write(2) may on a
 * filling disk (what atomically 2.1.1 ignored): runs on any machine. The real full disk is
 * store-full-disk.test.ts.
 */

const content = JSON.stringify(
  notesAt(
    1,
    Array.from({ length: 200 }, (_, i) => `note ${i} åäö`),
  ),
);

/** Every file of the folder with its bytes, to show that nothing was touched. */
const snapshot = (dir: string) =>
  Object.fromEntries(listDir(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));

describe("the verified writer", () => {
  it("writes on after a short write until every byte is there", () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.json");
    const io = faultyFs(halves);
    writeFileVerified(file, content, io);
    expect(fs.readFileSync(file, "utf8")).toBe(content);
    expect(io.writes).toBeGreaterThan(5); // it did take many short writes
    expect(listDir(dir)).toEqual(["jour.json"]);
  });

  it.each<[string, () => WriterFs, string]>([
    ["a write of 0 bytes (the disk is full)", () => faultyFs(halfThenFull()), "no-space"],
    [
      "a write that reports more than it wrote",
      () => faultyFs(halves, { lie: true }),
      "not-verified",
    ],
    ["a rename that fails", () => faultyFs((n) => n, { failRename: true }), "read-only"],
  ])("keeps the old file and leaves no temp file after %s", (_, makeIo, fault) => {
    const dir = tempDir();
    const file = path.join(dir, "jour.json");
    fs.writeFileSync(file, "the old file");

    let error: unknown;
    try {
      writeFileVerified(file, content, makeIo());
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toBeInstanceOf(StorageWriteError);
    expect(error).toMatchObject({ file, directory: dir, bytes: Buffer.byteLength(content), fault });
    expect(listDir(dir)).toEqual(["jour.json"]);
    expect(fs.readFileSync(file, "utf8")).toBe("the old file");
  });

  it("is the only writer: nothing in electron/ imports atomically any more", () => {
    const sources = fs
      .readdirSync("electron", { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(10);
    for (const name of sources) {
      expect(fs.readFileSync(path.join("electron", name), "utf8"), name).not.toMatch(
        /from "atomically"/,
      );
    }
  });
});

describe("the store on a file system that writes short", () => {
  /** A store whose file system fails once `full` is set, as a disk filling up does. */
  async function openFailing(dir: string, onBackupFailed?: (error: unknown) => void) {
    let full = false;
    const io = faultyFs((asked) => (full ? halfThenFullOnce(asked) : asked));
    let halfDone = false;
    const halfThenFullOnce = (asked: number) => {
      if (halfDone) return 0;
      halfDone = true;
      return Math.floor(asked / 2);
    };
    const opened = await openDocumentStore({
      directory: dir,
      name: "jour",
      parse: parseNotes,
      defaults: emptyNotes,
      batchDelayMs: 1,
      backupIntervalMs: 0,
      io,
      onBackupFailed,
    });
    return {
      ...opened,
      fill: () => {
        full = true;
        halfDone = false;
      },
      makeRoom: () => (full = false),
    };
  }

  it("rejects the save, keeps the file and its backup as they were, and saves later", async () => {
    const dir = tempDir();
    const { store, fill, makeRoom } = await openFailing(dir);
    await store.save(notesAt(1));
    await store.flush(); // the backup holds seq 1 too
    const before = snapshot(dir);

    fill();
    const failed = await store.save(notesAt(2)).catch((error: unknown) => error);

    expect(failed).toBeInstanceOf(StorageWriteError);
    expect(failed).toMatchObject({ file: path.join(dir, "jour.json"), fault: "no-space" });
    expect((failed as StorageWriteError).bytes).toBe(JSON.stringify(notesAt(2)).length);
    await store.flush().catch(() => undefined); // the quit's flush fails the same way
    expect(snapshot(dir)).toEqual(before);

    makeRoom();
    await store.flush(); // the retry: the kept document is written
    expect(readJson(path.join(dir, "jour.json"))).toEqual(notesAt(2));
    expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(2));
  });

  it("writes the backup only as a verified copy: a short backup write keeps the old one", async () => {
    const dir = tempDir();
    const warned = vi.fn();
    const { store, fill, makeRoom } = await openFailing(dir, warned);
    await store.save(notesAt(1));
    await store.flush();
    // The document write succeeds (its bytes fit), then the disk fills before the backup.
    await store.save(notesAt(2));
    fill();
    await store.flush();
    expect(readJson(path.join(dir, "jour.json"))).toEqual(notesAt(2));
    expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(1));
    expect(listDir(dir)).toEqual(["jour.backup.json", "jour.json"]);
    // The user is told once (the shell notifies), not at every failing try.
    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned.mock.calls[0]?.[0]).toMatchObject({
      file: path.join(dir, "jour.backup.json"),
      fault: "no-space",
    });
    fill();
    await store.flush();
    expect(warned).toHaveBeenCalledTimes(1);
    makeRoom();
    await store.flush();
    expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(2));
  });

  it("tells the user once, in their language, what failed, the room needed and where", async () => {
    const dir = tempDir();
    let full = false;
    const io = faultyFs((asked) => (full ? 0 : asked));
    const checker = createJourDataChecker();
    const opened = await openDocumentStore<JourData>({
      directory: dir,
      name: "jour",
      parse: checker.parse,
      defaults: emptyJourData,
      batchDelayMs: 1,
      io,
    });
    const told: DesktopNotification[] = [];
    const app = createJourApp({
      clock: { now: () => Date.UTC(2026, 0, 12, 9) },
      storage: opened.store,
      notifier: { notify: (n) => told.push(n) },
      initial: opened.document,
    });
    await app.updateSettings({ language: "en" });
    await opened.store.flush();
    const saved = fs.readFileSync(path.join(dir, "jour.json"));

    full = true;
    await app.createIncident({ summary: "Kassan nere" });
    await app.createIncident({ summary: "Kassan nere igen" });
    await app.checkAlerts(); // the tick retries, and fails again: no second notice

    expect(told).toHaveLength(1);
    expect(told[0]?.title).toBe(
      "Jour could not save – the change is kept and saved at the next attempt",
    );
    expect(told[0]?.body).toContain(
      `${path.join(dir, "jour.json")} could not be saved: the disk is full`,
    );
    expect(told[0]?.body).toMatch(/Free at least \d+\.\d MB on the disk that holds /);
    expect(told[0]?.body).toContain(dir);
    expect(fs.readFileSync(path.join(dir, "jour.json"))).toEqual(saved);

    full = false;
    await app.checkAlerts(); // the next tick saves what was kept
    const reopened = await openDocumentStore<JourData>({
      directory: dir,
      name: "jour",
      parse: createJourDataChecker().parse,
      defaults: emptyJourData,
    });
    expect(reopened.document.incidents.map((i) => i.summary)).toEqual([
      "Kassan nere",
      "Kassan nere igen",
    ]);
  });

  it("does not restore the backup at open when its copy cannot be written: changes nothing", async () => {
    const dir = tempDir();
    const first = await openFailing(dir);
    await first.store.save(notesAt(5));
    await first.store.flush();
    fs.writeFileSync(path.join(dir, "jour.json"), "{ torn");
    const before = snapshot(dir);

    const error = await openDocumentStore({
      directory: dir,
      name: "jour",
      parse: parseNotes,
      defaults: emptyNotes,
      io: faultyFs(halfThenFull()),
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({
      file: path.join(dir, "jour.json"),
      directory: dir,
      fault: "no-space",
      bytes: fs.statSync(path.join(dir, "jour.backup.json")).size,
    });
    expect(snapshot(dir)).toEqual(before);
    // With room again, the open restores it as before.
    const opened = await openDocumentStore({
      directory: dir,
      name: "jour",
      parse: parseNotes,
      defaults: emptyNotes,
    });
    expect(opened.document).toEqual(notesAt(5));
    expect(opened.notices.map((n) => n.kind)).toEqual(["unusable", "restored"]);
  });
});

describe("an engine that writes the file its own way", () => {
  it("does not get a save acknowledged", async () => {
    const dir = tempDir();
    const { store } = await openDocumentStore({
      directory: dir,
      name: "jour",
      parse: parseNotes,
      defaults: emptyNotes,
      batchDelayMs: 1,
      // As conf without the routing: it writes the file with fs, not through writeFile.
      createStore: (options) => ({
        path: path.join(options.cwd, `${options.name}.json`),
        set store(value: Record<string, unknown>) {
          fs.writeFileSync(path.join(options.cwd, `${options.name}.json`), JSON.stringify(value));
        },
        get store() {
          return {};
        },
      }),
    });
    await expect(store.save(notesAt(1))).rejects.toThrow(/bypassed the verified writer/);
  });
});
