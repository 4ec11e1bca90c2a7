import { backupName } from "../../../shared/app/data/backups";
import { copyContentsOf } from "../../../shared/app/data/copies";
import { InputError } from "../../../shared/app/texts/errors";
import type { BackupsPort, StoredBackup } from "../../../shared/app/ports";

/** Backups held in memory (the shell's are files: test/electron/backups/). */
export function memoryBackups(): BackupsPort & {
  add(json: string, at: number): StoredBackup;
  secondFolder: string | null;
} {
  const held = new Map<string, { backup: StoredBackup; json: string }>();
  const self = {
    secondFolder: null as string | null,
    add(json: string, at: number) {
      const backup: StoredBackup = {
        folder: "data",
        name: backupName(at),
        at,
        bytes: json.length,
        contents: copyContentsOf(json),
      };
      held.set(backup.name, { backup, json });
      return backup;
    },
    async list() {
      const backups = [...held.values()].map((b) => b.backup).sort((a, b) => b.at - a.at);
      return { backups, secondFolder: self.secondFolder };
    },
    async read(_folder: string, name: string) {
      const found = held.get(name);
      if (!found) throw InputError.of("backup", `no backup ${name}`, "notFound");
      return found.json;
    },
    async chooseSecondFolder() {
      self.secondFolder = "/media/usb/jour";
      return true;
    },
    async forgetSecondFolder() {
      self.secondFolder = null;
    },
  };
  return self;
}
