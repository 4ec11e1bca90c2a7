import fs from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { NewerSchemaError } from "../../../shared/app/texts/errors";
import { emptyJourData } from "../../../shared/app/data/document";
import type { Incident, JourData } from "../../../shared/app/data/document";
import { readDatabase } from "../../../electron/store/db-file";
import { digests, openJour, someYears, writeSplitLayout } from "./fixtures/jour-store";
import { tempDir } from "./fixtures/temp-dir";

const edited = (data: JourData, index: number, notes: string): JourData => ({
  ...data,
  incidents: data.incidents.map((incident, i) =>
    i === index ? ({ ...incident, notes } satisfies Incident) : incident,
  ),
});

describe("jour.db: the normal path", () => {
  it("a first start makes jour.db with the defaults and says nothing", async () => {
    const dir = tempDir();
    const { document, notices, store } = await openJour(dir);
    expect(document).toEqual(emptyJourData());
    expect(notices).toEqual([]);
    expect(store.path).toBe(path.join(dir, "jour.db"));
    await store.close();
    expect(fs.readdirSync(dir).sort()).toEqual(["jour.db"]);
  });

  it("keeps what was saved across a restart, member by member", async () => {
    const dir = tempDir();
    const first = await openJour(dir);
    const data = { ...someYears(300), timer: null };
    const withTimer: JourData = {
      ...data,
      timer: { incidentId: data.incidents[5]?.id ?? "", runningSince: 1_700_000_000_000 },
      onDutyWeeks: [...data.onDutyWeeks, 1_800_000_000_000],
      firedAlerts: ["a", "b", "c"],
    };
    await first.store.save(withTimer);
    await first.store.close();
    const again = await openJour(dir);
    expect(again.notices).toEqual([]);
    expect(again.document).toEqual(withTimer);
    await again.store.close();
  });

  it("an edit of one incident among 300 changes one row, in one transaction", async () => {
    const dir = tempDir();
    const first = await openJour(dir);
    const data = someYears(300);
    await first.store.save(data);
    const db = first.store.database;
    const changes = () =>
      Number((db.prepare("SELECT total_changes() AS n").get() as { n: number }).n);
    const before = changes();
    const grown = edited(data, 120, "ringde kunden");
    await first.store.save(grown);
    expect(changes() - before).toBe(1);
    // A new incident at the end, and an alert fired: one row each.
    const newId = `i-${data.nextId}`;
    const incident = { ...(grown.incidents[0] as Incident), id: newId, work: [] };
    const next = {
      ...grown,
      incidents: [...grown.incidents, incident],
      firedAlerts: [...grown.firedAlerts, "x"],
    };
    const mid = changes();
    await first.store.save({ ...next, nextId: data.nextId + 1 });
    expect(changes() - mid).toBe(3); // the incident, the alert, nextId
    await first.store.close();
    const again = await openJour(dir);
    expect(again.document.incidents[120]?.notes).toBe("ringde kunden");
    expect(again.notices).toEqual([]);
    expect(again.document.incidents.at(-1)?.id).toBe(newId);
    await again.store.close();
  });

  it("a deleted incident's row goes; the order of the rest is kept", async () => {
    const dir = tempDir();
    const { store } = await openJour(dir);
    const data = someYears(50);
    await store.save(data);
    const fewer = { ...data, incidents: data.incidents.filter((_, i) => i !== 10) };
    await store.save(fewer);
    await store.close();
    expect((await openJour(dir)).document.incidents.map((i) => i.id)).toEqual(
      fewer.incidents.map((i) => i.id),
    );
  });

  it("STRICT tables, foreign keys, WAL and synchronous=FULL", async () => {
    const dir = tempDir();
    const { store } = await openJour(dir);
    const db = store.database;
    const pragma = (name: string) => Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];
    expect(pragma("journal_mode")).toBe("wal");
    expect(pragma("synchronous")).toBe(2); // FULL
    expect(pragma("foreign_keys")).toBe(1);
    expect(pragma("user_version")).toBe(1);
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((t) => t["name"]).sort()).toEqual([
      "document",
      "fired_alerts",
      "incidents",
      "reports",
      "timer",
      "week_checklists",
      "weeks",
    ]);
    expect(tables.every((t) => t["strict"] === 1)).toBe(true);
    // A timer naming no incident is refused by the foreign key at commit.
    expect(() =>
      db.exec(
        "BEGIN; INSERT INTO timer (one, incident_id, body) VALUES (1, 'i-404', '{}'); COMMIT",
      ),
    ).toThrow(/FOREIGN KEY/);
    if (db.isTransaction) db.exec("ROLLBACK");
    await store.close();
  });

  it("tells the onCommitted listeners after each committed save", async () => {
    const dir = tempDir();
    const { store } = await openJour(dir);
    let told = 0;
    store.onCommitted(() => told++);
    await store.save(someYears(3));
    expect(told).toBe(1);
    await store.close();
  });

  it("a listener that throws: the save is still committed and reported so; the others told", async () => {
    const dir = tempDir();
    const logged: string[] = [];
    const { store } = await openJour(dir, { log: (message) => logged.push(message) });
    let told = 0;
    store.onCommitted(() => {
      throw new Error("the backup could not start");
    });
    store.onCommitted(() => told++);
    const data = someYears(3);
    await expect(store.save(data)).resolves.toBeUndefined();
    expect(told).toBe(1);
    expect(logged.join("\n")).toMatch(/the backup could not start/);
    await store.close();
    expect((await openJour(dir)).document).toEqual(data);
  });

  it("refuses a database of a newer Jour and changes nothing", async () => {
    const dir = tempDir();
    const { store } = await openJour(dir);
    store.database.exec("PRAGMA user_version = 99");
    await store.close();
    const before = digests(dir);
    await expect(openJour(dir)).rejects.toBeInstanceOf(NewerSchemaError);
    // The same file; SQLite's read-only connection may leave its empty -wal and -shm beside.
    expect(digests(dir).get("jour.db")).toBe(before.get("jour.db"));
  });
});

