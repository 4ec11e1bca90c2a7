import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createBackups, newestGoodBackup } from "../../../electron/backups/backups";
import type { BackupsDeps } from "../../../electron/backups/backups";
import { listBackupFiles } from "../../../electron/backups/backup-files";
import { openPreferences } from "../../../electron/preferences";
import type { SqliteDatabase } from "../../../electron/backups/sqlite";
import { createJourApp } from "../../../shared/app/api";
import { backupName } from "../../../shared/app/data/backups";
import { memoryCopies } from "../../../shared/app/data/copies";
import { InputError } from "../../../shared/app/texts/errors";
import { dataWith, openTestDb, saveTestData, testSchema } from "./test-schema";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 11, 7, 22, 10, 5);

let dir: string;
let db: SqliteDatabase;
let now: number;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-backups-"));
  db = openTestDb(path.join(dir, "jour.db"));
  now = START;
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const own = () => path.join(dir, "backups");

function backups(extra: Partial<BackupsDeps> = {}) {
  return createBackups({
    db,
    dataFolder: dir,
    clock: { now: () => now },
    schema: testSchema,
    preference: openPreferences(dir).preferences.backupFolder,
    chooseFolder: async () => null,
    timeZone: () => "Europe/Stockholm",
    ...extra,
  });
}

describe("backups after commits", () => {
  test("the first commit takes a checked backup holding what was committed (WAL too)", async () => {
    saveTestData(db, await dataWith(3, START - HOUR));
    const taken = backups();
    taken.afterCommit();
    await taken.settle();
    const files = listBackupFiles(own());
    expect(files.map((f) => f.name)).toEqual([backupName(START)]);
    const { backups: listed } = await taken.port.list();
    expect(listed).toEqual([
      {
        folder: "data",
        name: backupName(START),
        at: START,
        bytes: fs.statSync(must(files[0]).file).size,
        contents: { incidents: 3, heldWeeks: 0, latestIncidentAt: START - HOUR },
      },
    ]);
    expect(must(listed[0]).bytes).toBeGreaterThan(0);
    // No partial file is left, and the database itself is untouched.
    expect(fs.readdirSync(own())).toEqual([backupName(START)]);
  });

  test("at most one an hour; a burst's last change gets one when the hour is up", async () => {
    const timers: { run: () => void; ms: number }[] = [];
    const taken = backups({ setTimer: (run, ms) => timers.push({ run, ms }) });
    saveTestData(db, await dataWith(1, START));
    taken.afterCommit();
    await taken.settle();
    now += 10 * 60_000;
    saveTestData(db, await dataWith(2, now));
    taken.afterCommit();
    taken.afterCommit();
    await taken.settle();
    expect(listBackupFiles(own())).toHaveLength(1);
    // One timer, to the hour after the first backup.
    expect(timers).toEqual([{ run: expect.any(Function), ms: 50 * 60_000 }]);
    now = START + HOUR;
    must(timers[0]).run();
    await taken.settle();
    const after = await taken.port.list();
    expect(after.backups.map((b) => b.contents?.incidents)).toEqual([2, 1]);
  });

  test("a restart counts the hour from the newest backup on disk", async () => {
    saveTestData(db, await dataWith(1, START));
    const first = backups();
    first.afterCommit();
    await first.settle();
    now += 30 * 60_000;
    const second = backups();
    second.afterCommit();
    await second.settle();
    expect(listBackupFiles(own())).toHaveLength(1);
  });

  test("the rotation prunes old good backups only; other files stay", async () => {
    saveTestData(db, await dataWith(1, START));
    fs.mkdirSync(own(), { recursive: true });
    // Hourly backups for 40 days, made from one real backup.
    const seed = backups();
    seed.afterCommit();
    await seed.settle();
    const real = must(listBackupFiles(own())[0]).file;
    const bytes = fs.readFileSync(real);
    fs.rmSync(real);
    for (let h = 1; h <= 40 * 24; h++)
      fs.writeFileSync(path.join(own(), backupName(START + HOUR - h * HOUR)), bytes);
    const strangers = ["notes.txt", `${backupName(START - 5 * DAY)}.damaged`, "jour-backup-x.db"];
    for (const name of strangers) fs.writeFileSync(path.join(own(), name), "mine");
    now = START + HOUR;
    const taken = backups();
    taken.afterCommit();
    await taken.settle();
    const left = listBackupFiles(own());
    expect(must(left[0]).at).toBe(now);
    // The newest 10, and one a day for 30 days and one for the month before (November).
    expect(left.length).toBeGreaterThanOrEqual(10 + 29);
    expect(left.length).toBeLessThanOrEqual(10 + 31 + 2);
    for (const name of strangers)
      expect(fs.readFileSync(path.join(own(), name), "utf8")).toBe("mine");
  });

  test("a backup that fails its check is kept aside, not listed, and said", async () => {
    saveTestData(db, await dataWith(1, START));
    const failed = vi.fn();
    const taken = backups({
      schema: {
        ...testSchema,
        check: () => {
          throw new Error("no Jour tables");
        },
      },
      onFailed: failed,
    });
    taken.afterCommit();
    await taken.settle();
    expect(failed).toHaveBeenCalledOnce();
    expect(listBackupFiles(own())).toEqual([]);
    expect(fs.readdirSync(own())).toEqual([`${backupName(START)}.partial.damaged`]);
  });
});

