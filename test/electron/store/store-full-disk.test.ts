import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as electron from "electron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tenYearsOfData } from "../../../bench/ten-years";
import { runJour } from "../../../electron/run-jour";
import type { Electron } from "../../../electron/runtime";
import { jourReading, jourSplit, openDocumentStore, StoreOpenError } from "../../../electron/store";
import { readStored } from "../../../electron/store/read-stored";
import { createJourApp } from "../../../shared/app/api";
import { emptyJourData } from "../../../shared/app/data/document";
import { parseJourData } from "../../../shared/app/data/checker";
import type { JourData } from "../../../shared/app/data/document";
import type { DesktopNotification } from "../../../shared/app/ports";
import { StorageWriteError } from "../../../shared/app/texts/storage-faults";
import { expectNoMountAllowed, mountSmallDisk } from "./fixtures/small-disk";

// The shell's log file goes beside, not into the data folder these tests list.
const LOGS = path.join(os.tmpdir(), `jour-test-logs-${process.pid}`);

/**
 * The store on a real full disk: a tmpfs of a few MB (mounted by the test; CI runs as root),
 * filled to a few kB free, with ten years of data (5 000 incidents, 3.3 MB) in it.
 */

/** As the app opens it: a manifest `jour.json` and a file per year (docs/storage.md). */
const openJour = (directory: string) =>
  openDocumentStore<JourData>({
    directory,
    name: "jour",
    ...jourReading(),
    batchDelayMs: 1,
    validatorId: "full-disk-test",
  });

/** Ten years saved and quit, so the folder holds the file, its backup and the memo. */
async function tenYearsIn(directory: string): Promise<void> {
  const { store } = await openJour(directory);
  await store.save(tenYearsOfData());
  await store.flush();
}

/**
 * The incidents of a manifest (`jour.json`, or the backup's with its own copies) and the
 * year files it names, each checked against its SHA-256, after the app's full check.
 */
async function incidentsIn(file: string): Promise<number> {
  const stem = path.basename(file, ".json");
  const reading = { parse: parseJourData, defaults: emptyJourData, split: jourSplit };
  const read = await readStored(file, stem, reading);
  if (read.kind !== "ok") throw new Error(`${file} is not usable: ${JSON.stringify(read)}`);
  return read.document.incidents.length;
}

function withNotes(data: JourData, at: number, notes: string): JourData {
  const incidents = [...data.incidents];
  const incident = incidents[at];
  if (incident) incidents[at] = { ...incident, notes };
  return { ...data, incidents };
}

const namesAndSizes = (dir: string) =>
  Object.fromEntries(
    fs.readdirSync(dir).map((name) => [name, fs.statSync(path.join(dir, name)).size]),
  );

const runJourIn = (dir: string) => {
  vi.mocked(electron.app.getPath).mockImplementation((name) => (name === "logs" ? LOGS : dir));
  return runJour(electron as unknown as Electron, {
    platform: "linux",
    env: {},
    execPath: "/usr/bin/jour",
    homedir: dir,
  });
};

afterEach(() => {
  vi.mocked(electron.app.getPath).mockReset();
  vi.mocked(electron.dialog.showMessageBox).mockClear();
  vi.mocked(electron.shell.openPath).mockClear();
});

