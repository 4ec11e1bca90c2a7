import fs from "node:fs";
import path from "node:path";

/** Where the second backup folder is remembered (a preference of this machine, not data). */
export interface FolderPreference {
  get(): string | null;
  set(folder: string | null): void;
}

/**
 * The second folder in a small JSON file of the data folder (`backup-folder.json`), until
 * the preferences' store (electron-store) takes it: then hand that one in instead.
 */
export function fileFolderPreference(dataFolder: string): FolderPreference {
  const file = path.join(dataFolder, "backup-folder.json");
  return {
    get() {
      try {
        const raw: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
        const folder = (raw as { secondFolder?: unknown } | null)?.secondFolder;
        return typeof folder === "string" && path.isAbsolute(folder) ? folder : null;
      } catch {
        return null;
      }
    },
    set(folder) {
      const temp = `${file}.partial`;
      fs.writeFileSync(temp, JSON.stringify({ secondFolder: folder }));
      fs.renameSync(temp, file);
    },
  };
}