describe("the newest good backup, for the store's restore", () => {
  test("passes over a damaged newer one (kept aside) to the older good one", async () => {
    saveTestData(db, await dataWith(1, START));
    const taken = backups();
    taken.afterCommit();
    await taken.settle();
    now += 2 * HOUR;
    saveTestData(db, await dataWith(2, now));
    taken.afterCommit();
    await taken.settle();
    const [newest, older] = listBackupFiles(own());
    // Flip bytes in its pages past the header: the check fails.
    const bytes = fs.readFileSync(must(newest).file);
    for (let i = 100; i < bytes.length; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    fs.writeFileSync(must(newest).file, bytes);
    const good = newestGoodBackup(dir, openPreferences(dir).preferences.backupFolder, testSchema);
    expect(good?.name).toBe(must(older).name);
    expect(fs.existsSync(`${must(newest).file}.damaged`)).toBe(true);
    expect(listBackupFiles(own()).map((b) => b.name)).toEqual([must(older).name]);
  });

  test("a second folder that cannot be listed is passed over (logged): the data folder's found", async () => {
    saveTestData(db, await dataWith(1, START));
    const taken = backups();
    taken.afterCommit();
    await taken.settle();
    // A file where the folder should be: listing it fails with ENOTDIR.
    const notAFolder = path.join(dir, "not-a-folder");
    fs.writeFileSync(notAFolder, "");
    const { preferences } = openPreferences(dir);
    preferences.backupFolder.set(notAFolder);
    const logged: string[] = [];
    const good = newestGoodBackup(dir, preferences.backupFolder, testSchema, (line) =>
      logged.push(line),
    );
    expect(good?.name).toBe(backupName(START));
    expect(logged.join("\n")).toMatch(/not-a-folder.*ENOTDIR/);
  });

  test("none when there are no backups", () => {
    expect(newestGoodBackup(dir, openPreferences(dir).preferences.backupFolder)).toBeNull();
  });
});

describe("the second folder", () => {
  test("chosen: a backup there at once, then each hour to both; forgotten: left as it is", async () => {
    // The dialog returns a folder that exists (it may make a new one).
    const second = path.join(dir, "synced");
    fs.mkdirSync(second);
    saveTestData(db, await dataWith(1, START));
    const taken = backups({ chooseFolder: async () => second });
    taken.afterCommit();
    await taken.settle();
    now += 60_000;
    expect(await taken.port.chooseSecondFolder()).toBe(true);
    expect(listBackupFiles(second).map((b) => b.at)).toEqual([now]);
    now += HOUR;
    taken.afterCommit();
    await taken.settle();
    const listed = await taken.port.list();
    expect(listed.secondFolder).toBe(second);
    expect(listed.backups.map((b) => [b.folder, b.at])).toEqual([
      ["second", now],
      ["data", now],
      ["second", START + 60_000],
      ["data", START],
    ]);
    await taken.port.forgetSecondFolder();
    expect((await taken.port.list()).backups.every((b) => b.folder === "data")).toBe(true);
    expect(listBackupFiles(second)).toHaveLength(2);
  });

  test("a folder nothing can be written to is refused by name and not kept", async () => {
    const blocker = path.join(dir, "a-file");
    fs.writeFileSync(blocker, "");
    const taken = backups({ chooseFolder: async () => path.join(blocker, "inside") });
    const error = await taken.port.chooseSecondFolder().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe("folder");
    expect((error as InputError).code).toBe("folderUnwritable");
    expect((await taken.port.list()).secondFolder).toBeNull();
  });

  test("missing (an unplugged drive): a failed backup for it, said; the folder is not made", async () => {
    saveTestData(db, await dataWith(1, START));
    const unplugged = path.join(dir, "media", "usb", "jour");
    const { preferences } = openPreferences(dir);
    preferences.backupFolder.set(unplugged);
    const failed = vi.fn();
    const taken = backups({ preference: preferences.backupFolder, onFailed: failed });
    taken.afterCommit();
    await taken.settle();
    expect(failed).toHaveBeenCalledOnce();
    expect(failed.mock.calls[0]?.[1]).toBe(unplugged);
    expect(fs.existsSync(path.join(dir, "media"))).toBe(false);
    expect(listBackupFiles(own()).map((b) => b.at)).toEqual([START]);
  });

  test("cancelling the dialog changes nothing", async () => {
    const taken = backups();
    expect(await taken.port.chooseSecondFolder()).toBe(false);
    expect(fs.existsSync(path.join(dir, "backup-folder.json"))).toBe(false);
  });
});

describe("restoring a backup through the app core", () => {
  test("replaces the data, after keeping what was there as a copy", async () => {
    const old = await dataWith(2, START - DAY);
    saveTestData(db, old);
    const taken = backups();
    taken.afterCommit();
    await taken.settle();
    const current = await dataWith(5, START);
    saveTestData(db, current);
    const copies = memoryCopies();
    const app = createJourApp({
      clock: { now: () => now },
      storage: { save: async () => undefined },
      notifier: { notify: () => undefined },
      initial: current,
      copies,
      backups: taken.port,
    });
    const view = await app.listBackups();
    expect(view.available).toBe(true);
    const result = await app.restoreBackup({ folder: "data", name: must(view.backups[0]).name });
    expect(result.incidents).toBe(2);
    expect(app.snapshot().incidents.map((i) => i.id)).toEqual(old.incidents.map((i) => i.id));
    expect(result.keptCopy?.reason).toBe("before-restore");
    expect(result.keptCopy?.contents?.incidents).toBe(5);
    expect(copies.texts.size).toBe(1);
  });

  test("a damaged or missing backup is refused by name and changes nothing", async () => {
    saveTestData(db, await dataWith(2, START));
    const taken = backups();
    taken.afterCommit();
    await taken.settle();
    const [file] = listBackupFiles(own());
    fs.writeFileSync(must(file).file, "not a database at all, not at all, no");
    const current = await dataWith(1, START);
    const app = createJourApp({
      clock: { now: () => now },
      storage: { save: async () => undefined },
      notifier: { notify: () => undefined },
      initial: current,
      backups: taken.port,
    });
    const damaged = await app
      .restoreBackup({ folder: "data", name: must(file).name })
      .catch((e: unknown) => e);
    expect(damaged).toMatchObject({ field: "backup", code: "backupDamaged" });
    expect(fs.existsSync(`${must(file).file}.damaged`)).toBe(true);
    const missing = await app
      .restoreBackup({ folder: "data", name: must(file).name })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ field: "backup", code: "notFound" });
    const badName = await app
      .restoreBackup({ folder: "data", name: "../jour.db" })
      .catch((e: unknown) => e);
    expect(badName).toMatchObject({ field: "name" });
    expect(app.snapshot()).toBe(current);
  });

  test("without backups (the preview) the list says so and a restore is refused", async () => {
    const app = createJourApp({
      clock: { now: () => now },
      storage: { save: async () => undefined },
      notifier: { notify: () => undefined },
    });
    expect(await app.listBackups()).toEqual({ available: false, backups: [], secondFolder: null });
    await expect(app.chooseBackupFolder()).rejects.toMatchObject({
      field: "backup",
      code: "noBackups",
    });
  });
});

