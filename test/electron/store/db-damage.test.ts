import fs from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../shared/app/data/document";
import type { JourData } from "../../../shared/app/data/document";
import { StoreOpenError } from "../../../electron/store/open-errors";
import { digests, openJour, someYears } from "./fixtures/jour-store";
import { expectNoMountAllowed, mountSmallDisk } from "./fixtures/small-disk";
import { tempDir } from "./fixtures/temp-dir";

/** A store in `dir` holding `data`, closed; and a verified backup of it beside (another folder). */
async function savedWithBackup(dir: string, data: JourData) {
  const { store } = await openJour(dir);
  await store.save(data);
  const backup = path.join(tempDir(), "jour-2026-12-01.db");
  store.database.exec(`VACUUM INTO '${backup}'`);
  await store.close();
  const at = new Date("2026-12-01T03:00:00Z");
  return { backup, findBackup: () => [{ file: backup, at }] };
}

/** Each file's bytes before the damage are still somewhere in the folder afterwards. */
function expectNothingDeleted(before: Map<string, string>, dir: string) {
  const after = new Set(digests(dir).values());
  for (const [file, digest] of before) expect(after.has(digest), `${file} kept`).toBe(true);
}

const damages: [string, (file: string) => void][] = [
  [
    "flipped bytes in a page",
    (file) => {
      const bytes = fs.readFileSync(file);
      // Page 2 onward (a b-tree page): its header and cell pointers.
      for (let i = 4096; i < 4096 + 24; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      fs.writeFileSync(file, bytes);
    },
  ],
  ["a truncated file", (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3))],
  ["a file cut to nothing", (file) => fs.truncateSync(file, 0)],
  ["not a database at all", (file) => fs.writeFileSync(file, "{ not sqlite }")],
];

