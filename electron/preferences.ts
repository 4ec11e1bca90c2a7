import fs from "node:fs";
import path from "node:path";
import ElectronStore from "electron-store";
import * as v from "valibot";
import type { FolderPreference } from "./backups/folder-preference";

/**
 * This machine's preferences (not the user's records, which are in jour.db): the second
 * backup folder and the window's size. Kept by electron-store through its public API
 * (`get`/`set`), in `preferences.json` of the data folder. Each value is checked when read,
 * so a hand-edited or stale value is ignored (the default used) rather than trusted.
 */
export interface Preferences {
  backupFolder: FolderPreference;
  windowSize: {
    get(): WindowSize | null;
    set(size: WindowSize): void;
  };
}

export interface WindowSize {
  width: number;
  height: number;
}

export interface OpenedPreferences {
  preferences: Preferences;
  /** The file could not be read: where it was kept aside (the user is told), else null. */
  keptAside: string | null;
}

const NAME = "preferences";

const sizeSchema = v.object({
  width: v.pipe(v.number(), v.integer(), v.minValue(320), v.maxValue(10_000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(320), v.maxValue(10_000)),
});
const folderSchema = v.pipe(
  v.string(),
  v.check((folder) => path.isAbsolute(folder)),
);

interface Stored {
  secondBackupFolder?: string | null;
  windowSize?: WindowSize | null;
}

/**
 * Opens the preferences in `directory`. A file electron-store cannot read (not JSON, cut
 * off) is never replaced silently: it is renamed to `preferences.damaged-<time>.json` and a
 * fresh one started, and the caller tells the user where the old one is.
 */
export function openPreferences(directory: string, now: Date = new Date()): OpenedPreferences {
  const open = () => new ElectronStore<Stored>({ name: NAME, cwd: directory });
  let store: ElectronStore<Stored>;
  let keptAside: string | null = null;
  try {
    store = open();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const file = path.join(directory, `${NAME}.json`);
    keptAside = path.join(
      directory,
      `${NAME}.damaged-${now.toISOString().replace(/:/g, "-")}.json`,
    );
    fs.renameSync(file, keptAside);
    store = open();
  }
  const read = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | null => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : null;
  };
  return {
    keptAside,
    preferences: {
      backupFolder: {
        get: () => read(folderSchema, store.get("secondBackupFolder")),
        set: (folder) => store.set("secondBackupFolder", folder),
      },
      windowSize: {
        get: () => read(sizeSchema, store.get("windowSize")),
        set: (size) => {
          const checked = read(sizeSchema, size);
          if (checked) store.set("windowSize", checked);
        },
      },
    },
  };
}
