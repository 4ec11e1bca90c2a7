import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as electron from "electron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { localeLanguage, openDataOrAsk } from "../../../electron/open-data";
import { runJour } from "../../../electron/run-jour";
import type { Electron } from "../../../electron/runtime";
import { openDocumentStore } from "../../../electron/store";
import { emptyJourData } from "../../../shared/app/data/document";
import { textsFor } from "../../../shared/app/texts/texts";
import { emptyNotes, notesAt, parseNotes } from "./fixtures/notes-document";
import { listDir, tempDir } from "./fixtures/temp-dir";

// The shell's log file goes beside, not into the data folder these tests list.
const LOGS = path.join(os.tmpdir(), `jour-test-logs-${process.pid}`);

/** A start that always speaks: every error opening the data is a dialog, and changes nothing. */

const { app, dialog, shell } = electron;

const runJourIn = (dir: string) => {
  vi.mocked(app.getPath).mockImplementation((name) => (name === "logs" ? LOGS : dir));
  return runJour(electron as unknown as Electron, {
    platform: "linux",
    env: {},
    execPath: "/usr/bin/jour",
    homedir: dir,
  });
};

const answer = (...responses: number[]) => {
  for (const response of responses) {
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response, checkboxChecked: false });
  }
};

const boxes = () => vi.mocked(dialog.showMessageBox).mock.calls.map(([box]) => box);

const snapshot = (dir: string) =>
  Object.fromEntries(
    listDir(dir).map((name) => {
      const file = path.join(dir, name);
      return [name, fs.statSync(file).isDirectory() ? "folder" : fs.readFileSync(file, "utf8")];
    }),
  );

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(app.getPath).mockReset();
  vi.mocked(app.getLocale).mockReset();
  vi.mocked(dialog.showMessageBox).mockClear();
  vi.mocked(dialog.showErrorBox).mockClear();
  vi.mocked(shell.openPath).mockClear();
  vi.mocked(app.quit).mockClear();
});

describe("an error opening the data", () => {
  it("when jour.json is a folder: names it, says why and what to do, quits when asked", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "jour.json"));
    answer(2);

    expect(await runJourIn(dir)).toBeNull();

    expect(boxes()).toEqual([
      {
        type: "error",
        title: "Jour kan inte öppna dina data",
        message: `Jour kunde inte öppna ${path.join(dir, "jour.json")}.`,
        detail:
          "Orsak: där filen ska ligga finns en mapp. " +
          `Flytta undan mappen i ${dir} som har filens namn. ` +
          "Ingen fil har ändrats. Försök igen när det är åtgärdat.",
        buttons: ["Försök igen", "Öppna datamappen", "Avsluta"],
        defaultId: 0,
        cancelId: 2,
      },
    ]);
    expect(app.quit).toHaveBeenCalled();
    expect(snapshot(dir)).toEqual({ "jour.json": "folder" });
  });

  it("when jour.json cannot be read (EACCES): in English for an English OS", async () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.json");
    fs.writeFileSync(file, JSON.stringify(emptyJourData()));
    // Mode 000 does not stop root (CI): the read fails as it does for a user.
    const read = fs.readFileSync.bind(fs);
    vi.spyOn(fs, "readFileSync").mockImplementation(((
      target: fs.PathOrFileDescriptor,
      ...rest: []
    ) => {
      if (target === file) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {
          code: "EACCES",
          path: file,
        });
      }
      return read(target, ...rest);
    }) as typeof fs.readFileSync);
    vi.mocked(app.getLocale).mockReturnValue("en-GB");
    answer(1, 2);

    expect(await runJourIn(dir)).toBeNull();

    expect(shell.openPath).toHaveBeenCalledWith(dir);
    expect(boxes()).toHaveLength(2);
    expect(boxes()[0]).toMatchObject({
      title: "Jour cannot open your data",
      message: `Jour could not open ${file}.`,
      detail:
        "Cause: Jour is not allowed to use the file or its folder. " +
        `Make sure your user may read and write ${dir} and the files in it. ` +
        "No file was changed. Try again once that is done.",
      buttons: ["Try again", "Open data folder", "Quit"],
    });
    vi.restoreAllMocks();
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(emptyJourData());
  });

  it("tries again when asked, and opens once the cause is gone", async () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.json");
    fs.mkdirSync(file);
    const asked: string[] = [];
    const opened = await openDataOrAsk({
      open: () =>
        openDocumentStore({
          directory: dir,
          name: "jour",
          parse: parseNotes,
          defaults: emptyNotes,
        }),
      texts: textsFor("en").storage,
      ask: (box) => {
        asked.push(box.message);
        if (asked.length === 2) {
          // The user fixes it between the two tries.
          fs.rmdirSync(file);
          fs.writeFileSync(file, JSON.stringify(notesAt(3)));
        }
        return Promise.resolve(0);
      },
      openFolder: () => Promise.resolve(""),
      log: () => undefined,
    });
    expect(asked).toEqual([`Jour could not open ${file}.`, `Jour could not open ${file}.`]);
    expect(opened?.document).toEqual(notesAt(3));
  });

  it("speaks Swedish on a Swedish OS and English on any other", () => {
    expect(["sv-SE", "sv", "SV-FI", "en-US", "de-DE", "fi-FI"].map(localeLanguage)).toEqual([
      "sv",
      "sv",
      "sv",
      "en",
      "en",
      "en",
    ]);
  });
});

describe("the dialog about a newer Jour", () => {
  it("names the file that is newer: the backup, when that is what it read", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "jour.json"), "{ torn");
    const backup = path.join(dir, "jour.backup.json");
    fs.writeFileSync(backup, JSON.stringify({ ...emptyJourData(), schemaVersion: 99 }));
    const before = snapshot(dir);

    expect(await runJourIn(dir)).toBeNull();

    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      expect.any(String),
      expect.stringContaining(`(${backup})`),
    );
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("the notices of a restore", () => {
  it("speak the language of the restored data, and say where the files are", async () => {
    const dir = tempDir();
    const { store } = await openDocumentStore({
      directory: dir,
      name: "jour",
      parse: (raw) => raw as ReturnType<typeof emptyJourData>,
      defaults: emptyJourData,
      batchDelayMs: 1,
    });
    const english = emptyJourData();
    await store.save({ ...english, settings: { ...english.settings, language: "en" } });
    await store.flush();
    fs.writeFileSync(path.join(dir, "jour.json"), "{ torn");
    const notifications = (
      electron.Notification as unknown as { instances: { options: unknown }[] }
    ).instances;
    const count = notifications.length;

    const running = await runJourIn(dir);

    expect(running).not.toBeNull();
    const shown = notifications.slice(count).map((n) => n.options as { body: string });
    expect(shown).toHaveLength(1);
    expect(shown[0]?.body).toMatch(/^jour\.json could not be used \(not valid JSON: /);
    expect(shown[0]?.body).toContain("The last good backup (jour.backup.json) was restored.");
    expect(shown[0]?.body).toContain(`The files are in ${dir}.`);
    app.emit("before-quit", { preventDefault: () => undefined });
  });
});
