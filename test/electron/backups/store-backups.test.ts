import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backupFinder, createBackups } from "../../../electron/backups/backups";
import { openPreferences } from "../../../electron/preferences";
import { jourBackupSchema } from "../../../electron/store/jour-backup-schema";
import { createJourDataChecker } from "../../../shared/app/data/checker";
import type { JourData } from "../../../shared/app/data/document";
import { importJson } from "../../../shared/app/data/transfer";
import { digests, openJour, someYears } from "../store/fixtures/jour-store";
import { tempDir } from "../store/fixtures/temp-dir";

/**
 * The backups on the real store, wired as the shell wires them (run-jour.ts): a backup of
 * jour.db after a commit, what it holds read from its tables, and the newest good one
 * restored when jour.db is damaged, with nothing deleted.
 */
describe("backups of jour.db", () => {
  const schema = jourBackupSchema(createJourDataChecker().parse);

  /** The store in `dir` wired to its backups as run-jour.ts does, `data` saved and backed up. */
  async function savedWithBackups(dir: string, data: JourData) {
    const { preferences } = openPreferences(dir);
    const { store } = await openJour(dir);
    const backups = createBackups({
      db: store.database,
      dataFolder: dir,
      clock: { now: () => Date.UTC(2026, 11, 7, 22, 10, 5) },
      schema,
      preference: preferences.backupFolder,
      chooseFolder: () => Promise.resolve(null),
    });
    store.onCommitted(() => backups.afterCommit());
    await store.save(data);
    await store.flush();
    await backups.settle();
    return { store, backups, preferences };
  }

  it("are taken after a commit, say what they hold, and restore a damaged jour.db", async () => {
    const dir = tempDir();
    const data = someYears(120);
    const { store, backups, preferences } = await savedWithBackups(dir, data);
    const [listed] = (await backups.port.list()).backups;
    expect(listed?.contents).toEqual({
      incidents: data.incidents.length,
      heldWeeks: data.onDutyWeeks.length,
      latestIncidentAt: Math.max(...data.incidents.map((incident) => incident.reportedAt)),
    });
    await store.close();

    // Flipped bytes in jour.db's second page: the next start restores the backup.
    const file = path.join(dir, "jour.db");
    const bytes = fs.readFileSync(file);
    for (let i = 4096; i < 4096 + 24; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    const before = digests(dir);
    const reopened = await openJour(dir, {
      findBackup: backupFinder(preferences.backupFolder, schema),
    });
    await reopened.store.close();
    expect(reopened.document).toEqual(data);
    expect(reopened.notices.map((notice) => notice.kind)).toEqual(["unusable", "restored"]);
    const after = new Set(digests(dir).values());
    for (const [name, digest] of before) expect(after.has(digest), `${name} kept`).toBe(true);
  });

  it("restore the newest good one when jour.db is missing, and say so", async () => {
    const dir = tempDir();
    const data = someYears(40);
    const { store, preferences } = await savedWithBackups(dir, data);
    await store.close();
    // jour.db gone (deleted by hand, a sync tool): the next start restores the backup.
    fs.rmSync(path.join(dir, "jour.db"));
    const reopened = await openJour(dir, {
      findBackup: backupFinder(preferences.backupFolder, schema),
    });
    await reopened.store.close();
    expect(reopened.document).toEqual(data);
    expect(reopened.notices).toEqual([
      {
        kind: "restored",
        file: "jour.db",
        backup: "jour-backup-2026-12-07T22-10-05Z.db",
        fileWasMissing: true,
        at: Date.UTC(2026, 11, 7, 22, 10, 5),
      },
    ]);
  });

  it("export the backup's document as the app's JSON, checked like an import", async () => {
    const dir = tempDir();
    const data = someYears(30);
    const { store } = await openJour(dir);
    await store.save(data);
    await store.flush();
    expect(importJson(schema.exportJson(store.database))).toEqual(data);
    expect(() => schema.check?.(store.database)).not.toThrow();
    await store.close();
  });
});
