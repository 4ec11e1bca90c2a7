import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPreferences } from "../../electron/preferences";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "jour-preferences-"));

describe("this machine's preferences (electron-store)", () => {
  it("keeps the second backup folder and the window size across opens", () => {
    const dir = tempDir();
    const first = openPreferences(dir).preferences;
    expect(first.backupFolder.get()).toBeNull();
    expect(first.windowSize.get()).toBeNull();
    first.backupFolder.set("/media/usb/jour");
    first.windowSize.set({ width: 1200, height: 800 });
    const again = openPreferences(dir);
    expect(again.keptAside).toBeNull();
    expect(again.preferences.backupFolder.get()).toBe("/media/usb/jour");
    expect(again.preferences.windowSize.get()).toEqual({ width: 1200, height: 800 });
    again.preferences.backupFolder.set(null);
    expect(openPreferences(dir).preferences.backupFolder.get()).toBeNull();
  });

  it("ignores values that fail their check instead of trusting a hand-edited file", () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "preferences.json"),
      JSON.stringify({
        secondBackupFolder: "relative/folder",
        windowSize: { width: 5, height: "x" },
      }),
    );
    const { preferences, keptAside } = openPreferences(dir);
    expect(keptAside).toBeNull();
    expect(preferences.backupFolder.get()).toBeNull();
    expect(preferences.windowSize.get()).toBeNull();
    preferences.windowSize.set({ width: 10, height: 10 });
    expect(preferences.windowSize.get()).toBeNull();
  });

  it("keeps a file it cannot read aside, byte for byte, and starts afresh", () => {
    const dir = tempDir();
    const broken = '{"secondBackupFolder": "/media/usb/jo';
    fs.writeFileSync(path.join(dir, "preferences.json"), broken);
    const { preferences, keptAside } = openPreferences(
      dir,
      new Date(Date.UTC(2026, 11, 7, 22, 10)),
    );
    expect(keptAside).toBe(path.join(dir, "preferences.damaged-2026-12-07T22-10-00.000Z.json"));
    expect(fs.readFileSync(keptAside ?? "", "utf8")).toBe(broken);
    expect(preferences.backupFolder.get()).toBeNull();
    preferences.backupFolder.set("/srv/backup");
    expect(openPreferences(dir).preferences.backupFolder.get()).toBe("/srv/backup");
  });
});
