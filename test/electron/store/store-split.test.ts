import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tenYearsOfData } from "../../../bench/ten-years";
import { jourSplit, openDocumentStore, schemaFingerprint } from "../../../electron/store";
import { asciiJson } from "../../../electron/store/json-writer";
import { createJourDataChecker } from "../../../shared/app/data/checker";
import {
  CURRENT_SCHEMA_VERSION,
  emptyJourData,
  incidentSchema,
} from "../../../shared/app/data/document";
import { firstRateEntry } from "../../../shared/app/settings/rate-history";
import type { JourData } from "../../../shared/app/data/document";
import { NewerSchemaError } from "../../../shared/app/texts/errors";
import { listDir, readJson, tempDir } from "./fixtures/temp-dir";

/** The store as the app opens it (run-jour.ts), with a count of full checks at the open. */
async function openJour(directory: string, validatorId = "build-1", itemId?: string) {
  const checker = createJourDataChecker();
  let parses = 0;
  let vouched = 0;
  const opened = await openDocumentStore<JourData>({
    directory,
    name: "jour",
    parse: (raw) => {
      parses++;
      return checker.parse(raw);
    },
    trust: checker.trust,
    defaults: emptyJourData,
    batchDelayMs: 1,
    validatorId,
    split: jourSplit,
    vouchItems: (items) => {
      vouched += items.length;
      checker.vouch(items);
    },
    itemValidatorId: itemId ?? schemaFingerprint(incidentSchema),
  });
  const counted = { ...opened, parses, vouched };
  await opened.store.flush(); // the memo the open recorded is written off the main thread
  return counted;
}

const segments = (dir: string, stem = "jour") =>
  listDir(dir).filter((name) => new RegExp(`^${stem}\\.incidents-`).test(name));

/** Three years of data whose incidents are not in year order (the order must survive). */
function threeYears(): JourData {
  const data = tenYearsOfData(60);
  const incidents = [...data.incidents];
  const moved = incidents.splice(10, 1)[0];
  if (moved) incidents.push(moved); // an old incident at the end
  return { ...data, incidents };
}

async function saved(dir: string, data: JourData): Promise<void> {
  const { store } = await openJour(dir);
  await store.save(data);
  await store.flush();
}

function edited(data: JourData, at: number, notes: string): JourData {
  const incidents = [...data.incidents];
  const incident = incidents[at];
  if (incident) incidents[at] = { ...incident, notes };
  return { ...data, incidents };
}

