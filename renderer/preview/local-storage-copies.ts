import { copyId, newestFirst, parseCopyId } from "../../shared/app/data/copies";
import { InputError } from "../../shared/app/texts/errors";
import type { CopiesPort } from "../../shared/app/ports";
import { STORAGE_KEY } from "./local-storage-port";

/** The preview's dated copies (before an import or restore), each under its own key. */
const PREFIX = `${STORAGE_KEY}.copy.`;
/** The preview's stand-in for the system's trash: a copy moved there is kept, unlisted. */
const TRASH = `${STORAGE_KEY}.trashed-copy.`;

export function localStorageCopies(storage: Storage = window.localStorage): CopiesPort {
  return {
    async keep(json, reason, at) {
      let attempt = 0;
      while (storage.getItem(PREFIX + copyId(reason, at, attempt)) !== null) attempt++;
      const id = copyId(reason, at, attempt);
      // A full storage throws here, and then nothing is imported.
      storage.setItem(PREFIX + id, json);
      return { id, reason, at };
    },
    async list() {
      const copies = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        const copy = key?.startsWith(PREFIX) ? parseCopyId(key.slice(PREFIX.length)) : null;
        if (copy) copies.push(copy);
      }
      return newestFirst(copies);
    },
    async read(id) {
      const text = parseCopyId(id) === null ? null : storage.getItem(PREFIX + id);
      if (text === null) throw InputError.of("id", `no kept copy ${id}`);
      return text;
    },
    async trash(id) {
      const text = parseCopyId(id) === null ? null : storage.getItem(PREFIX + id);
      if (text === null) throw InputError.of("copy", `no kept copy ${id}`, "notFound");
      storage.setItem(TRASH + id, text);
      storage.removeItem(PREFIX + id);
    },
  };
}
