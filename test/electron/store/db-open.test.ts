import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StoreOpenError } from "../../../electron/store/open-errors";
import { emptyJourData } from "../../../shared/app/data/document";
import { listDir, tempDir } from "./fixtures/temp-dir";
import { digests, openJour, someYears } from "./fixtures/jour-store";

/** A store in `dir` that held `data`, and a verified backup of it in `dir/backups`. */
async function withBackup(dir: string, data = someYears(50)) {
  const { store } = await openJour(dir);
  await store.save(data);
  fs.mkdirSync(path.join(dir, "backups"));
  const backup = path.join(dir, "backups", "jour-backup-2026-12-01T03-00-00Z.db");
  store.database.exec(`VACUUM INTO '${backup}'`);
  await store.close();
  const at = new Date("2026-12-01T03:00:00Z");
  return { data, backup, findBackup: () => [{ file: backup, at }] };
}

describe("no jour.db (and no JSON layout of an earlier Jour)", () => {
  it("a good backup: restored, and the user told that jour.db was missing", async () => {
    const dir = tempDir();
    const { data, findBackup } = await withBackup(dir);
    fs.renameSync(path.join(dir, "jour.db"), path.join(tempDir(), "moved-away.db"));
    const before = digests(dir);
    const { document, notices, store } = await openJour(dir, { findBackup });
    await store.close();
    expect(document).toEqual(data);
    expect(notices).toEqual([
      {
        kind: "restored",
        file: "jour.db",
        backup: "jour-backup-2026-12-01T03-00-00Z.db",
        fileWasMissing: true,
        at: Date.parse("2026-12-01T03:00:00Z"),
      },
    ]);
    // The backup stays a backup: copied, not moved.
    const after = digests(dir);
    for (const [file, digest] of before) expect(after.get(file), file).toBe(digest);
  });

  it("only jour.damaged-* files left: the defaults, and the user told jour.db was missing", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "jour.damaged-2026-11-30T08-00-00-000Z.db"), "old");
    const { document, notices, store } = await openJour(dir, { findBackup: () => [] });
    await store.close();
    expect(document).toEqual(emptyJourData());
    expect(notices).toEqual([{ kind: "missing", file: "jour.db" }, { kind: "defaults" }]);
    expect(
      fs.readFileSync(path.join(dir, "jour.damaged-2026-11-30T08-00-00-000Z.db"), "utf8"),
    ).toBe("old");
  });

  it("a backups folder without a good backup: the defaults, and said", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "backups"));
    const { notices, store } = await openJour(dir, { findBackup: () => [] });
    await store.close();
    expect(notices).toEqual([{ kind: "missing", file: "jour.db" }, { kind: "defaults" }]);
  });

  it("a true first run (an empty folder): the defaults, silently", async () => {
    const dir = tempDir();
    let asked = 0;
    const { document, notices, store } = await openJour(dir, {
      findBackup: () => {
        asked++;
        return [];
      },
    });
    await store.close();
    expect(document).toEqual(emptyJourData());
    expect(notices).toEqual([]);
    expect(asked).toBe(1);
  });
});

describe("jour.db as a symbolic link", () => {
  it("to a file that is not there (an unmounted disk): refused by name, nothing made", async () => {
    const dir = tempDir();
    const file = path.join(dir, "jour.db");
    const target = path.join(tempDir(), "gone", "jour.db");
    fs.symlinkSync(target, file);
    const error = await openJour(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).file).toBe(file);
    expect((error as StoreOpenError).message).toContain(target);
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(file)).toBe(target);
    expect(fs.existsSync(path.dirname(target))).toBe(false);
    expect(listDir(dir)).toEqual(["jour.db"]);
  });

  it("to a database elsewhere: used, written through, and still a link", async () => {
    const elsewhere = tempDir();
    await (await openJour(elsewhere)).store.close();
    const dir = tempDir();
    const file = path.join(dir, "jour.db");
    fs.symlinkSync(path.join(elsewhere, "jour.db"), file);
    const data = someYears(12);
    const { store, notices } = await openJour(dir);
    expect(notices).toEqual([]);
    await store.save(data);
    await store.close();
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
    expect((await openJour(elsewhere)).document).toEqual(data);
    const again = await openJour(dir);
    await again.store.close();
    expect(again.document).toEqual(data);
  });
});
