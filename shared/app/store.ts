import type { JourData } from "./data";
import type { StoragePort } from "./ports";

/**
 * The app's one copy of the document. A change replaces it at once in memory (so reads
 * and further changes see it), tells the listeners, and is saved in order; `write`
 * resolves when that save is done, so callers that must survive a crash can await it.
 */
export interface DocumentStore {
  read(): JourData;
  write(next: JourData): Promise<void>;
  onChange(listener: () => void): () => void;
}

export function createDocumentStore(
  storage: StoragePort<JourData>,
  initial: JourData,
): DocumentStore {
  let current = initial;
  let saving: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  return {
    read: () => current,
    write(next) {
      current = next;
      for (const listener of [...listeners]) {
        // A shell's broken listener must not stop the change from being saved.
        try {
          listener();
        } catch {
          /* ignored */
        }
      }
      // Chained so saves land in the order the changes were made, even if one fails.
      const save = saving.catch(() => undefined).then(() => storage.save(next));
      saving = save;
      return save;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