describe("migration from the JSON layouts", () => {
  it("the split layout (schema 2): the same document, the old files moved, not deleted", async () => {
    const dir = tempDir();
    const data = someYears(400);
    const written = writeSplitLayout(dir, data);
    writeSplitLayout(dir, someYears(20), "jour.backup");
    const before = digests(dir);
    const { document, notices, store } = await openJour(dir);
    await store.close();
    expect(notices).toEqual([]);
    expect(document).toEqual(data);
    // Every old file is still there, byte for byte, in one dated folder.
    const folders = fs.readdirSync(dir).filter((entry) => entry.startsWith("jour-json-"));
    expect(folders).toHaveLength(1);
    const after = digests(dir);
    for (const [file, digest] of before) {
      expect(after.get(path.join(folders[0] ?? "", file)), file).toBe(digest);
    }
    expect(written.every((file) => !fs.existsSync(path.join(dir, file)))).toBe(true);
    // And the next start reads the database, not the moved files.
    const again = await openJour(dir);
    expect(again.document).toEqual(data);
    await again.store.close();
  });

  it("the single file (schema 1) is migrated and kept", async () => {
    const dir = tempDir();
    const data = someYears(30);
    fs.writeFileSync(path.join(dir, "jour.json"), JSON.stringify({ ...data, schemaVersion: 1 }));
    const { document, store } = await openJour(dir);
    await store.close();
    expect(document.incidents).toEqual(data.incidents);
    expect(document.schemaVersion).toBe(3);
    const folder = fs.readdirSync(dir).find((entry) => entry.startsWith("jour-json-")) ?? "";
    expect(fs.readdirSync(path.join(dir, folder))).toEqual(["jour.json"]);
  });

  it("a damaged jour.json: its backup is migrated, both are kept, the user is told", async () => {
    const dir = tempDir();
    const backup = someYears(15);
    writeSplitLayout(dir, backup, "jour.backup");
    fs.writeFileSync(path.join(dir, "jour.json"), '{"schemaVersion": 2, "spl');
    const { document, notices, store } = await openJour(dir);
    await store.close();
    expect(document).toEqual(backup);
    expect(notices.map((n) => n.kind)).toEqual(["unusable", "restored"]);
  });

  it("an interrupted migration (its unfinished .new file) starts over cleanly", async () => {
    const dir = tempDir();
    const data = someYears(40);
    writeSplitLayout(dir, data);
    // What a kill in the middle of the migration leaves: a half-made database beside.
    const half = new DatabaseSync(path.join(dir, "jour.db.new"));
    half.exec("CREATE TABLE incidents (id TEXT) STRICT");
    half.close();
    const { document, store } = await openJour(dir);
    await store.close();
    expect(document).toEqual(data);
    expect(fs.existsSync(path.join(dir, "jour.db.new"))).toBe(false);
  });

  it("a kill after the database was made but before the old files moved: they move now", async () => {
    const dir = tempDir();
    const data = someYears(10);
    const first = await openJour(dir);
    await first.store.save(data);
    await first.store.close();
    writeSplitLayout(dir, someYears(3)); // as if left by the interrupted migration
    const { document, store } = await openJour(dir);
    await store.close();
    expect(document).toEqual(data); // the database wins: it was complete
    expect(fs.existsSync(path.join(dir, "jour.json"))).toBe(false);
    expect(readDatabase(path.join(dir, "jour.db"))["incidents"]).toHaveLength(10);
  });
});
