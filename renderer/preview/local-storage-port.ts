import { parseJourData } from "../../shared/app/data/checker";
import type { JourData } from "../../shared/app/data/document";
import type { StoragePort } from "../../shared/app/ports";

/** The preview keeps the whole document in the browser's localStorage, as JSON. */
export const STORAGE_KEY = "jour.preview.document";

export function localStoragePort(storage: Storage = window.localStorage): StoragePort<JourData> {
  return {
    async save(document) {
      storage.setItem(STORAGE_KEY, JSON.stringify(document));
    },
  };
}

/**
 * The stored document, or undefined when there is none. A bad one is kept aside under
 * another key (never deleted), and the preview starts empty.
 */
export function loadStoredDocument(storage: Storage = window.localStorage): JourData | undefined {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return undefined;
  try {
    return parseJourData(JSON.parse(text));
  } catch (error) {
    storage.setItem(`${STORAGE_KEY}.corrupt`, text);
    storage.removeItem(STORAGE_KEY);
    console.warn("Jour preview: stored data set aside", error);
    return undefined;
  }
}