describe("a real full disk", () => {
  it("keeps every incident in a valid file, tells the user once, and saves when there is room", async () => {
    const disk = mountSmallDisk(12);
    if (!disk) return expectNoMountAllowed();
    await tenYearsIn(disk.dir);
    const session = await openJour(disk.dir);
    const told: DesktopNotification[] = [];
    const app = createJourApp({
      clock: { now: () => Date.UTC(2026, 0, 12, 9) },
      storage: session.store,
      notifier: { notify: (n) => told.push(n) },
      initial: session.document,
    });

    disk.fill(8_192);
    await app.createIncident({ summary: "Kassan ger 500" }); // the tray's "Start incident"
    await app.stopTimer();
    await app.checkAlerts(); // a tick: tried again, and failed again

    // Told once, in the data's language: what, why, how much room, where. The new incident's
    // year file (2026, a few hundred bytes) fitted; the manifest naming it did not.
    expect(told).toHaveLength(1);
    expect(told[0]?.title).toMatch(/^Jour kunde inte spara/);
    const jourJson = path.join(disk.dir, "jour.json");
    expect(told[0]?.body).toContain(`${jourJson} kunde inte sparas: disken är full.`);
    expect(told[0]?.body).toMatch(/Frigör minst 0,\d MB på disken där .+ ligger\./);
    // The file and its backup are whole and valid; no temp file is left to fill the disk.
    expect(await incidentsIn(jourJson)).toBe(5_000);
    expect(await incidentsIn(path.join(disk.dir, "jour.backup.json"))).toBe(5_000);
    expect(fs.readdirSync(disk.dir).filter((name) => name.includes(".tmp"))).toEqual([]);

    // An edit of a closed year: its file (330 kB) is cut short by the full disk, and the
    // manifest is not written at all; every file stays as it was.
    const before = namesAndSizes(disk.dir);
    const edited = await session.store
      .save(withNotes(session.document, 4_990, "Ringde kunden igen."))
      .catch((e: unknown) => e);
    expect(edited).toBeInstanceOf(StorageWriteError);
    expect(edited).toMatchObject({ fault: "no-space" });
    expect((edited as StorageWriteError).file).toMatch(/jour\.incidents-2025\.[0-9a-f]{16}\.json$/);
    expect((edited as StorageWriteError).bytes).toBeGreaterThan(300_000);
    expect(namesAndSizes(disk.dir)).toEqual(before);

    // A restart on the full disk: everything is there, nothing to recover.
    const restarted = await openJour(disk.dir);
    expect(restarted.notices).toEqual([]);
    expect(restarted.document.incidents).toHaveLength(5_000);
    await restarted.store.flush(); // as at quit: nothing of it still writing

    // With room again, the next tick saves what the session kept.
    disk.makeRoom();
    await app.checkAlerts();
    const afterRoom = await openJour(disk.dir);
    await afterRoom.store.flush();
    await session.store.flush();
    expect(afterRoom.notices).toEqual([]);
    expect(afterRoom.document.incidents).toHaveLength(5_001);
    expect(afterRoom.document.incidents.at(-1)?.summary).toBe("Kassan ger 500");
    expect(
      fs.readdirSync(disk.dir).filter((name) => name.startsWith("jour.incidents-")),
    ).toHaveLength(11);
  }, 60_000);

  it("reports a restore of the backup that does not fit, changing nothing, and restores later", async () => {
    const disk = mountSmallDisk(12);
    if (!disk) return expectNoMountAllowed();
    await tenYearsIn(disk.dir);
    fs.writeFileSync(path.join(disk.dir, "jour.json"), '{"schemaVersion":'); // torn
    disk.fill(8_192);
    const before = namesAndSizes(disk.dir);

    const error = await openJour(disk.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({ fault: "no-space", file: path.join(disk.dir, "jour.json") });

    // The app says so (not "restored"), offers what to do, and quits when asked to.
    vi.mocked(electron.dialog.showMessageBox).mockResolvedValueOnce({
      response: 2,
      checkboxChecked: false,
    });
    expect(await runJourIn(disk.dir)).toBeNull();
    const [box] = vi.mocked(electron.dialog.showMessageBox).mock.calls.at(-1) ?? [];
    expect(box).toMatchObject({
      message: `Jour kunde inte öppna ${path.join(disk.dir, "jour.json")}.`,
      buttons: ["Försök igen", "Öppna datamappen", "Avsluta"],
    });
    expect(box?.detail).toMatch(/^Orsak: disken är full\. Frigör minst 3,\d MB på disken där /);
    expect(box?.detail).toContain("Ingen fil har ändrats.");
    expect(namesAndSizes(disk.dir)).toEqual(before);

    disk.makeRoom();
    const restored = await openJour(disk.dir);
    await restored.store.flush();
    expect(restored.notices.map((notice) => notice.kind)).toEqual(["unusable", "restored"]);
    expect(restored.document.incidents).toHaveLength(5_000);
    expect(await incidentsIn(path.join(disk.dir, "jour.json"))).toBe(5_000);
  }, 60_000);

  it("asks on a read-only folder with a bad file, opens the folder when asked, and changes nothing", async () => {
    const disk = mountSmallDisk(1);
    if (!disk) return expectNoMountAllowed();
    fs.writeFileSync(path.join(disk.dir, "jour.json"), "not json");
    disk.readOnly();
    vi.mocked(electron.dialog.showMessageBox)
      .mockResolvedValueOnce({ response: 1, checkboxChecked: false }) // Open data folder
      .mockResolvedValueOnce({ response: 2, checkboxChecked: false }); // Quit

    expect(await runJourIn(disk.dir)).toBeNull();

    expect(electron.shell.openPath).toHaveBeenCalledWith(disk.dir);
    const boxes = vi.mocked(electron.dialog.showMessageBox).mock.calls.map(([box]) => box);
    expect(boxes).toHaveLength(2);
    expect(boxes[1]?.detail).toMatch(/^Orsak: mappen går bara att läsa \(skrivskyddad disk\)\./);
    expect(fs.readdirSync(disk.dir)).toEqual(["jour.json"]);
    expect(fs.readFileSync(path.join(disk.dir, "jour.json"), "utf8")).toBe("not json");
  });
});
