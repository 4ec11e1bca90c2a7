import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { hostFaultOf } from "../../electron/host-fault";
import { createBackups } from "../../electron/backups/backups";
import { dataWith, openTestDb, saveTestData, testSchema } from "./backups/test-schema";
import type { SqliteDatabase } from "../../electron/backups/sqlite";
import { backupTexts } from "../../shared/app/texts/backup-texts";

/** The host's errors (electron-updater's, Node's, SQLite's) as kinds the user can act on. */

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};
const coded = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields);

describe("hostFaultOf", () => {
  test("the update's failures: offline, no release, the server's error", () => {
    expect(hostFaultOf(new Error("net::ERR_INTERNET_DISCONNECTED"))).toBe("offline");
    expect(hostFaultOf(new Error("net::ERR_NAME_NOT_RESOLVED"))).toBe("offline");
    expect(hostFaultOf(coded("getaddrinfo ENOTFOUND github.com", { code: "ENOTFOUND" }))).toBe(
      "offline",
    );
    const noRelease = coded(
      'Cannot find channel "latest.yml" update info: HttpError: 404 Not Found',
      { code: "ERR_UPDATER_CHANNEL_FILE_NOT_FOUND" },
    );
    expect(hostFaultOf(noRelease)).toBe("not-found");
    expect(hostFaultOf(new Error("No published versions on GitHub"))).toBe("not-found");
    const http = (status: number) =>
      Object.assign(coded(`${status} Service Unavailable`, { code: `HTTP_ERROR_${status}` }), {
        name: "HttpError",
      });
    expect(hostFaultOf(http(503))).toBe("server");
    expect(hostFaultOf(http(403))).toBe("server");
    expect(hostFaultOf(http(404))).toBe("not-found");
    expect(hostFaultOf(new Error("Error: HttpError: 502 Bad Gateway"))).toBe("server");
  });

  test("the disk's: a real Node error, SQLite's result codes, or their text", () => {
    const file = path.join(os.tmpdir(), `jour-host-fault-${process.pid}`);
    fs.writeFileSync(file, "x");
    try {
      expect(hostFaultOf(thrown(() => fs.mkdirSync(path.join(file, "sub"))))).toBe("not-found");
    } finally {
      fs.rmSync(file);
    }
    const sqlite = (errcode: number, message: string) =>
      coded(message, { code: "ERR_SQLITE_ERROR", errcode });
    expect(hostFaultOf(sqlite(13, "database or disk is full"))).toBe("no-space");
    expect(hostFaultOf(sqlite(8, "attempt to write a readonly database"))).toBe("no-permission");
    expect(hostFaultOf(coded("EACCES: permission denied, open '/x'", { code: "EACCES" }))).toBe(
      "no-permission",
    );
    expect(hostFaultOf(new Error("ENOSPC: no space left on device, write"))).toBe("no-space");
    expect(hostFaultOf(new Error("Failed to open path"))).toBe("other");
    expect(hostFaultOf("boom")).toBe("other");
  });
});

describe("a failed backup, as the notification says it", () => {
  let dir: string;
  let db: SqliteDatabase;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "jour-backup-told-"));
    db = openTestDb(path.join(dir, "jour.db"));
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("names the folder and the kind in Jour's words, never the system's text", async () => {
    saveTestData(db, await dataWith(1, Date.UTC(2026, 0, 5)));
    // The second folder is under a file: an unplugged disk looks the same to the system.
    fs.writeFileSync(path.join(dir, "usb"), "not a folder");
    const second = path.join(dir, "usb", "jour");
    const failures: unknown[] = [];
    const backups = createBackups({
      db,
      dataFolder: dir,
      clock: { now: () => Date.UTC(2026, 0, 5, 12) },
      schema: testSchema,
      preference: { get: () => second, set: () => undefined },
      chooseFolder: async () => null,
      onFailed: (error, folder) => folder === second && failures.push(error),
    });
    backups.afterCommit();
    await backups.settle();
    expect(failures).toHaveLength(1);
    const raw = String((failures[0] as Error).message);
    const fault = hostFaultOf(failures[0]);
    expect(fault).toBe("not-found");
    const sv = backupTexts("sv").failed(second, fault);
    const en = backupTexts("en").failed(second, fault);
    expect(sv).toBe(
      `Mappen ${second}: mappen finns inte (är disken eller nätverksenheten ansluten?). ` +
        "Jour försöker igen om en timme (orsaken står i loggen).",
    );
    expect(en).toBe(
      `The folder ${second}: the folder is not there (is the disk or network drive connected?). ` +
        "Jour tries again in an hour (the log says why).",
    );
    for (const said of [sv, en]) expect(said).not.toContain(raw);
  });
});
