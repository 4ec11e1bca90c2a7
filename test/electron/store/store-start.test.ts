import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as electron from "electron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { localeLanguage, openDataOrAsk } from "../../../electron/open-data";
import { runJour } from "../../../electron/run-jour";
import type { Electron } from "../../../electron/runtime";
import { openJourStore } from "../../../electron/store";
import { emptyJourData } from "../../../shared/app/data/document";
import { textsFor } from "../../../shared/app/texts/texts";
import { digests, openJour } from "./fixtures/jour-store";
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
  it("when jour.db is a folder: names it, says why and what to do, quits when asked", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "jour.db"));
    answer(2);

    expect(await runJourIn(dir)).toBeNull();

    expect(boxes()).toEqual([
      {
        type: "error",
        title: "Jour kan inte öppna dina data",
        message: `Jour kunde inte öppna ${path.join(dir, "jour.db")}.`,
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
    expect(snapshot(dir)).toEqual({ "jour.db": "folder" });
  });

  it("when jour.db cannot be read (EACCES): in English for an English OS", async () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.db");
    await (await openJour(dir)).store.close();
    const before = digests(dir);
    // Mode 000 does not stop root (CI): the open fails as it does for a user.
    const open = fs.openSync.bind(fs);
    vi.spyOn(fs, "openSync").mockImplementation(((
      target: fs.PathLike,
      flags?: fs.OpenMode,
      mode?: fs.Mode,
    ) => {
      if (target === file) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {
          code: "EACCES",
          path: file,
        });
      }
      return open(target, flags ?? "r", mode);
    }) as typeof fs.openSync);
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
    expect(digests(dir).get("jour.db")).toBe(before.get("jour.db"));
  });

  it("tries again when asked, and opens once the cause is gone", async () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.db");
    fs.mkdirSync(file);
    const asked: string[] = [];
    const opened = await openDataOrAsk({
      open: () => openJour(dir),
      texts: textsFor("en").storage,
      ask: (box) => {
        asked.push(box.message);
        if (asked.length === 2) {
          // The user fixes it between the two tries.
          fs.rmdirSync(file);
        }
        return Promise.resolve(0);
      },
      openFolder: () => Promise.resolve(""),
      log: () => undefined,
    });
    expect(asked).toEqual([`Jour could not open ${file}.`, `Jour could not open ${file}.`]);
    expect(opened?.document).toEqual(emptyJourData());
    await opened?.store.close();
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
  it("names the file that is newer, and changes nothing", async () => {
    const dir = tempDir();
    const { store } = await openJour(dir);
    store.database.exec("PRAGMA user_version = 99");
    await store.close();
    const backup = path.join(dir, "jour.db");
    const before = digests(dir);

    expect(await runJourIn(dir)).toBeNull();

    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      expect.any(String),
      expect.stringContaining(`(${backup})`),
    );
    expect(digests(dir).get("jour.db")).toBe(before.get("jour.db"));
  });
});

describe("the notices of a restore", () => {
  /** Starts Jour on `dir` and returns the notifications its start showed. */
  async function noticesOfStartIn(dir: string): Promise<{ body: string }[]> {
    const notifications = (
      electron.Notification as unknown as { instances: { options: unknown }[] }
    ).instances;
    const count = notifications.length;
    expect(await runJourIn(dir)).not.toBeNull();
    return notifications.slice(count).map((n) => n.options as { body: string });
  }

  it("name the file kept aside, say that the app starts empty and where the files are", async () => {
    const dir = tempDir();
    const { store } = await openJourStore({
      directory: dir,
      parse: (raw) => raw as ReturnType<typeof emptyJourData>,
      defaults: emptyJourData,
      batchDelayMs: 1,
    });
    await store.close();
    fs.writeFileSync(path.join(dir, "jour.db"), "{ not a database }");
    vi.mocked(app.getLocale).mockReturnValue("en-GB");
    const shown = await noticesOfStartIn(dir);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.body).toMatch(
      /^jour\.db could not be used \(a damaged database: .*\); it was kept as jour\.damaged-.*\.db\./,
    );
    expect(shown[0]?.body).toContain("No usable backup: the app started with default data.");
    expect(shown[0]?.body).toContain(`The files are in ${dir}.`);
    app.emit("before-quit", { preventDefault: () => undefined });
  });

  it("say that jour.db was missing when the folder shows earlier data (in Swedish)", async () => {
    const dir = tempDir();
    await (await openJour(dir)).store.close();
    fs.rmSync(path.join(dir, "jour.db"));
    fs.mkdirSync(path.join(dir, "backups"));
    vi.mocked(app.getLocale).mockReturnValue("sv-SE");
    const shown = await noticesOfStartIn(dir);
    expect(shown.map((n) => n.body)).toEqual([
      "jour.db saknades i datamappen.\n" +
        "Ingen användbar säkerhetskopia: Jour startade med tomma data.\n" +
        `Filerna finns i ${dir}.`,
    ]);
    app.emit("before-quit", { preventDefault: () => undefined });
  });
});
