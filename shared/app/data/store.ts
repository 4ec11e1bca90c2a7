import type { JourData } from "./document";
import type { StoragePort } from "../ports";

/**
 * The app's one copy of the document. A change replaces it at once in memory (so reads
 * and further changes see it), tells the listeners, and goes to storage at once; `write`
 * resolves when that save is done, so callers that must survive a crash can await it.
 * Saves are not queued here: the storage port coalesces saves close together (the last
 * document wins), and waiting for each before the next would stack its batching delays.
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
  const listeners = new Set<() => void>();

  return {
    read: () => current,
    write(next) {
      current = next;
      // Saved before the listeners run: one that changes the data again saves after this.
      const saved = storage.save(next);
      for (const listener of [...listeners]) {
        // A shell's broken listener must not stop the change from being saved.
        try {
          listener();
        } catch {
          /* ignored */
        }
      }
      return saved;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