describe("a damaged jour.db", () => {
  for (const [name, damage] of damages) {
    it(`${name}: kept aside, the newest verified backup restored, the user told`, async () => {
      const dir = tempDir();
      const data = someYears(200);
      const { findBackup } = await savedWithBackup(dir, data);
      damage(path.join(dir, "jour.db"));
      const before = digests(dir);
      const { document, notices, store } = await openJour(dir, { findBackup });
      await store.close();
      expect(document).toEqual(data);
      expect(notices).toMatchObject([
        {
          kind: "unusable",
          file: "jour.db",
          reason: "damaged",
          keptAs: expect.stringMatching(/^jour\.damaged-.*\.db$/),
        },
        { kind: "restored", backup: "jour-2026-12-01.db", at: Date.parse("2026-12-01T03:00:00Z") },
      ]);
      expectNothingDeleted(before, dir);
    });
  }

  it("a WAL from another database: caught (SQLite alone would apply it), both files kept", async () => {
    const dir = tempDir();
    const data = someYears(100);
    const { findBackup } = await savedWithBackup(dir, data);
    // Another Jour database with commits still in its WAL (a crash, no checkpoint).
    const other = tempDir();
    const { store: otherStore } = await openJour(other);
    otherStore.database.exec("PRAGMA wal_autocheckpoint = 0");
    await otherStore.save(someYears(7));
    fs.copyFileSync(path.join(other, "jour.db-wal"), path.join(dir, "jour.db-wal"));
    await otherStore.close();
    const before = digests(dir);
    const { document, notices, store } = await openJour(dir, { findBackup });
    await store.close();
    expect(document).toEqual(data);
    expect(notices[0]).toMatchObject({
      kind: "unusable",
      detail: expect.stringMatching(/another database/),
    });
    expectNothingDeleted(before, dir);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith("jour.damaged-"));
    expect(aside.some((f) => f.endsWith(".db-wal"))).toBe(true);
  });

  it("rows that fail Jour's check are kept aside too", async () => {
    const dir = tempDir();
    const { findBackup } = await savedWithBackup(dir, someYears(20));
    const db = new DatabaseSync(path.join(dir, "jour.db"));
    db.exec(`UPDATE document SET value = '"not a number"' WHERE key = 'nextId'`);
    db.close();
    const { notices, store } = await openJour(dir, { findBackup });
    await store.close();
    expect(notices[0]).toMatchObject({ kind: "unusable", detail: expect.stringMatching(/nextId/) });
    expect(notices[1]).toMatchObject({ kind: "restored" });
  });

  it("the newest backup passes SQLite's check but not Jour's: the next one is restored", async () => {
    const dir = tempDir();
    const older = someYears(30);
    const { backup: good } = await savedWithBackup(dir, older);
    // A newer backup whose rows are whole but fail the document's check.
    const { store } = await openJour(dir);
    await store.save(someYears(40));
    const bad = path.join(tempDir(), "jour-2026-12-02.db");
    store.database.exec(`VACUUM INTO '${bad}'`);
    await store.close();
    const edit = new DatabaseSync(bad);
    edit.exec(`UPDATE document SET value = '"not a number"' WHERE key = 'nextId'`);
    edit.close();
    fs.truncateSync(path.join(dir, "jour.db"), 5000);
    const logged: string[] = [];
    const {
      document,
      notices,
      store: reopened,
    } = await openJour(dir, {
      findBackup: () => [
        { file: bad, at: new Date("2026-12-02T03:00:00Z") },
        { file: good, at: new Date("2026-12-01T03:00:00Z") },
      ],
      log: (line) => logged.push(line),
    });
    await reopened.close();
    expect(document).toEqual(older);
    expect(notices[1]).toMatchObject({ kind: "restored", backup: "jour-2026-12-01.db" });
    expect(logged.join("\n")).toMatch(/jour-2026-12-02\.db.*nextId/);
    // The backup that failed is left as it was (it is no damaged file of SQLite's).
    expect(fs.existsSync(bad)).toBe(true);
  });

  it("no room for the restored copy (a real full tmpfs): jour.db left where it was; restored once there is room", async () => {
    const disk = mountSmallDisk(4);
    if (disk === null) return expectNoMountAllowed();
    const dir = path.join(disk.dir, "Jour");
    fs.mkdirSync(dir);
    const data = someYears(300);
    const { findBackup } = await savedWithBackup(dir, data);
    const file = path.join(dir, "jour.db");
    fs.writeFileSync(file, "{ not sqlite }");
    const before = digests(dir);
    disk.fill(8 * 1024);
    const error = await openJour(dir, { findBackup }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    // What Try again meets: the same damaged jour.db, nothing renamed, nothing left over.
    expect(digests(dir)).toEqual(before);
    // SQLite reports the full disk as an I/O error (EIO) here: the dialog says so.
    expect(error).toMatchObject({ file: path.join(dir, "jour.db"), code: "EIO" });
    disk.makeRoom();
    const { document, notices, store } = await openJour(dir, { findBackup });
    await store.close();
    expect(document).toEqual(data);
    expect(notices.map((n) => n.kind)).toEqual(["unusable", "restored"]);
    expectNothingDeleted(before, dir);
  });

  it("no backup found: starts from the defaults and says so; the damaged file is kept", async () => {
    const dir = tempDir();
    await savedWithBackup(dir, someYears(20));
    fs.truncateSync(path.join(dir, "jour.db"), 5000);
    const before = digests(dir);
    const { document, notices, store } = await openJour(dir);
    await store.close();
    expect(document).toEqual(emptyJourData());
    expect(notices.map((n) => n.kind)).toEqual(["unusable", "defaults"]);
    expectNothingDeleted(before, dir);
  });

  it("a WAL left without its database never meets a new one: kept aside", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "jour.db-wal"), "left over");
    const { store } = await openJour(dir);
    await store.close();
    const aside = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".db-wal") && f.startsWith("jour.damaged-"));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0] ?? ""), "utf8")).toBe("left over");
  });
});
