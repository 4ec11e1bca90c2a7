import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as electron from "electron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDocumentStore } from "../../../electron/store";
import type { DocumentStoreOptions } from "../../../electron/store";
import { runJour } from "../../../electron/run-jour";
import type { Electron } from "../../../electron/runtime";
import { createJourApp } from "../../../shared/app/api";
import {
  CURRENT_SCHEMA_VERSION,
  emptyJourData,
  type JourData,
} from "../../../shared/app/data/document";
import { parseJourData } from "../../../shared/app/data/checker";
import { NewerSchemaError } from "../../../shared/app/texts/errors";
import { emptyNotes, notesAt, parseNotes, type NotesDocument } from "./fixtures/notes-document";
import { listDir, readJson, tempDir } from "./fixtures/temp-dir";

// The shell's log file goes beside, not into the data folder these tests list.
const LOGS = path.join(os.tmpdir(), `jour-test-logs-${process.pid}`);

/** The two halves of "one bad write cannot lose the data", and a newer Jour's file. */

const open = (directory: string, extra: Partial<DocumentStoreOptions<NotesDocument>> = {}) =>
  openDocumentStore({
    directory,
    name: "jour",
    parse: parseNotes,
    defaults: emptyNotes,
    batchDelayMs: 5,
    ...extra,
  });

/** What a bug in the app could save: `parse` refuses it (seq must be ≥ 0). */
const invalidNotes = { schemaVersion: 2, seq: -1, notes: ["bad"] } as unknown as NotesDocument;

const corruptFiles = (dir: string) => listDir(dir).filter((name) => name.includes(".corrupt-"));

/** Every file of the folder with its bytes, to show that nothing was touched. */
const snapshot = (dir: string) =>
  Object.fromEntries(listDir(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));

describe("the backup is the last good file", () => {
  it.each<[string, { backupIntervalMs?: number }]>([
    ["checked on every write", { backupIntervalMs: 0 }],
    ["the default, checked at most once a minute", {}],
  ])("a saved document that fails parse never becomes the backup (%s)", async (_, extra) => {
    const dir = tempDir();
    const log = vi.fn();
    const { store } = await open(dir, { ...extra, log });
    await store.save(notesAt(1));
    await store.save(invalidNotes);
    await store.flush(); // quitting: the last write is checked too
    // The file holds what was saved (kept for the user), the backup the last good one.
    expect(readJson(path.join(dir, "jour.json"))).toEqual(invalidNotes);
    expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(1));
    if (extra.backupIntervalMs === 0) {
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/fails validation \(seq:/));
    }

    const reopened = await open(dir);

    expect(reopened.document).toEqual(notesAt(1));
    expect(reopened.problems[0]).toMatch(/^jour\.json could not be used \(invalid data: seq:/);
    expect(reopened.problems[1]).toContain("backup (jour.backup.json) was restored");
    const [aside] = corruptFiles(dir);
    expect(readJson(path.join(dir, aside ?? ""))).toEqual(invalidNotes);
  });

  it("refreshes the backup again from the next good save", async () => {
    const dir = tempDir();
    const { store } = await open(dir, { backupIntervalMs: 0 });
    await store.save(notesAt(1));
    await store.save(invalidNotes);
    await store.save(notesAt(2));
    await store.flush();
    expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(2));
  });

  it("keeps checking once a minute when the wall clock is set back", async () => {
    const dir = tempDir();
    const { store } = await open(dir, { backupIntervalMs: 20 });
    await store.save(notesAt(1)); // the session's first write: checked
    await vi.waitFor(() =>
      expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(1)),
    );
    // The clock goes back a day (a time sync, a user's fix); the interval is real time.
    const dayAgo = Date.now() - 86_400_000;
    const clock = vi.spyOn(Date, "now").mockReturnValue(dayAgo);
    try {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await store.save(notesAt(2));
      await vi.waitFor(() => {
        expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(2));
      });
    } finally {
      clock.mockRestore();
    }
  });

  it("replaces a spoiled backup with the validated document at the session's first write", async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.store.save(notesAt(3));
    await first.store.flush();
    // A backup spoiled earlier (an older Jour copied every write without checking it).
    fs.writeFileSync(path.join(dir, "jour.backup.json"), JSON.stringify(invalidNotes));

    const opened = await open(dir);
    expect(opened.problems).toEqual([]);
    await Promise.all([opened.store.save(notesAt(4)), opened.store.flush()]);

    expect(readJson(path.join(dir, "jour.backup.json"))).toEqual(notesAt(4));
    fs.writeFileSync(path.join(dir, "jour.json"), "{ torn");
    expect((await open(dir)).document).toEqual(notesAt(4));
  });

  it("keeps the user's incidents when the app saves a document that fails validation", async () => {
    const dir = tempDir();
    const openJour = () =>
      openDocumentStore<JourData>({
        directory: dir,
        name: "jour",
        parse: parseJourData,
        defaults: emptyJourData,
        batchDelayMs: 5,
      });
    const opened = await openJour();
    const app = createJourApp({
      clock: { now: () => Date.UTC(2025, 10, 24, 9) },
      storage: opened.store,
      notifier: { notify: () => undefined },
      initial: opened.document,
    });
    await app.createIncident({ summary: "real work" });
    await app.stopTimer();
    await opened.store.flush();
    // A bug hands out an id in use (what a bad nextId used to do): the file fails parse.
    const good = app.snapshot();
    const [incident] = good.incidents;
    if (!incident) throw new Error("no incident");
    await opened.store.save({ ...good, incidents: [incident, { ...incident, summary: "dup" }] });
    await opened.store.flush();

    const reopened = await openJour();

    expect(reopened.problems[0]).toMatch(/incidents\.1\.id: "i-1" is also incidents\.0\.id/);
    expect(reopened.document.incidents.map((i) => i.summary)).toEqual(["real work"]);
  });
});