// At quit the backups stop before the store closes: the store's last flush commits (and
// calls afterCommit), and the hourly timer may still fire, on a database being closed.
describe("stopping the backups (at quit)", () => {
  test("a commit after stop() takes no backup, and a waiting hourly timer does nothing", async () => {
    const timers: (() => void)[] = [];
    const taken = backups({ setTimer: (run) => void timers.push(run) });
    saveTestData(db, await dataWith(1, START));
    taken.afterCommit();
    await taken.settle();
    // A change ten minutes later waits for the hour on a timer.
    now += 10 * 60_000;
    saveTestData(db, await dataWith(2, now));
    taken.afterCommit();
    expect(timers).toHaveLength(1);
    taken.stop();
    // The store's last flush at close commits; the hour passes; the timer fires.
    now = START + 2 * HOUR;
    saveTestData(db, await dataWith(3, now));
    taken.afterCommit();
    timers.forEach((run) => run());
    await taken.settle();
    expect(listBackupFiles(own())).toHaveLength(1);
    expect(timers).toHaveLength(1);
  });

  test("settle() still waits for a backup that was running when stopped", async () => {
    saveTestData(db, await dataWith(2, START));
    const taken = backups();
    taken.afterCommit();
    taken.stop();
    await taken.settle();
    const { backups: listed } = await taken.port.list();
    expect(listed.map((b) => b.contents?.incidents)).toEqual([2]);
  });
});

/** The value, which the test knows is there (fails the test when it is not). */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a value");
  return value;
}
