import fs from "node:fs";
import path from "node:path";
import { app } from "electron";
import { describe, expect, it, vi } from "vitest";
import { openDocumentStore } from "../../../electron/store";
import { emptyNotes, notesAt, parseNotes } from "./fixtures/notes-document";
import { listDir, readJson, tempDir } from "./fixtures/temp-dir";

const open = (directory: string) =>
  openDocumentStore({
    directory,
    name: "jour",
    parse: parseNotes,
    defaults: emptyNotes,
    batchDelayMs: 5,
  });

describe("the document store", () => {
  it("starts a first run with the defaults, reports nothing and writes nothing yet", async () => {
    const dir = tempDir();
    const { document, problems } = await open(dir);
    expect(document).toEqual(emptyNotes());
    expect(problems).toEqual([]);
    expect(listDir(dir)).toEqual([]);
  });

  it("writes through electron-store, into the given folder rather than userData", async () => {
    const dir = tempDir();
    vi.mocked(app.getVersion).mockClear();
    const { store } = await open(dir);
    await store.save(notesAt(1));
    expect(store.path).toBe(path.join(dir, "jour.json"));
    expect(vi.mocked(app.getVersion)).toHaveBeenCalled();
    expect(fs.existsSync(app.getPath("userData"))).toBe(false);
  });

  it("gives back on reopening exactly what was saved", async () => {
    const dir = tempDir();
    const saved = notesAt(7, ["Kund A: 500 i kassan", "ring tillbaka 07:30", "åäö ✓"]);
    const first = await open(dir);
    await first.store.save(saved);
    const second = await open(dir);
    expect(second.document).toEqual(saved);
    expect(second.problems).toEqual([]);
  });

  it("has the document on disk when a save resolves, and a backup of it right after", async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await store.save(notesAt(3));
    expect(readJson(path.join(dir, "jour.json"))).toEqual(notesAt(3));
    // The check and the backup run in a task of their own, just after the write.
    await vi.waitFor(() => {
      expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(3));
    });
    expect(listDir(dir)).toEqual(["jour.backup.json", "jour.json"]);
  });

  it("keeps every acknowledged save across reopenings, without an explicit flush", async () => {
    const dir = tempDir();
    for (let seq = 1; seq <= 5; seq++) {
      const { document, store } = await open(dir);
      expect(document.seq).toBe(seq - 1);
      await store.save(notesAt(seq));
    }
    expect((await open(dir)).document.seq).toBe(5);
  });

  it("migrates an older schema version through parse", async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "jour.json"),
      JSON.stringify({ schemaVersion: 1, seq: 4, note: "from v1" }),
    );
    const { document, problems, store } = await open(dir);
    expect(document).toEqual(notesAt(4, ["from v1"]));
    expect(problems).toEqual([]);
    await store.save(document);
    expect(readJson(path.join(dir, "jour.json"))).toMatchObject({ schemaVersion: 2 });
  });

  it("creates its folder when it does not exist", async () => {
    const dir = path.join(tempDir(), "nested", "userData");
    const { store } = await open(dir);
    await store.save(notesAt(1));
    expect((await open(dir)).document).toEqual(notesAt(1));
  });
});
