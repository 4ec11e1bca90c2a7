import type { Clock, NotifierPort } from "../ports";
import { StorageWriteError } from "../texts/storage-faults";
import { textsFor } from "../texts/texts";
import type { JourData } from "./document";
import type { DocumentStore } from "./store";

/**
 * How every group of JourApi methods reads and changes the one document: a read is a view
 * of it now; a change is computed in full from it first (a throw changes nothing), then
 * swapped in and saved, and resolves once saved.
 */
export interface DocumentAccess {
  /** The document and the time now, at once: for a copy that must be of this very moment. */
  current(): { data: JourData; now: number };
  read<T>(view: (data: JourData, now: number) => T): Promise<T>;
  change<T>(apply: (data: JourData, now: number) => { data: JourData; result: T }): Promise<T>;
}

export interface SavingDocumentAccess extends DocumentAccess {
  /**
   * Writes the document again if the last save failed (the shell's alert tick calls it);
   * null, at once, when nothing is unsaved.
   */
  retryUnsaved(): Promise<void> | null;
}

export function createDocumentAccess(deps: {
  store: DocumentStore;
  clock: Clock;
  notifier: NotifierPort;
}): SavingDocumentAccess {
  const { store, clock } = deps;

  // A failed save (a full disk) does not undo the change: it stays in memory, the user is
  // told once, and the next change or alert tick writes the whole document again. Failing
  // the change instead would invite a retry that does it twice.
  let unsaved = false;
  async function save(data: JourData): Promise<void> {
    try {
      await store.write(data);
      unsaved = false;
    } catch (error) {
      if (!unsaved) {
        const t = textsFor(store.read().settings.language);
        // What failed, why, how much room it needs and where (a StorageWriteError says).
        const body =
          error instanceof StorageWriteError ? t.storage.writeFailed(error) : String(error);
        deps.notifier.notify({ title: t.saveFailed, body, urgent: true });
      }
      unsaved = true;
    }
  }

  return {
    current: () => ({ data: store.read(), now: clock.now() }),
    read: (view) => Promise.resolve().then(() => view(store.read(), clock.now())),
    async change(apply) {
      const { data, result } = apply(store.read(), clock.now());
      if (data !== store.read()) await save(data);
      return result;
    },
    retryUnsaved: () => (unsaved ? save(store.read()) : null),
  };
}
