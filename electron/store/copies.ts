import fs from "node:fs";
import path from "node:path";
import { copyId, newestFirst, parseCopyId } from "../../shared/app/data/copies";
import { InputError } from "../../shared/app/texts/errors";
import type { CopiesPort } from "../../shared/app/ports";
import { writeFileVerified } from "./atomic-file";

/**
 * The dated copies kept before an import or a restore (Settings → Data lists them and can
 * restore one): `jour.before-import-2026-11-30T21-50-00-000Z.json` in the data folder, next
 * to the document, written and verified like every file of the store. Jour never deletes
 * one: the user may move one to the system's trash (`trashFile`, Electron's
 * `shell.trashItem`), from where it can be put back.
 */
export function fileCopies(
  directory: string,
  trashFile: (file: string) => Promise<void>,
  name = "jour",
): CopiesPort {
  const fileOf = (id: string) => path.join(directory, `${name}.${id}.json`);
  const idOf = (fileName: string): string | null => {
    const prefix = `${name}.`;
    if (!fileName.startsWith(prefix) || !fileName.endsWith(".json")) return null;
    return fileName.slice(prefix.length, -".json".length);
  };
  return {
    async keep(json, reason, at) {
      let attempt = 0;
      while (fs.existsSync(fileOf(copyId(reason, at, attempt)))) attempt++;
      const id = copyId(reason, at, attempt);
      // The store's verified writer: written in full, fsynced, read back, renamed, folder fsynced.
      writeFileVerified(fileOf(id), json);
      return { id, reason, at };
    },
    async list() {
      const names = await fs.promises.readdir(directory);
      return newestFirst(
        names.flatMap((fileName) => {
          const id = idOf(fileName);
          return (id === null ? null : parseCopyId(id)) ?? [];
        }),
      );
    },
    async read(id) {
      // Only a copy's own name: an id can never reach another file.
      if (parseCopyId(id) === null) throw InputError.of("id", `no kept copy ${id}`);
      try {
        return await fs.promises.readFile(fileOf(id), "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          throw InputError.of("id", `no kept copy ${id}`);
        }
        throw error;
      }
    },
    async trash(id) {
      if (parseCopyId(id) === null || !fs.existsSync(fileOf(id))) {
        throw InputError.of("copy", `no kept copy ${id}`, "notFound");
      }
      try {
        await trashFile(fileOf(id));
      } catch (error) {
        // No trash on this desktop, or it refused: the file stays, and the user is told.
        const why = error instanceof Error ? error.message : String(error);
        throw InputError.of("copy", `could not move it to the trash (${why})`, "notTrashed");
      }
    },
  };
}