describe("a file written by a newer Jour", () => {
  const newer = JSON.stringify({ schemaVersion: 3, seq: 9, notes: ["from the future"] });

  it("is not opened, moved or written: the open fails with a NewerSchemaError", async () => {
    const dir = tempDir();
    await (await open(dir)).store.save(notesAt(1));
    fs.writeFileSync(path.join(dir, "jour.json"), newer);
    fs.writeFileSync(path.join(dir, "jour.backup.json"), newer);
    const before = snapshot(dir);

    const error: unknown = await open(dir).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NewerSchemaError);
    expect(error).toMatchObject({ version: 3, newest: 2 });
    expect(snapshot(dir)).toEqual(before);
  });

  it("is left alone as the backup too, even when the file itself is bad or missing", async () => {
    for (const main of ["{ torn", null]) {
      const dir = tempDir();
      if (main !== null) fs.writeFileSync(path.join(dir, "jour.json"), main);
      fs.writeFileSync(path.join(dir, "jour.backup.json"), newer);
      const before = snapshot(dir);
      await expect(open(dir)).rejects.toBeInstanceOf(NewerSchemaError);
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it("makes the app say “update Jour” and quit, leaving the file as it is", async () => {
    const dir = tempDir();
    const { app, dialog, ipcMain, Tray } = electron;
    const file = path.join(dir, "jour.json");
    const data = { ...emptyJourData(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    fs.writeFileSync(file, JSON.stringify(data));
    vi.mocked(app.getPath).mockImplementation((name) => (name === "logs" ? LOGS : dir));
    vi.mocked(app.quit).mockClear();
    vi.mocked(ipcMain.handle).mockClear();
    const trays = (Tray as unknown as { instances: unknown[] }).instances.length;

    const running = await runJour(electron as unknown as Electron, {
      platform: "linux",
      env: {},
      execPath: "/usr/bin/jour",
      homedir: dir,
    });

    expect(running).toBeNull();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      expect.stringMatching(/Jour/),
      expect.stringContaining(`(${file})`),
    );
    expect(vi.mocked(dialog.showErrorBox).mock.calls.at(-1)?.[1]).toMatch(
      new RegExp(`version ${CURRENT_SCHEMA_VERSION + 1}`),
    );
    expect(app.quit).toHaveBeenCalled();
    // Nothing started, nothing written: the newer Jour's file is exactly as it was.
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect((Tray as unknown as { instances: unknown[] }).instances).toHaveLength(trays);
    expect(listDir(dir)).toEqual(["jour.json"]);
    expect(readJson(file)).toEqual(data);
  });
});

afterEach(() => {
  vi.mocked(electron.app.getPath).mockReset();
});