describe("the split layout", () => {
  it("keeps each year in a file named by its content, and reads back the same document", async () => {
    const dir = tempDir();
    const data = threeYears();
    await saved(dir, data);

    const years = new Set(data.incidents.map((i) => new Date(i.reportedAt).getUTCFullYear()));
    expect(segments(dir)).toHaveLength(years.size);
    expect(segments(dir, "jour.backup")).toHaveLength(years.size);
    const manifest = readJson(path.join(dir, "jour.json")) as Record<string, unknown>;
    expect(manifest["incidents"]).toBeUndefined();
    expect(manifest["schemaVersion"]).toBe(CURRENT_SCHEMA_VERSION);
    // The backup is the manifest's very text, its copies the segments' very bytes.
    expect(fs.readFileSync(path.join(dir, "jour.backup.json"))).toEqual(
      fs.readFileSync(path.join(dir, "jour.json")),
    );
    for (const name of segments(dir)) {
      const copy = name.replace(/^jour\./, "jour.backup.");
      expect(fs.readFileSync(path.join(dir, copy))).toEqual(fs.readFileSync(path.join(dir, name)));
    }

    const again = await openJour(dir, "build-1");
    expect(again.parses).toBe(0); // the memo vouches for the manifest, which names every digest
    expect(asciiJson(again.document)).toBe(asciiJson(data));
    const checked = await openJour(dir, "build-2");
    expect(checked.parses).toBe(1);
    expect(checked.document).toEqual(data);
  });

  it("writes only the changed year and the manifest for one edit, and removes the old file", async () => {
    const dir = tempDir();
    const data = threeYears();
    const { store } = await openJour(dir);
    await store.save(data);
    const before = new Map(segments(dir).map((name) => [name, fs.statSync(path.join(dir, name))]));
    const last = data.incidents.length - 2;
    const year = new Date(data.incidents[last]?.reportedAt ?? 0).getUTCFullYear();
    const next = edited(data, last, "Ringde kunden igen.");
    await store.save(next);

    const after = segments(dir);
    expect(after).toHaveLength(before.size);
    const changed = after.filter((name) => !before.has(name));
    expect(changed).toEqual([expect.stringMatching(new RegExp(`^jour\\.incidents-${year}\\.`))]);
    for (const name of after.filter((n) => before.has(n))) {
      // Not rewritten: the same inode and modification time.
      const stat = fs.statSync(path.join(dir, name));
      expect(stat.ino).toBe(before.get(name)?.ino);
      expect(stat.mtimeMs).toBe(before.get(name)?.mtimeMs);
    }
    await store.flush();
    expect((await openJour(dir, "build-2")).document).toEqual(next);
  });

  it("migrates a version 1 single file on first open and keeps the original as it was", async () => {
    const dir = tempDir();
    const v1 = { ...threeYears(), schemaVersion: 1 };
    // As an editor saving in Windows-1252 leaves it: åäö as single bytes, not UTF-8.
    const bytes = Buffer.from(JSON.stringify(v1), "latin1");
    fs.writeFileSync(path.join(dir, "jour.json"), bytes);

    const opened = await openJour(dir);
    expect(opened.problems).toEqual([]);
    const original = JSON.parse(bytes.toString("utf8")) as JourData;
    expect(opened.document).toEqual({
      ...original,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      // 2 → 3: today's rates become the only entry of their history.
      settings: { ...original.settings, rateHistory: [firstRateEntry(original.settings.rules)] },
    });
    const kept = listDir(dir).filter((name) => name.startsWith("jour.before-split-"));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0] ?? ""))).toEqual(bytes);
    expect(segments(dir).length).toBeGreaterThan(1);
    expect((readJson(path.join(dir, "jour.json")) as JourData).schemaVersion).toBe(
      CURRENT_SCHEMA_VERSION,
    );

    // The next open reads the layout: nothing is split or kept again.
    const again = await openJour(dir, "build-2");
    expect(again.problems).toEqual([]);
    expect(again.document).toEqual(opened.document);
    expect(listDir(dir).filter((name) => name.startsWith("jour.before-split-"))).toEqual(kept);
  });

  it("quarantines a damaged segment and restores it from the backup's own copy", async () => {
    const dir = tempDir();
    const data = threeYears();
    await saved(dir, data);
    const victim = segments(dir)[0] ?? "";
    const file = path.join(dir, victim);
    const bytes = fs.readFileSync(file);
    bytes[20] = bytes[20] === 0x31 ? 0x32 : 0x31; // one digit changed: still JSON, not the data
    fs.writeFileSync(file, bytes);

    const opened = await openJour(dir);
    expect(opened.document).toEqual(data);
    const kinds = opened.notices.map((notice) => [notice.kind, "file" in notice && notice.file]);
    expect(kinds).toEqual([
      ["unusable", "jour.json"],
      ["unusable", victim],
      ["restored", "jour.json"],
    ]);
    const aside = listDir(dir).filter((name) => name.includes(".corrupt-"));
    expect(aside).toHaveLength(2); // the manifest and the damaged segment, both kept
    expect(fs.readFileSync(path.join(dir, victim))).not.toEqual(bytes);
    expect((await openJour(dir, "build-2")).problems).toEqual([]);
  });

  it("restores a missing segment from the backup", async () => {
    const dir = tempDir();
    const data = threeYears();
    await saved(dir, data);
    const victim = segments(dir)[1] ?? "";
    fs.rmSync(path.join(dir, victim));

    const opened = await openJour(dir);
    expect(opened.document).toEqual(data);
    expect(opened.notices.map((notice) => notice.kind)).toEqual(["unusable", "restored"]);
    expect(opened.problems[0]).toContain(`${victim}: missing`);
    expect(fs.existsSync(path.join(dir, victim))).toBe(true);
  });

  it("spares the check of vouched segments after an update when the incidents' schema is the same", async () => {
    const dir = tempDir();
    const data = threeYears();
    await saved(dir, data);

    const update = await openJour(dir, "build-2");
    expect(update.parses).toBe(1); // the manifest and the cross-checks, in full
    expect(update.vouched).toBe(data.incidents.length);
    expect(update.document).toEqual(data);

    const schemaChanged = await openJour(dir, "build-3", "another incident schema");
    expect(schemaChanged.vouched).toBe(0);
    expect(schemaChanged.document).toEqual(data);
  });

  it("refuses a document whose vouched segments break a rule across the document", async () => {
    const dir = tempDir();
    const data = threeYears();
    await saved(dir, data);
    // The manifest edited by hand: nextId below the ids in use (checked in full every time).
    const file = path.join(dir, "jour.json");
    const manifest = readJson(file) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...manifest, nextId: 2 }));
    fs.rmSync(path.join(dir, "jour.backup.json"));

    const opened = await openJour(dir, "build-2");
    expect(opened.problems[0]).toMatch(/nextId/);
    expect(opened.document.incidents).toEqual([]);
  });

  it("removes segment files no manifest names (a save killed before its manifest)", async () => {
    const dir = tempDir();
    await saved(dir, threeYears());
    const orphan = "jour.incidents-2017.0123456789abcdef.json";
    fs.writeFileSync(path.join(dir, orphan), "[]");
    await openJour(dir);
    expect(listDir(dir)).not.toContain(orphan);
  });

  it("keeps the year files a manifest moved aside names, though jour.json no longer does", async () => {
    const dir = tempDir();
    const data = threeYears();
    await saved(dir, data);
    const { store } = await openJour(dir);
    const last = data.incidents.length - 2;
    await store.save(edited(data, last, "Först.")); // the session's first write: backed up
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store.save(edited(data, last, "Sedan.")); // within the minute: not backed up yet
    const newest = segments(dir);
    // An old year's file damaged: jour.json is moved aside, the backup (one edit older) restored.
    const victim = path.join(dir, newest[0] ?? "");
    fs.writeFileSync(victim, fs.readFileSync(victim).subarray(1));

    const restored = await openJour(dir);
    expect(restored.document.incidents[last]?.notes).toBe("Först.");
    await openJour(dir, "build-2"); // a clean open, which sweeps what no manifest names
    // The newer year file is still there, for the one who recovers the moved-aside manifest.
    expect(segments(dir)).toEqual(expect.arrayContaining(newest.slice(1)));
    await store.flush();
  });

  it("leaves a newer Jour's files alone, whatever its layout", async () => {
    const dir = tempDir();
    await saved(dir, threeYears());
    const file = path.join(dir, "jour.json");
    const manifest = readJson(file) as Record<string, unknown>;
    const newer = JSON.stringify({
      ...manifest,
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      split: { parts: "elsewhere" },
    });
    fs.writeFileSync(file, newer);
    fs.writeFileSync(path.join(dir, "jour.backup.json"), newer);
    const files = listDir(dir);

    await expect(openJour(dir)).rejects.toBeInstanceOf(NewerSchemaError);
    expect(listDir(dir)).toEqual(files);
    expect(fs.readFileSync(file, "utf8")).toBe(newer);
  });
});
